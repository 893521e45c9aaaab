"""A '文/图 X' line between a story and a caption closed by its own credit ('本报记者 Y 摄') signs
the story above (`briefs.closing_picture_bylines`): the caption needs no byline over it."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """## 2026年国际足联世界杯在墨西哥开幕
备受期待的2026年世界杯星期四在墨西哥城开幕，揭幕战在阿兹特克体育场举行，数万名球迷到场观看比赛。赛事组织者表示，本届世界杯共有48支球队参赛，比赛将在美国、加拿大和墨西哥的16座城市举行，预计将吸引数百万名球迷前往现场观赛。
墨西哥裔美国女演员在开幕式上演唱了本届世界杯的主题曲，现场观众齐声合唱，气氛十分热烈。赛事组织者表示，本届世界杯共有48支球队参赛，比赛将在美国、加拿大和墨西哥的16座城市举行，预计将吸引数百万名球迷前往现场观赛。
在本届赛事中，A组的这场比赛是2010年以来两队首次在世界杯上相遇，双方此前的交锋各有胜负。赛事组织者表示，本届世界杯共有48支球队参赛，比赛将在美国、加拿大和墨西哥的16座城市举行，预计将吸引数百万名球迷前往现场观赛。
同组第二场比赛将在瓜达拉哈拉举行，当地政府为此加强了交通和安保措施，并增开了公共交通班次。赛事组织者表示，本届世界杯共有48支球队参赛，比赛将在美国、加拿大和墨西哥的16座城市举行，预计将吸引数百万名球迷前往现场观赛。
第二场开幕式在多伦多举行，加拿大队将在B组首场比赛中迎战对手，美国队与巴拉圭队的比赛也将随后举行。赛事组织者表示，本届世界杯共有48支球队参赛，比赛将在美国、加拿大和墨西哥的16座城市举行，预计将吸引数百万名球迷前往现场观赛。
文／图 加娜尔·马汗
联邦调查局星期二说，该机构挫败了一起针对星期日在白宫举行的赛事的袭击计划，嫌疑人已被逮捕。
本报记者 陈晓悦 摄
## 美国批评中国计划成立的国际调解院
本报讯（记者 孙艳）特朗普政府批评中国在香港成立国际调解院的计划，称其将削弱现有的国际争端解决机制。
"""


def test_a_picture_signature_over_a_credited_caption_signs_the_story_above():
    arts = split_page(PAGE).articles
    assert [a.kind for a in arts] == ["article", "photo", "article"], [(a.kind, a.title) for a in arts]
    assert arts[0].authors == ["加娜尔·马汗"]
    assert arts[1].authors == ["陈晓悦"]


def test_only_a_captions_length_of_text_over_a_credit_counts():
    from generator.ingest.split.boxes.briefs import _own_credit_after
    from generator.ingest.split.units.items import Unit
    para = lambda n: Unit("para", "字" * n, [1])      # noqa: E731
    short = [para(120), para(100), Unit("credit", "本报记者 陈晓悦 摄", [3])]
    long = [para(300), para(300), para(300), Unit("credit", "本报记者 陈晓悦 摄", [5])]
    assert _own_credit_after(short, list(range(len(short))), 0)
    assert not _own_credit_after(long, list(range(len(long))), 0)
    assert not _own_credit_after([Unit("credit", "陈晓悦 摄", [1])], [0], 0)
