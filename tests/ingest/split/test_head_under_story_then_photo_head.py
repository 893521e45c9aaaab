"""On a column page whose stories print their headlines under their text, a photo's (or a
commentary's) headline printed over its own caption can stand right under the story above's
headline, blank lines between: two stories' headlines, not one head stack — the upper one
speaks of the story above, the lower one of the caption below."""
from generator.ingest.split import split_page

PAGE = """时事

美国联邦航空管理局(FAA)发
布限制令，在世界杯足球赛场地上
空及附近宣布了该机构所说的“无
人机禁飞区”。限制措施包括在赛
场周围约六公里范围禁止无人机。
FAA说，惩罚可包括最高达10
万美元的罚款以及刑事指控。

美国宣布在世界杯场地禁止无人机

国民党主席郑丽文访美

美国国务院星期三(6月3日)表示，
对于台湾主要反对党国民党领导人
郑丽文是否在华盛顿访问期间与国
务院官员会面一事，目前“没有任
何信息可提供”。

本报记者 曾悦静 摄
"""


def test_photo_head_under_the_head_of_the_story_above_heads_the_photo():
    arts = split_page(PAGE).articles
    drones = next(a for a in arts if a.title == "美国宣布在世界杯场地禁止无人机")
    assert drones.subtitle is None
    assert any(a.title == "国民党主席郑丽文访美" and a.kind == "photo" for a in arts)
