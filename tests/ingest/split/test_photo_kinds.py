"""A headed text closed by a photo credit is a photo's caption when it is set as one or two
paragraphs, however long they run (`kinds.caption_sized`); a longer story closed by one is a
story with its photo."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.stories import kinds

P1 = ("白宫南草坪星期天举办了一场综合格斗赛事，作为美国庆祝建国周年的一系列活动之一，数千名观众到场观看，"
      "现场气氛热烈。赛事由多家机构联合主办，参赛选手来自全国各地，比赛共进行了十轮，每一轮都吸引了大量观众的目光，不少观众在比赛结束后仍然久久不愿离去，纷纷表示希望明年还能再来观看。")
P2 = ("主办方表示，这场赛事是献给美国人民的一份礼物，希望通过体育活动增进社会各界的交流与团结。"
      "现场还设置了多个互动区域，观众可以与选手合影留念，并参加各种有奖问答活动，许多家庭带着孩子一同前来，"
      "共同度过了一个愉快的周末。组织者说，今后还将举办更多类似的活动，让更多民众参与其中，分享节日的喜悦，也让更多的人了解这项运动的魅力所在，感受体育带来的快乐。")
PAGE = f"""## 白宫举办综合格斗比赛

{P1}

{P2}

本报记者 张三 摄

## 林肯纪念堂倒影池重新注水

国家公园管理局星期三说，林肯纪念堂前的倒影池已经重新注水，游客可以再次看到纪念堂的倒影。

管理局说，工作人员将每天检查水质，并在夏季旅游旺季增加清理次数。
"""


def test_a_headed_caption_of_two_paragraphs_is_a_photo():
    assert len(P1 + P2) > kinds.CAPTION_MAX
    arts = split_page(PAGE).articles
    assert [(a.title, a.kind) for a in arts] == [("白宫举办综合格斗比赛", "photo"), ("林肯纪念堂倒影池重新注水", "article")]


def test_a_story_of_more_paragraphs_closed_by_a_credit_is_no_caption():
    assert not kinds.caption_sized("\n\n".join([P1, P2, P1]), True)
    assert kinds.caption_sized("\n\n".join([P1, P2]), True)
    assert kinds.caption_sized("\n\n".join([P1, P2, P1]), False)
