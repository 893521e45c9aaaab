"""Markdown from a PDF converter (bench-ingest --typeset, pymupdf4llm): a clause set between
dashes inside a sentence ('比赛中还出现了三张红牌——其中两张给了南非队——这是…') that the
column printed on a line of its own — the paragraph's first line stopped short where the dash
pair moved down, the converter put blank lines round it — is text going on, never a '——'
subtitle that would cut the story in two (generator/ingest/split/classify/lines.py, `_dash_aside`)."""
from __future__ import annotations

from generator.ingest.split import split_page

HEAD = """北庭日报 第5版 国际


# 全球音乐巨星齐聚美国队世界杯揭幕战


本报讯 记者武伟报道：美国在
2026年世界杯开幕的第二天成

为焦点，美国队以2比0击败南
非队，取得了首场胜利。

"""
ASIDE = """比赛中还出现了三张红牌


——其中两张给了南非队——
这是世界杯揭幕战中首次出现

这种情况。在A组的另一场比
赛中，韩国队以2比1险胜捷克
队。
"""
NEXT = """

# 台湾军方举行立即备战操演

台湾军方星期一开始启动了一
项为期五天的军事演习，目的

在提升武装部队的战备能力。
"""


def test_dash_aside_between_cut_lines_stays_in_its_story():
    arts = split_page(HEAD + ASIDE + NEXT).articles
    assert [a.title for a in arts] == ["全球音乐巨星齐聚美国队世界杯揭幕战", "台湾军方举行立即备战操演"]
    assert arts[0].subtitle is None
    assert "三张红牌——其中两张给了南非队——这是世界杯揭幕战中首次出现这种情况。" in arts[0].body
    assert arts[0].body.endswith("险胜捷克队。")


def test_subtitle_under_a_headline_stays_a_subtitle():
    # a '——' line under the headline, a blank under it: the head stack's subtitle
    page = ("北庭日报 第5版 国际\n\n\n# 全球音乐巨星齐聚美国队世界杯揭幕战\n\n\n——其中两张给了南非队\n\n\n"
            + HEAD.split("\n\n\n", 2)[2].split("\n", 1)[1] + NEXT)
    arts = split_page(page).articles
    assert arts[0].subtitle == "——其中两张给了南非队"
