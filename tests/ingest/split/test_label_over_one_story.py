"""A line ending in a brief-box label word printed over a single headline whose story is no
box item (`boxlabels`): a box holds two items or more, so it is that story's kicker and the
story keeps its kind. A label over two short items stays the box's label.
"""
from __future__ import annotations

from generator.ingest.split import split_page

ONE = """第3版  2026年5月18日 星期一  西部时报

外交动态

## 卢比奥：美国正就美伊谈判与中东盟友保持磋商

本报讯（通讯员汤健）美国国务卿卢比奥目前正在中东进行访问。他星期三在科威特表示，美国希望就相关决策与中东盟友进行沟通和协商。

热点追踪

## 特朗普说美伊谈判继续顺利进行

本报讯（通讯员 邱凯凯）特朗普总统说，美军星期三早些时候挫败了伊朗对科威特和巴林的袭击。

特朗普星期三在白宫对记者讲话时说，谈判进展非常顺利。
"""

BOX = """第3版  2026年5月18日 星期一  西部时报

外交动态

## 卢比奥抵达科威特

美国国务卿卢比奥星期三抵达科威特，与中东盟友就美伊谈判进行磋商。

## 欧盟发放乌克兰贷款

欧盟星期二说，已开始向乌克兰发放贷款中的第一笔。
"""


def test_a_label_over_one_story_is_its_kicker() -> None:
    art = split_page(ONE).articles[0]
    assert (art.kicker, art.kind) == ("外交动态", "article")


def test_a_label_over_two_items_heads_a_box() -> None:
    assert [a.kind for a in split_page(BOX).articles] == ["brief", "brief"]
