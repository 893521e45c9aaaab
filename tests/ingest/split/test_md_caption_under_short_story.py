"""Markdown-shaped pages: a headed text of more paragraphs than a caption sets (two, and one a
break may have cut), closed by a photo credit, is a story running on into the caption printed
under it, however short its paragraphs: the caption is cut off and stands alone with the
credit (`captions._too_many`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

PAGE = """## 快讯：美国对伊朗发动“自卫”打击

美军表示，已依据总统指示，开始对伊朗发动“自卫”打击。

美国中央司令部表示，此次打击是对伊朗击落一架美军直升机的回应。

美国中央司令部说：“这次任务是对伊朗无端侵略作出的相称回应。”

两名飞行员获救，均未受伤。

美国副总统万斯原定星期五在瑞士和伊朗展开第一轮技术谈判，不过在最后一刻推迟行程。

本报记者 刘新静 摄

## 欧盟开始向乌克兰发放贷款

本报讯 欧洲联盟星期四开始向乌克兰发放一笔重大贷款，乌克兰总理在波兰表示，基辅预计将签署多项协议。

欧盟委员会主席表示，欧盟星期四向乌克兰拨付了首批款项，预计未来几天将拨付第二批款项。
"""


def test_a_short_story_closed_by_a_credit_gives_up_its_caption():
    arts = split_page(PAGE).articles
    assert [a.kind for a in arts] == ["article", "photo", "article"], [(a.title, a.kind) for a in arts]
    story, photo = arts[0], arts[1]
    assert story.authors == [] and story.body.rstrip().endswith("均未受伤。")
    assert photo.authors == ["刘新静"] and photo.body.startswith("美国副总统万斯原定星期五")


def test_a_headed_caption_of_two_paragraphs_stays_one_photo():
    page = PAGE.replace("美国中央司令部表示，此次打击是对伊朗击落一架美军直升机的回应。\n\n", "").replace(
        "美国中央司令部说：“这次任务是对伊朗无端侵略作出的相称回应。”\n\n", "").replace(
        "两名飞行员获救，均未受伤。\n\n", "")
    arts = split_page(page).articles
    assert arts[0].kind == "photo" and nonspace(arts[0].title) == nonspace("快讯：美国对伊朗发动“自卫”打击")
    assert arts[0].authors == ["刘新静"]
