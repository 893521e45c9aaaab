"""A headline a narrow head box wrapped over three lines, the middle one holding a count
('…共计3400万亩麦田'): digits measure half an em, yet the line has as many characters as the one
over it, so it fills the box and the third line is the title's rest, not a subtitle
(titleends: a line stops short only in em and in characters)."""
from __future__ import annotations

from generator.ingest.split import split_page

from .compose import HEATING, HEATING_HEAD, columned_paras

COL = 17


def _paras(*paras: str) -> str:
    return columned_paras(paras, COL)


ABOVE = HEATING_HEAD + "\n" + _paras(*HEATING)
BODY = _paras(
    "本报讯 记者林海报道:今年秋粮收购工作进展顺利,全省各收购点每日开秤,农民售粮排队时间明显缩短,粮库仓容充足。",
    "据介绍,各地还组织技术人员深入田间地头,指导农民做好粮食晾晒和储存,减少产后损失。")


def _page(title_lines: list[str]) -> str:
    return "第3版\n\n" + ABOVE + "\n" + "\n".join(title_lines) + "\n" + BODY + "\n"


def _head(title_lines: list[str]):
    return next(a for a in split_page(_page(title_lines)).articles if a.title.startswith("省"))


def test_a_middle_line_holding_a_count_is_no_short_line():
    lines = ["省农业部门称春播工作启动后", "首周共计3400万亩麦田", "完成播种各地农机保持充足"]
    head = _head(lines)
    assert head.title == "".join(lines)
    assert not head.subtitle


def test_a_middle_line_short_in_characters_still_ends_the_title():
    head = _head(["省粮食部门称今年秋粮收购工", "作进展顺利", "各地仓容保持充足"])
    assert head.title == "省粮食部门称今年秋粮收购工作进展顺利"
    assert head.subtitle == "各地仓容保持充足"
