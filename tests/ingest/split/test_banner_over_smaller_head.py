"""A Markdown extraction marks a banner slogan across the page top `#` and the first headline
under it in its own, smaller type (`###`). A line set larger than the headline under it is no
kicker (kickers are set smaller than their headlines): it is the page's banner, furniture, with
or without a running header above it."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

STORY = """# 同心协力 共建家园

{rank} 国安会取消与国民党主席见面？美国务院：持续支持台湾防卫能力

本报讯（记者 黄浩峰）美国国务院星期二表示，没有更多信息可以提供，美国将持续支持台湾的防卫能力。

发言人说，美方与台湾所有政党保持互动。
"""


@pytest.mark.parametrize("header", ["", "滨海日报　要闻　2025年6月8日 星期日　第1版\n\n"])
def test_a_banner_set_larger_than_the_headline_under_it_is_furniture(header):
    result = split_page(header + STORY.format(rank="###"))
    (art,) = result.articles
    assert art.kicker is None
    assert art.title.startswith("国安会取消")
    assert ("header", "同心协力 共建家园") in [(d.kind, d.text) for d in result.dropped]


def test_a_first_line_in_the_headline_s_own_type_stays_its_kicker_without_a_header():
    (art,) = split_page(STORY.format(rank="#")).articles
    assert art.kicker == "同心协力 共建家园"
