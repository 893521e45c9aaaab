"""A weather box and an ad printed at a page's foot, under the last story and over the staff
line and a dashed folio (generator/ingest/split/boxes/footboxes.py): short lines holding no sentence,
one a temperature or a closing phone number, are page furniture, never the story's end."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

STORY = ["## 城区新增五处停车场缓解停车难", "",
         "城区今年新建的五处公共停车场本周全部开放，新增停车位一千二百多个，周边居民停车难问题得到缓解。", "",
         "市交通部门表示，下一步还将在老城区规划建设立体停车库，进一步方便群众出行。", ""]
WEATHER = ["今日天气", "晴转多云  13℃～23℃", "西北风3级"]
AD = ["广告", "诚聘驾驶员数名 待遇从优", "电话：13712884021"]
FOOT = ["", "编辑：王敏  校对：李强", "— 5 —"]


@pytest.mark.parametrize("box", [WEATHER, AD])
def test_a_foot_box_is_furniture_not_the_last_story_s_end(box: list[str]) -> None:
    result = split_page("\n".join(["第5版  要闻", ""] + STORY + box + FOOT) + "\n")
    [story] = result.articles
    assert story.body.replace("\n", "").endswith("进一步方便群众出行。")
    dropped = {d.text for d in result.dropped}
    assert set(box) <= dropped and "— 5 —" in dropped


def test_a_story_s_last_short_lines_holding_sentences_stay_its_text() -> None:
    tail = ["咨询电话：0991-1234567。"]
    [story] = split_page("\n".join(STORY + tail + FOOT) + "\n").articles
    assert story.body.replace("\n", "").endswith("咨询电话：0991-1234567。")
