"""Markdown pages without '##' marks: a headline printed over two lines with no blank line between
them, on a page that sets blank lines between its paragraphs, is one headline — its lower line is
no paragraph piece cut by a break (flatpage._head_pair), and two lines about as wide are the halves
of one title, not a kicker over it (lines._wrapped_head, WRAP_SHARE)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

ABOVE = ("全县冬小麦播种全面完成\n\n本报讯（记者 王芳）全县冬小麦播种工作已经全面完成，今年播种面积比去年增加了三千亩，"
         "农技人员深入田间地头指导农户科学播种。\n\n")
BODY = ("县交通局负责人介绍，今年以来全县新建农村公路一百二十公里，沿线村民出行更加方便，村里的果子不愁卖了。\n\n"
        "下一步，全县将继续推进农村公路提档升级，让更多村民走上平坦宽阔的致富路，群众的日子越过越红火。\n")


def test_title_broken_at_its_colon_over_a_lead_stays_one_title():
    page = ABOVE + "县交通局局长：\n今年新建的农村公路是近二十年来最多的\n\n" + BODY
    story = split_page(page).articles[-1]
    assert nonspace(story.title) == "县交通局局长：今年新建的农村公路是近二十年来最多的"
    assert story.body.startswith("县交通局负责人介绍")


def test_two_title_lines_about_as_wide_are_one_title_not_kicker_and_title():
    page = ABOVE + "在县交通局的统一部署下全县新建的农村公路\n让沿线村民走上了平坦宽阔的致富路一百二十公里\n\n" + BODY
    story = split_page(page).articles[-1]
    assert story.kicker is None
    assert nonspace(story.title) == "在县交通局的统一部署下全县新建的农村公路让沿线村民走上了平坦宽阔的致富路一百二十公里"
