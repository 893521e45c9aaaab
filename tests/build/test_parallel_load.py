"""Parsing on several processes gives exactly what parsing in one does: records and errors."""
from __future__ import annotations

import dataclasses
import os

import pytest

import generator.core.articles as content
from generator.core.articles import article_files, parse_files
from bench.synthetic import write_synthetic_archive


@pytest.fixture
def archive(tmp_path) -> list[str]:
    """120 synthetic articles, two of them broken, one with a date inside `source`."""
    arts = tmp_path / "articles"
    write_synthetic_archive(str(arts), 120, workers=1)
    files = article_files(str(arts))
    bad = files[17]
    with open(bad, encoding="utf-8") as fh:
        text = fh.read()
    with open(bad, "w", encoding="utf-8") as fh:
        fh.write(text.replace("\npage: ", "\npage: x", 1))
    with open(files[60], "wb") as fh:
        fh.write(b"---\nid: \xff\n---\n")
    with open(files[90], encoding="utf-8") as fh:
        text = fh.read()
    with open(files[90], "w", encoding="utf-8") as fh:   # marshal cannot encode a date
        fh.write(text.replace("\nsource:\n", "\nsource:\n  scanned: 2020-01-02\n", 1))
    return files


def _load(files: list[str], monkeypatch, parallel: bool):
    monkeypatch.setattr(content, "PARALLEL_MIN", 0 if parallel else 10**9)
    monkeypatch.setattr(content, "PARSE_CHUNK", 7)
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    parsed = parse_files(files)
    return ([a for a in parsed.values() if not isinstance(a, Exception)],
            [e for e in parsed.values() if isinstance(e, Exception)])


def test_parallel_parse_equals_serial_parse(archive, monkeypatch):
    serial = _load(archive, monkeypatch, parallel=False)
    parallel = _load(archive, monkeypatch, parallel=True)
    (serial_arts, serial_errs), (par_arts, par_errs) = serial, parallel
    assert [str(e) for e in par_errs] == [str(e) for e in serial_errs]
    assert len(serial_errs) == 2
    assert f"{archive[17]}:" in str(serial_errs[0]) and "page" in str(serial_errs[0])
    assert "UTF-8" in str(serial_errs[1])
    assert len(par_arts) == len(serial_arts) == len(archive) - 2
    for a, b in zip(serial_arts, par_arts):
        for f in dataclasses.fields(a):
            assert getattr(a, f.name) == getattr(b, f.name), (a.id, f.name)
            assert type(getattr(a, f.name)) is type(getattr(b, f.name)), (a.id, f.name)
    dated = next(a for a in par_arts if a.path == archive[90])
    assert str(dated.source["scanned"]) == "2020-01-02"


def test_a_record_marshal_cannot_encode_is_kept_by_the_build_state(archive):
    """A YAML date inside `source`: marshal cannot store it; the state's row falls back."""
    from generator.build.records import decode, encode
    [a] = parse_files([archive[90]]).values()
    back = decode(encode(a))
    assert str(back.source["scanned"]) == "2020-01-02"
    assert back.title == a.title and back.date == a.date
