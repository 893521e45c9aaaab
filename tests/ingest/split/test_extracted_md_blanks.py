"""Markdown from a PDF converter (bench-ingest --typeset, seed 7406 page 6): a picture's
headline, set in a box too narrow for it and not marked '#', printed as two lines of their own
between blank lines (generator/ingest/split/classify/mdblanks.py: the halves read as one headline
broken) is the picture's title, not a kicker and a paragraph; and a line whose end cuts a word
the page says again and again goes on across the converter's blank, whatever its width."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page
from generator.ingest.split.classify.lines import classify
from generator.ingest.split.classify.mdblanks import mend_blanks

CAPTION = """英国首相基尔·斯塔默
(Keir Starmer) 星期一（6月22
日）宣布辞职，为英国将在10
年内推选第七位领导人拉开序
幕。斯塔默在一次演讲中说，他
听取了工党成员的意见，并接受
自己不再是工党领袖的事实。他
的辞职距离他被任命为首相已经
两年了。

汤春峰 摄
"""
NEXT = """
# 美众院委员会致函五家制药大厂

本报讯 记者李兰志、通
讯员赵飞报道：美国众议院中国

问题特设委员会星期二致函五
家制药公司，要求说明其在中国

开展临床试验的情况。
"""


def _page(upper: str, lower: str) -> str:
    return f"北庭日报 第8版 社会\n\n\n\n{upper}\n\n\n{lower}\n\n\n{CAPTION}{NEXT}"


def test_headline_halves_printed_apart_are_the_pictures_title():
    arts = split_page(_page("斯塔默宣布辞", "去英国首相职务")).articles
    photo = arts[0]
    assert (photo.title, photo.kind, photo.authors) == ("斯塔默宣布辞去英国首相职务", "photo", ["汤春峰"])
    assert photo.body.startswith("英国首相基尔·斯塔默")


def test_two_lines_of_their_own_that_read_as_two_phrases_stay_apart():
    # uneven lines, no mark at the break: a label over a line, not one headline's halves
    page = _page("图片新闻", "去英国首相职务")
    texts = [l.text for l in mend_blanks(classify(page)) if l.kind in ("text", "heading")]
    assert "图片新闻" in texts and "去英国首相职务" in texts


def test_lead_line_ending_inside_a_word_the_page_says_goes_on_across_the_blank():
    # the lead's first lines stop short of the column the page's other text suggests, but the
    # line end cuts '星期', which the page says again and again: the paragraph goes on
    page = ("# 特朗普提名纽约检察官担任下任国家情报总监\n\n唐纳德·特朗普\n(Donald Trump) 总统星\n\n"
            "期四（6月11日）宣布提名\n检察官、前美国证券交易\n委员会主席出任下任国家\n情报局局长。众议院星期\n"
            "四否决了一项法案，白宫星期\n五表示遗憾，国会星期一将\n重新审议这一法案的内容。\n")
    art = split_page(page).articles[0]
    assert art.subtitle is None
    assert art.body.startswith("唐纳德·特朗普(Donald Trump)总统星期四（6月11日）宣布提名")


def test_lead_under_a_headed_byline_is_no_headline_however_much_it_restates():
    # the converter broke the lead where a Latin name moved down; its first lines restate the
    # headline, as leads do, but the story over them has its headline and byline already
    page = (Path(__file__).parent / "extracted" / "md_lead_under_byline.txt").read_text(encoding="utf-8")
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["美国谴责香港当局 对黄之锋的新指控"]
    assert arts[0].body.startswith("美国国务院强烈谴责香港当局")


def test_name_glossed_in_brackets_on_the_next_line_is_the_leads_not_a_byline():
    # '在唐纳德·特朗普' alone under the headline reads like a writer's name, but the line under
    # it opens with the name's original spelling in brackets: one sentence of the lead
    page = ("# 因向中国输送石油，美国对阿联酋和香港公司实施新制裁\n\n\n\n在唐纳德·特朗普\n\n"
            "(Donald Trump) 总统本星期\n访问北京的前夕，美国星期一\n\n对阿联酋和香港的多家公司实\n"
            "施制裁，指其向中国输送伊朗\n\n石油。美国财政部在声明中说，\n这些公司帮助伊朗出口石油。\n")
    art = split_page(page).articles[0]
    assert (art.subtitle, art.authors) == (None, [])
    assert art.body.startswith("在唐纳德·特朗普(Donald Trump)总统本星期访问北京的前夕")
