"""A one-line kicker or column label over a headline, each set apart by blank lines.

The shape rules take the short kicker line for the headline, and the headline (as long as a
column line, or wrapped like one) for the first lines of the story's text. The headline gives
itself away by what it shares with the story's opening, which the kicker need not: the block is
the headline, the line over it its kicker.
"""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """城东街道新建三处社区食堂

　　本报讯（记者 王芳）城东街道今年新建三处社
区食堂，老人在家门口就能吃上热饭。街道负责人说，
食堂由社区统一管理，饭菜价格实惠，老人们吃得放心。

星期一发表声明说

县交通局：全县农村公路今年新修一百二十公里

县交通局星期一发表声明说，全县农村公路今年新修
一百二十公里，沿线群众出行更方便。交通局负责人
介绍，农村公路连通了二十个村，运输车辆直接开进
村里，群众的日子越过越红火。
"""


def test_a_headline_under_a_one_line_kicker_is_not_read_into_the_text():
    arts = split_page(PAGE).articles
    assert [(a.kicker, a.title) for a in arts][1:] == [("星期一发表声明说", "县交通局：全县农村公路今年新修一百二十公里")], arts
    assert arts[1].body.startswith("县交通局星期一发表声明说"), arts[1].body
