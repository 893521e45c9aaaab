"""pdftotext of a typeset page (bench-ingest --typeset, seed 7303): a headline with a comma, set
apart by a blank line over its story, that the reflow joined to the story's first paragraph
(generator/ingest/split/heads/headoverlap.py): it sums up the story's opening, so it is the title."""
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



def test_sub_heading_speaking_of_both_sides_stays_inside_its_story():
    text = ("县城老旧小区改造全面启动\n\n本报讯（记者 王芳）今年县城启动老旧小区改造工程，\n"
            "计划改造小区二十个，惠及居民三千余户。改造内容包括\n管网更新、外墙保温和加装电梯。\n\n"
            "老旧小区改造加装电梯\n\n老旧小区改造中，加装电梯最受居民关注。县里\n"
            "采取政府补贴、居民自筹的办法，已为十二栋楼加装电梯，\n老旧小区居民上下楼更方便了。\n")
    arts = split_page(text).articles
    assert len(arts) == 1 and arts[0].title == "县城老旧小区改造全面启动"
    assert "加装电梯最受居民关注" in arts[0].body


def test_lines_sharing_words_with_the_text_above_as_well_do_not_cut_a_story():
    # a generated column page (bench-ingest seed 14 page 38, col-doubled): inside a long story
    # short lines that speak of the paragraphs on both sides are no headlines of new stories
    from pathlib import Path
    text = (Path(__file__).parent / "extracted" / "col_subheads_share_words.txt").read_text(encoding="utf-8")
    arts = split_page(text).articles
    hearing = next(a for a in arts if a.title == "美众院听证：审查中国洗钱网络与墨西哥贩毒集团之联系")
    assert hearing.body.replace("\n", "").endswith("与芬太尼供应链有关。")
    assert len(arts) == 4
