"""A running header whose cells a Markdown-style extraction printed one to a line, blank lines
between ('05' / '2026年1月13日 星期二' / '天山晨报'), is furniture as a whole: a paper's name or
a section name in it is never the first story's kicker (`furniture._header_over_blanks`).
"""
from __future__ import annotations

from generator.ingest.split import split_page

STORY = ("国民党主席访美，华盛顿表示目前没有任何信息可提供\n\n"
         "本报讯（通讯员曾彬）美国国务院星期三表示，对于国民党主席是否在华盛顿访问期间与国务院官员"
         "会面一事，目前“没有任何信息可提供”，但重申了美国长期以来对台湾的坚定承诺。\n\n"
         "国务院发言人说，美国支持台海两岸对话，支持台湾获取关键防卫能力，这一立场没有改变。\n")


def _first(header: str):
    arts = split_page(header + STORY).articles
    assert arts[0].title == "国民党主席访美，华盛顿表示目前没有任何信息可提供"
    return arts[0]


def test_a_paper_name_under_the_header_cells_is_no_kicker() -> None:
    assert _first("05\n\n2026年1月13日 星期二\n\n天山晨报\n\n").kicker is None


def test_a_section_name_over_the_date_is_no_kicker() -> None:
    assert _first("时事\n\n2026年7月20日 星期一\n\n").kicker is None


def test_a_section_and_paper_on_one_line_is_no_kicker() -> None:
    assert _first("第3版\n\n观察  北疆日报\n\n").kicker is None

