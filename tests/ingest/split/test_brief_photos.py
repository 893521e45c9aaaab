"""A 简讯 item is one paragraph: paragraphs printed under a box's last item and closed by a photo
credit are a picture with no headline, not more of the item (`briefphotos`); an item whose own
paragraph closes with a credit keeps it."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

PAGE = """## 白宫将举办综合格斗比赛

本报记者 方蕾思

白宫南草坪将于星期天举办一场综合格斗赛事，作为美国庆祝建国250周年活动的一部分，现场大约可容纳4000人。

## 简讯

## ■全球音乐巨星齐聚揭幕战

美国在2026年世界杯开幕的第二天成为焦点，多位音乐巨星在洛杉矶欢迎参赛队伍的到来。

## ■索马里裁判被拒入境执裁世界杯

特朗普政府对美国媒体表示，一名索马里足球裁判因签证问题被拒入境美国执法世界杯比赛。

负责航运安全与安保的联合国机构表示，在周四一艘商船遭到袭击后，该海峡的通航计划将暂停。

国际海事组织秘书长表示，通航计划将暂停，直到情况更加明朗。

孟梅志　摄

## 共和党参议员致函美能源部长

新华社西安12月9日电（记者 高亮）两位共和党参议员星期二致函美国能源部长，对能源部允许外国公民进入国家实验室表示关切。
"""


def test_paragraphs_closed_by_a_credit_under_a_brief_item_are_a_photo():
    arts = split_page(PAGE).articles
    kinds = [(a.kind, nonspace(a.title)[:8]) for a in arts]
    brief = next(a for a in arts if a.kind == "brief" and "索马里" in a.title)
    assert brief.body.strip().endswith("世界杯比赛。") and brief.authors == [], kinds
    photo = arts[arts.index(brief) + 1]
    assert photo.kind == "photo" and photo.authors == ["孟梅志"], kinds
    assert photo.body.startswith("负责航运安全") and photo.body.rstrip().endswith("情况更加明朗。")
    assert arts[-1].authors == ["高亮"]


def test_a_headed_photo_under_bulleted_items_keeps_its_text():
    page = PAGE.replace("## ■索马里裁判被拒入境执裁世界杯\n\n特朗普政府对美国媒体表示，一名索马里足球裁判因签证问题被拒入境美国执法世界杯比赛。\n\n", "")
    page = page.replace("\n负责航运安全", "\n## 联合国机构暂停海峡通航计划\n\n负责航运安全")
    arts = split_page(page).articles
    photo = next(a for a in arts if "联合国机构" in a.title)
    assert photo.kind == "photo" and photo.body.startswith("负责航运安全"), [(a.kind, a.title) for a in arts]
    assert photo.body.rstrip().endswith("情况更加明朗。")
