"""A running header of the page's date and its paper's or page's name ('2026年7月11日  要闻') at
the page's top is furniture (generator/ingest/split/classify/furniture.py, `dated_header`), never
a headline the page's stories could take: a bare date alone signs a notice, a date beside those
names dates the page."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

STORY = """
  美国众议院中国问题特设委员会在纪念日
之际在社交平台转发已故将领当年因反对武
力镇压而接受军事审判的画面。该委员会说，
因为他的勇敢，人们将永远铭记他。
        （本报记者 黎明华）


众议院委员会纪念抗命将军


一 周 要 闻

  【美众议员跨党推出法案，旨在阻止获取
先进芯片】美国众议院两党议员推出一项法
案，旨在防止敌手通过云计算服务商获取先
进人工智能芯片。
  【台湾举行桌上推演】台湾官员星期四举
行桌上推演，模拟周边海域实施海上封锁的
各种情境。（李峰英）
  【美国队世界杯揭幕战受关注】美国在世
界杯开幕的第二天成为焦点，洛杉矶欢迎参
赛队伍的到来。（龙慧红）
"""


@pytest.mark.parametrize("header", ["2026年7月11日  要闻", "2025年4月28日   江南都市报"])
def test_a_dated_running_header_heads_no_story(header: str) -> None:
    result = split_page(header + "\n" + STORY)
    titles = [a.title for a in result.articles]
    assert header.split()[0] not in "".join(titles), titles
    assert titles[-1] == "美国队世界杯揭幕战受关注"
    assert any(d.kind == "header" and d.text.startswith(header.split()[0]) for d in result.dropped)
