"""Column pages printed without blank lines: a kicker over its title is no first line of a
wrapped title. Over a '——' subtitle (so the plain line under the kicker is the title), an
upper line far narrower than the title line, with no mark, word cut or even halves calling
for a wrap, is the kicker (`headroles.narrow_kicker`); a line setting two phrases apart by a
space over the title, under which a plain line quotes the story, is the kicker and the quoting
line the subtitle (`headstacks.quoted_lines`)."""
from __future__ import annotations

from generator.ingest.split import split_page

BODY = """本报讯 记者李明、
通讯员王芳报道：市交通局星期
四表示，新建的跨江大桥将于下
月通车，这是全市今年规模最大
的交通工程。交通局说，大桥全
长三千二百米，双向六车道，通
车后两岸往来的时间将从四十分
钟缩短到十分钟以内。
交通局还表示，大桥通车前将进
行为期两周的荷载试验，确保工
程质量符合国家标准。市民可以
在通车当天步行参观大桥。
"""
NEXT = """公园湖水重新注满
——游客可以再次划船
本报讯 公园管理处星期三说，
公园的湖已经重新注水，游客
可以再次划船游览。管理处说，
工作人员将每天检查水质。
"""


def _arts(stack: str, body: str = BODY) -> list:
    return split_page(stack + body + NEXT).articles


def test_a_narrow_kicker_over_a_wide_title_and_a_dash_subtitle_is_a_kicker():
    arts = _arts("交通局称\n跨江大桥下月通车，两岸往来时间缩短到十分钟以内\n——大桥全长三千二百米\n")
    assert arts[0].kicker == "交通局称", (arts[0].kicker, arts[0].title)
    assert arts[0].title == "跨江大桥下月通车，两岸往来时间缩短到十分钟以内"


def test_a_title_wrapped_in_its_box_stays_one_title():
    arts = _arts("跨江大桥下月通车两岸往来\n时间缩短到十分钟以内\n——大桥全长三千二百米\n")
    assert arts[0].kicker is None
    assert arts[0].title == "跨江大桥下月通车两岸往来时间缩短到十分钟以内"


def test_a_two_phrase_kicker_over_a_title_and_a_quoting_subtitle_is_a_kicker():
    arts = _arts("规模最大 交通局称\n跨江大桥下月通车\n市民可以在通车当天步行参观大桥\n")
    assert arts[0].kicker == "规模最大 交通局称", (arts[0].kicker, arts[0].title, arts[0].subtitle)
    assert arts[0].title == "跨江大桥下月通车"
