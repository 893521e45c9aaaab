"""Markdown-shaped pages without '##' marks: in a head stack whose kicker and subtitle both
quote clauses of the story word for word, the one line in words of its own is the title, even
when it uses few of the story's words (`flatpage._heads`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

PAGE = """2023年3月29日 星期三  第二版  综合

尽管全球经济前景乐观

美伊冲突不断推高油价,
对潜在停火协议的乐观预期及英伟达新芯片发布提振股市

通报了与伊朗谈判的最新进展

■记者贺斌

特朗普总统星期一说,美国正“快速”继续与伊朗政权进行谈判,通报了与伊朗谈判的最新进展。白宫说,国际原油价格随后回吐了早盘的涨幅。

国际基准布伦特原油价格上涨0.38%,交易价格超过每桶95美元。分析人士说,尽管全球经济前景乐观,投资者仍然担心霍尔木兹海峡的航运。

英伟达说,将与戴尔科技、微软、联想和惠普等制造商合作,打造专为运行人工智能而设计的个人电脑,这家公司的股价当天上涨。
"""


def test_the_line_in_words_of_its_own_is_the_title_between_quoting_lines():
    arts = split_page(PAGE).articles
    assert len(arts) == 1, [a.title for a in arts]
    a = arts[0]
    assert nonspace(a.title) == nonspace("美伊冲突不断推高油价,对潜在停火协议的乐观预期及英伟达新芯片发布提振股市")
    assert a.kicker == "尽管全球经济前景乐观"
    assert nonspace(a.subtitle or "") == "通报了与伊朗谈判的最新进展"
    assert a.body.startswith("特朗普总统星期一说")
