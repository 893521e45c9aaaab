"""A paragraph's piece that a column break set apart between blank lines goes back into its
paragraph (`columnpieces`); a headline over a story keeps its place."""
from __future__ import annotations

from generator.ingest.split import page, split_page
from generator.ingest.split.order import columnpieces
from tests.support.scoring import accuracy, generated_pages

GROUP = """城东街道新建三处社区食堂方便老人就餐

全县新修农村公路一百二十公里

奇台县冬小麦喜获丰收亩产再创历史新高

"""

REST = """区食堂，老人在家门口就能吃上热饭。街道负
责人说，食堂由社区统一管理，饭菜价格实惠，
老人们吃得放心，子女们也更安心了许多。
本报记者 王芳

　　今年全县新修农村公路一百二十公里，沿线群
众出行更方便。县交通局负责人介绍，路修到了
家门口，群众的日子越过越红火，特产也更好卖。
本报记者 李明

　　今年奇台县小麦喜获丰收，亩产再创新高，农
民们脸上笑开了花。县农业局负责人说，良种良
法配套推广，让小麦单产连年提高，收成喜人。
本报记者 赵磊
"""

BODY = ["区食堂，老人在家门口就能吃上热饭。街道负", "责人说，食堂由社区统一管理，饭菜价格实惠，",
        "老人们吃得放心，子女们也更安心了许多。"]


# a column of 16 em whose paragraphs open with a line two characters short of it, set apart
# by blank lines; a column break leaves the third paragraph's first line alone
INDENTED = """城东街道新建三处社区食堂

城东街道今年在辖区各社区新建
了三处社区食堂。

食堂由社区统一管理，饭菜价格
实惠，老人们吃得放心。

街道负责人介绍，食堂每天供应

午餐和晚餐，菜品每周更换，子女们
也更安心了许多。

今后还将在更多社区推广这一做
法。

全县新修农村公路一百二十公里

本报记者 李明

今年全县新修农村公路一百二十
公里，沿线群众出行更方便。

县交通局负责人说，路修到了家
门口，特产也更好卖了。
"""

# a column of 16 em without indents: paragraphs are set apart by blank lines only
SIGNED = """城东街道新建三处社区食堂

本报记者 王芳

今年城东街道在辖区各社区新建了三
处社区食堂，老人在家门口就能吃上

热饭。街道负责人说，食堂由社区统
一管理，饭菜价格实惠。

老人们吃得放心，子女们也更安心了。
"""

# … and a headline as wide as that column over a story opening on a whole word
HEADED = """城东街道新建三处社区食堂方便老人

今年城东街道在辖区各社区新建了三
处社区食堂，老人在家门口就能吃上
热饭。街道负责人说，食堂由社区统
一管理，饭菜价格实惠。

老人们吃得放心，子女们也更安心了。

今后还将在更多社区推广这一做法，
让更多老人受益。

全县今年新修农村公路一百二十公里

本报记者 李明

沿线群众出行更方便，特产也更好卖
了，村民的日子越过越红火。
"""


def test_generated_doubled_column_pages_keep_paragraphs_a_break_cut_whole(monkeypatch):
    pages = generated_pages("col-doubled", 30, 91)
    with_rule = accuracy(pages)
    monkeypatch.setattr(page, "rejoin_column_pieces", lambda lines: lines)
    without = accuracy(pages)
    assert with_rule > without, (with_rule, without)


def test_an_indented_opening_set_apart_by_a_column_break_joins_its_paragraph():
    arts = split_page(INDENTED).articles
    assert [a.title for a in arts] == ["城东街道新建三处社区食堂", "全县新修农村公路一百二十公里"], [a.title for a in arts]
    assert "街道负责人介绍，食堂每天供应午餐和晚餐，菜品每周更换" in arts[0].body, arts[0].body


def test_a_piece_under_a_byline_line_opens_the_story():
    arts = split_page(SIGNED).articles
    assert [a.title for a in arts] == ["城东街道新建三处社区食堂"], [a.title for a in arts]
    assert arts[0].body.startswith("今年城东街道在辖区各社区新建了三处社区食堂，老人在家门口就能吃上热饭。"), arts[0].body[:40]


