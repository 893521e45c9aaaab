"""Column pages, headlines after their stories: a head stack printed right under the picture
byline that closes the story above ('文/图 X') reads that story — the byline is its signature,
not the opening of another — so a kicker line quoting a clause of it is told from the title
(headroles._signs_text_above)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.heads import headroles
from tests.support.extracted_pages import column

KICKER = "送餐上门服务深受老人们欢迎"            # a clause of the story above, as wide as the column
TITLE = "城东新建三处社区食堂，老人在家门口吃上热饭，饭菜价格实惠"

PAGE = "\n\n".join([
    column("城东街道今年新建三处社区食堂，老人在家门口就能吃上热饭。"),
    column(f"街道负责人说，食堂由社区统一管理，饭菜价格实惠；{KICKER}，志愿者每天中午把饭菜送到老人家中。"),
    "文/图 王芳",
    f"{KICKER}\n{TITLE}",
    "■记者 赵明",
    column("县交通局昨天通报，今年全县新修农村公路一百二十公里，沿线群众出行更方便。"),
    column("交通局负责人说，新修的道路大多通到偏远村庄，村里的核桃和花椒也能更快运出大山。"),
    "全县今年新修农村公路一百二十公里",
]) + "\n"


def test_a_kicker_quoting_the_signed_story_above_is_no_part_of_its_title(monkeypatch):
    story = next(a for a in split_page(PAGE).articles if a.body.startswith("城东街道"))
    assert (story.title, story.kicker, story.byline) == (TITLE, KICKER, "文/图 王芳")
    # read as the opening byline of a story, the signature hides the story the kicker quotes
    monkeypatch.setattr(headroles, "_signs_text_above", lambda *a: False)
    again = next(a for a in split_page(PAGE).articles if a.body.startswith("城东街道"))
    assert again.title == KICKER + TITLE and again.kicker is None
