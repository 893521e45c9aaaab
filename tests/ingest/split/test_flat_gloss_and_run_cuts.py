"""Markdown-shaped pages without '##' marks: a paragraph's first part carrying a bracketed gloss
(a Latin spelling '(CENTCOM)', a day '(6月23日)') is running text, since a headline glosses
nothing; and a break cutting a run of up to five characters that the page prints whole
elsewhere ('…这种常态化' / '巡弋…' with '常态化巡弋' printed above) cuts a paragraph, not a
headline from its lead (`flatpage._cut_across`). A headline over its lead stays a headline."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.classify.flatpage import _run_across
from generator.ingest.split.text.textutil import nonspace
from tests.ingest.split.test_flat_word_cuts import STORY_A, STORY_B, assert_cut_is_one_paragraph

CUTS = [
    "美国中央司令部(CENTCOM)在一份声明中说，美国飞机袭击了伊朗的导弹储存点，以报复\n\n伊朗对一艘商船发动的无人机袭击。",
    "两位共和党参议员星期二(6月23日)致函美国能源部长，对能源部允许\n\n中国公民进入美国国家实验室表示严重关切。",
    "海巡署说，中国船舶常态化巡弋已持续数月，针对这种常态化\n\n巡弋台湾周边海域的做法，海巡部门将加强应对。",
]


@pytest.mark.parametrize("cut", CUTS, ids=["latin-gloss", "day-gloss", "run-printed-elsewhere"])
def test_a_glossed_or_run_cut_part_is_one_paragraph_with_its_rest(cut):
    assert_cut_is_one_paragraph(cut)


def test_a_run_across_the_break_counts_only_when_printed_whole():
    page = ["中国船舶常态化巡弋已持续数月"]
    printed = lambda s: any(s in x for x in page)     # noqa: E731
    assert _run_across("针对这种常态化", "巡弋台湾周边海域", printed)
    assert not _run_across("针对这种常态化", "巡逻台湾周边海域", printed)
    assert not _run_across("针对这种常态化", "巡", printed)      # one character: no phrase


def test_a_headline_whose_last_word_and_the_leads_first_meet_elsewhere_stays_a_headline():
    """'…重新注水' / '国家公园…' never meet in one run of the page: the headline stays."""
    arts = split_page(STORY_A.format(cut="美国副总统万斯宣布双方达成协议。") + STORY_B).articles
    assert [nonspace(a.title) for a in arts][-1] == "林肯纪念堂倒影池重新注水"
