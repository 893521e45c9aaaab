"""Markdown from a PDF converter (bench-ingest --typeset, pymupdf4llm): a run-on's headline
printed bare right over the next story's stack ('# A' over a kicker and '# B'), then the
run-on's text — which opens with no lead and says little of either headline — then B's text
opening on a dateline lead. B moves down to its lead, A keeps the text above it
(generator/ingest/split/order/stackswap.py, `_lead_seam`)."""
from __future__ import annotations

from generator.ingest.split import split_page

TOP = """绿洲报 2021年7月23日 星期五 第四版 综合



（上接第一版）
# G7关注印太安全及与中国在非洲竞争关键矿产



极易受到干扰和操纵
# 七国集团峰会发表关键矿产宣言，以遏制中国的市场主导地位


——领导人宣布正式成立



在印太地区的部分，声明


强调了“建立在法治基础上的
自由开放的地区的重要性”。

领导人也对朝鲜的核武器
和弹道导弹计划深表关切，并
重申致力于实现朝鲜完全无核
化。

"""
LEAD = """

新华社广州7月23日电

（记者郭平、金薇悦）七国集
团(G7)领导人星期三在峰会上

发表《关于保障关键矿产供应
链宣言》，承诺大幅削减对单一

境外供应来源的依赖，以遏制中
国在关键矿产市场的主导地位。
"""


def test_stacked_headline_moves_down_to_its_dateline_lead():
    arts = split_page(TOP + LEAD).articles
    assert [a.title for a in arts] == ["G7关注印太安全及与中国在非洲竞争关键矿产",
                                       "七国集团峰会发表关键矿产宣言，以遏制中国的市场主导地位"]
    assert arts[0].body.startswith("在印太地区的部分") and arts[0].body.endswith("完全无核化。")
    assert arts[1].authors == ["郭平", "金薇悦"] and arts[1].kicker == "极易受到干扰和操纵"
    assert arts[1].body.startswith("七国集团(G7)领导人")


def test_text_opening_on_its_own_lead_stays_under_the_lower_headline():
    # the text under B opens on a lead: it is a story's opening, B's, and nothing moves
    own = TOP.replace("在印太地区的部分，声明", "新华社北京7月23日电 在印太地区的部分，声明")
    arts = split_page(own + LEAD).articles
    holder = next(a for a in arts if "在印太地区的部分" in a.body)
    assert holder.title == "七国集团峰会发表关键矿产宣言，以遏制中国的市场主导地位"
