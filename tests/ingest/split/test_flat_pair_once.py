"""Markdown-shaped pages without '##' marks: a headline whose last character and its lead's
first happen to meet once elsewhere on the page ('…继续' / '在…', '持续在') is no paragraph cut
across a word — the pair must be a word of the list or said on two lines
(`flatpage._cut_across`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace
from tests.ingest.split.test_flat_word_cuts import STORY_A

HEAD = "财政部表示与伊朗的谈判正以快速步伐继续"
STORY_B = f"""
{HEAD}

在美伊双方最新一轮军事冲突考验停火之际，美国财政部官员说，政府正在以快速步伐继续与伊朗进行谈判，油价持续在高位波动。
"""


def test_a_headline_is_not_joined_to_its_lead_by_a_pair_said_once():
    arts = split_page(STORY_A.format(cut="财政部官员说，与伊朗的谈判仍在进行。") + STORY_B).articles
    assert [nonspace(a.title) for a in arts][-1] == HEAD, [a.title for a in arts]
    assert arts[-1].body.startswith("在美伊双方")
