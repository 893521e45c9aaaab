"""A byline line printed under a story's text, with the next story's headline right under it,
signs the story above: it opens no story of its own."""
from __future__ import annotations

import pytest

from generator.ingest.split.page import split_page
from tests.ingest.split.compose import columned


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


def test_a_text_and_photo_signature_under_a_bylined_story_signs_the_story_run_on_into_it():
    # headlines grouped at the page foot: '文/图 X' closes a story that ran on from the bylined
    # one above with no headline between; it signs that whole story (where the words change),
    # not its last paragraph as a photo caption
    page = "\n\n".join([
        columned("本报讯（记者 王芳）全市冬小麦播种工作已经全面完成，播种面积达到一百二十万亩，比去年增加五万亩。"),
        columned("农业部门组织农技人员深入田间地头，指导农民科学播种，推广节水灌溉技术，冬小麦出苗整齐。"),
        columned("据介绍，今年全市冬小麦良种覆盖率达到百分之九十八，为明年夏粮丰收打下了坚实基础。"),
        columned("市图书馆从本月起延长开放时间，每天开放到晚上九点，周末和节假日照常开放，方便读者借阅。"),
        columned("图书馆还新增自助借还设备十台，读者刷身份证就能借书，借阅图书的手续更加简便。"),
        columned("图书馆负责人表示，下一步将开设夜间讲座和读书会，丰富市民的文化生活。"),
        "文/图 丁英斌",
        columned("本报讯（记者 李强）城东新建的三处社区食堂已经开门营业，每天为周边老人提供午餐和晚餐。"),
        "全市冬小麦播种全面完成",
        "市图书馆延长开放时间",
        "城东新建三处社区食堂",
    ]) + "\n"
    arts = split_page(page).articles
    assert [(a.title, a.authors) for a in arts] == [
        ("全市冬小麦播种全面完成", ["王芳"]), ("市图书馆延长开放时间", ["丁英斌"]), ("城东新建三处社区食堂", ["李强"])]
    assert arts[0].body.endswith("坚实基础。")
    assert arts[1].kind == "article"
    assert arts[1].body.startswith("市图书馆从本月起") and arts[1].body.endswith("文化生活。")
