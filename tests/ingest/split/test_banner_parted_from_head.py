"""A Markdown page's banner slogan ('# 讲好新闻故事 传播时代声音') at the page's top is no kicker
of the first headline when a picture or a column label stands between them (a kicker touches
its headline), whatever its type size; nor when its words come up just once, by chance, in the
story's opening ('时代') — a kicker's words are its headline's, or its story's again and again."""
from __future__ import annotations

from generator.ingest.split import split_page

SLOGAN = "讲好新闻故事 传播时代声音"

BODY = """本报讯（记者 黄浩峰）美国国务院星期二表示，没有更多信息可以提供，美方将持续支持台湾的防卫能力。

发言人说，美方与台湾所有政党保持互动，这是新时代的常态。
"""


def _dropped(result) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in result.dropped]


def test_a_top_heading_a_picture_parts_from_the_headline_is_the_banner():
    page = f"# {SLOGAN}\n\n**==> picture [545 x 132] intentionally omitted <==**\n\n# 美国务院：持续支持台湾防卫能力\n\n" + BODY
    result = split_page(page)
    (art,) = result.articles
    assert art.kicker is None
    assert art.title == "美国务院：持续支持台湾防卫能力"
    assert ("header", SLOGAN) in _dropped(result)


def test_a_top_heading_a_column_label_parts_from_the_headline_is_the_banner():
    page = f"# {SLOGAN}\n\n**观点**\n\n### 美国务院：持续支持台湾防卫能力\n\n" + BODY
    result = split_page(page)
    (art,) = result.articles
    assert art.kicker is None and art.title == "美国务院：持续支持台湾防卫能力"
    assert ("header", SLOGAN) in _dropped(result)


def test_a_larger_top_heading_sharing_one_word_with_the_opening_by_chance_is_the_banner():
    page = f"# {SLOGAN}\n\n## 美国务院：持续支持台湾防卫能力\n\n" + BODY
    result = split_page(page)
    (art,) = result.articles
    assert art.kicker is None and art.title == "美国务院：持续支持台湾防卫能力"
    assert ("header", SLOGAN) in _dropped(result)
