"""On a Markdown-shaped page whose headlines are bold ('**…**'), a plain line right over a bold
headline — touching it, or one blank apart — is set in a kicker's lighter type: the bold line
is the headline, the plain one its kicker (never the title, with the bold line adrift)."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

PAGE = """南州晨报

第14版　时事　责任编辑　秦雪

**救援人员搜寻委内瑞拉地震幸存者，美国加大援助**

本报讯 记者周辉报道：救援人员星期一在委内瑞拉北部搜寻废墟，希望能找到更多幸存者。上星期发生的两次强震已造成至少1450人丧生。

目前委内瑞拉境内有300名美国搜救人员，他们是国际救援行动的一部分。

美联储前主席艾伦·格林斯潘逝世{gap}
**享年100岁，美联储发文“沉痛”悼念**

本报讯　记者万亮报道　美联储星期二发表声明，悼念前主席艾伦·格林斯潘，他享年100岁。

美联储在声明中说，格林斯潘在任期间为美国经济作出了贡献。
"""


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_plain_line_over_a_bold_headline_is_its_kicker(gap):
    arts = split_page(PAGE.format(gap=gap)).articles
    assert [a.title for a in arts] == ["救援人员搜寻委内瑞拉地震幸存者，美国加大援助", "享年100岁，美联储发文“沉痛”悼念"]
    assert arts[1].kicker == "美联储前主席艾伦·格林斯潘逝世"
    assert arts[1].body.startswith("美联储星期二")
