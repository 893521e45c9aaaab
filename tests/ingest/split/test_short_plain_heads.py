"""A one-line block of Han characters alone, standing clearly short of its column between a
finished story and the next one's head (headroles: `_short_plain`): a wrapped line fills the
column and a paragraph's last line closes on a mark, so the line is set apart — a headline or,
over a title, its kicker — never a piece of the story above."""
from __future__ import annotations

from generator.ingest.split import split_page

from .compose import columned_paras

COL = 14


def _paras(*paras: str) -> str:
    return columned_paras(paras, COL, gap="\n\n")


ABOVE = "市政府部署今冬城区供暖工作\n\n" + _paras(
    "本报讯 记者周成报道：市政府昨日召开会议，听取了各地关于冬季供暖工作的汇报，要求各区在本月底前完成全部管网的检修任务。",
    "会议指出，今冬气温可能偏低，各有关部门要提前做好应急准备，确保居民家中室温达标。")
BELOW = _paras(
    "本报讯 记者林海报道：今年秋粮收购工作进展顺利，全省各收购点每日开秤，农民售粮排队时间明显缩短。",
    "据介绍，各地还组织技术人员深入田间地头，指导农民做好粮食晾晒和储存，减少产后损失。")


def test_a_short_plain_line_after_a_finished_story_is_a_kicker():
    kicker = "全省农机检修工作全面铺开"              # 12 em in a 14-em column
    title = ["秋粮收购首周进展顺利各收购点每日开秤，", "农民售粮排队时间缩短"]
    page = "第2版\n\n" + ABOVE + "\n\n" + kicker + "\n\n" + "\n".join(title) + "\n\n" + BELOW + "\n"
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["市政府部署今冬城区供暖工作", "".join(title)]
    assert arts[1].kicker == kicker
    assert arts[0].body.endswith("确保居民家中室温达标。")
    assert arts[1].authors == ["林海"]


def test_a_short_last_line_closing_on_a_mark_stays_text():
    """The story above's last paragraph ends on a short line with its stop: still its text."""
    last = _paras("会议还要求各单位安排专人值班，遇到问题及时上报。")
    page = "第2版\n\n" + ABOVE + "\n\n" + last + "\n\n秋粮收购首周进展顺利\n\n" + BELOW + "\n"
    arts = split_page(page).articles
    assert arts[0].body.endswith("遇到问题及时上报。")
    assert arts[1].title == "秋粮收购首周进展顺利"



def test_on_a_page_printing_its_indents_a_line_an_em_short_is_set_apart():
    """Paragraphs here open on a printed indent, so an unindented line of Han characters an em
    short of the column is no paragraph's first line, nor a wrapped line (which fills it)."""
    above = "市政府部署今冬城区供暖工作\n\n" + _paras(
        "市政府昨日召开会议听取各地关于冬季供暖工作的汇报并要求各区在本月底前完成全部管网检修任务。",
        "会议指出今冬气温可能偏低各有关部门要提前做好应急准备确保居民家中室温达标。")
    below = _paras("今年秋粮收购工作进展顺利全省各收购点每日开秤农民售粮排队时间明显缩短。",
                   "各地还组织技术人员深入田间地头指导农民做好粮食晾晒和储存以减少产后损失。")
    kicker = "全省农机检修工作已全面铺开"              # 13 em in a 14-em column
    title = ["秋粮收购首周进展顺利各收购点每日开秤，", "农民售粮排队时间缩短"]
    page = "第2版\n\n" + above + "\n\n" + kicker + "\n\n" + "\n".join(title) + "\n\n" + below + "\n"
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["市政府部署今冬城区供暖工作", "".join(title)]
    assert arts[1].kicker == kicker
    assert arts[0].body.endswith("确保居民家中室温达标。")
