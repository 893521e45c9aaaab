"""Hand-edited article files with impossible dates, wrong types or control characters: the build
refuses them with an error naming the file and line, publishes nothing, and says so truthfully;
a search failure names the part it happened in."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from generator.build.pipeline import build_main
from generator.core import frontmatter
from generator.core.articles import article_from_document, load_file
from generator.core.config import load_config
from generator.core.frontmatter import ContentError
from generator.core.model import Article
from tests.support.archives import build, make_project
from tests.support.html import tree
from tests.support.project import ROOT
ARTICLE = "content/articles/changji-daily/2022/11/07/01-02.md"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small generated archive, built once (no search), so a later build has a site to keep."""
    p = make_project(tmp_path / "p", issues=2)
    build(p)
    return p


def touch_later(path: Path) -> None:
    """Move the file's stamp on, so the build sees the edit even on a coarse clock."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def edit(project: Path, old: str, new: str, rel: str = ARTICLE) -> int:
    """Replace the first line starting with `old` in an article file by `new` (text, may hold
    any character); returns the 1-based line number edited."""
    path = project / rel
    lines = path.read_text(encoding="utf-8").split("\n")
    n = next(i for i, line in enumerate(lines) if line.startswith(old))
    lines[n] = new
    path.write_text("\n".join(lines), encoding="utf-8", newline="")
    touch_later(path)
    return n + 1


def cli_build(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "--config",
                           str(project / "site_config.yaml"), "build", *args],
                          capture_output=True, text=True, cwd=project, timeout=300)


def in_process_build(project: Path, capsys, **options) -> tuple[int, str]:
    """build_main as the CLI runs it; returns (exit code, stderr)."""
    args = argparse.Namespace(output=None, no_search=options.get("no_search", True),
                              clean=options.get("clean", False), workers=1, base_url=None)
    code = build_main(load_config(str(project / "site_config.yaml")), args)
    return code, capsys.readouterr().err


# ---- impossible dates and wrong types in front matter ----

def test_impossible_date_in_front_matter_is_refused_by_file_and_line(project):
    before = tree(project / "site")
    line = edit(project, "date:", "date: 2025-13-45")
    run = cli_build(project, "--no-search")
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert f"01-02.md:{line}: 2025-13-45 is not a real date (month must be in 1..12)" in run.stderr
    assert "nothing was published" in run.stderr
    assert tree(project / "site") == before


@pytest.mark.parametrize("old, new, words", [
    ("date:", "date: 2022-02-30", "not a real date"),
    ("date:", "date: 20221107", "date 20221107 is not a real date"),
    ("date:", "date: '2022-11-7'", "is not a real date in YYYY-MM-DD form"),
    ("date:", "date: 0001-01-01", "years 1000–9998"),
    ("date:", "date: 2022-11-07 24:00:00", "is not a real date (hour must be in 0..23)"),
    ("page:", "page: '1'", "'page' must be a whole number from 1 to 999"),
    ("page:", "page: 100000", "'page' must be a whole number from 1 to 999"),
    ("seq:", "seq: 1.5", "'seq' must be a whole number"),
    ("seq:", "seq: true", "'seq' must be a whole number"),
    ("issue_no:", "issue_no: 1" + "0" * 5000, "cannot read the value"),
    ("issue_no:", "issue_no: [1]", "'issue_no' must be a whole number"),
    ("id:", "id: changji-daily/2022-11-31/01-02", "the id's date 2022-11-31 is not a real date"),
    ("title:", "title: " + "[" * 60000 + "]" * 60000, "nested too deeply"),
    ("kind:", "source: {2022-11-07: x}", "'source' must be a mapping"),
], ids=lambda v: str(v)[:24])
def test_wrong_front_matter_values_fail_with_file_and_line(project, capsys, old, new, words):
    before = tree(project / "site")
    line = edit(project, old, new)
    code, err = in_process_build(project, capsys)
    assert code == 2, err
    first = err.splitlines()[0]
    assert first.startswith(f"error: {project / ARTICLE}:{line}: ") and words in first, err
    assert tree(project / "site") == before


# ---- control characters in an article file ----

@pytest.mark.parametrize("old, new, shown", [
    (None, None, None),                                                 # the body, below
    ("title:", "title: 标题\x07响铃", "U+0007 (BEL)"),
    ("title:", 'title: "标题\\0空"', "U+0000 (NUL)"),                     # a YAML escape
    ("byline:", "byline: 本报讯\x7f", "U+007F (DEL)"),
    ("byline:", "byline: 本报讯\x85", "U+0085"),
    ("byline:", "byline: 本报讯\ufffe", "U+FFFE"),
], ids=lambda v: ascii(v)[:24])
def test_article_with_control_characters_is_refused_and_nothing_published(project, capsys, old,
                                                                         new, shown):
    before = tree(project / "site")
    path = project / ARTICLE
    if shown is None:           # NUL and BEL in the body of the article
        text = path.read_text(encoding="utf-8")
        head, _, body = text.partition("\n---\n")
        body_lines = body.split("\n")
        body_lines[3] = body_lines[3][:5] + "\x00" + body_lines[3][5:] + "\x07"   # paragraph 2
        path.write_text(head + "\n---\n" + "\n".join(body_lines), encoding="utf-8")
        touch_later(path)
        line = head.count("\n") + 1 + 1 + 3 + 1     # head lines, '---', body lines 0–2, this one
        shown = "U+0000 (NUL) at column 6 (and 1 more such character in the file)"
    else:
        line = edit(project, old, new)
    code, err = in_process_build(project, capsys)
    assert code == 2, err
    first = err.splitlines()[0]
    assert first.startswith(f"error: {path}:{line}: ") and shown in first, err
    assert "cannot appear in HTML, JSON or the Atom feeds" in first
    assert tree(project / "site") == before
    code, err = in_process_build(project, capsys, clean=True)         # a full build too
    assert code == 2 and f"{path}:{line}: " in err
    assert tree(project / "site") == before
    assert not list((project).glob("site.*"))                          # no staging left


def test_lone_surrogate_bytes_are_refused_as_not_utf8(project, capsys):
    path = project / ARTICLE
    data = path.read_bytes()
    line = data[:data.index(b"\ntitle:")].count(b"\n") + 2
    path.write_bytes(data.replace(b"\ntitle: ", b"\ntitle: \xed\xa0\x80", 1))
    touch_later(path)
    before = tree(project / "site")
    code, err = in_process_build(project, capsys)
    assert code == 2 and f"{path}:{line}: file is not valid UTF-8" in err
    assert tree(project / "site") == before


# ---- search failures: named, and the message tells the truth about what was published ----

def test_search_failure_names_the_part_and_says_whether_html_was_published(project, capsys,
                                                                            monkeypatch):
    import generator.search.index as search

    def broken(*args, **kwargs):   # whatever run_pagefind is called with
        raise ValueError("embedded null byte")
    monkeypatch.setattr(search, "run_pagefind", broken)
    site = project / "site"

    before = tree(site)                           # a full build indexes before swapping in
    code, err = in_process_build(project, capsys, no_search=False, clean=True)
    assert code == 1
    assert "search indexing failed: " in err and "part 2022.1 (12 articles, 2022-11-07 to " in err
    assert "embedded null byte" in err
    assert "nothing was published" in err and "the HTML" not in err
    assert tree(site) == before

    edit(project, "title:", "title: 改过的标题")  # an incremental build commits, then indexes
    code, err = in_process_build(project, capsys, no_search=False)
    assert code == 1
    assert "search indexing failed: " in err and "part 2022.1 (12 articles" in err
    assert "the HTML of this build is published" in err and "nothing was published" not in err
    assert "改过的标题" in (site / "changji-daily/2022/11/07/01-02/index.html").read_text("utf-8")


# ---- fuzzing the front matter parser and validator ----

GOOD = ("---\nid: changji-daily/2022-11-08/01-02\npaper: changji-daily\ndate: 2022-11-08\n"
        "issue_no: 8123\npage: 1\npage_name: 要闻\nseq: 2\ntitle: 我州援乌医疗队奔赴一线\n"
        "authors: [王薇]\nkind: article\ntopics: [抗疫]\nplaces: []\n"
        "source: {file: content/raw/changji-daily/2022-11-08/01.txt, lines: [5, 40]}\n---\n\n"
        "第一段。\n\n第二段。\n")
_KEYS = ["id", "paper", "date", "issue_no", "page", "page_name", "seq", "kicker", "title",
         "subtitle", "authors", "byline", "kind", "continued_from", "continued_to", "topics",
         "places", "aliases", "source"]
_VALUES = ["2022-11-08", "2022-13-45", "2022-02-29", "20221108", "'2022-11-08'", "2022-11-8",
           "0001-01-01", "9999-12-31", "2022-11-08 25:00:00", "2022-11-08T10:00:00+99:00", "1",
           "0", "-3", "1000", "1.5", ".inf", ".nan", "true", "~", "''", "[]", "{}", "[a, 1]",
           "[[a]]", "{a: 1}", "{1: 2}", "{2022-11-08: x}", "!!binary zz", "!!set {a}", "&a [*a]",
           "*a", "\"\\0\"", "\"\\a\"", "\"\\x85\"", "'", "1" * 5000, "[" * 80 + "]" * 80,
           "{[1]: 2}", "<<: 1", "|\n  x", "\x00", "\x07", "\x7f", "\ufffe", "\x9f", "\ud800",
           "changji-daily/2022-11-08/01-02", "changji-daily/2022-13-45/01-02", "article", "essay",
           "要闻", "- a"]


# mostly visible text (so the value checks get exercised), sometimes anything at all
_TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=30) | st.text(max_size=30)


@st.composite
def front_matter_file(draw) -> str:
    """The good file with a few of its lines replaced, deleted, duplicated or garbled."""
    lines = GOOD.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["value", "value", "value", "text", "delete", "dup", "char"]))
        if how == "value":
            key = draw(st.sampled_from(_KEYS))
            lines[i] = f"{key}: {draw(st.sampled_from(_VALUES) | _TEXT)}"
        elif how == "text":
            lines[i] = draw(_TEXT)
        elif how == "delete":
            del lines[i]
        elif how == "dup":
            lines.insert(i, lines[i])
        else:
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.sampled_from(_VALUES[40:46])) + lines[i][pos:]
        if not lines:
            lines = [""]
    return "\n".join(lines)


@settings(max_examples=500, deadline=None)
@given(front_matter_file())
@example(GOOD)
@example(GOOD.replace("date: 2022-11-08", "date: 2025-13-45"))
@example(GOOD.replace("title: 我州", "title: \x00我州"))
def test_fuzz_front_matter_gives_a_record_or_a_located_error(text):
    path = "content/articles/x.md"
    try:
        article = article_from_document(frontmatter.parse(text, path), path)
    except ContentError as err:
        assert err.path == path
        assert isinstance(err.line, int) and 1 <= err.line <= text.count("\n") + 1, str(err)
        assert str(err).startswith(f"{path}:{err.line}: ")
        return
    assert isinstance(article, Article)
    assert isinstance(article.date, dt.date) and 1000 <= article.date.year <= 9998
    assert all(isinstance(v, int) and 1 <= v <= 999 for v in (article.page, article.seq))
    for value in (article.title, article.kicker, article.subtitle, article.byline,
                  article.page_name, *article.authors, *article.topics, *article.places):
        assert value is None or not frontmatter.INVALID_CHAR.search(value)
    assert not frontmatter.INVALID_CHAR.search(text)


def test_fuzzed_bytes_load_as_a_record_or_a_located_error(tmp_path):
    """load_file (bytes → record): invalid UTF-8 and lone surrogates are located too."""
    path = tmp_path / "a.md"
    for data in (GOOD.encode() + b"\xff", GOOD.encode().replace(b"title: ", b"title: \xed\xa0\x80"),
                 GOOD.encode().replace(b"kind", b"\x00kind")):
        path.write_bytes(data)
        with pytest.raises(ContentError) as err:
            load_file(str(path))
        assert err.value.path == str(path) and isinstance(err.value.line, int)
        assert re.match(rf"{re.escape(str(path))}:\d+: ", str(err.value))


def test_a_build_run_in_process_leaves_the_callers_sigterm_handler(project, capsys):
    """build_main turns SIGTERM into a clean interrupt while it runs, then gives the caller its
    own handler back: one left behind is inherited by every worker the caller forks later."""
    import signal
    mine = lambda signum, frame: None        # noqa: E731
    before = signal.signal(signal.SIGTERM, mine)
    try:
        code, _ = in_process_build(project, capsys)
        assert code == 0
        assert signal.getsignal(signal.SIGTERM) is mine
    finally:
        signal.signal(signal.SIGTERM, before)
