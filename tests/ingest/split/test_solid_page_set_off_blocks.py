"""A page set solid (no blank line between its paragraphs or stories) that leaves space only
around its foot furniture or a pull quote is still read as a solid page: `blockbreaks` finds its
blocks, where reading the page as spaced would take each story's run for one block."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.classify import blockbreaks
from tests.support.scoring import generated_pages

FOOT = ["", "编辑：王伟  校对：李明", "第5版"]
QUOTE = ["", "“只要患者有需要，我们随时", "投入到应急抢救工作中！”", ""]


@pytest.fixture(scope="module")
def solid_pages() -> list[tuple[str, dict]]:
    return generated_pages("col-noblank", 4, 78)


def _titles(text: str) -> list[str]:
    return [a.title for a in split_page(text).articles]


def test_a_blank_line_over_the_foot_furniture_leaves_the_page_solid(solid_pages):
    for text, _ in solid_pages:
        footed = text.rstrip("\n") + "\n" + "\n".join(FOOT) + "\n"
        assert blockbreaks.restore_breaks(footed) is not None
        assert _titles(footed) == _titles(text)


def test_a_pull_quote_set_apart_leaves_the_page_solid_and_a_short_block_does_not(solid_pages):
    text = solid_pages[0][0]
    lines = text.rstrip("\n").split("\n")
    at = next(i for i in range(8, len(lines)) if lines[i - 1].endswith("。"))
    quoted = "\n".join(lines[:at] + QUOTE + lines[at:]) + "\n"
    assert blockbreaks.restore_breaks(quoted) is not None
    # a short block of plain words set apart inside the page is a head box: the page is spaced
    boxed = "\n".join(lines[:at] + ["", "全市中小学开展冬季安全教育", ""] + lines[at:]) + "\n"
    assert blockbreaks.restore_breaks(boxed) is None
