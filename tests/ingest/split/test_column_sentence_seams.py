"""A column break right after a sentence that ended at the column's end is no paragraph's end
when the text under it opens unindented in a full line on a page that indents its paragraphs
(`columnpieces._sentence_seam`, and `reflow` keeping the seam's lines one paragraph)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.order.columnpieces import _sentence_seam

HEAD = "城东街道新建三处社区食堂\n\n"

# a column of 14 em; paragraphs open with two printed full-width spaces, no blank between them
BEFORE = """　　城东街道今年在辖区各社区
新建了三处社区食堂，老人在家
门口就能吃上热饭。
　　街道负责人说，食堂由社区
统一管理，饭菜价格实惠，老人
们吃得放心，子女们也更安心。
"""
AFTER = """食堂每天供应午餐和晚餐，菜品
每周更换一次，今后还将在更多
社区推广这一做法。
　　据了解，食堂开业以来每天
接待老人三百多人次，受到居民
普遍欢迎。
　　社区还组织志愿者为行动不
便的老人送餐上门，解决了他们
的后顾之忧。
　　居民们纷纷点赞，称食堂办
到了大家的心坎上。
"""
JOINED = "老人们吃得放心，子女们也更安心。食堂每天供应午餐和晚餐，菜品每周更换一次"


def _paras(text: str) -> list[str]:
    arts = split_page(text).articles
    assert [a.title for a in arts] == ["城东街道新建三处社区食堂"], [a.title for a in arts]
    return arts[0].body.split("\n\n")


def test_a_break_after_a_sentence_ending_at_the_column_end_keeps_the_paragraph_whole():
    paras = _paras(HEAD + BEFORE + "\n" + AFTER)
    assert any(JOINED in p for p in paras), paras
    assert len(paras) == 5, paras


def test_an_indented_line_under_the_break_opens_a_paragraph_of_its_own():
    paras = _paras(HEAD + BEFORE + "\n" + "　　" + AFTER)
    assert not any(JOINED in p for p in paras), paras
    assert any(p.startswith("食堂每天供应") for p in paras), paras


def test_a_one_line_opening_ending_at_the_column_end_goes_on_under_the_break():
    opening = "　　战斗星期二仍在继续进行。\n\n以色列军方报告说，三架无人\n机在黎明前越过边境进入以色\n列领土，没有造成人员伤亡。\n"
    paras = _paras(HEAD + BEFORE + opening + "\n" + "　　" + AFTER)
    assert any("战斗星期二仍在继续进行。以色列军方报告说" in p for p in paras), paras


def test_a_seam_needs_the_sentence_to_reach_the_column_end_and_a_full_unindented_line_under_it():
    upper = ["统一管理，饭菜价格实惠，老人", "们吃得放心，子女们也更安心。"]
    below = ["食堂每天供应午餐和晚餐，菜品", "每周更换一次。"]
    assert _sentence_seam(upper, below, 14.0, True)
    assert not _sentence_seam(upper, below, 14.0, False)                        # a page without indents
    assert not _sentence_seam(["统一管理，饭菜价格实惠，老人", "们吃得放心。"], below, 14.0, True)  # ended short
    assert not _sentence_seam(upper, ["　　" + below[0], below[1]], 14.0, True)  # an indented opening
    assert not _sentence_seam(upper, ["食堂每天供应午餐和晚餐"], 14.0, True)      # one short line: a headline?
    # a headline box wrapped at a clause: its first line fills the column, its last stops short
    assert not _sentence_seam(upper, ["城东街道新建三处社区食堂；", "老人就餐更方便"], 14.0, True)
