"""A kicker set wider than its title: a head stack's line that quotes a clause of the story word
for word is a kicker or subtitle, the line in words of its own the title — on a Markdown page
without '##' marks (flatpage) and with them (headquotes)."""
from __future__ import annotations

from generator.ingest.split import split_page

ABOVE = ["全县冬小麦播种全面完成", "",
         "本报讯（记者 王芳）全县冬小麦播种工作已经全面完成，今年播种面积比去年增加了三千亩，"
         "农技人员深入田间地头指导农户科学播种。", ""]
PARAS = ["本报讯（记者 李明）今年以来，全县新建农村公路一百二十公里，沿线村民出行更加方便，"
         "县交通局负责人在接受采访时介绍了今年的建设情况。",
         "县交通局负责人介绍，路修到了家门口，为此全县组建了一支养护队伍，村里的果子不愁卖，"
         "群众的日子越过越红火。",
         "下一步，全县将继续推进农村公路提档升级，让更多村民走上平坦宽阔的致富路。"]


def _story(arts):
    return next(a for a in arts if "农村公路" in (a.title or "") or "养护" in (a.title or ""))


def test_wider_quoting_kicker_over_title_on_page_without_marks():
    stack = ["为此全县组建了一支养护队伍", "", "我县农村公路建设跑出加速度", ""]
    page = "\n".join(ABOVE + stack + sum(([p, ""] for p in PARAS), [])) + "\n"
    story = _story(split_page(page).articles)
    assert story.title == "我县农村公路建设跑出加速度"
    assert story.kicker == "为此全县组建了一支养护队伍"
    assert story.body.startswith("本报讯") or story.body.startswith("今年以来")


def test_marked_title_over_quoting_line_stays_title():
    stack = ["## 为此全县组建了一支养护队伍", "", "我县农村公路建设跑出加速度", ""]
    page = "\n".join(["## " + ABOVE[0]] + ABOVE[1:] + stack + sum(([p, ""] for p in PARAS), [])) + "\n"
    story = next(a for a in split_page(page).articles if "养护" in (a.title or ""))
    assert story.title == "为此全县组建了一支养护队伍"


def test_title_in_own_words_over_quoting_subtitle_stays_title():
    stack = ["我县农村公路建设跑出加速度", "", "为此全县组建了一支养护队伍", ""]
    page = "\n".join(ABOVE + stack + sum(([p, ""] for p in PARAS), [])) + "\n"
    story = _story(split_page(page).articles)
    assert story.title == "我县农村公路建设跑出加速度"
    assert story.subtitle == "为此全县组建了一支养护队伍"
