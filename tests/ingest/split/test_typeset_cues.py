"""Cues of typeset pages as extractors print them (bench-ingest --typeset, session 12): a line
a bracketed Latin gloss pushed short (`latinwrap`) and two stacked headlines over two texts
(`stackedunits`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.classify.latinwrap import pushed_short

_GLOSSED = """天山日报

第3版

美国队盼借主场优势在世界杯实现突破

后卫泰勒·亚当斯表示，
球队已经准备好迎接挑战，并
将寄望于主场优势。美国队后
卫泰勒·亚当斯说：“这是我们
进入比赛前最重要的一点，得
到球迷的支持，看到国旗飘
扬，不间断地为我们加油。”
有了这样热情的球迷支持，美
国队将对自己在淘汰赛阶段走
得更远的前景充满信心。

本报记者 热依拉·沙比提 通讯员 史琪

美国军方表示，美军星期
五（6月26日）对伊朗实施了
打击，作为对德黑兰政权一天
前袭击一艘正在通过霍尔木兹
海峡的商船的“强有力回
应”。
美国中央司令部
(CENTCOM)在一份声明中
说，美国飞机袭击了伊朗的导
弹和无人机储存点以及沿海雷
达站，以报复伊朗袭击悬挂新
加坡国旗的货轮发动的无人机
袭击。
伊朗星期四的袭击造成该
船受损，但据报所有船员安
全。
"""


def test_line_pushed_short_by_a_bracketed_latin_gloss_is_no_headline():
    arts = split_page(_GLOSSED).articles
    assert all(a.title not in ("美国中央司令部", "CENTCOM)在一份声明中说") for a in arts)
    assert len(arts) == 2
    assert "美国中央司令部(CENTCOM)在一份声明中说" in arts[1].body.replace(" ", "")


def test_pushed_short_needs_the_gloss_too_wide_for_the_room_left():
    assert pushed_short("一位美国官员对美国之音", "(VOA)说，以色列和黎巴嫩的代", 13.0)
    assert not pushed_short("美国中央司令部", "在一份声明中说，美国飞机袭击", 13.0)
    assert not pushed_short("特朗普", "(Trump)说", 13.0)            # room enough: a short line


_STACKED = """国际救援人员帮
助搜寻委内瑞拉
的地震幸存者

美军中央司令
部司令与黎巴
嫩领导人讨论
以黎协议的落
实情况

美国中央司令部负责
人星期一访问黎巴嫩，
与黎巴嫩总统奥恩及其
他官员举行会谈，商讨
落实黎巴嫩与以色列之
间一项新框架协议的事
宜。
奥恩办公室表示，奥恩
重申了黎巴嫩的承诺，
即通过其武装力量，将
国家管辖权延伸至南部
边境。

本报讯 记者林强报道：
救援人员星期五在委内瑞拉争分
夺秒地搜寻仍被困在两场强烈地
震废墟下的人们，其他国家同时
也加紧向委内瑞拉派送搜救队和
人道援助。
委内瑞拉遭遇百年来最强地震，
国际救援人员正在部署。
"""


def test_upper_of_two_stacked_headlines_goes_to_the_lead_opened_text_it_sums_up():
    arts = split_page(_STACKED).articles
    assert [a.title for a in arts] == ["美军中央司令部司令与黎巴嫩领导人讨论以黎协议的落实情况",
                                       "国际救援人员帮助搜寻委内瑞拉的地震幸存者"]
    assert arts[0].kicker is None and arts[1].authors == ["林强"]
