"""A byline line under a story's text over a photo caption closed by its credit ('本报评论员' /
caption / 'X 摄'): the line signs the story above — a caption's names are in its credit —
and the caption stands alone, whole (`boundaries._signs_over_caption`)."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

STORY = """## 美国财政部批准伊朗出售石油

在美国和伊朗代表团在瑞士举行高级别技术会谈后，美国财政部星期一向伊朗发放临时许可，允许其生产和销售石油。

根据美国财政部的说法，伊朗不得向朝鲜、古巴以及俄罗斯占领的乌克兰部分地区出售石油，许可期限将视会谈进展而定。

{sign}

国家公园管理局星期三说，林肯纪念堂前的倒影池已经重新注水，游客可以再次看到纪念堂的倒影。

管理局说，工作人员将每天检查水质，并在夏季旅游旺季增加清理次数。

本报记者 林晓 摄

## 欧盟开始向乌克兰发放贷款

本报讯 欧洲联盟星期四开始向乌克兰发放一笔重大贷款，乌克兰总理在波兰表示，基辅预计将签署多项协议。

欧盟委员会主席表示，欧盟星期四向乌克兰拨付了首批款项，预计未来几天将拨付第二批款项。
"""


@pytest.mark.parametrize("sign", ["本报评论员", "文/图 孙薇瑶"])
def test_a_signature_over_a_credited_caption_signs_the_story_above(sign):
    arts = split_page(STORY.format(sign=sign)).articles
    assert len(arts) == 3, [(a.title, a.kind) for a in arts]
    story, photo = arts[0], arts[1]
    assert nonspace(story.byline or "") == nonspace(sign)
    assert story.body.rstrip().endswith("许可期限将视会谈进展而定。")
    assert photo.kind == "photo" and photo.authors == ["林晓"]
    assert photo.body.startswith("国家公园管理局星期三说")
    assert nonspace(sign) not in nonspace(photo.byline or "")


def test_a_byline_line_over_a_long_story_closed_by_a_credit_stays_its_byline():
    """Four paragraphs are a story with its own photo, not a caption: the byline line is its own."""
    extra = "\n\n".join(["管理局还说，倒影池的翻新工程耗资约1470万美元，是首都改造计划的一部分。"] * 2)
    page = STORY.format(sign="本报记者 段红华").replace("增加清理次数。\n", "增加清理次数。\n\n" + extra + "\n")
    arts = split_page(page).articles
    assert any(nonspace(a.byline or "") == "本报记者段红华" and a.body.startswith("国家公园管理局")
               for a in arts), [(a.title, a.byline) for a in arts]
