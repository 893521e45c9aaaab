"""On a Markdown page a heading of a lower rank inside a story is its sub-heading — but not one
over text closed by a photo credit: that heads a picture of its own (`subheads`).
"""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """# 美联储前主席格林斯潘逝世

新华社华盛顿6月2日电（记者 周雯）美联储星期一宣布，美国联邦储备委员会前主席艾伦·格林斯潘逝世，享年100岁。美联储发文表示沉痛悼念。

## 台湾对中国海上胁迫举行桌上推演

台湾海巡署星期二举行桌上推演，模拟应对中国海警船在台湾周边海域的胁迫行动。

本报记者 程婷 摄

## 欧盟开始向乌克兰发放贷款

欧盟星期二说，已开始向乌克兰发放1020亿美元贷款中的第一笔。
"""


def test_a_lower_heading_over_a_credited_text_heads_a_photo() -> None:
    arts = split_page(PAGE).articles
    assert [(a.title, a.kind) for a in arts] == [
        ("美联储前主席格林斯潘逝世", "article"), ("台湾对中国海上胁迫举行桌上推演", "photo"),
        ("欧盟开始向乌克兰发放贷款", "article")]
