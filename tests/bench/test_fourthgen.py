"""The fourth blind page generator (bench/ingest/fourthgen.py): deterministic pages whose truth the
page text itself bears out, in every layout class, and a bench run that uses it."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.fourthgen import CLASSES, make_fourth_page
from bench.ingest.run import GENERATORS, generator, page_seed
from tests.support.project import ROOT
from tests.support.scoring import FIXTURE

SEEDS = [page_seed(4, n) for n in range(80)]


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def _bare(s: str) -> str:
    """The page's text without Markdown heading and bold marks (a headline may be printed as two
    `##` lines)."""
    return _flat(re.sub(r"(?m)^#+ |\*\*", "", s))


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE)


@pytest.fixture(scope="module")
def pages(corpus):
    return [make_fourth_page(corpus, s) for s in SEEDS]


def test_same_seed_string_gives_the_same_page_and_truth(corpus):
    for s in SEEDS[:10]:
        assert make_fourth_page(corpus, s) == make_fourth_page(corpus, s)
    assert make_fourth_page(corpus, "4:0")[0] != make_fourth_page(corpus, "4:1")[0]


def test_every_layout_class_appears_over_some_seeds(pages):
    seen = {truth["layout"] for _, truth in pages}
    assert seen == set(CLASSES)
    assert all(c.startswith("fourth-") for c in CLASSES)


def test_truth_carries_generator_layout_and_features(pages):
    for _, truth in pages:
        assert truth["generator"] == "fourth"
        assert truth["layout"] in CLASSES
        assert isinstance(truth["features"], list)
        assert 3 <= len(truth["articles"]) <= 9


def test_no_truth_article_is_empty(pages):
    kinds = {"article", "photo", "continuation", "brief", "commentary", "notice"}
    for _, truth in pages:
        for t in truth["articles"]:
            assert t["kind"] in kinds
            assert len(_flat(t["starts"])) >= 5 and len(_flat(t["ends"])) >= 5, t
            if t["kind"] != "photo":
                assert _flat(t.get("title")), t


def test_every_truth_body_stands_in_order_in_the_page_text(pages):
    """starts, then every must_contain sentence, then ends, within the page's text (whitespace
    ignored): the split a careful editor makes can get each story right."""
    for (text, truth), seed in zip(pages, SEEDS):
        page = _flat(text)
        for t in truth["articles"]:
            start = page.find(_flat(t["starts"]))
            assert start >= 0, (seed, t["starts"])
            last = start
            for s in t.get("must_contain", []):
                at = page.find(_flat(s), start)
                assert at >= 0, (seed, s)
                last = max(last, at)
            assert page.find(_flat(t["ends"]), last) >= 0, (seed, t["ends"])


def test_titles_kickers_and_subtitles_are_printed_on_the_page(pages):
    for text, truth in pages:
        page = _bare(text)
        for t in truth["articles"]:
            for key in ("title", "kicker", "subtitle"):
                if t.get(key):
                    assert _flat(t[key]) in page, (key, t[key])


def test_every_named_author_is_printed_on_the_page(pages):
    for text, truth in pages:
        page = _flat(text)
        for t in truth["articles"]:
            for name in t.get("authors", []):
                assert _flat(name) in page, name


def test_half_width_class_prints_half_width_punctuation(pages):
    for text, truth in pages:
        if truth["layout"] == "fourth-flow-halfwidth":
            body = text.split("\n", 3)[-1]
            assert "," in body and "，" not in body


def test_bench_knows_the_fourth_generator(corpus):
    assert "fourth" in GENERATORS
    make, classes = generator("fourth")
    assert classes == CLASSES
    assert make(corpus, "9:1", 0.0) == make_fourth_page(corpus, "9:1")


def test_bench_ingest_runs_and_scores_with_the_fourth_generator(tmp_path):
    out = tmp_path / "f.json"
    proc = subprocess.run([sys.executable, "build.py", "bench-ingest", "--generator", "fourth",
                           "--pages", "4", "--seed", "1", "--corpus", FIXTURE, "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["generator"] == "fourth" and data["pages"] == 4 and data["articles"] > 0
    assert set(data["by_class"]) <= set(CLASSES)
