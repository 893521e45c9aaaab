"""A subtitle without a dash, printed by pymupdf4llm as a plain line alone between its headline and
the next headline (the first story's text printed elsewhere), is the first headline's subtitle —
not the first paragraph of its story — on a page whose kickers touch their headlines
(generator/ingest/split/heads/stacksubs.py)."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """北庭日报 第5版 国际


在这些区域内 根据该协议
# 真主党拒绝接受以黎停火协议


以色列和黎巴嫩将致力于达成一项


# 参议员推立法取消国际学生项目



黎巴嫩真主党拒绝了一项由美
国斡旋的停火协议；根据该协

议，以色列和黎巴嫩政府承诺
设立试点区。真主党表示拒绝

接受以黎停火协议的安排。

参议员星期二提出立法，要求
取消国际学生项目。他说，为

就业机会，该项目允许雇主
打着职业培训的幌子引进外

国学生。参议员说，这项立
法旨在防范国家安全风险。
"""


def test_plain_line_between_two_headlines_is_the_upper_ones_subtitle():
    arts = split_page(PAGE).articles
    head = next(a for a in arts if a.title == "真主党拒绝接受以黎停火协议")
    assert head.subtitle == "以色列和黎巴嫩将致力于达成一项"
    assert head.kicker == "在这些区域内 根据该协议"
    assert not any((a.body or "").startswith("以色列和黎巴嫩将致力于") for a in arts)


# the same page without any kicker: the text is wrapped at a column's measure, as only a
# converter prints it, so a line apart from the headline under it is no kicker of it either
# (stacksubs._column_wrapped)
NO_KICKER = PAGE.replace("在这些区域内 根据该协议\n", "") + """
参议员们还说，这项立法将得到
两党支持，并有望在年内获得
通过。一些大学表示反对，认为
此举将损害美国的竞争力。

黎巴嫩政府表示，将继续同各方
保持沟通，争取早日实现停火，
并呼吁国际社会提供人道援助。

分析人士指出，停火协议能否落
实，取决于各方能否建立互信。
"""


def test_plain_line_between_headlines_is_a_subtitle_on_a_column_wrapped_page_without_kickers():
    arts = split_page(NO_KICKER).articles
    head = next(a for a in arts if a.title == "真主党拒绝接受以黎停火协议")
    other = next(a for a in arts if a.title == "参议员推立法取消国际学生项目")
    assert head.subtitle == "以色列和黎巴嫩将致力于达成一项"
    assert not other.kicker
