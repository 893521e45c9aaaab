"""bench/ingest/heads_any.py reads each line's head role off a page's truth: the lines it marks
title spell every article's title, and body lines are not marked."""
from __future__ import annotations

import re

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.heads_any import HEAD_ROLES, pages_of, truth_roles
from tests.support.scoring import FIXTURE


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE)


@pytest.mark.parametrize("generator", ["pagegen", "fourth"])
def test_lines_marked_title_spell_the_truth_titles(corpus, generator):
    for text, truth in pages_of(corpus, f"{generator}:3-4", 6):
        lines = [x for x in text.split("\n") if x.strip()]
        roles = truth_roles(text, truth)
        assert len(roles) == len(lines) and set(roles) <= set(HEAD_ROLES)
        marked = re.sub(r"[\s#*]", "", "".join(x for x, r in zip(lines, roles) if r == "title"))
        for a in truth["articles"]:
            title = re.sub(r"\s", "", a.get("title") or "")
            if title and title in re.sub(r"[\s#*]", "", text):
                assert title[:4] in marked, (title, marked)
        # most lines are body text, never a head
        assert roles.count("other") > len(lines) / 2
