"""A photo's credit printed right under its headline, over the caption ('X 摄' between the two):
the story it opens is the picture's — a photo with that headline, the credit its byline and the
caption its text (`boundaries._Reader.credit`); before, the headline and credit were set aside.
"""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """天山晨报

2026年1月15日 星期四

白宫南草坪拥有悠久的体育历史

新华社东京6月9日电(记者 吴宇露)

白宫南草坪将举办一场终极格斗冠军赛，这是在这片草坪上举办的又一场体育赛事。美国领导人也经常在白宫南草坪举行仪式。

美国商务部周末急发新规

娜迪拉·吾斯曼 摄

美国商务部星期天在其官网发布一份最新指南，明确了对境外中国实体公司的出口管制要求。

库里和中国品牌签长约

本报讯(记者罗健鑫)星期一，美国职业篮球队金州勇士队的球星斯蒂芬·库里宣布与一家中国品牌签下长约。
"""


def test_a_credit_under_a_headline_opens_its_photo() -> None:
    arts = split_page(PAGE).articles
    photo = next(a for a in arts if a.body.startswith("美国商务部星期天"))
    assert (photo.kind, photo.title, photo.authors) == ("photo", "美国商务部周末急发新规", ["娜迪拉·吾斯曼"])

