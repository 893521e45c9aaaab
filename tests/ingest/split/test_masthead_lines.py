"""A page's masthead set one part to a line, blank lines between (paper, date, 版名, a bare
page number) or as 'paper + 版名/page number' on one line (generator/ingest/split/classify/furniture.py):
page furniture, never a story's title or kicker."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

STORY = """县城老旧小区改造全面启动

本报讯（记者 李明）全市老旧小区改造工程星期一全面启动，涉及一百二十个小区，预计明年年底前完工。

改造内容包括更换供水管道、加装电梯和修缮外墙。
"""

MASTHEADS = {
    "paper, date, page name": ["河畔日报", "2026年8月26日 星期三", "时事"],
    "page number, page name, paper": ["09", "国际新闻", "河畔日报"],
    "page name over the paper": ["观察", "河畔日报"],
    "page number with the paper": ["09  河畔日报"],
    "paper with its page name": ["西部时报  观察"],
}


@pytest.mark.parametrize("name", MASTHEADS)
def test_a_masthead_set_line_by_line_is_page_furniture(name: str) -> None:
    parts = MASTHEADS[name]
    result = split_page("\n\n".join(parts) + "\n\n" + STORY)
    [story] = result.articles
    assert story.title == "县城老旧小区改造全面启动"
    assert story.kicker is None
    assert story.authors == ["李明"]
    dropped = {d.text for d in result.dropped}
    assert all(p in dropped or p.split()[0] in dropped for p in parts), (parts, dropped)


def test_a_byline_cut_by_the_wrap_at_its_last_character_is_no_masthead() -> None:
    page = ("伊朗距离研制出核弹的距离是至少20年来最远的\n　　本报讯 记者梁志刚报\n道：美国副总统星期三表示，\n"
            "由于美军针对伊朗政权采取了军事行动，伊朗研发核武器的能力已大为减弱。\n")
    [story] = split_page(page).articles
    assert story.authors == ["梁志刚"]


def test_a_headlines_last_piece_over_the_foot_masthead_stays_in_the_headline() -> None:
    page = STORY + "\n大国博弈\n一名美国公民认罪，承认充当中国政府代\n理人\n\n河畔日报  第7版\n"
    result = split_page(page)
    assert "理人" not in {d.text for d in result.dropped}
