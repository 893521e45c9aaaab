"""A running header may print its date with dots or dashes (`2026.06.16 星期六  A1`): the line is
page furniture like `2026年6月16日 星期六`, never a kicker of the first headline nor text glued to a
story's end."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

STORY = """# 三个国家、48支球队、一座奖杯——第23届世界杯足球赛将于下星期开幕

本报讯（记者 黄浩峰）第23届世界杯足球赛将于下星期在三个国家的16座城市开幕，48支球队将争夺一座奖杯。

组委会表示，各项准备工作已基本就绪。
"""


@pytest.mark.parametrize("date", ["2026.06.16 星期六  A1", "2026-06-16 星期六  A1", "2026/6/16 星期六"])
def test_a_dotted_date_header_is_furniture(date):
    result = split_page(f"{date}\n\n{STORY}")
    (art,) = result.articles
    assert art.kicker is None
    assert art.title.startswith("三个国家")
    assert [d.text for d in result.dropped] == [date]


def test_a_dotted_date_footer_is_not_glued_to_the_story():
    result = split_page(f"{STORY}\n2026.06.16星期六\n")
    (art,) = result.articles
    assert art.body.endswith("各项准备工作已基本就绪。")


def test_a_page_number_printed_with_spaces_round_its_figure_is_furniture():
    header = "2024.06.01 星期五 第 15 版 国际新闻"
    result = split_page(f"{header}\n\n{STORY}")
    (art,) = result.articles
    assert art.kicker is None
    assert [d.text for d in result.dropped] == [header]


@pytest.mark.parametrize("header", ["2025.06.30 星期四  10", "2024年6月26日　星期五  A2"])
def test_a_page_name_under_a_header_ending_on_its_bare_page_number_is_furniture(header):
    page = f"{header}\n经济\n\n" + STORY.replace("# ", "")
    result = split_page(page)
    (art,) = result.articles
    assert art.kicker is None
    assert [d.text for d in result.dropped] == [header, "经济"]
