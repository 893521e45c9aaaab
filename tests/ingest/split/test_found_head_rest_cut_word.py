"""A page without '#' marks: a plain line under a headline found by its shape, whose break cuts
a word the story prints whole again and again ('…对美国埃' / '博拉…'), is the headline's rest,
never its subtitle (`headwrap._rest_of_found`).
"""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """第3版  2026年5月18日 星期一  西部时报

肯尼亚法院延长对美国埃

博拉隔离设施的禁令

本报讯（记者 刘明宇）肯尼亚高等法院星期二发布命令，将美国拟议在该国设立埃博拉隔离设施的计划暂停三个星期。

法院说，埃博拉隔离设施的选址须先征求当地居民的意见。美国官员表示，埃博拉疫情仍在蔓延。
"""


def test_a_rest_cutting_a_story_word_joins_its_headline() -> None:
    art = split_page(PAGE).articles[0]
    assert (art.title, art.subtitle) == ("肯尼亚法院延长对美国埃博拉隔离设施的禁令", None)
