"""On an "electronic edition" page — one indented paragraph a line, headlines unindented, no
blank line anywhere — a '（转第6版）' jump marker on a line of its own under a story is the
story's continued_to, never a headline (nor the next story's kicker)."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

PARAS_A = [
    "美国众议院中国问题特设委员会星期一发表声明，批评有关方面近期在台湾周边海域的一系列行动，称这些行动正在改变地区现状。",
    "声明说，自五月初以来，相关公务船只多次进入台湾控制的外岛附近海域，引发当地渔民和居民的担忧。",
    "委员会主席表示，国会将继续关注这一局势的发展，并敦促行政部门与地区盟友密切协调，共同维护航行自由。",
]
PARAS_B = [
    "俄罗斯星期一对乌克兰多地发动大规模袭击，造成至少十二人死亡，数十人受伤，多处民用设施受损。",
    "乌克兰方面说，基辅随后对俄罗斯境内一处卫星通信中心发动了远程无人机袭击，目前尚无伤亡报告。",
    "乌克兰总统再次呼吁欧洲盟友加快交付防空系统，以保护城市和能源设施免遭进一步打击。",
]


@pytest.mark.parametrize("marker, page_no", [("（转第6版）", 6), ("（转第十五版）", 15), ("(转第4版)", 4)])
def test_a_jump_marker_line_on_a_flow_page_continues_the_story_above(marker: str, page_no: int) -> None:
    page = "\n".join(["美众院委员会批评对台湾施压行动"] + ["　　" + p for p in PARAS_A] + [marker]
                     + ["俄罗斯袭击乌克兰　造成12人死亡", "■本报记者 闫宁 通讯员 汤琳桂"]
                     + ["　　" + p for p in PARAS_B]) + "\n"
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["美众院委员会批评对台湾施压行动", "俄罗斯袭击乌克兰　造成12人死亡"], arts
    assert arts[0].continued_to == page_no
    assert arts[1].kicker is None
