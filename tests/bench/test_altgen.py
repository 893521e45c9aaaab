"""The second page generator (bench/ingest/altgen.py): deterministic per seed string, nothing of
what it lays out lost or added, truths in the scorer's format that name only what the page prints,
every layout class and story kind drawn; `bench-ingest --generator alt` keeps the JSON contract.

Runs on corpus_fixture.jsonl (eight items written for the tests), so it needs no outside data.
"""
from __future__ import annotations

import os
from collections import Counter

import pytest

from bench.ingest.altgen import CLASSES, flat, make_alt_page, make_alt_page_parts
from bench.ingest.corpus import load_corpus
from bench.ingest.run import run
from bench.ingest.score import score
from tests.support.scoring import check_bench_report, check_bodies_in_order

FIXTURE = os.path.join(os.path.dirname(__file__), "corpus_fixture.jsonl")
KINDS = {"article", "photo", "brief", "commentary", "continuation"}


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE)


def _bare(text: str) -> str:
    return flat(text.replace("#", ""))


def test_a_seed_string_always_gives_the_same_page(corpus):
    assert make_alt_page(corpus, "21000:4") == make_alt_page(corpus, "21000:4")
    assert make_alt_page(corpus, "21000:4")[0] != make_alt_page(corpus, "21000:5")[0]


def test_no_character_of_what_is_laid_out_is_lost_or_added(corpus):
    """The page is its furniture and printed pieces in reading order, whitespace and '#' aside:
    wrapping, column breaks and blank lines only add whitespace."""
    for n in range(150):
        page = make_alt_page_parts(corpus, f"lossless:{n}")
        printed = page.top + [pc.text for pc in page.pieces] + page.foot
        assert _bare(page.text) == _bare("".join(printed)), n


def test_truth_bodies_are_substrings_of_the_page_in_reading_order(corpus):
    """Each story's body (its paragraphs, lead byline included) stands whole on the page, and
    the bodies come in the truth's order: a split that keeps every character can get them all."""
    for n in range(150):
        page = make_alt_page_parts(corpus, f"order:{n}")
        assert len(page.stories) == len(page.truth["articles"])
        bodies = [flat("".join(s.paras).replace("#", "")) for s in page.stories]
        check_bodies_in_order(_bare(page.text), bodies, page.truth["articles"], flat, n)


def test_truth_names_only_what_the_page_prints(corpus):
    for n in range(150):
        text, truth = make_alt_page(corpus, f"names:{n}")
        bare = _bare(text)
        for t in truth["articles"]:
            for key in ("title", "kicker", "subtitle"):
                if t.get(key):
                    assert flat(t[key]) in bare, (n, key, t[key])
            for name in t["authors"]:
                assert flat(name) in bare, (n, name)


def test_truth_is_in_the_scorers_format(corpus):
    for n in range(60):
        text, truth = make_alt_page(corpus, f"format:{n}")
        assert truth["layout"] in CLASSES and truth["generator"] == "alt"
        for t in truth["articles"]:
            assert t["kind"] in KINDS
            for key in ("subtitle", "authors", "continued_from", "continued_to", "starts", "ends"):
                assert key in t
            # a story under a column label leaves the kicker open; every other story says it
            assert ("kicker" in t) != (t["kind"] == "brief" or (t["kind"] == "commentary" and "kicker" not in t))
            if t["kind"] == "photo":
                assert t["authors"]
        sc = score(truth, [])
        assert sc["right"] == 0 and sc["total"] == len(truth["articles"])


def test_every_class_kind_and_byline_form_is_drawn(corpus):
    classes, kinds, features = Counter(), Counter(), Counter()
    for n in range(300):
        _, truth = make_alt_page(corpus, f"cover:{n}")
        classes[truth["layout"]] += 1
        kinds.update(t["kind"] for t in truth["articles"])
        features.update(truth["features"])
    assert set(classes) == set(CLASSES)
    assert set(kinds) == KINDS
    for f in ("byline-lead", "byline-above", "byline-below", "kicker", "subtitle", "photo",
              "briefs", "commentary", "continued-from", "continued-to", "half-width"):
        assert features[f], f


def test_bench_ingest_runs_on_the_second_generator():
    check_bench_report(run(4, 11, FIXTURE, gen="alt"), "alt", CLASSES)
    assert run(2, 11, FIXTURE)["generator"] == "pagegen"
