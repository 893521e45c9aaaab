"""Column pages whose headlines stand together at the foot: a story with no byline runs on from
the one above it, and the cut the headlines call for sits where its title's words begin. Its
opening paragraphs, which say none of the upper story's words, go with it — a run of four of
them too (`grouped.SETTLE_SPAN`): a story often opens on its background before it names what
its title says."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.stories import grouped
from tests.support.extracted_pages import column

PARAS = [
    "本报讯（记者 王芳）城东街道新建三处社区食堂，老人在家门口就能吃上热饭。",
    "社区食堂由街道统一管理，饭菜价格实惠，每天供应午餐和晚餐。",
    # the unsigned story: four paragraphs before its title's words, the first sharing a word
    # with the paragraphs that say them
    "县交通局昨天通报，今年全县修好通村道路一百二十条，收购站也建到了乡里。",
    "过去要走半天的山路才能到镇上，如今开车只要二十分钟。",
    "道路建设资金由省里和县里共同承担，施工队在雨季前完成了路面硬化。",
    "沿线群众说，道路修通以后，孩子上学、看病就医都方便多了。",
    "山区的核桃和花椒搭上农村公路快车，收购商开着货车到村口收购核桃花椒。",
    "村里的合作社还把核桃花椒卖到全国各地，村民收入明显增加。",
    "本报讯（记者 陈静）市图书馆新馆下月开放，馆内藏书五十万册，设有少儿阅览区和自习室。",
]
HEADS = ["城东新建三处社区食堂", "山区核桃花椒搭上农村公路快车", "市图书馆新馆下月开放"]
PAGE = "\n\n".join([column(p) for p in PARAS] + HEADS) + "\n"


def test_an_unsigned_storys_four_opening_paragraphs_go_with_it_not_with_the_story_above(monkeypatch):
    arts = {a.title: a for a in split_page(PAGE).articles}
    assert arts["山区核桃花椒搭上农村公路快车"].body.startswith("县交通局昨天通报")
    assert arts["城东新建三处社区食堂"].body.endswith("每天供应午餐和晚餐。")
    # a cut moved across three paragraphs at most leaves them with the story above
    monkeypatch.setattr(grouped, "SETTLE_SPAN", 3)
    again = {a.title: a for a in split_page(PAGE).articles}
    assert again["山区核桃花椒搭上农村公路快车"].body.startswith("山区的核桃和花椒")
