"""A picture's caption closed by its credit ('…交易。（X　摄）') has ended its text: no run of
another story printed further down goes back under it as a resumed tail (`resume._open`); the
last paragraph of the story over a '（下转…）' jump stays that story's."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """责任编辑：江亮

## 特朗普总统称美伊协议谈判进入“第二阶段”强调美国不会在伊朗投入任何资金

特朗普总统星期二在七国集团领导人峰会上宣布，美伊协议谈判进入“第二阶段”，并强调美国不会在伊朗投入任何资金。他说伊朗已经同意永远不会拥有核武器。

特朗普总统宣布与伊朗签署协议之后，在法国和多位海湾国家领导人会面，听取他们对这项协议的回应，并强调和伊朗的协议不涉及任何金钱交易。（迪丽努尔·托合提　摄）

## 北约峰会邻近之际，北约秘书长称美国对乌克兰防务仍不可或缺

本报讯 记者陶琪春报道：北约秘书长马克·吕特星期三说，美国对乌克兰防务的支持仍不可或缺，北约盟国将承诺向乌克兰提供长期的援助，俄罗斯仍将是长期威胁。

在外交努力继续推进的同时，战斗仍在继续。乌克兰总统泽连斯基说，乌克兰无人机在一星期内第二次袭击了位于前线一千多公里外的俄罗斯乌法炼油厂，造成大火和停产。

乌克兰还袭击了俄罗斯奔萨地区一家导弹零部件工厂。乌克兰总参谋部说，该工厂隶属于俄罗斯国家航天集团公司，生产用于巡航导弹和弹道导弹的传感器。

乌克兰国防部说，仅在6月份，乌军就打击了11座俄罗斯炼油厂。

俄罗斯对乌克兰的袭击星期三仍在继续，其中包括一起无人机袭击。赫尔松州州长说，俄罗斯无人机袭击了乌克兰南部城市赫尔松的一辆公交车，造成两人死亡、九人受伤。

（下转第五版）
"""


def test_a_caption_closed_by_its_credit_takes_no_run_from_further_down():
    arts = split_page(PAGE).articles
    photo, story = arts
    assert photo.kind == "photo" and photo.authors == ["迪丽努尔·托合提"], (photo.kind, photo.authors)
    assert photo.body.rstrip().endswith("不涉及任何金钱交易。")
    assert story.body.rstrip().endswith("造成两人死亡、九人受伤。")
