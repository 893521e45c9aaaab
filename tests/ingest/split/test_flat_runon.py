"""Markdown-shaped pages without '##' marks: a paragraph's first part that the grammar shows
runs on — a quotation or bracket it opens and its rest closes, a last clause of one or two
characters after a comma, a concessive or conditional opener with no second clause, a rest
opening on a verb of saying, a transliterated name cut before its middle dot, a number cut from
'周年' — is one paragraph with its rest again (`runon.runs_on`, read by
`flatpage._cut_across`); a headline with a quotation or a comma of its own stays a headline."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.text.runon import runs_on
from generator.ingest.split.text.textutil import nonspace
from tests.ingest.split.test_flat_word_cuts import STORY_A, STORY_B, assert_cut_is_one_paragraph

CUTS = [
    "他说：“近年来，我们看到驻美官员是如何秉承中华人民\n\n共和国旨意行事的，这种做法必须停止。”",
    "尽管目前尚无针对最新型病毒株的可用疫苗,但\n\n“流行病防范创新联盟”等组织表示，他们正在加快推进研发。",
    "尽管世卫组织正式确认的病毒\n\n感染病例只有82例，但该组织怀疑疫情规模远比已知的要大。",
    "五角大楼首席发言人肖恩·帕内尔(Sean Parnell)\n\n说，自5月8日第一批文件公布以来，供公众查阅的网站访问量很大。",
    "在主赛中，美国选手贾斯\n\n汀·盖奇(Justin Gaethje)击败对手，赢得了这场比赛的胜利。",
    "他表示：“美国对北约的支持不会改变。北约将是一条双行道。\n\n”海格塞斯说。美国一直敦促北约成员国增加国防开支。",
    "美国驻香港总领事上周举行庆祝美国独立250\n\n周年的活动，除了美国官员以外，香港官员也出席了活动。",
]


@pytest.mark.parametrize("cut", CUTS, ids=["quote-open", "short-tail", "concessive", "said", "name-dot",
                                           "closing-quote", "number-zhounian"])
def test_a_part_whose_grammar_runs_on_is_one_paragraph_with_its_rest(cut):
    assert_cut_is_one_paragraph(cut)


def test_a_headline_with_its_own_quotation_and_comma_stays_a_headline():
    page = STORY_A.format(cut="美国副总统万斯宣布双方达成协议。") + STORY_B.replace(
        "\n林肯纪念堂倒影池重新注水", "\n管理局：“倒影池重新注水”，游客可再次观赏")
    arts = split_page(page).articles
    assert nonspace(arts[-1].title) == "管理局：“倒影池重新注水”，游客可再次观赏", [a.title for a in arts]


def test_runs_on_reads_the_grammar_not_the_words():
    assert runs_on("他说：“我们看到", "这种做法必须停止。”")
    assert not runs_on("管理局：“倒影池重新注水”", "国家公园管理局星期三说，倒影池已经重新注水。")
    assert runs_on("尽管目前尚无可用疫苗,但", "各组织正在加快研发。")
    assert not runs_on("特朗普：伊朗协议谈判进入第二阶段，美国不会让步", "特朗普总统星期二说，谈判进展顺利。")
    assert not runs_on("尽管面临压力，美联储维持利率不变", "美联储星期三宣布维持利率不变。")


def test_a_conditional_kicker_over_its_title_stays_a_kicker():
    page = STORY_A.format(cut="美国副总统万斯宣布双方达成协议。") + STORY_B.replace(
        "\n林肯纪念堂倒影池重新注水", "\n如果维修按预期推进\n\n林肯纪念堂倒影池重新注水")
    arts = split_page(page).articles
    assert nonspace(arts[-1].title) == "林肯纪念堂倒影池重新注水", [a.title for a in arts]
    assert arts[-1].kicker == "如果维修按预期推进"


def test_a_rest_opening_on_the_predicate_of_its_subject_runs_on():
    cut = "各机构警告说，配合此类招募的人员\n\n将面临严重后果，包括依据间谍相关法律被刑事起诉、失去工作及被处以罚款。"
    arts = split_page(STORY_A.format(cut=cut) + STORY_B).articles
    assert [nonspace(a.title) for a in arts] == ["美国财政部批准伊朗出售石油", "林肯纪念堂倒影池重新注水"]
    assert nonspace(cut.replace("\n\n", "")) in [nonspace(p) for p in arts[0].body.split("\n\n")]
