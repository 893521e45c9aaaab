"""The seventh page generator (bench/ingest/seventhgen.py): both shapes, written blind to the
splitter and to the other generators.

Runs on corpus_fixture.jsonl (eight items written for the bench tests), so it needs no real corpus.
"""
from __future__ import annotations

import os
import re
import unicodedata

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.seventhgen import CLASSES, make_seventh_page, story_bodies, width, wrap

FIXTURE = os.path.join(os.path.dirname(__file__), "corpus_fixture.jsonl")


def flat(s):
    """Whitespace gone, and a Kangxi radical read as the ideograph it stands for."""
    s = re.sub(r"\s+", "", s or "")
    return re.sub("[\u2f00-\u2fd5]", lambda m: unicodedata.normalize("NFKC", m.group()), s)


def half(s):
    """Full-width marks as a half-width page prints them (only for comparing bodies)."""
    return s.translate(str.maketrans("，：；！？", ",:;!?"))


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE)


@pytest.fixture(scope="module")
def pages(corpus):
    return [make_seventh_page(corpus, f"seventh-test:{n}") for n in range(300)]


def test_same_seed_gives_the_same_page_and_truth(corpus):
    for seed in ("a", "30000:7", "x:123"):
        assert make_seventh_page(corpus, seed) == make_seventh_page(corpus, seed)


def test_different_seeds_give_different_pages(corpus):
    assert len({make_seventh_page(corpus, f"d:{n}")[0] for n in range(10)}) == 10


def test_every_layout_class_appears_and_both_shapes_are_mixed(pages):
    seen = [truth["layout"] for _, truth in pages]
    assert set(seen) == set(CLASSES)
    assert all(c.startswith("seventh-") for c in CLASSES)
    md = sum(c.startswith("seventh-md") for c in seen) / len(seen)
    assert 0.25 < md < 0.45


def test_truth_names_its_generator_and_sorted_features(pages):
    for _, truth in pages:
        assert truth["generator"] == "seventh"
        assert truth["features"] == sorted(set(truth["features"]))
        assert truth["articles"]


def test_every_truth_body_lies_whole_on_the_page_in_order(corpus):
    """Each article's body, paragraph by paragraph, is on the page in order (a pull quote or a
    column break may stand between paragraphs, never inside a paragraph's characters once
    whitespace is gone, except where a column break cut it), and starts/ends bound it."""
    for n in range(200):
        seed = f"body:{n}"
        text, truth = make_seventh_page(corpus, seed)
        bodies = story_bodies(corpus, seed)
        assert len(bodies) == len(truth["articles"])
        ft = half(flat(text))
        for body, a in zip(bodies, truth["articles"]):
            fb = half(flat(body))
            assert fb.startswith(half(flat(a["starts"]))), (truth["layout"], a["starts"])
            assert fb.endswith(half(flat(a["ends"]))), (truth["layout"], a["ends"])
            pos = 0
            for para in body.split("\n"):
                j = ft.find(half(flat(para)), pos)
                assert j >= 0, (truth["layout"], para[:30])
                pos = j + len(flat(para))
            for s in a.get("must_contain", []):
                assert half(flat(s)) in fb, (truth["layout"], s)
                assert flat(s) in flat(text), (truth["layout"], s)
            assert flat(a["starts"]) in flat(text) and flat(a["ends"]) in flat(text)


def test_titles_kickers_subtitles_and_authors_appear_on_the_page(pages):
    for text, truth in pages:
        ft = flat(text)
        for a in truth["articles"]:
            assert flat(a.get("title") or a.get("title_contains")) in ft, (truth["layout"], a)
            for key in ("kicker", "subtitle"):
                if key in a:
                    assert flat(a[key]) in ft, (truth["layout"], key, a[key])
            for name in a.get("authors") or []:
                assert flat(name) in ft
            assert a["starts"] and a["ends"]


def test_kinds_and_jumps_follow_the_truth_conventions(pages):
    kinds = set()
    for text, truth in pages:
        for a in truth["articles"]:
            kinds.add(a["kind"])
            if a["kind"] == "continuation":
                assert isinstance(a["continued_from"], int)
                assert f"（上接第" in text
            if "continued_to" in a:
                assert re.search(r"（下转第.+版）", text)
    assert kinds == {"article", "photo", "continuation", "brief", "commentary", "notice"}


def test_some_column_pages_extract_kangxi_radicals_and_photo_credits_run_on(pages):
    feats = [set(truth["features"]) for _, truth in pages]
    assert any("kangxi" in f for f in feats)
    for text, truth in pages:
        if "kangxi" in truth["features"]:
            assert re.search("[\u2f00-\u2fd5]", text)
            assert truth["layout"].startswith("seventh-col")


def test_wrap_keeps_every_character_and_the_measure():
    text = "美国国务卿马尔科·卢比奥(Marco Rubio)正在华盛顿会晤巴基斯坦外长。“这条海峡将向所有人开放。”他说。"
    for m in range(11, 21):
        lines = wrap(text, m)
        assert "".join(lines) == text
        for ln in lines:
            assert width(ln.rstrip("，。、；：？！”’）》…—")) <= m + 0.5
        assert not any(ln[:1] in "，。、；：？！”）" for ln in lines[1:])


def test_bench_knows_the_seventh_generator(corpus):
    from bench.ingest.run import GENERATORS, generator
    assert "seventh" in GENERATORS
    make, classes = generator("seventh")
    assert classes == CLASSES
    assert make(corpus, "9:1", 0.0) == make_seventh_page(corpus, "9:1")
