"""A page extracted without blank lines: a short headline of Han characters alone, after a
finished sentence, over a paragraph whose first lines say its words again, heads that text
(blockbreaks `heads_over_their_text`) — a paragraph's first line fills the column but for its
indent, and a story's opening restates its headline — even where the break model runs the
headline into the text under it."""
from __future__ import annotations

import os

from bench.ingest.corpus import load_corpus
from bench.ingest.pagegen import make_page
from generator.ingest.split import split_page

FIXTURE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "bench", "corpus_fixture.jsonl")


def test_a_short_headline_the_model_ran_into_its_text_heads_it():
    text, truth = make_page(load_corpus(FIXTURE), "nb:1006")
    assert truth["layout"] == "col-noblank"
    arts = {a.title: a for a in split_page(text).articles}
    story = arts["冬季供暖工作全面启动"]
    assert story.body.startswith("随着气温逐渐下降，全市冬季供暖工作")
    assert "冬季供暖工作全面启动随着" not in "".join(a.title for a in arts.values())

