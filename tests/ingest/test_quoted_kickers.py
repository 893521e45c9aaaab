"""Head stacks whose lines carry no type size: a kicker or subtitle quotes a clause of its story,
a title sums the story up in words of its own (headstacks.quotes_clause / quoted_lines), and a
title wrapped inside its quotation marks is balanced only as a whole stack."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.headstacks import quoted_lines, quotes_clause

STORY = ("本报讯（记者 李明）今年以来，全县新建农村公路一百二十公里，沿线村民出行更加方便。"
         "县交通局负责人介绍，路修到了家门口，村里的果子不愁卖，群众的日子越过越红火。"
         "下一步，全县将继续推进农村公路提档升级。")


def test_a_clause_printed_between_marks_is_quoted():
    assert quotes_clause("村里的果子不愁卖", STORY)
    assert quotes_clause("群众的日子越过越红火", STORY)


def test_part_of_a_clause_is_not_quoted():
    assert not quotes_clause("果子不愁卖", STORY)                 # shorter than a clause
    assert not quotes_clause("全县新建农村公路一百二十", STORY)       # cut inside the clause


def test_quoted_upper_line_is_the_kicker_and_quoted_lower_line_the_subtitle():
    assert quoted_lines(["村里的果子不愁卖", "我县农村公路建设跑出加速度"], STORY) == (1, 2)
    assert quoted_lines(["我县农村公路建设跑出加速度", "群众的日子越过越红火"], STORY) == (0, 1)


def test_a_title_broken_at_its_comma_is_never_parted():
    assert quoted_lines(["村里的果子不愁卖，", "我县农村公路建设跑出加速度"], STORY) is None


def _page(stack: list[str]) -> str:
    above = ["全县冬小麦播种全面完成", "本报讯（记者 王芳）全县冬小麦", "播种工作已经全面完成。"]
    body = ["本报讯（记者 李明）今年以来，全", "县新建农村公路一百二十公里，沿", "线村民出行更加方便。",
            "县交通局负责人介绍，路修到了家", "门口，村里的果子不愁卖，群众的", "日子越过越红火。"]
    return "\n".join(above + stack + body) + "\n"


def test_kicker_quoting_the_story_is_not_joined_to_the_title_on_a_page_without_blank_lines():
    arts = split_page(_page(["村里的果子不愁卖", "我县农村公路建设跑出加速度"])).articles
    story = next(a for a in arts if "农村公路建设" in (a.title or ""))
    assert story.title == "我县农村公路建设跑出加速度"
    assert story.kicker == "村里的果子不愁卖"


def test_title_wrapped_inside_its_quotes_is_cut_out_before_the_lead():
    arts = split_page(_page(["我县“四好农村", "路”建设跑出加速度"])).articles
    story = next(a for a in arts if "加速度" in (a.title or ""))
    assert story.title == "我县“四好农村路”建设跑出加速度"
    assert story.body.startswith("今年以来")
    assert not any("加速度" in a.body for a in arts)
