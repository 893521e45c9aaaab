"""The block-break model's training pages (`Maker.unbroken_column_page`): column pages without a
blank line, each line labelled with whether a block starts there. A story's head box (kicker,
headline, subtitle, however many lines each) is one block, as the head-stack rules read it."""
from __future__ import annotations

import os

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.pagegen import ColumnRender, Maker, Story

FIXTURE = os.path.join(os.path.dirname(__file__), "corpus_fixture.jsonl")


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return load_corpus(FIXTURE)


def _column_maker(corpus: list[dict]) -> Maker:
    n = 0
    while Maker(corpus, f"train:{n}").md:
        n += 1
    return Maker(corpus, f"train:{n}")


def test_a_training_page_has_no_blank_line_and_one_label_a_line(corpus):
    pages = [Maker(corpus, f"train:{n}").unbroken_column_page() for n in range(12)]
    pages = [p for p in pages if p is not None]
    assert pages
    for text, starts in pages:
        lines = text.rstrip("\n").split("\n")
        assert all(line.strip() for line in lines)
        assert len(lines) == len(starts) and starts[0]


def test_a_seed_gives_the_same_training_page(corpus):
    assert Maker(corpus, "train:3").unbroken_column_page() == Maker(corpus, "train:3").unbroken_column_page()


def test_a_markdown_page_gives_no_training_page(corpus):
    n = next(n for n in range(50) if Maker(corpus, f"train:{n}").md)
    assert Maker(corpus, f"train:{n}").unbroken_column_page() is None


def test_kicker_lines_headline_lines_and_subtitle_are_one_block(corpus):
    render = ColumnRender(_column_maker(corpus))
    st = Story("article", "乌苏市老旧小区改造全面完成惠及八千余户", ["正文。"], kicker="践行初心使命 增进民生福祉",
               subtitle="全年改造小区四十个", dash=True, kicker_lines=["践行初心使命", "增进民生福祉"],
               title_lines=["乌苏市老旧小区改造全面完", "成惠及八千余户"])
    render.one_box = True
    assert render.head_lines(st) == [["践行初心使命", "增进民生福祉", "乌苏市老旧小区改造全面完", "成惠及八千余户",
                                      "——全年改造小区四十个"]]
    render.one_box = False      # the benchmark's pages keep a block for each part
    assert len(render.head_lines(st)) == 3
