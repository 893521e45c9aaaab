"""A headline a narrow head box wrapped over two lines, between blank lines over its story, is
one title even when the story's opening shares no word with the upper line: the break cuts a
word of the word list the story does not print ('…策划无人' / '机和…'), a number from what it
counts ('…以每州一' / '花庆祝…'), or opens the lower line on the predicate of the subject the
upper one ends on ('…称中俄伊朝' / '是…'). A kicker ends on a whole phrase, and a title or
subtitle opens on one (`wrapcut`)."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

from .compose import HEATING, HEATING_HEAD, columned_paras

COL = 16


def _paras(*paras: str) -> str:
    return columned_paras(paras, COL, indent="", gap="\n\n")


ABOVE = HEATING_HEAD + "\n\n" + _paras(*HEATING)
BODY = _paras(
    "本报讯 记者林海报道:警方昨日通报,一名男子在网上购买零件并组装飞行器,计划在周末的体育赛事上制造袭击,已被依法控制。",
    "据介绍,该男子此前多次在赛场附近徘徊,引起了安保人员的注意,相关调查仍在进行中。")


def _head(lines: list[str]):
    page = "第3版\n\n" + ABOVE + "\n\n" + "\n".join(lines) + "\n\n" + BODY + "\n"
    return next(a for a in split_page(page).articles if a.title.startswith(lines[1][:3]) or
                (a.kicker or "").startswith(lines[0][:3]) or a.title.startswith(lines[0][:3]))


@pytest.mark.parametrize("lines", [
    ["本市一名男子被控策划利用无人", "机和枪支袭击周末体育赛事"],        # a word of the list
    ["市体育场以每区一", "队方式举办周末赛事遭男子策划袭击"],          # a number from what it counts
    ["警方通报称本市一名男子", "是周末体育赛事袭击计划的策划者"],      # a predicate under its subject
])
def test_a_wrapped_head_box_is_one_title(lines):
    head = _head(lines)
    assert head.title == "".join(lines)
    assert not head.kicker and not head.subtitle
