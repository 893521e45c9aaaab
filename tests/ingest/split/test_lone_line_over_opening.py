"""Column pages: a line standing alone between blank lines, holding no sentence, right over a
block that opens a paragraph is a headline, however close to the column it comes
(generator/ingest/split/classify/lonelines.py) — a paragraph's piece would go on into the text after
the break, and a one-line paragraph ends its sentence."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.heads import headroles
from tests.support.extracted_pages import column


def _page(photo_title: str) -> str:
    """Headlines after their stories: a story, a photo (caption, credit, title), a story whose
    paragraphs open an indent short of the column."""
    return "\n\n".join([
        column("城东街道今年新建三处社区食堂，老人在家门口就能吃上热饭，饭菜价格实惠。"),
        column("街道负责人说，食堂由社区统一管理，还为行动不便的老人提供送餐服务。"),
        "城东新建三处社区食堂",
        column("市民在新开放的城东社区食堂排队就餐，饭菜种类丰富，价格实惠。"),
        "王芳　摄",
        photo_title,
        column("县交通局昨天通报，今年全县新修农村公路一百二十公里，沿线群众出行更方便。"),
        column("交通局负责人说，新修的道路大多通到偏远村庄，村里的核桃和花椒也能更快运出大山。"),
        "全县今年新修农村公路一百二十公里",
    ]) + "\n"


# an indent short of the column, and one character short: both widths a paragraph's line takes
@pytest.mark.parametrize("photo_title", ["新食堂迎来首批老年食客", "社区食堂迎来首批老年食客"])
def test_a_photo_title_over_the_next_storys_opening_paragraph_is_no_text_of_it(photo_title, monkeypatch):
    arts = {a.title: a for a in split_page(_page(photo_title)).articles}
    assert arts[photo_title].kind == "photo"
    assert arts[photo_title].body.startswith("市民在新开放的城东社区食堂")
    assert arts["全县今年新修农村公路一百二十公里"].body.startswith("县交通局昨天通报")
    # without the rule the title is read as the opening line of the story under it
    monkeypatch.setattr(headroles, "lone_line_over_opening", lambda *a: False)
    again = {a.title: a for a in split_page(_page(photo_title)).articles}
    assert again["全县今年新修农村公路一百二十公里"].body.startswith(photo_title)


def _wrapped_title_page() -> str:
    """Headlines after their stories: a title wrapped by hand at its comma, its first line
    filling the column, its last stopping short, over a story opening an indent short."""
    return "\n\n".join([
        column("城东街道今年新建三处社区食堂，老人在家门口就能吃上热饭，饭菜价格实惠。"),
        column("街道负责人说，食堂由社区统一管理，还为行动不便的老人提供送餐服务。"),
        "城东街道新建三处社区食堂，\n老人家门口吃上热饭",
        column("县交通局昨天通报，今年全县新修农村公路一百二十公里，沿线群众出行更方便。"),
        column("交通局负责人说，新修的道路大多通到偏远村庄，村里的核桃和花椒也能更快运出大山。"),
        "全县今年新修农村公路一百二十公里",
    ]) + "\n"


def test_a_title_wrapped_at_its_comma_over_the_next_storys_opening_is_no_text(monkeypatch):
    arts = {a.title: a for a in split_page(_wrapped_title_page()).articles}
    story = arts["城东街道新建三处社区食堂，老人家门口吃上热饭"]
    assert story.body.endswith("提供送餐服务。")
    # without the rule the two lines are read as text, and the two stories as one
    monkeypatch.setattr(headroles, "lone_line_over_opening", lambda *a: False)
    again = split_page(_wrapped_title_page()).articles
    assert "城东街道新建三处社区食堂，老人家门口吃上热饭" not in {a.title for a in again}
