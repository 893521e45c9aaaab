"""A Markdown page sets a brief box's items as a bold lead phrase run into its text, in a list
('- **X** text') or not ('**X**　text'): the phrase is the item's title, the text its body;
a bare name in brackets after the last sentence ('…。（王明）') credits the item's writer
(`lines._bold_lead`, `bylines.parse_tail`)."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

PAGE = """滨海日报　综合新闻　2025年6月3日 星期二

## 简讯

{mark}**市区新增三条公交线路**{gap}市交通局昨天宣布，自下月起新开通三条公交线路，方便市民出行，沿线居民普遍表示欢迎。（王明）

{mark}**全市中小学秋季开学**{gap}全市中小学昨天迎来秋季开学，各校做好了安全检查和教学准备工作，家长们纷纷送孩子到校。

{mark}**图书馆延长开放时间**{gap}市图书馆决定自本周起每天延长开放两小时，满足读者的阅读需求，受到广大读者好评。（记者 李强）
"""


@pytest.mark.parametrize("mark,gap", [("- ", " "), ("", "\u3000")])
def test_bold_lead_phrases_are_the_items_titles(mark, gap):
    arts = split_page(PAGE.replace("{mark}", mark).replace("{gap}", gap)).articles
    assert [a.title for a in arts] == ["市区新增三条公交线路", "全市中小学秋季开学", "图书馆延长开放时间"]
    assert all(a.kind == "brief" for a in arts)
    assert arts[1].body.startswith("全市中小学昨天迎来秋季开学")
    assert arts[0].body.endswith("普遍表示欢迎。") and arts[0].authors == ["王明"]
    assert arts[2].authors == ["李强"]


def test_a_bold_speaker_opening_a_turn_is_no_item_title():
    page = PAGE.replace("{mark}", "").replace("{gap}", " ").replace("**全市中小学秋季开学**", "**记者：**")
    titles = [a.title for a in split_page(page).articles]
    assert "记者：" not in titles and "记者" not in titles
