"""Under a 简讯 label, an item printed with no bullet sets its lead phrase inline, a gap apart
from its text ('美伊接近达成协议 国务卿…'): the phrase is the item's title, the rest its text —
also when a column break sets the item's first line apart from the rest
(`briefbox._inline_lead`, `briefbox._give_inline_rest`)."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """第3版

简讯

　　市区新增三条公交线路 市交通局昨天
宣布，自下月起新开通三条公交线路，方便
市民出行，沿线居民普遍表示欢迎。

　　全市中小学秋季开学 全市中小学昨
天迎来秋季开学，各校做好了安全检查和教
学准备工作。

　　图书馆延长开放时间 市图书馆决定{gap}
自本周起每天延长开放两小时，满足读者的
阅读需求。
"""


def _items(gap: str):
    return [a for a in split_page(PAGE.replace("{gap}", gap)).articles]


def test_inline_lead_phrases_are_the_items_titles():
    arts = _items("")
    assert [a.title for a in arts] == ["市区新增三条公交线路", "全市中小学秋季开学", "图书馆延长开放时间"]
    assert all(a.kind == "brief" for a in arts)
    assert arts[1].body.startswith("全市中小学昨天迎来秋季开学")


def test_an_item_line_a_column_break_set_apart_keeps_its_first_words_in_the_text():
    arts = _items("\n\n")
    assert arts[2].title == "图书馆延长开放时间"
    assert arts[2].body.startswith("市图书馆决定自本周起")
