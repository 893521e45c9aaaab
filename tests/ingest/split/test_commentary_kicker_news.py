"""A kicker holding a column word makes a piece a commentary only when the piece is not signed
as news (`kinds.is_commentary`): a dispatch or reporter's byline ('本报讯（记者 X）') signs a
news story whatever section name rides over its headline, and a neutral column word ('…观察')
names a section of news unless an opinion word ('评') goes with it.
"""
from __future__ import annotations

from generator.ingest.split import split_page

HEAD = "天山晨报　第三版　国际\n\n"
STORY = ("## {kicker}\n\n## 市图书馆宣布延长夏季开放时间到晚上十点\n\n{byline}"
         "市图书馆星期一宣布，从下月起延长夏季开放时间，每天开放到晚上十点。"
         "图书馆说，这一安排将持续到八月底。\n")


def _kind(kicker: str, byline: str) -> str:
    arts = split_page(HEAD + STORY.format(kicker=kicker, byline=byline)).articles
    assert len(arts) == 1 and arts[0].title == "市图书馆宣布延长夏季开放时间到晚上十点"
    return arts[0].kind


def test_a_section_kicker_over_a_dispatch_is_news() -> None:
    assert _kind("全球经济观察", "本报讯（记者 王海 通讯员 李明）") == "article"


def test_a_neutral_column_word_without_a_byline_is_news() -> None:
    assert _kind("全球经济观察", "") == "article"


def test_an_opinion_label_still_makes_a_commentary() -> None:
    assert _kind("天山时评", "") == "commentary"
