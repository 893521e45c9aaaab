"""Markdown from a PDF converter (bench-ingest --typeset, pymupdf4llm): a story's headline box
stood lower than the top of the column its text opens in, so the converter printed the
story's first paragraphs under the story before and its headline after them. The headline
moves up to where the text turns from the upper headline's words to its own — a paragraph
start or a byline line — and nothing moves when the text above says nothing of it or the
text under it opens on a lead of its own (generator/ingest/split/order/lateheads.py)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

UPPER = """北庭日报 第3版 国际


# 特朗普表示将尽一切所能营救黎智英

美国总统特朗普星期四说，他将
尽一切所能营救被关押的香港媒

体大亨黎智英。他在接受电台专
访时说，黎智英的健康状况令人

担忧。黎智英的儿子说：“我不
知道他还能活多久。”

"""
OPENING = """美国国务院星期三宣布，因为
中国任意的签证要求，不向在澳

门举行的旅游部长会议派遣高级
别代表，以示对签证争议的抗议。

"""
LATE = """
# 因签证争议，美国不向在澳门举行的旅游部长会议派遣高级代表

旅游部长会议及工作组会议于6月
24日至28日在澳门举行。国务院

的声明没有说明美国政府是否派出
较低级别的专家与会。
"""


def test_headline_printed_under_its_opening_moves_up_over_it():
    upper, late = split_page(UPPER + OPENING + LATE).articles
    assert nonspace(upper.body).endswith("我不知道他还能活多久。”")
    assert late.title == "因签证争议，美国不向在澳门举行的旅游部长会议派遣高级代表"
    assert nonspace(late.body).startswith("美国国务院星期三宣布")
    assert nonspace(late.body).endswith("较低级别的专家与会。")


def test_paragraph_that_says_nothing_of_the_lower_headline_stays():
    other = OPENING.replace("因为\n中国任意的签证要求，不向在澳\n\n门举行的旅游部长会议派遣高级\n别代表，以示对签证争议的抗议。",
                            "他已\n同特朗普通话，双方谈及黎智英\n\n的健康状况，特朗普说他百分之百\n会营救黎智英，全家都很感激。")
    upper, late = split_page(UPPER + other + LATE).articles
    assert "他已同特朗普通话" in nonspace(upper.body)
    assert nonspace(late.body).startswith("旅游部长会议")


def test_text_under_the_headline_opening_on_its_own_lead_keeps_it_there():
    lead = LATE.replace("旅游部长会议及工作组会议于6月", "新华社北京6月25日电 旅游部长会议及工作组会议于6月")
    upper, late = split_page(UPPER + OPENING + lead).articles[:2]
    assert "美国国务院星期三宣布" in nonspace(upper.body)


def test_no_move_when_the_text_above_speaks_of_both_headlines():
    # two stories on one subject: the upper story's own text says the lower headline's words
    # as often as its own, so no clear turn marks a seam
    shared = UPPER.replace("他在接受电台专\n访时说，黎智英的健康状况令人",
                           "他因签证争议不\n向在澳门举行的旅游部长会议派遣高级代表，令人")
    upper, late = split_page(shared + OPENING + LATE).articles
    assert "美国国务院星期三宣布" in nonspace(upper.body)
    assert nonspace(late.body).startswith("旅游部长会议")
