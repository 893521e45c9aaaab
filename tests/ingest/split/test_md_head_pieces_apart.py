"""A Markdown headline printed as '#' lines of one rank with blank lines between them is one
headline (`headruns`, called from `headwrap.join_cut_headings`): a kicker is set smaller
than its headline, so the upper piece is no kicker. A banner over the page's first story,
sharing none of its words, stays apart; so does a label set in headline type.
"""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """第3版  2026年5月18日 星期一  西部时报

## 瑞士国际足联博物馆将

## 世界杯历史生动呈现

本报讯（记者 王明）位于瑞士苏黎世的国际足联博物馆星期三开放新展厅，将世界杯历史生动呈现给观众。

博物馆说，展览持续到年底。

## 欧盟开始向乌克兰发放

## 1020亿美元贷款

新华社布鲁塞尔6月2日电（记者 李华）欧盟星期二说，已开始向乌克兰发放1020亿美元贷款中的第一笔。

欧盟官员说，其余款项将分批发放。
"""

BANNER = """第3版  2026年5月18日 星期一  西部时报

## 坚持高水平对外开放

## 欧盟开始向乌克兰发放贷款

新华社布鲁塞尔6月2日电（记者 李华）欧盟星期二说，已开始向乌克兰发放1020亿美元贷款中的第一笔。

欧盟官员说，其余款项将分批发放。
"""


def test_heading_pieces_apart_are_one_title() -> None:
    arts = split_page(PAGE).articles
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "瑞士国际足联博物馆将世界杯历史生动呈现"), (None, "欧盟开始向乌克兰发放1020亿美元贷款")]


def test_a_banner_over_the_first_story_stays_apart() -> None:
    arts = split_page(BANNER).articles
    assert [a.title for a in arts] == ["欧盟开始向乌克兰发放贷款"]
    assert arts[0].kicker is None
