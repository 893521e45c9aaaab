"""A 简讯 box whose items carry their lead phrase run into the paragraph, set off by a gap in
the printed line and no bullet (generator/ingest/split/boxes/briefbox.py): each phrase is its item's
headline and the item a brief, in one-line-per-paragraph pages and in wrapped columns alike."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

ITEMS = [
    ("城东食堂开门迎客", "城东街道新建的三处社区食堂近日开门迎客，老人们吃上了热乎饭，菜价实惠，每天供应三餐。"),
    ("果园冬修忙", "眼下正是果树冬季修剪的关键时期，县里组织技术人员深入果园，手把手教果农修剪枝条。"),
    ("图书馆延长开放时间", "市图书馆从下月起每天开放到晚上九点，方便上班族下班后借书阅读。"),
]
STORY = """全市老旧小区改造全面启动

本报记者 李明

全市老旧小区改造工程星期一全面启动，涉及一百二十个小区，预计明年年底前完工。改造内容包括更换供水管道、加装电梯和修缮外墙。
"""


def _wrapped(text: str, measure: int = 16) -> str:
    """Each line longer than the column cut into the column's measure, as pdftotext prints it."""
    return "\n".join(line[k:k + measure] for line in text.split("\n")
                     for k in (range(0, len(line), measure) if line else [0]))


def _page(gap: str) -> str:
    rows = ["简讯", ""] + [x for head, text in ITEMS for x in (f"{head}{gap}{text}", "")]
    return "\n".join(rows) + "\n" + STORY


@pytest.mark.parametrize("gap", ["\u3000", "  ", " "])
@pytest.mark.parametrize("wrapped", [False, True])
def test_a_lead_phrase_run_into_its_item_is_the_items_headline(gap: str, wrapped: bool) -> None:
    page = _page(gap)
    arts = split_page(_wrapped(page) if wrapped else page).articles
    briefs = [a for a in arts if a.kind == "brief"]
    assert [a.title for a in briefs] == [head for head, _ in ITEMS]
    for a, (_, text) in zip(briefs, ITEMS):
        assert a.body.replace("\n", "") == text
    story = next(a for a in arts if a.authors)
    assert story.kind == "article" and story.title == "全市老旧小区改造全面启动"
