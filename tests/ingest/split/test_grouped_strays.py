"""Column pages whose headlines are grouped at the foot: a paragraph's opening lines that a column
break set apart among the stories are story text, not a headline of their own."""
from __future__ import annotations

from generator.ingest.split import split_page

from .compose import columned

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


def test_a_headline_under_a_box_label_under_a_top_group_heads_the_box_item():
    """Headlines grouped at the top, then a 简讯 box's label over its item's headline: the
    label opens the box, so the headline under it is the item's, not one more of the group."""
    page = ("城东新建三处社区食堂\n\n全县今年新修农村公路一百二十公里\n\n市图书馆新馆下月开放\n\n■简讯\n\n"
            "老城区供暖管网改造完工\n\n"
            + columned("本报讯 老城区供暖管网改造工程昨天完工，今冬两万户居民将用上更稳定的暖气。", 16) + "\n\n"
            + columned("本报讯（记者 王芳）城东街道今年新建三处社区食堂，老人在家门口就能吃上热饭，饭菜价格实惠。", 16) + "\n\n"
            + columned("本报讯（记者 赵明）县交通局昨天通报，今年全县新修农村公路一百二十公里，沿线群众出行更方便。", 16) + "\n\n"
            + columned("本报讯（记者 陈静）市图书馆新馆下月开放，馆内藏书五十万册，设有少儿阅览区和自习室。", 16) + "\n")
    arts = split_page(page).articles
    assert [(a.title, a.body[:4]) for a in arts] == [
        ("老城区供暖管网改造完工", "老城区供"), ("城东新建三处社区食堂", "城东街道"),
        ("全县今年新修农村公路一百二十公里", "县交通局"), ("市图书馆新馆下月开放", "市图书馆")]


def test_a_dash_line_finishing_a_sentence_after_a_cut_off_piece_is_its_paragraphs_rest():
    """A paragraph's opening cut off by a column break whose rest opens on the '--' of an
    aside: the rest finishes a sentence, so it is no subtitle, and both stay in the story."""
    col = lambda text: columned(text, 19)     # noqa: E731
    page = (col("本报讯（记者 王芳）城东街道今年新建三处社区食堂，老人在家门口就能吃上热饭，饭菜价格实惠，老人们吃得放心。")
            + "\n\n" + col("本报讯（记者 赵明）市民政局昨天通报，全市今年新建智慧社区四十个，居民办事更方便了，不出小区就能办好。")
            + "\n\n过去几年中，各地的“智慧社区”--即把\n安防、养老与物业服务接入同一平台的做法\n\n"
            "--已成为城市治理越来越关注的重要课题。\n\n"
            + col("本报讯（记者 陈静）市图书馆新馆下月开放，馆内藏书五十万册，设有少儿阅览区和自习室，市民可免费借阅。")
            + "\n\n城东新建三处社区食堂\n\n全市今年新建智慧社区四十个\n\n市图书馆新馆下月开放\n")
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["城东新建三处社区食堂", "全市今年新建智慧社区四十个", "市图书馆新馆下月开放"]
    assert arts[1].body.replace("\n", "").endswith("接入同一平台的做法--已成为城市治理越来越关注的重要课题。")
