"""Markdown-shaped pages without '##' marks: a paragraph's first part is no headline when it
closes a quotation on a comma ('“…利益，”该协会说', running-text punctuation no headline
uses), nor is its rest a paragraph of its own when it opens on a clause of one character
('前，…') or on the 于 its verb takes ('致力' / '于…'): the two parts are one paragraph again
(`flatpage._cut_across`), even where the part speaks of the text below it more than of the
text above, as a headline does."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

PAGE = """美国财政部批准伊朗出售石油

在美国和伊朗代表团在瑞士举行高级别技术会谈后，美国财政部星期一向伊朗发放临时许可，允许其生产和销售石油。

根据美国财政部的说法，伊朗不得向朝鲜、古巴以及俄罗斯占领的乌克兰部分地区出售石油。

{cut}

航运协会说，船员协会和港口管理部门将每天交换船员安全信息，港口管理部门也将增派巡逻船。

林肯纪念堂倒影池重新注水

国家公园管理局星期三说，林肯纪念堂前的倒影池已经重新注水，游客可以再次看到纪念堂的倒影。
"""

CUTS = [
    "“航运协会将依据国际法持续采取行动维护船员的利益，”航运协会在声明中说，保护船员和港口\n\n安全“依旧是港口管理部门最重要的考量。”",
    "就在航运协会预计本星期晚些时候公布船员安全规定的数天\n\n前，港口管理部门已在港口进行了三轮巡逻。",
    "航运协会和港口管理部门在会谈后表示，双方共同致力\n\n于通过巡逻保护港口和船员安全。",
]


@pytest.mark.parametrize("cut", CUTS, ids=["quote-comma", "one-character-clause", "bound-yu"])
def test_a_part_whose_clause_runs_across_the_break_is_one_paragraph(cut):
    arts = split_page(PAGE.format(cut=cut)).articles
    first, rest = cut.split("\n\n")
    assert [nonspace(a.title) for a in arts] == ["美国财政部批准伊朗出售石油", "林肯纪念堂倒影池重新注水"]
    assert nonspace(first + rest) in [nonspace(p) for p in arts[0].body.split("\n\n")]
