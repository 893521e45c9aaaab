"""A writer's name in brackets run into a story's last paragraph, after its last sentence
('…完工。（记者 王薇）', '…看看。”（艾尔肯·阿不都拉）', '…外墙。（陈桂鑫）'), is the story's byline, not body
(generator/ingest/split/authors/bylines.py: parse_tail, split_tail) — with a role in it or a name alone;
a bracket holding anything else stays in the text."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

HEAD = "县城老旧小区改造全面启动\n\n"
P1 = "全市老旧小区改造工程星期一全面启动，涉及一百二十个小区，预计明年年底前完工。\n\n"


@pytest.mark.parametrize("note, authors", [("（记者 王薇）", ["王薇"]), ("（本报记者 周明）", ["周明"]),
                                           ("（艾尔肯·阿不都拉）", ["艾尔肯·阿不都拉"]), ("（陈桂鑫）", ["陈桂鑫"])])
def test_a_bracketed_name_closing_the_last_paragraph_is_the_byline(note: str, authors: list[str]) -> None:
    page = HEAD + P1 + "改造内容包括更换供水管道、加装电梯和修缮外墙。" + note + "\n"
    [story] = split_page(page).articles
    assert story.authors == authors
    assert story.body.endswith("修缮外墙。")
    assert note.replace(" ", "") in (story.byline or "").replace(" ", "")


@pytest.mark.parametrize("note", ["（完）", "（资料图片）", "（数据来源：市统计局）"])
def test_a_bracket_holding_no_name_stays_in_the_text(note: str) -> None:
    page = HEAD + P1 + "改造内容包括更换供水管道、加装电梯和修缮外墙。" + note + "\n"
    [story] = split_page(page).articles
    assert story.body.endswith(note)



def test_a_bracketed_name_on_a_line_under_the_text_signs_the_story_above() -> None:
    page = ("县城老旧小区改造全面启动\n\n　　全市老旧小区改造工程星期一全面启\n动，预计明年年底前完工。\n（余超）\n\n"
            "乡村学校将增设心理辅导岗位\n\n　　省教育厅星期二表示，今年将在乡村\n学校增设心理健康辅导教师岗位。\n")
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["县城老旧小区改造全面启动", "乡村学校将增设心理辅导岗位"], arts
    assert arts[0].authors == ["余超"] and arts[1].kicker is None
