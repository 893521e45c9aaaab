"""The first story's opening lines that a column break set apart under a page's headline group
go back to its first paragraph (`cutopenings`); a headline of the group keeps its place."""
from __future__ import annotations

from generator.ingest.split import cutopenings, page, split_page
from tests.support.scoring import accuracy, generated_pages

GROUP = """城东街道新建三处社区食堂方便老人就餐

全县新修农村公路一百二十公里

奇台县冬小麦喜获丰收亩产再创历史新高

"""

REST = """区食堂，老人在家门口就能吃上热饭。街道负
责人说，食堂由社区统一管理，饭菜价格实惠，
老人们吃得放心，子女们也更安心了许多。
本报记者 王芳

　　今年全县新修农村公路一百二十公里，沿线群
众出行更方便。县交通局负责人介绍，路修到了
家门口，群众的日子越过越红火，特产也更好卖。
本报记者 李明

　　今年奇台县小麦喜获丰收，亩产再创新高，农
民们脸上笑开了花。县农业局负责人说，良种良
法配套推广，让小麦单产连年提高，收成喜人。
本报记者 赵磊
"""

BODY = ["区食堂，老人在家门口就能吃上热饭。街道负", "责人说，食堂由社区统一管理，饭菜价格实惠，",
        "老人们吃得放心，子女们也更安心了许多。"]


def test_generated_top_group_pages_keep_their_first_stories_whole(monkeypatch):
    pages = generated_pages("col-heads-top", 40, 77)
    with_rule = accuracy(pages)
    monkeypatch.setattr(page, "rejoin_cut_openings", lambda units, lines: None)
    without = accuracy(pages)
    assert with_rule > without, (with_rule, without)


def test_an_opening_is_an_indented_first_line_and_full_ones_over_a_full_line():
    assert cutopenings._opening_shape(["城东街道今年在辖区各社区新建了三处社"], BODY)
    assert cutopenings._opening_shape(["　　城东街道今年在辖区各社区新建了三处社"], BODY)
    assert cutopenings._opening_shape(["城东街道今年在辖区各社区新建了三处社", "区食堂，老人在家门口就能吃上热饭。街道负"],
                                      BODY + ["他们说。"])
    assert not cutopenings._opening_shape(["城东街道新建食堂"], BODY)               # short: a headline
    assert not cutopenings._opening_shape(["城东街道今年在辖区各社区新建了三处社区食"], BODY)   # full: no indent
    assert not cutopenings._opening_shape(["城东街道今年在辖区各社区新建了三处社"],   # text below opens itself
                                          ["　　" + BODY[0]] + BODY[1:])


def test_an_opening_line_two_characters_short_of_the_column_joins_its_paragraph():
    first = split_page(GROUP + "城东街道今年在辖区各社区新建了三处社\n\n" + REST).articles[0]
    assert first.title == "城东街道新建三处社区食堂方便老人就餐"
    assert first.body.startswith("城东街道今年在辖区各社区新建了三处社区食堂，老人在家门口"), first.body[:40]


def test_a_last_headline_over_a_paragraph_that_opens_itself_stays_a_headline():
    text = GROUP + "　　城东街道今年在辖区各社区新建了三处社区\n食堂，老人在家门口就能吃上热饭。街道负" + REST.split("街道负", 1)[1]
    arts = split_page(text).articles
    assert [a.title for a in arts] == ["城东街道新建三处社区食堂方便老人就餐", "全县新修农村公路一百二十公里",
                                       "奇台县冬小麦喜获丰收亩产再创历史新高"], [a.title for a in arts]
