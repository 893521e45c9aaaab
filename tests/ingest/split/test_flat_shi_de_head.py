"""Markdown-shaped pages without '##' marks: a headline stopping on the 的 that closes a
'是…的' clause ('…的距离是至少20年来最远的') ends its clause; it is no paragraph piece
stopping on a 的 that wants its noun (`flatpage._closes_shi_de`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.classify.flatpage import _closes_shi_de
from generator.ingest.split.text.textutil import nonspace
from tests.ingest.split.test_flat_word_cuts import STORY_A

STORY_C = """
万斯副总统：伊朗距离研制出核弹的距离是至少20年来最远的

美国副总统万斯星期三表示，由于美军针对伊朗核设施的打击，伊朗目前距离研制出核弹的距离是过去20年来最远的。

万斯是在弗吉尼亚州美国海军航空站向美国海军人员发表讲话时作出上述表示的。
"""


def test_a_headline_closing_a_shi_de_clause_stays_a_headline():
    arts = split_page(STORY_A.format(cut="美国副总统万斯宣布双方达成协议。") + STORY_C).articles
    assert nonspace(arts[-1].title) == "万斯副总统：伊朗距离研制出核弹的距离是至少20年来最远的", [a.title for a in arts]
    assert arts[-1].body.startswith("美国副总统万斯星期三表示")


def test_only_a_de_after_shi_in_its_clause_closes_it():
    assert _closes_shi_de("伊朗距离研制出核弹的距离是至少20年来最远的")
    assert not _closes_shi_de("关键矿产问题是本届峰会的核心，各国领导人的")
    assert not _closes_shi_de("根据美国的")
