"""Column pages whose headlines are grouped at the foot: a paragraph's opening lines that a column
break set apart among the stories are story text, not a headline of their own."""
from __future__ import annotations

from generator.ingest.split import split_page

# a paragraph's first two lines fill the column, stop on no mark and the column ends under them
CUT_OFF = """本报讯（记者 王芳）城东街道今年新建三处社区
食堂，老人在家门口就能吃上热饭。街道负责
人说，食堂由社区统一管理，饭菜价格实惠。

街道还为行动不便的老人提供送餐服务，志愿
者每天中午把饭菜送到老人家中。

本报讯（记者 赵明）县交通局昨天通报，今年
全县新修农村公路一百二十公里，沿线群众出
行更方便。

交通局局长刘建国在昨天召开的全县交通
工作通报会上介绍说今年新修的道路大多


通到了偏远村庄，过去要走半天的山路如
今开车二十分钟就能到，村里的核桃和花椒
也能更快运出大山。

本报讯（记者 陈静）市图书馆新馆下月开放，
馆内藏书五十万册，设有少儿阅览区和自习室。

城东新建三处社区食堂

全县今年新修农村公路一百二十公里

市图书馆新馆下月开放
"""

# a paragraph's indented first line under a finished sentence, then the column's end: the line
# shares words with the text after the break, as a headline does with its story's opening
INDENTED = """　　本报讯（记者 王芳）城东街道今年新建
三处社区食堂，饭菜价格实惠。
　　街道还为行动不便的老人

提供送餐服务，行动不便的老人每天中午在
家就能吃上志愿者送来的热饭。

　　本报讯（记者 赵明）县交通局昨天通报，
今年全县新修农村公路一百二十公里。

　　本报讯（记者 陈静）市图书馆新馆下月
开放，馆内藏书五十万册。

城东新建三处社区食堂

全县今年新修农村公路一百二十公里

市图书馆新馆下月开放
"""


def test_a_cut_off_paragraph_opening_among_grouped_stories_stays_in_its_story():
    arts = split_page(CUT_OFF).articles
    assert [a.title for a in arts] == ["城东新建三处社区食堂", "全县今年新修农村公路一百二十公里", "市图书馆新馆下月开放"]
    road = arts[1].body.replace("\n", "")
    assert "交通局局长刘建国在昨天召开的全县交通工作通报会上介绍说今年新修的道路大多通到了偏远村庄" in road


def test_an_indented_line_set_apart_by_a_column_break_is_no_headline():
    arts = split_page(INDENTED).articles
    assert [a.title for a in arts] == ["城东新建三处社区食堂", "全县今年新修农村公路一百二十公里", "市图书馆新馆下月开放"]
    assert "街道还为行动不便的老人提供送餐服务" in arts[0].body.replace("\n", "")
