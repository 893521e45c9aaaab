"""An opinion column's label printed over a headline box ('评论员文章', '观 点'), which the line
pass reads as page furniture, still names the piece under it a commentary
(`boxes.labelheads`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

HEAD = "天山晨报\n第五版 经济\n2022年9月1日　星期四\n\n"

STORY = """市图书馆宣布延长夏季开放时间

　　市图书馆星期一宣布，从下
月起延长夏季开放时间，每天开
放到晚上十点。图书馆说，这一
安排将持续到八月底。

"""

PIECE = """{label}

图书馆延长开放时间
是一件好事
■{byline}

　　延长开放时间，让更多上班
族能在下班后走进图书馆，这是
一件好事。图书馆的这一安排，
值得更多公共场馆学习。
"""


def _piece(label: str, byline: str = "王亮"):
    arts = split_page(HEAD + STORY + PIECE.format(label=label, byline=byline)).articles
    return next(a for a in arts if nonspace(a.title).startswith("图书馆延长开放时间"))


def test_an_opinion_label_over_a_headline_makes_a_commentary():
    assert _piece("评论员文章").kind == "commentary"
    assert _piece("观 点").kind == "commentary"

