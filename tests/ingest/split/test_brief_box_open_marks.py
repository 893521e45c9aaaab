"""A 简讯 box printed without bullets (generator/ingest/split/boxes/briefbox.py): a paragraph's first
line that a column break set apart and that leaves a bracket open is no item's lead head — a
headline's marks are paired on its own lines."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """· 简讯 ·
城东食堂开门迎客

城东街道新建的三处社区食堂近日开门
迎客，老人们吃上了热乎饭，每天供应
三餐。

图书馆延长开放时间

市图书馆从下月起每天开放到晚上九点，
方便上班族下班后借书阅读。

市体育中心负责人、游泳馆馆长王明(Wang

Ming)表示，新建的游泳馆下月起对市
民开放，票价实惠，节假日不休息。
"""


def test_a_first_line_leaving_a_bracket_open_is_no_item_head() -> None:
    arts = split_page(PAGE).articles
    assert not any("(Wang" in a.title for a in arts)
    assert any("游泳馆馆长王明(Wang" in a.body.replace(" ", "") for a in arts)
