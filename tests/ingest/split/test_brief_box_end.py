"""A 简讯 box's items are one paragraph under a short head, all set alike. A short story printed
after the box — its head without the bullet the items carry, or with a byline line of its own —
is no item: an article, however short (`story._outside_box`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

BOX = """■新闻速览

## ●两党众议员推出法案

本报讯 美国众议院中国问题特设委员会主席星期三提出一项法案，要求加强对相关技术出口的审查。

## ●伊朗向以色列发射导弹

伊朗6月7日向以色列发射导弹，这是4月8日停火以来第一次，以色列方面表示拦截了大部分导弹。

"""
AFTER = """## 边巴次仁连任西藏流亡政府最高行政长官

{byline}在流亡藏人社区举行的选举中当选连任的边巴次仁星期三宣誓就任，开始新一届藏人行政中央司政任期。
"""


def _kinds(page: str) -> dict[str, str]:
    return {nonspace(a.title): a.kind for a in split_page(page).articles}


def test_a_story_after_a_bulleted_box_without_its_bullet_is_an_article():
    kinds = _kinds(BOX + AFTER.format(byline=""))
    assert kinds["两党众议员推出法案"] == "brief" and kinds["伊朗向以色列发射导弹"] == "brief", kinds
    assert kinds["边巴次仁连任西藏流亡政府最高行政长官"] == "article", kinds


def test_a_story_after_a_box_with_a_byline_line_of_its_own_is_an_article():
    unbulleted = BOX.replace("●", "")
    kinds = _kinds(unbulleted + AFTER.format(byline="文 / 图 努尔兰·买买提\n\n"))
    assert kinds["边巴次仁连任西藏流亡政府最高行政长官"] == "article", kinds
    assert kinds["伊朗向以色列发射导弹"] == "brief", kinds


def test_bulleted_items_after_the_label_stay_briefs():
    kinds = _kinds(BOX + "## ●卢比奥：以黎达成协议\n\n本报讯 美国国务卿卢比奥说，以色列和黎巴嫩达成一项框架协议。\n")
    assert set(kinds.values()) == {"brief"}, kinds
