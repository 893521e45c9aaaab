"""A short line of a name and '说' ('郑丽文说') is someone speaking — a kicker lifted from the
story — never a writer's bare signature, as '万斯表示' is not (`bylines._says`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.authors import bylines
from generator.ingest.split.text.textutil import nonspace

PAGE = """## 美国财政部批准伊朗出售石油

本报记者 段红华

在美国和伊朗代表团在瑞士举行高级别技术会谈后，美国财政部星期一向伊朗发放临时许可，允许其生产和销售石油。

根据美国财政部的说法，伊朗不得向朝鲜、古巴以及俄罗斯占领的乌克兰部分地区出售石油。

陆兆福说

## 马来西亚把失踪航班的搜寻努力延续一年

马来西亚星期一宣布，将把搜寻失踪航班的工作延长一年。交通部长陆兆福说，搜寻船只将于11月部署。
"""


def test_a_name_saying_line_is_no_signature():
    assert bylines.bare_signature("郑丽文说") is None
    assert bylines.bare_signature("陈桂鑫") == "陈桂鑫"


def test_a_name_saying_line_over_a_headline_is_its_kicker():
    arts = split_page(PAGE).articles
    assert arts[0].authors == ["段红华"], [(a.title, a.authors) for a in arts]
    assert nonspace(arts[1].title) == "马来西亚把失踪航班的搜寻努力延续一年"
    assert arts[1].kicker == "陆兆福说"
