"""Each printed line's role, recorded beside a generated page (`make_labeled_page`) to train the
line-role model: the page text is the one `make_page` gives, and every non-blank line has one
role that matches what the line is."""
from __future__ import annotations

import os
import re

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.pagegen import ROLES, make_labeled_page, make_page

FIXTURE = os.path.join(os.path.dirname(__file__), "corpus_fixture.jsonl")


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return load_corpus(FIXTURE)


def _flat(s: str | None) -> str:
    return re.sub(r"[\s#]", "", s or "")


def test_labelling_leaves_the_page_text_and_truth_as_make_page_gives_them(corpus):
    for n in range(30):
        text, truth, _ = make_labeled_page(corpus, f"roles:{n}")
        assert (text, truth) == make_page(corpus, f"roles:{n}")


def test_every_non_blank_line_gets_one_known_role(corpus):
    for n in range(30):
        text, _, roles = make_labeled_page(corpus, f"roles:{n}")
        assert len(roles) == sum(1 for x in text.split("\n") if x)
        assert set(roles) <= set(ROLES)


def test_title_lines_spell_each_headline_and_kicker_lines_each_kicker(corpus):
    layouts = set()
    for n in range(40):
        text, truth, roles = make_labeled_page(corpus, f"roles:{n}")
        layouts.add(truth["layout"])
        lines = [x for x in text.split("\n") if x]
        titles = _flat("".join(x for x, r in zip(lines, roles) if r == "title"))
        kickers = _flat("".join(x for x, r in zip(lines, roles) if r == "kicker"))
        for a in truth["articles"]:
            if a.get("title"):
                assert _flat(a["title"]).replace(" ", "") in titles.replace(" ", ""), (n, a["title"])
            if a.get("kicker"):
                assert _flat(a["kicker"]) in kickers, (n, a["kicker"])
    assert len(layouts) >= 6


def test_a_story_opens_on_one_body_first_line_or_a_caption(corpus):
    for n in range(30):
        text, truth, roles = make_labeled_page(corpus, f"roles:{n}")
        stories = [a for a in truth["articles"] if a["kind"] != "photo"]
        assert roles.count("body-first") == len(stories), n
