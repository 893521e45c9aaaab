"""The sixth page generator (bench/ingest/sixthgen.py): column text, written blind to the splitter.

Runs on corpus_fixture.jsonl (eight items written for the bench tests), so it needs no real corpus.
"""
from __future__ import annotations

import os
import re

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.sixthgen import CLASSES, make_sixth_page, wrap, width

FIXTURE = os.path.join(os.path.dirname(__file__), "corpus_fixture.jsonl")


def flat(s):
    return re.sub(r"\s+", "", s or "")


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE)


@pytest.fixture(scope="module")
def pages(corpus):
    return [make_sixth_page(corpus, f"sixth-test:{n}") for n in range(200)]


def test_same_seed_gives_the_same_page_and_truth(corpus):
    for seed in ("a", "30000:7", "x:123"):
        assert make_sixth_page(corpus, seed) == make_sixth_page(corpus, seed)


def test_different_seeds_give_different_pages(corpus):
    assert len({make_sixth_page(corpus, f"d:{n}")[0] for n in range(10)}) == 10


def test_every_layout_class_appears_over_200_seeds(pages):
    seen = {truth["layout"] for _, truth in pages}
    assert seen == set(CLASSES)
    assert all(c.startswith("sixth-") for c in CLASSES)


def test_truth_names_its_generator_and_sorted_features(pages):
    for _, truth in pages:
        assert truth["generator"] == "sixth"
        assert truth["features"] == sorted(set(truth["features"]))
        assert truth["articles"]


def _in_order(needle: str, hay: str, start: int = 0) -> int:
    """Index just past the last character of `needle` found in order in `hay`, or -1."""
    i = start
    for ch in needle:
        j = hay.find(ch, i)
        if j < 0:
            return -1
        i = j + 1
    return i


def test_every_truth_body_starts_ends_and_sentences_lie_on_the_page_in_order(pages):
    for text, truth in pages:
        ft = flat(text)
        for a in truth["articles"]:
            start = ft.find(flat(a["starts"]))
            assert start >= 0, (truth["layout"], a["starts"])
            if "ends" in a:
                assert ft.find(flat(a["ends"]), start) >= 0, (truth["layout"], a["ends"])
            for s in a.get("must_contain", []):
                assert flat(s) in ft, (truth["layout"], s)
                assert ft.find(flat(s), start) >= 0


def test_article_bodies_are_whole_on_the_page(corpus, monkeypatch):
    """Every character of every body, in order and contiguous once whitespace is gone: the truth
    never holds text the page lacks, nor leaves out text inside a story."""
    import bench.ingest.sixthgen as g
    orig = g.Story.truth

    def with_body(self):
        t = orig(self)
        t["_body"] = flat("".join(self.paras))
        return t

    monkeypatch.setattr(g.Story, "truth", with_body)
    for n in range(120):
        text, truth = g.make_sixth_page(corpus, f"body:{n}")
        ft = flat(text)
        for a in truth["articles"]:
            assert a["_body"] in ft, (truth["layout"], a["_body"][:30])
            assert a["_body"].startswith(flat(a["starts"]))
            if "ends" in a:
                assert a["_body"].endswith(flat(a["ends"]))


def test_truth_titles_kickers_and_subtitles_appear_on_the_page(pages):
    for text, truth in pages:
        ft = flat(text)
        for a in truth["articles"]:
            if "title" in a:
                assert flat(a["title"]) in ft, (truth["layout"], a["title"])
            else:
                assert flat(a["title_contains"]) in ft
            for key in ("kicker", "subtitle"):
                if key in a:
                    assert flat(a[key]) in ft, (truth["layout"], key, a[key])


def test_kinds_and_jumps_follow_the_truth_conventions(pages):
    kinds = set()
    for text, truth in pages:
        for a in truth["articles"]:
            kinds.add(a["kind"])
            assert a["kind"] in ("article", "photo", "continuation", "brief", "commentary", "notice")
            if a["kind"] == "continuation":
                assert isinstance(a["continued_from"], int)
            if "continued_to" in a:
                assert re.search(r"（下转第.+版）", text)
            for name in a.get("authors") or []:
                assert flat(name) in flat(text)
    assert kinds == {"article", "photo", "continuation", "brief", "commentary", "notice"}


def test_wrap_keeps_every_character_and_the_measure():
    text = "美国国务卿马尔科·卢比奥(Marco Rubio)正在华盛顿会晤巴基斯坦外长。“这条海峡将向所有人开放。”他说。"
    for m in range(11, 23):
        lines = wrap(text, m, "　　")
        assert flat("".join(ln for ln, _ in lines)) == flat(text)
        for ln, off in lines:
            assert flat(ln) == flat(text[off:off + len(ln.lstrip("　"))]) or flat(text).find(flat(ln)) >= 0
            # a line may overhang the measure by closing marks only
            body = ln.rstrip("，。、；：？！”’）》…—")
            assert width(body) <= m or " " not in body and re.fullmatch(r"[A-Za-z0-9()\s.]+", body)
        assert not any(ln.lstrip("　")[:1] in "，。、；：？！”）" for ln, _ in lines[1:])
