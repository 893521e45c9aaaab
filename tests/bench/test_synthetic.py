"""The synthetic archive is what the benchmark measures, so it must load like ingested content,
be reproducible, and have the shape of a real daily (not one long list of identical articles)."""
from __future__ import annotations

import datetime as _dt
import hashlib
from collections import Counter
from pathlib import Path

import pytest

from generator.core import frontmatter
from generator.core.articles import article_files, parse_files
from bench.synthetic import (MAX_BODY, MIN_BODY, add_synthetic_issue, dump_article,
                             last_issue_date, write_synthetic_archive)


def _tree_digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*.md")):
        h.update(str(p.relative_to(root)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("synthetic") / "articles"
    # a sparse cadence so a small archive still spans several years
    info = write_synthetic_archive(str(root), 1200, seed=7, days_step=90, workers=2)
    return root, info


def test_loads_cleanly_with_exact_count(archive):
    root, info = archive
    parsed = list(parse_files(article_files(str(root))).values())
    assert [a for a in parsed if isinstance(a, Exception)] == []
    assert len(parsed) == info.articles == 1200
    assert len({a.id for a in parsed}) == 1200


def test_files_are_written_exactly_as_frontmatter_dump_writes_them(archive):
    root, _ = archive
    for path in sorted(root.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        doc = frontmatter.parse(text, str(path))
        assert frontmatter.dump(doc.meta, doc.body) == text
        # the path is derived from the id: <paper>/<YYYY>/<MM>/<DD>/<NN>-<SS>.md
        paper, day, rest = doc.meta["id"].split("/")
        assert path.relative_to(root).as_posix() == f"{paper}/{day.replace('-', '/')}/{rest}.md"


@pytest.mark.parametrize("title", [
    "标题", "2019", "1.5", "yes", "null", "~", "a: b", "a #b", "-开头", "[标题]", "标题, 逗号",
    " 前空格", "后空格 ", "'引号'", "\"引号\"", "%百分", "@at", "带\u2028分行", "? 问", "2019-01-01", "",
    "全角：冒号，逗号", "赛力克·巴合提",
])
def test_the_fast_writer_writes_what_frontmatter_dump_writes(title):
    meta = {"id": "changji-daily/2019-01-01/01-01", "paper": "changji-daily",
            "date": _dt.date(2019, 1, 1), "issue_no": 1001, "page": 1, "page_name": "要闻", "seq": 1,
            "kicker": None, "title": title, "authors": [title, "王伟"], "byline": None,
            "kind": "article", "topics": [], "places": [title],
            "source": {"file": "content/raw/changji-daily/2019-01-01/01.txt", "lines": [1, 9]}}
    assert dump_article(meta, "正文。\n") == frontmatter.dump(meta, "正文。\n")


def test_deterministic_and_independent_of_worker_count(tmp_path):
    a = write_synthetic_archive(str(tmp_path / "a"), 400, seed=3, workers=1)
    b = write_synthetic_archive(str(tmp_path / "b"), 400, seed=3, workers=2)
    c = write_synthetic_archive(str(tmp_path / "c"), 400, seed=4, workers=2)
    assert a.articles == b.articles == 400
    assert _tree_digest(tmp_path / "a") == _tree_digest(tmp_path / "b")
    assert _tree_digest(tmp_path / "a") != _tree_digest(tmp_path / "c")


def test_realistic_shape(archive):
    root, _ = archive
    arts = list(parse_files(article_files(str(root))).values())
    lengths = [len(a.read_body()) for a in arts]
    assert min(lengths) >= MIN_BODY and max(lengths) <= MAX_BODY
    assert max(lengths) > 2000 and min(lengths) < 600          # a real spread, not one size
    years = {a.date.year for a in arts}
    assert len(years) >= 3
    issues = Counter((a.paper, a.date) for a in arts)
    assert len({a.paper for a in arts}) == 2
    pages_per_issue = Counter()
    for (paper, date) in issues:
        pages_per_issue[(paper, date)] = len({a.page for a in arts if (a.paper, a.date) == (paper, date)})
    full = list(pages_per_issue.values())[:-1]   # the final issue may be cut short
    assert min(full) >= 4 and max(full) <= 16 and len(set(full)) > 1
    assert 40 <= sum(issues.values()) / len(issues) <= 90       # ~60 articles an issue
    kinds = Counter(a.kind for a in arts)
    assert kinds.most_common(1)[0][0] == "article"
    assert {"photo", "brief", "continuation"} <= set(kinds)
    assert sum(1 for a in arts if a.kicker) > len(arts) * 0.1
    assert all(a.page_name for a in arts if a.page == 1)
    assert {a.page_name for a in arts if a.page == 1} == {"要闻"}
    assert sum(1 for a in arts if a.authors) > len(arts) * 0.8
    assert sum(1 for a in arts if a.topics) > len(arts) * 0.5
    assert sum(1 for a in arts if a.places) > len(arts) * 0.3
    # continuations point back to page 1 and carry the title of the story they continue
    by_id = {a.id: a for a in arts}
    for a in arts:
        if a.kind == "continuation":
            lead = by_id[f"{a.paper}/{a.date:%Y-%m-%d}/01-01"]
            assert a.continued_from == 1 and lead.continued_to == a.page and lead.title == a.title
    # bodies are Chinese prose, starting with the byline where the paper prints one there
    body = arts[0].read_body()
    assert sum("\u4e00" <= ch <= "\u9fff" for ch in body) > len(body) * 0.6


def test_add_issue_is_a_new_date_after_the_last(archive, tmp_path):
    root, info = archive
    work = tmp_path / "articles"
    write_synthetic_archive(str(work), 300, seed=1)
    last = last_issue_date(str(work), "changji-daily")
    new = add_synthetic_issue(str(work), "changji-daily", n_articles=60, seed=1)
    assert new.articles == 60 and len(new.ids) == 60
    assert new.first_date == last + _dt.timedelta(days=1)
    parsed = list(parse_files(article_files(str(work))).values())
    assert [a for a in parsed if isinstance(a, Exception)] == [] and len(parsed) == 360
    assert {a.date for a in parsed if a.id in set(new.ids)} == {new.first_date}
