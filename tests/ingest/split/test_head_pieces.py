"""A headline a narrow box wrapped over short lines — one ending on a clause mark — that the
extractor printed as separate boxes or the block stages cut apart
(generator/ingest/split/heads/headpieces.py): joined, over the story's byline line, it is the story's
title with its kicker and '——' subtitle, not a story of its own."""
from __future__ import annotations

from generator.ingest.split import split_page

ABOVE = "上一篇报道说，城里今年新建了三座公园，市民周末多了去处。\n\n"
BODY = ("本报记者 李明\n\n市政府星期一宣布，全市将在明年春天前修好所有老旧供水管道，"
        "并在每个街道设立维修点，方便居民报修。\n")


def _page(head: str) -> str:
    return ABOVE + "维修点遍布各街道\n\n" + head + "\n——市水务局星期一在发布会上说\n\n" + BODY


def test_head_lines_wrapped_at_a_clause_mark_over_a_byline_are_the_title() -> None:
    for sep in ("\n", "\n\n"):
        arts = split_page(_page(f"全市老旧供水管道明年春天前全部修好；{sep}各区同步开工更换水表")).articles
        story = next(a for a in arts if a.authors)
        assert story.title == "全市老旧供水管道明年春天前全部修好；各区同步开工更换水表"
        assert story.kicker == "维修点遍布各街道"
        assert story.body.startswith("市政府星期一宣布")
        assert len(arts) == 2


def test_head_lines_holding_a_sentence_are_no_title() -> None:
    arts = split_page(_page("全市老旧供水管道明年春天前全部修好。\n各区同步开工更换水表")).articles
    assert all(not a.title.startswith("全市老旧供水管道") for a in arts)
