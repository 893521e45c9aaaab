"""pdftotext of a typeset page (bench-ingest --typeset, seed 7303): a headline with a comma, set
apart by a blank line over its story, that the reflow joined to the story's first paragraph
(generator/ingest/split/headoverlap.py): it sums up the story's opening, so it is the title."""
from __future__ import annotations

from generator.ingest.split import split_page

STORY = """石油价格星期四（5月28
日）出现逆转，之前有报道
称，美国和伊朗已达成延长停
火的初步协议。美国原油基准
价格在当天早些时候曾上涨超
过4%之后，在午后交易中上
涨约0.3%，至每桶88.90美
元。分析人士说，停火延长的
消息让油价下跌的预期升温。
"""


def test_headline_joined_to_the_first_paragraph_is_split_off_by_overlap():
    text = "第3版\n\n时政\n\n责任编辑：范嘉玉\n\n美伊停火有可能延长，油价下跌\n\n" + STORY
    (art,) = split_page(text).articles
    assert art.title == "美伊停火有可能延长，油价下跌"
    assert art.title_source == "headline"
    assert art.body.startswith("石油价格星期四（5月28日）")


def test_a_column_break_fragment_opening_a_paragraph_stays_text():
    text = ("城东新建三处社区食堂\n\n本报讯 近日，城东街道新建的三处社区食堂开门迎客。\n"
            "街道负责人表示，下一步将继续\n\n扩大服务范围，让更多老人在家门口吃上热乎饭，街道还将"
            "组织志愿者为行动不便的老人送餐上门。\n")
    (art,) = split_page(text).articles
    assert art.title == "城东新建三处社区食堂"
    assert "下一步将继续扩大服务范围" in art.body

