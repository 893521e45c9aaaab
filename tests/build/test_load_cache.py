"""The build state's records give back exactly the Articles a fresh parse gives."""
from __future__ import annotations

import dataclasses

from generator.core.articles import article_files, parse_files
from generator.build.records import decode, encode
from bench.synthetic import write_synthetic_archive


def test_stored_records_equal_freshly_parsed_ones(tmp_path):
    arts = tmp_path / "articles"
    write_synthetic_archive(str(arts), 120, workers=1)
    fresh = list(parse_files(article_files(str(arts))).values())
    assert len(fresh) == 120 and all(not isinstance(a, Exception) for a in fresh)
    for a in fresh:
        b = decode(encode(a))
        for f in dataclasses.fields(a):
            if f.name in ("prev", "next", "body"):
                continue
            assert getattr(a, f.name) == getattr(b, f.name), (a.id, f.name)
            assert type(getattr(a, f.name)) is type(getattr(b, f.name)), (a.id, f.name)
