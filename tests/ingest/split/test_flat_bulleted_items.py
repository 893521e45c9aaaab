"""Markdown-shaped pages without '##' marks: a short line opening on a bullet ('●…') over a
paragraph is a 简讯 item's headline — never the first piece of a paragraph a break cut (even
when it stops on a preposition, '…批中国以'), and a headline even when its words are the story
above's (`flatpage._cut_across`, `flatpage._heads`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

PAGE = """美国财政部批准伊朗出售石油

在美国和伊朗代表团在瑞士举行高级别技术会谈后，美国财政部星期一向伊朗发放临时许可，允许其生产和销售石油。

根据美国财政部的说法，伊朗不得向朝鲜、古巴以及俄罗斯占领的乌克兰部分地区出售石油，许可期限将视会谈进展而定。

【新闻速览】

{b}美众院委员会批中国以

美国众议院中国问题特设委员会表示，中共对台灰色地带恫吓只会强化美国与其伙伴的合作。

{b}伊朗石油出售许可引发关注

本报讯 星期二，多名国会议员对财政部向伊朗发放石油出售许可表示关切，要求财政部说明许可期限。

{b}白宫将举办综合格斗比赛

白宫南草坪将于星期天举办一场综合格斗赛事，作为美国庆祝建国250周年活动的一部分。
"""


def test_bulleted_item_heads_each_head_a_brief():
    for b in "●■◆":
        arts = split_page(PAGE.format(b=b)).articles
        titles = [nonspace(a.title) for a in arts]
        assert titles[1:] == ["美众院委员会批中国以", "伊朗石油出售许可引发关注", "白宫将举办综合格斗比赛"], titles
        assert arts[1].body.startswith("美国众议院中国问题特设委员会表示")
        assert all(len(a.body.split("\n\n")) == 1 for a in arts[1:])
