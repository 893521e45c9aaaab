"""Running header and footer lines in the shapes papers print besides '第5版' and '2025年6月3日
星期二' (generator/ingest/split/classify/furniture.py): a dotted date with its weekday, a page number set
with spaces ('第 5 版'), a 版名 with a middle dot ('国际·观察'), a zero-padded page number with
the page's name ('07　要闻'); a column word ('评论') set right under the line ending in the page
number is the page's name, not a column label. A running foot that dates the page beside the paper's name or the page number, or gives the
page's mailbox. All are page furniture, never a story's kicker or title."""
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



CAPTION = """  美国密苏里州总检察长凯瑟
琳·哈纳韦起诉家庭安防摄像头
供应商，指控该公司隐瞒与军方
的关联，对家庭进行监控。
  新华社记者 刘倩 摄
"""

FOOTERS = {
    "the paper's name with the date": ["阿勒泰日报  2026年3月9日"],
    "page, page name, paper and date": ["第9版  要闻  北方时报  2025年11月22日"],
    "the page's mailbox over the paper and date": ["本版邮箱：news10@xbsb.com", "华中晚报  2024年6月26日"],
}


@pytest.mark.parametrize("name", FOOTERS)
def test_a_running_foot_dated_beside_the_paper_is_no_headline_of_the_caption_above(name: str) -> None:
    """A bare date alone may sign a notice; printed beside the page's number or the paper's
    masthead name it dates the page — the foot is furniture, not a headline printed after the
    photo caption above it."""
    lines = FOOTERS[name]
    result = split_page(STORY + "\n" + CAPTION + "\n\n" + "\n".join(lines) + "\n")
    assert {d.text.strip() for d in result.dropped} >= {s.strip() for s in lines}
    assert [a.title for a in result.articles][0] == "县城老旧小区改造全面启动"
    assert not any(s.split()[0] in (a.title or "") for a in result.articles for s in lines)

