"""A commentary column's label over a piece whose first paragraph a column break cut a line or
two under it (generator/ingest/split/classify/lines.py): the text still goes on past the blank line —
its breaks cut a word or leave a bracket open, as no headline's do — so the label is the
column's, never a subtitle of the headline printed above it (pages that set heads after their
stories)."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """　　市图书馆从下月起每天开放到晚上
九点，方便上班族下班后借书阅读。馆
方表示，延时服务期间各阅览室照常开
放，自助借还设备全天可用。

市图书馆延长开放时间

短评

　　市体育中心主任王明(Wang
Ming)星期一说，新建的游泳馆将于下

月起对市民开放。让更多市民走进场
馆，是公共体育设施的本分，票价实惠
、节假日不休息的做法值得点赞。

游泳馆开放是件好事
"""


def test_a_label_over_an_opening_cut_by_a_column_break_is_no_subtitle() -> None:
    arts = split_page(PAGE).articles
    above = next(a for a in arts if a.title == "市图书馆延长开放时间")
    assert above.subtitle is None
    piece = next(a for a in arts if "游泳馆" in a.body)
    assert piece.kind == "commentary"
