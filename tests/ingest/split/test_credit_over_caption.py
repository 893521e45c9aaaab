"""A photo credit printed over its caption ('新华社记者 X 摄' / the caption / the next story's
headline), where no story's text is open (at the page's top), is the picture's credit: the caption under it is a photo, not a
headless article with its credit listed apart (`boundaries._Reader.credit`)."""
from __future__ import annotations

from generator.ingest.split import split_page

from .compose import HEATING, HEATING_HEAD, columned_paras

COL = 18
CAPTION = "市民在新建成的滨江公园里散步休闲，公园今年夏天正式向公众开放。"
NEXT = columned_paras((
    "本报讯 记者林海报道:省防汛指挥部昨日发布通知,要求沿江各县立即组织力量加固堤防,转移低洼地带群众,确保汛期安全。",
    "据介绍,今年入汛以来全省降雨偏多,多条河流水位超过警戒线,部分堤段出现险情,抢险队伍已全部到位。"), COL)


def test_a_credit_over_a_caption_sized_text_makes_it_a_photo():
    page = ("第3版\n\n新华社记者 王平 摄\n\n" + columned_paras((CAPTION,), COL)
            + "\n\n省防汛指挥部要求沿江各县加固堤防\n\n" + NEXT + "\n\n" + HEATING_HEAD + "\n\n"
            + columned_paras(HEATING, COL) + "\n")
    arts = split_page(page).articles
    photo = next(a for a in arts if a.body.startswith("市民在新建成"))
    assert photo.kind == "photo" and photo.authors == ["王平"]
    assert arts[1].title == "省防汛指挥部要求沿江各县加固堤防"
