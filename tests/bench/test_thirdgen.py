"""The third page generator (bench/ingest/thirdgen.py, written blind to the other two and to the
splitter): deterministic per seed string, truths consistent with the page text, every layout
class and story kind drawn, the scorer's 100% for an answer that is the truth, and
`bench-ingest --generator third` keeping the JSON contract.

Runs on corpus_fixture.jsonl (eight items written for the tests), so it needs no outside data.
"""
from __future__ import annotations

import re
from collections import Counter

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.run import run
from bench.ingest.score import score
from bench.ingest.thirdgen import CLASSES, flat, make_third_page, make_third_page_parts
from tests.support.scoring import FIXTURE, check_bench_report, check_bodies_in_order

KINDS = {"article", "photo", "brief", "commentary", "continuation"}
CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff，。、；：“”（）！？]) +(?=[\u4e00-\u9fff，。、；：“”（）！？])")


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE)


def _bare(text: str) -> str:
    """The page as a reader sees its words: no whitespace, no Markdown marks."""
    return flat(text.replace("#", "").replace("*", ""))


def test_a_seed_string_always_gives_the_same_page(corpus):
    assert make_third_page(corpus, "26000:3") == make_third_page(corpus, "26000:3")
    assert make_third_page(corpus, "26000:3")[0] != make_third_page(corpus, "26000:4")[0]


def test_truth_bodies_stand_whole_on_the_page_in_reading_order(corpus):
    """Each body (lead byline included) is on the page with only whitespace or Markdown marks
    added, starts/ends/must_contain are its own, and bodies come in the truth's order."""
    for n in range(200):
        text, truth, bodies = make_third_page_parts(corpus, f"order:{n}")
        assert len(bodies) == len(truth["articles"])
        check_bodies_in_order(_bare(text), [_bare(b) for b in bodies], truth["articles"], flat,
                              (n, truth["layout"]))


def test_truth_names_only_what_the_page_prints(corpus):
    for n in range(200):
        text, truth = make_third_page(corpus, f"names:{n}")
        bare = _bare(text)
        for t in truth["articles"]:
            for key in ("title", "kicker", "subtitle"):
                if t.get(key):
                    assert flat(t[key]).replace("*", "") in bare, (n, key, t[key])
            for name in t["authors"]:
                assert flat(name) in bare, (n, name)
            if t["continued_from"]:
                assert "上接" in text
            if t["continued_to"]:
                assert "转第" in text


def test_truth_is_in_the_scorers_format(corpus):
    for n in range(80):
        _, truth = make_third_page(corpus, f"format:{n}")
        assert truth["layout"] in CLASSES and truth["generator"] == "third"
        assert 3 <= len(truth["articles"]) <= 9
        for t in truth["articles"]:
            assert t["kind"] in KINDS
            for key in ("title", "subtitle", "authors", "continued_from", "continued_to", "starts", "ends"):
                assert key in t
            # a column label (简讯, 短评) is not a kicker: those leave it unscored
            assert ("kicker" in t) != (t["kind"] in ("brief", "commentary"))
            if t["kind"] == "photo":
                assert t["authors"]
            if t["kind"] == "continuation":
                assert t["continued_from"]
            for key in ("starts", "ends"):
                assert flat(t[key]) and not re.search(r"[\u4e00-\u9fff][,:;!?][\u4e00-\u9fff]", t[key])


def test_the_truth_given_as_the_answer_scores_every_article_right(corpus):
    for n in range(150):
        _, truth, bodies = make_third_page_parts(corpus, f"answer:{n}")
        found = []
        for t, body in zip(truth["articles"], bodies):
            found.append({"title": t["title"], "kicker": t.get("kicker"), "subtitle": t["subtitle"],
                          "authors": t["authors"], "byline": None, "kind": t["kind"],
                          "body": CJK_GAP.sub("", body),
                          "continued_from": t["continued_from"], "continued_to": t["continued_to"]})
        sc = score(truth, found)
        assert sc["right"] == sc["total"] and sc["extra"] == 0, (n, [r["faults"] for r in sc["results"] if not r["right"]])


def test_every_class_kind_and_layout_form_is_drawn(corpus):
    classes, kinds, features = Counter(), Counter(), Counter()
    for n in range(400):
        _, truth = make_third_page(corpus, f"cover:{n}")
        classes[truth["layout"]] += 1
        kinds.update(t["kind"] for t in truth["articles"])
        features.update(truth["features"])
    assert set(classes) == set(CLASSES)
    assert set(kinds) == KINDS
    for f in ("byline-own-line", "byline-tail-line", "byline-tail-inline", "byline-none",
              "byline-lead:agency", "byline-lead:bx-paren-tx", "dateline-own-line",
              "kicker", "subtitle-dash", "subtitle-plain", "title-wrapped",
              "title-letterspaced", "photo", "photo-credit-first", "photo-credit-inline", "brief",
              "commentary", "affiliation", "continued-from", "continued-to", "half-width",
              "heads-after", "heads-grouped-foot", "heads-grouped-top", "picture-placeholder",
              "slogan-box"):  # (kicker-from-title needs a corpus headline with a comma)
        assert features[f], f


def test_bench_ingest_runs_on_the_third_generator():
    check_bench_report(run(4, 11, FIXTURE, gen="third"), "third", CLASSES)
