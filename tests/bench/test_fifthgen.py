"""The fifth (blind, judging) page generator: deterministic per seed, every layout class drawn,
3–9 articles a page, and a truth that agrees with its page text (every title, kicker, subtitle,
body start/end and must-contain sentence stands on the page once whitespace and Markdown marks
are taken out), so a split that keeps every character can get every story right."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.fifthgen import CLASSES, make_fifth_page, wrap
from bench.ingest.run import page_seed
from tests.support.project import ROOT
from tests.support.scoring import FIXTURE, check_bench_report, flat

KINDS = {"article", "brief", "photo", "commentary", "continuation", "notice"}


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE)


@pytest.fixture(scope="module")
def pages(corpus):
    return [make_fifth_page(corpus, page_seed(11, k)) for k in range(80)]


def bare(text: str) -> str:
    return flat(re.sub(r"[#*]", "", text))


def test_same_seed_same_page(corpus):
    for k in range(5):
        assert make_fifth_page(corpus, page_seed(4, k)) == make_fifth_page(corpus, page_seed(4, k))
    assert make_fifth_page(corpus, page_seed(4, 0)) != make_fifth_page(corpus, page_seed(4, 1))


def test_every_class_is_drawn(pages):
    assert {t["layout"] for _, t in pages} == set(CLASSES)
    assert all(c.startswith("fifth-") for c in CLASSES)


def test_truth_shape(pages):
    for text, truth in pages:
        assert truth["generator"] == "fifth" and truth["layout"] in CLASSES
        assert isinstance(truth["features"], list)
        assert 3 <= len(truth["articles"]) <= 9, truth["layout"]
        for a in truth["articles"]:
            assert a["kind"] in KINDS
            assert a["title"] and a["starts"] and a["ends"]
            assert isinstance(a["authors"], list)
            if a["kind"] == "continuation":
                assert isinstance(a["continued_from"], int)


def test_truth_strings_stand_on_the_page(pages):
    for text, truth in pages:
        page = bare(text)
        for a in truth["articles"]:
            for key in ("title", "kicker", "subtitle", "starts", "ends"):
                if key in a:
                    assert flat(a[key]) in page, (truth["layout"], key, a[key])
            for cut in a.get("must_contain", []):
                assert flat(cut) in page, (truth["layout"], cut)
            for name in a["authors"]:
                assert flat(name) in page, (truth["layout"], name)
        for b in truth.get("banners", []):
            assert flat(b) in page


def test_bodies_in_reading_order(pages):
    """Each body opens after the one before it opened (headline boxes aside, stories are read in
    page order) and ends after it opens."""
    for text, truth in pages:
        page = bare(text)
        for a in truth["articles"]:
            s = page.find(flat(a["starts"]))
            assert s >= 0 and page.find(flat(a["ends"]), s) >= 0, (truth["layout"], a["title"])


def test_wrap_keeps_every_character_and_latin_words_whole():
    text = "美国国家航空航天局(NASA)星期二宣布，计划在2026年建立月球基地。“我们将进一步了解。”"
    for width in range(11, 21):
        lines = wrap(text, width)
        assert "".join(lines) == text
        assert all(not ln[0] in "，。、”）" for ln in lines)
        assert any("NASA" in ln for ln in lines) and any("2026" in ln for ln in lines)


def test_bench_runs_with_the_fifth_generator(tmp_path):
    out = tmp_path / "r.json"
    run_ = subprocess.run([sys.executable, "build.py", "bench-ingest", "--generator", "fifth",
                           "--pages", "3", "--seed", "1", "--corpus", FIXTURE, "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run_.returncode == 0, run_.stderr
    report = json.loads(out.read_text())
    check_bench_report(report, "fifth", CLASSES)
    assert report["pages"] == 3
