"""Markdown-shaped pages without '##' marks (one line per paragraph): a paragraph a page or
column break cut in two, its first part standing alone between blank lines, is one paragraph
again when the break falls inside a word ('耗资大' / '约…'), after a preposition no headline stops
on ('…是为' / '中华…'), or before a particle no paragraph opens on ('…峰会' / '的核心…')
(generator/ingest/split/text/wordcut.py, read by flatpage._cut_across); a headline over its lead
stays a headline."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.text.wordcut import ends_wanting, opens_bound, word_across, word_ends_at
from generator.ingest.split.text.textutil import nonspace

STORY_A = """美国财政部批准伊朗出售石油

在美国和伊朗代表团在瑞士举行高级别技术会谈后，美国财政部星期一向伊朗发放临时许可，允许其生产和销售石油。

{cut}

根据美国财政部的说法，伊朗不得向朝鲜、古巴以及俄罗斯占领的乌克兰部分地区出售石油。
"""
STORY_B = """
林肯纪念堂倒影池重新注水

国家公园管理局星期三说，林肯纪念堂前的倒影池已经重新注水，游客可以再次看到纪念堂的倒影。

管理局说，工作人员将每天检查水质，并在夏季旅游旺季增加清理次数。
"""

def assert_cut_is_one_paragraph(cut: str) -> None:
    """`cut` (a paragraph a blank line parts in two) set inside STORY_A over STORY_B: still two
    stories with their own titles, and the paragraph whole in the first."""
    arts = split_page(STORY_A.format(cut=cut) + STORY_B).articles
    first, rest = cut.split("\n\n")
    assert [nonspace(a.title) for a in arts] == ["美国财政部批准伊朗出售石油", "林肯纪念堂倒影池重新注水"]
    assert nonspace(first + rest) in [nonspace(p) for p in arts[0].body.split("\n\n")]


CUTS = [
    # a word cut across the break
    "这座历史悠久的水池近期进行了翻新，耗资大\n\n约1470万美元，这是首都改造计划的一部分。",
    # the first part stops on a preposition
    "根据法庭文件，今年50岁的保肯在他知道是为\n\n中华人民共和国工作的人员的指示下工作了多年。",
    # the rest opens on a particle bound to the word before it
    "关键矿产问题是本届七国集团峰会\n\n的核心议题之一，各国领导人在会上交换了意见。",
    # the rest opens on the 等 that closes a list
    "海巡艇会采取驱离、扣留、留置调查及罚款\n\n等方式处理越界船只，并依据有关条例处罚。",
    # the first part stops on a modal verb that wants its verb after it
    "根据美国的立法程序，一部法案若要\n\n成为美国法律，必须经参、众两院分别表决通过。",
]


@pytest.mark.parametrize("cut", CUTS, ids=["word", "preposition", "particle", "list-end", "modal"])
def test_paragraph_cut_by_a_break_is_one_paragraph_not_a_story(cut):
    assert_cut_is_one_paragraph(cut)


def test_headline_over_its_lead_stays_a_headline():
    arts = split_page(STORY_A.format(cut="美国副总统万斯宣布双方达成协议。") + STORY_B).articles
    assert [nonspace(a.title) for a in arts][-1] == "林肯纪念堂倒影池重新注水"
    assert arts[-1].body.startswith("国家公园管理局星期三说")


def test_segmentation_finds_the_word_a_break_cuts():
    assert word_across("近期进行了翻新，耗资大", "约1470万美元") == "大约"
    assert word_across("伊朗向以色列发射导弹", "伊朗6月7日向以色列") is None
    assert word_across("美国财政部批准伊朗出售石油", "在美国和伊朗代表团") is None
    assert ends_wanting("在他知道是为") and not ends_wanting("美国财政部批准伊朗出售石油")
    assert not ends_wanting("他们认为")             # 认为 is one word, not the preposition 为
    assert ends_wanting("一部法案若要", modal=True) and not ends_wanting("一部法案若要")
    assert not ends_wanting("这项工作十分重要", modal=True)     # 重要 is one word, not the modal 要
    assert opens_bound("的核心议题之一") and not opens_bound("地区冲突仍在继续")


def test_a_headline_ending_on_a_word_stays_over_a_lead_opening_on_a_pair_the_page_repeats():
    """'…前往法国' over '在中东…': the pair across the break ('国在') is one the page says again
    ('美国在…', '法国在…'), yet the word list ends a word at the break ('法国' | '在'): a headline
    over its lead, not a paragraph cut in two (`wordcut.word_ends_at`)."""
    story = ("七国集团领导人前往法国\n\n"
             "在中东冲突同时导致全球经济危机之际，世界发达经济体的领导人前往法国，参加今年的峰会。\n\n"
             "美国在峰会上提出了新的贸易倡议，呼吁各国协调经济政策。\n\n"
             "法国在会上表示，各国应当共同应对能源价格上涨带来的冲击。\n")
    arts = split_page(STORY_A.format(cut="美国副总统万斯宣布双方达成协议。") + "\n" + story).articles
    assert [nonspace(a.title) for a in arts][-1] == "七国集团领导人前往法国", [a.title for a in arts]
    assert arts[-1].body.startswith("在中东冲突同时导致全球经济危机之际")
    assert word_ends_at("七国集团领导人前往法国", "在中东冲突") and not word_ends_at("耗资大", "约1470万")