def test_a_headline_as_wide_as_the_column_over_a_story_stays_a_headline():
    arts = split_page(HEADED).articles
    assert [a.title for a in arts] == ["城东街道新建三处社区食堂方便老人", "全县今年新修农村公路一百二十公里"], \
        [a.title for a in arts]
    assert arts[1].body.startswith("沿线群众出行更方便"), arts[1].body


def test_a_piece_is_column_text_that_stops_mid_sentence():
    below = ["午餐和晚餐，菜品每周更换，子女们", "也更安心了许多。"]
    bridges = columnpieces._bridges
    assert bridges(["街道负责人介绍，食堂每天供应"], below, None, 16.0, True, False)
    assert bridges(["　　街道负责人介绍，食堂每天供应"], below, None, 16.0, False, False)   # printed indent
    assert not bridges(["街道负责人介绍，食堂每天供应"], below, None, 16.0, False, False)  # no indents: a word?
    assert bridges(["街道负责人介绍，食堂每天供应午"], ["餐和晚餐，菜品每周更换，子女们也"], None, 16.0, False, False)
    assert not bridges(["街道负责人介绍食堂"], below, None, 16.0, True, False)             # short: a headline
    assert not bridges(["街道负责人介绍，食堂每天供应。"], below, None, 16.0, True, False)    # a finished sentence
    assert not bridges(["街道负责人介绍，食堂每天供应"], ["　　" + below[0]] + below[1:],      # the text below opens
                       None, 16.0, True, False)


def test_an_opening_line_two_characters_short_of_the_column_joins_its_paragraph_under_a_group():
    first = split_page(GROUP + "城东街道今年在辖区各社区新建了三处社\n\n" + REST).articles[0]
    assert first.title == "城东街道新建三处社区食堂方便老人就餐"
    assert first.body.startswith("城东街道今年在辖区各社区新建了三处社区食堂，老人在家门口"), first.body[:40]


def test_a_last_headline_of_a_group_over_a_paragraph_that_opens_itself_stays_a_headline():
    text = GROUP + "　　城东街道今年在辖区各社区新建了三处社区\n食堂，老人在家门口就能吃上热饭。街道负" + REST.split("街道负", 1)[1]
    arts = split_page(text).articles
    assert [a.title for a in arts] == ["城东街道新建三处社区食堂方便老人就餐", "全县新修农村公路一百二十公里",
                                       "奇台县冬小麦喜获丰收亩产再创历史新高"], [a.title for a in arts]


def test_an_opening_under_a_group_is_an_indented_line_or_full_ones_over_a_full_line():
    bridges = columnpieces._bridges
    assert bridges(["城东街道今年在辖区各社区新建了三处社"], BODY, None, 20.0, False, False)   # '社区' cut
    assert bridges(["城东街道今年在辖区各社区新建了三处社"], BODY, None, 20.0, True, False)
    assert bridges(["　　城东街道今年在辖区各社区新建了三处社"], BODY, None, 20.0, False, False)
    assert bridges(["城东街道今年在辖区各社区新建了三处社", "区食堂，老人在家门口就能吃上热饭。街道负"],
                   BODY[1:], None, 20.0, True, False)
    assert not bridges(["城东街道新建食堂"], BODY, None, 20.0, True, False)                # short: a headline
    assert not bridges(["城东街道今年在辖区各社区新建了三处社"], ["　　" + BODY[0]] + BODY[1:],  # text below opens
                       None, 20.0, True, False)


def test_two_full_lines_stopping_mid_sentence_go_on_across_a_break_on_a_page_without_indents():
    """On a page that sets paragraphs apart by blank lines only, a paragraph's first two lines
    that a column break set apart — both filling the column, the break cutting no word — go
    on into the text below: a headline wrapped over two lines leaves its last line short."""
    bridges = columnpieces._bridges
    below = ["射击排列，提高了实战化的程度。第五", "炮兵指挥部参谋长介绍了演习的安排。"]
    piece = ["炮兵指挥官上校表示，这次演习突破以", "往固定的重炮阵地设置，按照实战要求"]
    assert bridges(piece, below, None, 17.0, False, False)
    assert not bridges(piece[1:], below, None, 17.0, False, False)        # one line: a headline may fill it
    assert not bridges([piece[1], "按照实战要求"], below, None, 17.0, False, False)       # a short last line
