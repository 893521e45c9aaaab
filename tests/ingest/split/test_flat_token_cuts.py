"""Markdown-shaped pages without '##' marks: a paragraph's first part that no headline could be
— a clause tied to the sentence before ('不过，…'), or one whose break cuts a token (a foreign
name at its middle dot, a number from its unit, a name from its Latin spelling in brackets) —
is one paragraph with its rest again (`flatpage._cut_across`); a kicker lifted from the text
and a column label stay what they are."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace
from tests.ingest.split.test_flat_word_cuts import STORY_A, STORY_B, assert_cut_is_one_paragraph

CUTS = [
    "不过，财政部并未说明这项许可何时会作出\n\n最终决定，仅表示相关审议仍在进行之中。",
    "财政部发言人、来自纽约州的前联邦检察官马尔科\n\n·卢比奥说，许可的期限将视会谈进展而定。",
    "财政部表示已加强审查能力，从今年初的每天进行30\n\n次审查增加到每天100多次，以防违规出售。",
    "听证会上，亚太小组委员会主席、来自加利福尼亚州的众议员金映玉\n\n(Young Kim)说，这项许可必须受到严格监督。",
]


@pytest.mark.parametrize("cut", CUTS, ids=["linked-clause", "name-dot", "number-unit", "latin-gloss"])
def test_a_part_no_headline_could_be_is_one_paragraph_with_its_rest(cut):
    assert_cut_is_one_paragraph(cut)


def test_a_kicker_lifted_from_the_text_stays_a_kicker():
    page = STORY_A.format(cut="美国副总统万斯宣布双方达成协议。") + STORY_B.replace(
        "\n林肯纪念堂倒影池重新注水", "\n不过值得注意的是\n\n林肯纪念堂倒影池重新注水")
    arts = split_page(page).articles
    assert nonspace(arts[-1].title) == "林肯纪念堂倒影池重新注水", [a.title for a in arts]
    assert arts[-1].kicker == "不过值得注意的是"
