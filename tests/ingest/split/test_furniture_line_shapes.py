"""Running header and footer lines in the shapes papers print besides '第5版' and '2025年6月3日
星期二' (generator/ingest/split/classify/furniture.py): a dotted date with its weekday, a page number set
with spaces ('第 5 版'), a 版名 with a middle dot ('国际·观察'), a zero-padded page number with
the page's name ('07　要闻'); a column word ('评论') set right under the line ending in the page
number is the page's name, not a column label. All are page furniture, never a story's kicker or title."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

STORY = """县城老旧小区改造全面启动

本报讯（记者 李明）全市老旧小区改造工程星期一全面启动，涉及一百二十个小区，预计明年年底前完工。

改造内容包括更换供水管道、加装电梯和修缮外墙。
"""

HEADERS = {
    "dotted date with weekday and page": ["2025.06.19 星期四  第5版", "国际·观察"],
    "spaced page number with 版名 and editor": ["第 9 版　要闻　责任编辑　王丽"],
    "paper, dotted section, dotted date, page": ["河畔日报　国际·观察　2026.06.07 星期一　第 13 版"],
    "zero-padded page with its name": ["07　要闻"],
    "date, letter page, then 版名": ["2025.06.19 星期四  A3", "时事"],
    "a column word as the 版名 right under the page number": ["2025年6月25日 星期六  A11", "评论"],
    "a 都市报 masthead over the page line": ["西岭都市报", "", "第 4 版　社会　责任编辑　胡萍"],
}


@pytest.mark.parametrize("name", HEADERS)
def test_a_running_header_in_these_shapes_is_page_furniture(name: str) -> None:
    parts = HEADERS[name]
    result = split_page("\n".join(parts) + "\n\n" + STORY)
    [story] = result.articles
    assert story.title == "县城老旧小区改造全面启动"
    assert story.kicker is None

