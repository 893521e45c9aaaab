"""A byline line printed under a story's text, with the next story's headline right under it,
signs the story above: it opens no story of its own."""
from __future__ import annotations

import pytest

from generator.ingest.split.page import split_page


@pytest.mark.parametrize("byline, name", [("文/图 加娜尔·赛力克", "加娜尔·赛力克"), ("本报记者 王薇", "王薇")])
def test_a_byline_between_a_story_and_the_next_headline_signs_the_story_above(byline, name):
    page = ("## 全球音乐巨星齐聚美国队世界杯揭幕战\n\n"
            "美国在世界杯开幕的第二天成为焦点，洛杉矶迎来了揭幕战。\n\n"
            "在A组的另一场比赛中，韩国队以2比1险胜捷克队。\n\n"
            f"{byline}\n\n"
            "五角大楼当时表示\n\n"
            "## 美军恢复美国太平洋司令部名称\n\n"
            "■记者 丁婷\n\n"
            "美国太平洋司令部总部在夏威夷，是美军年代最悠久的联合作战司令部。\n")
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["全球音乐巨星齐聚美国队世界杯揭幕战", "美军恢复美国太平洋司令部名称"], arts
    assert arts[0].authors == [name] and arts[0].body.endswith("险胜捷克队。")
    assert arts[1].authors == ["丁婷"] and arts[1].kicker == "五角大楼当时表示"


def test_a_byline_over_a_jump_marker_signs_the_story_that_goes_on():
    page = ("## 以色列和黎巴嫩在华盛顿开始第四轮和平谈判\n\n"
            "以色列和黎巴嫩政府已在华盛顿开始新一轮谈判，美国居中斡旋。\n\n"
            "黎巴嫩方面没有公布在冲突中死亡的人数。\n\n\n"
            "文／图 胡刚新\n\n\n"
            "（下转第6版）\n")
    arts = split_page(page).articles
    assert len(arts) == 1, arts
    assert arts[0].authors == ["胡刚新"] and arts[0].continued_to == 6

