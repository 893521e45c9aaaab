"""A 简讯 box printed without bullets (generator/ingest/split/boxes/briefbox.py): under its label each
short lead head over one paragraph is an item of its own, a brief — also a head wrapped over two
lines at a comma that the reflow joined to its paragraph across the blank."""
from __future__ import annotations

from generator.ingest.split import split_page

ROWS = """· 简讯 ·
城东食堂开门迎客

城东街道新建的三处社区食堂近日开门迎客，老人们吃上了热乎饭，菜价实惠，每天供应三餐。

果园冬修忙，
技术员进园指导

眼下正是果树冬季修剪的关键时期，县里组织技术人员深入果园，手把手教果农修剪枝条。

图书馆延长开放时间

市图书馆从下月起每天开放到晚上九点，方便上班族下班后借书阅读。

全市老旧小区改造全面启动

本报记者 李明

全市老旧小区改造工程星期一全面启动，涉及一百二十个小区，预计明年年底前完工。改造内容包括更换供水管道、加装电梯和修缮外墙。

市住建局负责人说，改造期间将尽量减少对居民生活的影响。
"""



def _column(text: str, measure: int = 12) -> str:
    """Paragraphs of one line each wrapped to a narrow column's measure, as pdftotext prints
    a typeset column; short lines (heads, bylines) stay as they are."""
    out = []
    for line in text.split("\n"):
        if len(line) <= measure + 4:
            out.append(line)
        else:
            out += [line[k:k + measure] for k in range(0, len(line), measure)]
    return "\n".join(out)


PAGE = _column(ROWS)


def test_items_under_a_brief_label_are_briefs_of_their_own() -> None:
    arts = split_page(PAGE).articles
    briefs = [a for a in arts if a.kind == "brief"]
    assert [a.title for a in briefs] == ["城东食堂开门迎客", "果园冬修忙，技术员进园指导", "图书馆延长开放时间"]
    assert briefs[1].body.startswith("眼下正是果树冬季修剪")
    assert briefs[2].body.endswith("借书阅读。")
    story = next(a for a in arts if a.authors)
    assert story.kind == "article" and story.title == "全市老旧小区改造全面启动"
