"""A 简讯 item's head printed in its paragraph's block, no blank line under it
(generator/ingest/split/boxes/briefruns.py): run in before the text in 【】, or flush on a line (or
two) of its own over the item's indented text — under the box's label, or opened by an item
bullet. Each head is its item's title (the first clause of the text never is), each item a
brief of its own, and no character is lost."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

from .test_properties import _chars, accounted_chars

ITEMS = [
    ("救援人员搜寻地震幸存者，美国加大援助",
     "救援人员星期一在委内瑞拉北部搜寻废墟，希望能找到更多幸存者。上星期发生的两次强震已造成至少一千人丧生。"),
    ("伊朗向以色列发射导弹", "伊朗6月7日向以色列发射导弹，这是4月8日停火以来第一次。以色列军方说，防空系统拦截了大部分导弹，没有造成人员伤亡。"),
    ("七国集团关注印太安全及关键矿产", "七国集团峰会在6月16日发布了领导人针对地缘政治的声明，当中关注乌克兰与中东局势，并提到印太地区的航行自由。"),
]
STORY = """全市老旧小区改造全面启动

  本报讯 记者李明报道：全市老旧小区改造
工程星期一全面启动，涉及一百二十个小区，
预计明年年底前完工。改造内容包括更换供水
管道、加装电梯和修缮外墙。

"""
MEASURE = 16


def _wrap(text: str, indent: str) -> list[str]:
    """The column's lines, the first indented; a mark never opens a line (it stays on the line
    above, as typesetters keep it)."""
    rows, k, room = [], 0, MEASURE - 2
    while k < len(text):
        end = k + room
        while end < len(text) and text[end] in "，。、；：）】”":
            end += 1
        rows.append(text[k:end])
        k, room = end, MEASURE
    rows[0] = indent + rows[0]
    return rows


def _bracketed() -> str:
    rows = ["新闻速递", ""]
    for head, text in ITEMS:
        rows += _wrap(f"【{head}】{text}", "  ") + [""]
    return STORY + "\n".join(rows) + "\n"


def _flush(label: str, bullet: str) -> str:
    """Each head on a line of its own (a long one wrapped after its comma), flush over the
    item's text, whose first line is indented two full-width spaces."""
    rows = [label, ""] if label else []
    for head, text in ITEMS:
        h = bullet + head
        rows += h.replace("，", "，\n").split("\n") if len(h) > MEASURE else [h]
        rows += _wrap(text, "\u3000\u3000") + [""]
    return STORY + "\n".join(rows) + "\n"


@pytest.mark.parametrize("page", ["bracketed", "flush-labelled", "flush-bulleted"])
def test_a_head_set_in_its_items_block_is_the_items_title(page: str) -> None:
    text = {"bracketed": _bracketed, "flush-labelled": lambda: _flush("简讯", ""),
            "flush-bulleted": lambda: _flush("", "■")}[page]()
    result = split_page(text)
    briefs = [a for a in result.articles if a.kind == "brief"]
    assert [a.title for a in briefs] == [head for head, _ in ITEMS], [a.title for a in result.articles]
    for a, (_, body) in zip(briefs, ITEMS):
        assert a.body.replace("\n", "") == body
    assert accounted_chars(result) == _chars(text)


def test_a_signature_line_run_into_the_next_item_signs_the_item_above() -> None:
    """'（王薇）' on a flush line of its own, over the next item's indented 【】 paragraph, closes
    the item above; it is no head of the item below."""
    rows = ["新闻速递", ""]
    for k, (head, text) in enumerate(ITEMS):
        rows += _wrap(f"【{head}】{text}", "  ")
        if k == 0:
            rows.append("（吐尔逊·买买提）")
    text = STORY + "\n".join(rows) + "\n"
    result = split_page(text)
    briefs = [a for a in result.articles if a.kind == "brief"]
    assert [a.title for a in briefs] == [head for head, _ in ITEMS], [a.title for a in result.articles]
    assert briefs[0].authors == ["吐尔逊·买买提"] and not briefs[1].authors
    assert accounted_chars(result) == _chars(text)


def test_a_run_in_head_set_off_by_a_gap_keeps_the_text_after_the_gap() -> None:
    """'●美助卿重申对台政策未变 一位美国高级' / '外交官员…': the bulleted first line is short of the
    column, but the gap in it parts the item's head from its text's first words — the line is
    no head of its own."""
    page = (STORY + "\n"
            "●美助卿重申对台政策未变 一位美国高级\n外交官员表示，美国对台湾的长期政策并未\n"
            "改变，仍致力于维护台湾海峡的和平与稳定，\n并反对任何一方单方面改变现状。\n")
    briefs = [a for a in split_page(page).articles if a.kind == "brief"]
    assert [(a.title, a.body[:6]) for a in briefs] == [("美助卿重申对台政策未变", "一位美国高级")]


def test_a_weeks_roundup_label_opens_a_brief_box() -> None:
    """'一 周 要 闻' (letter-spaced, the week's news in brief) labels a 简讯 box as '简讯' does:
    the flush heads under it head items of their own."""
    text = _flush("一 周 要 闻", "")
    briefs = [a for a in split_page(text).articles if a.kind == "brief"]
    assert [a.title for a in briefs] == [head for head, _ in ITEMS]
