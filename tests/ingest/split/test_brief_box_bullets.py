"""The bulleted titles of a 简讯 box's items may happen to be of one length, like a story's
parallel bulleted sub-headings; under the box's label ('快讯', '· 短讯 ·') they are the titles of
stories of their own (`bullets._under_brief_label`), while the same bulleted phrases inside a
story with no label over them stay its sub-headings."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

STORY = """## 台湾军方举行沿海演习模拟摧毁两栖登陆敌军

台湾军方6月9日在台中大甲溪沿海地区举行演习，模拟在敌军登陆时将其摧毁，参演部队动用了多种武器。

卢比奥定于星期二在新德里与印度、澳大利亚和日本的外长举行会晤，讨论地区安全与贸易问题。

"""
BOX = """{label}

## ●两党众议员推出法案

本报讯 美国众议院中国问题特设委员会主席星期三提出一项法案，要求加强对相关技术出口的审查。

## ●伊朗向以色列发射导弹

伊朗6月7日向以色列发射导弹，这是4月8日停火以来第一次，以色列方面表示拦截了大部分导弹。

## ●卢比奥：以黎达成协议

本报讯 美国国务卿卢比奥说，以色列和黎巴嫩在美国的斡旋下达成一项框架协议，为和平迈出第一步。
"""


def test_bulleted_items_under_a_brief_label_are_stories_of_their_own():
    for label in ("快讯", "## · 短讯 ·"):
        arts = split_page(STORY + BOX.format(label=label)).articles
        briefs = [nonspace(a.title) for a in arts if a.kind == "brief"]
        assert briefs == ["两党众议员推出法案", "伊朗向以色列发射导弹", "卢比奥：以黎达成协议"], (label, [a.title for a in arts])
        assert all(a.body.count("\n\n") == 0 for a in arts if a.kind == "brief")
