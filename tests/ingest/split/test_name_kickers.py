"""A writer's name alone on a line over a story's head or text is its signature, never its
kicker: a kicker is a phrase of the story (story._article), as a commentary signed with a name
and an author note ('（作者单位：…）') is, wherever the page printed the name."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

BODY = "全县冬小麦播种工作已经全面完成，今年播种面积比去年增加了三千亩，农技人员深入田间地头指导农户科学播种。"


@pytest.mark.parametrize("name,head", [("帕提古丽·托合提", "## 修好农村路铺就致富路"),
                                       ("何鑫", "修好农村路铺就致富路")])
def test_name_over_the_headline_is_the_author_not_a_kicker(name, head):
    page = f"{name}\n\n{head}\n\n{BODY}\n\n（作者单位：县委党校）\n"
    story = split_page(page).articles[0]
    assert story.kicker is None
    assert story.title == "修好农村路铺就致富路"
    assert story.authors == [name]
    assert name in story.byline



def test_a_phrase_of_two_words_opening_on_a_surname_is_no_name():
    from generator.ingest.split.authors.bylines import bare_signature
    assert bare_signature("付出代价") is None            # 付出 + 代价, though 付 is a surname
    assert bare_signature("米热古丽") == "米热古丽"
    assert bare_signature("王建国") == "王建国"



def test_text_of_two_sentences_over_a_headline_is_no_kicker():
    from generator.ingest.split.units.items import Unit
    from generator.ingest.split.stories.segment import _kicker_of_next
    head = Unit("head", "修好农村路铺就致富路", [3])
    two = Unit("minor", "“农民丰收纪念雕像”于2007年6月揭幕。雕像的原型是县里学生制作的“丰收女神”。", [1])
    assert not _kicker_of_next(two, head) and two.kind == "minor"
    phrase = Unit("minor", "村里的果子不愁卖", [1])
    assert _kicker_of_next(phrase, head) and head.data["kickers"] == [phrase]


def test_a_name_followed_by_a_verb_of_saying_is_a_kicker_not_a_signature():
    """'万斯表示' opens on a surname and reads as a name of four characters, but it ends on a
    verb of saying: someone said — a kicker over its title, not the writer's name."""
    from generator.ingest.split.authors.bylines import bare_signature
    assert bare_signature("万斯表示") is None
    assert bare_signature("王强指出") is None
    assert bare_signature("万斯") == "万斯"
    page = f"万斯表示\n\n修好农村路铺就致富路\n\n{BODY}\n"
    story = split_page(page).articles[0]
    assert story.authors == [] and story.kicker == "万斯表示", (story.kicker, story.authors)
