"""A picture's caption set across the picture — far wider than the story's column — printed
after the story's finished text is no run-on of that story, even when most of its lines name
people and dates in Latin letters and figures, whose widths vary from font to font so that no
three lines share one width: read roughly, its measure is still a column far off the story's
(`blocks._rough_measure`; pdftotext, typeset seed 27203:1)."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """海格塞斯：任何未来美国对台军售的决定都将由特朗普总统做出

■本报记者 秦国涛

不会把这两件事联系在一
起。高雄（美国代理海军部
长）非常出色，但我绝不会以
任何方式把二者挂钩。我不仅
对我们目前所处的位置感到满
意，也对未来的生产速度感到
满意。我认为，关于美国可能
处于什么状态，外界有很多带
着错误动机的虚假报道。美国
正处在一个非常、非常强大的
位置上，而且我们对未来的发
展方向只会更有信心。这里我
只是作一个澄清。”

美国国务卿马尔科·卢比奥(Marco Rubio)美国时间6月3日在中
国共产党政府1989年6月4日以武力血腥镇压以天安门广场为中心的
民主示威运动37周年之际发表书面声明。卢比奥说：“无论多少审查
都无法抹掉过去。那些为了捍卫自身不可剥夺的言论自由与和平集会
权利而牺牲的人们，终有一天会得到昭雪。”
以下是这段声明全文的中文翻译：
本报记者 熊婷 摄

索马里裁判被拒入境执裁世界杯

本报讯（记者 武馨璐）
特朗普政府对美国媒体表示，
一名索马里足球裁判因与“恐
怖组织嫌疑成员”存在关联，
被拒绝入境美国执法世界杯比
赛。
"""


def test_a_wide_caption_of_latin_names_and_dates_is_not_the_story_above():
    arts = split_page(PAGE).articles
    story = next(a for a in arts if a.title.startswith("海格塞斯"))
    assert story.body.endswith("只是作一个澄清。”")
    photo = next(a for a in arts if a.kind == "photo")
    assert photo.body.startswith("美国国务卿马尔科·卢比奥")
    assert photo.body.rstrip().endswith("以下是这段声明全文的中文翻译：")
