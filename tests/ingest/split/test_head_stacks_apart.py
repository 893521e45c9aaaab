"""A head stack whose lines the extractor set apart by blank lines, inside a page's run of
stories: kicker, title and subtitle are one story's headline, judged on generated pages."""
from __future__ import annotations

import pytest

from generator.ingest.split.stories import headmatch
from generator.ingest.split.page import split_page
from tests.support.scoring import accuracy, generated_pages
from tests.ingest.split.compose import columned


@pytest.mark.parametrize("layout", ["col-head-before", "col-doubled"])
def test_blocks_standing_together_between_two_stories_are_one_head_stack(layout, monkeypatch):
    pages = generated_pages(layout, 16, 77)
    with_rule = accuracy(pages)
    monkeypatch.setattr(headmatch, "stack_runs", lambda units, segs, pool: set())
    without = accuracy(pages)
    assert with_rule >= 0.7 and with_rule >= without, (with_rule, without)


def test_a_subtitle_taken_from_the_lead_stays_under_its_title():
    page = ("乌鲁木齐市今年新建改建口袋公园四十个，市民出门五分钟就能走进绿地。\n\n"
            "园林部门表示，明年还将继续推进。\n\n"
            "一旦冲突结束\n\n"
            "受和平协议希望提振，\n油价回落，股市上涨\n\n"
            "投资者星期五普遍看涨\n\n"
            "本报讯（记者 阿依古丽·卡德尔 通讯员 叶宇）全球股市星期五普遍上涨，投资者星期五普遍看涨，"
            "油价则延续跌势，反映出投资者对停火谈判持乐观态度。\n\n"
            "分析人士说，一旦冲突结束，航运将恢复畅通。\n")
    arts = split_page(page).articles
    oil = next(a for a in arts if a.authors == ["阿依古丽·卡德尔", "叶宇"])
    assert (oil.kicker, oil.title, oil.subtitle) == ("一旦冲突结束", "受和平协议希望提振，油价回落，股市上涨",
                                                     "投资者星期五普遍看涨"), oil
    assert oil.body.startswith("全球股市星期五普遍上涨")
    assert len(arts) == 2


def test_a_headline_wrapped_inside_a_word_its_story_prints_is_never_two_headlines():
    # '…将尽一' / '切所能…': the break cuts '尽一切所能', which the story under it prints in one
    # run; each line alone would also find a story ('市民政局表示' above), but they are one title
    page = "\n\n".join([
        columned("本报讯（记者 王芳）昨天，市民政局表示，城东街道新建的三处社区食堂已经开门营业，"
                "每天为周边老人提供午餐和晚餐，价格实惠，口味清淡。"),
        "市民政局表示将尽一\n切所能保障老人吃饭",
        columned("全市将尽一切所能保障老人吃饭问题，今年计划新建社区食堂二十处，优先覆盖老旧小区，"
                "让老人在家门口吃上热乎饭。"),
        columned("各区也在积极行动，组织志愿者为行动不便的老人送餐上门。"),
    ]) + "\n"
    titles = [a.title for a in split_page(page).articles]
    assert "市民政局表示将尽一切所能保障老人吃饭" in titles, titles
    assert not any(t in ("市民政局表示将尽一", "切所能保障老人吃饭") for t in titles), titles


def test_halves_of_a_wrapped_headline_speaking_of_one_story_are_never_two_headlines():
    # a title printed under its story in two halves; the upper half shares two words with the
    # commentary below too ('美国', '国首'), but more with the story above: one title
    page = "\n\n\n".join([
        columned("本报讯（记者 高璐）世界杯第二天的焦点转向美国，美国队的首场比赛将在洛杉矶举行，"
                "球迷已经聚集在广场，准备观看比赛。"),
        columned("美国队的首战受到美国球迷的高度关注，许多球迷早早来到现场，热切期待球队取得开门红。"),
        "世界杯美国首战将\n登场球迷热切期待",
        "北庭时评",
        "□本报评论员",
        columned("星期一，美国首都的股市涨跌互现，石油价格上升，亚洲和欧洲各地主要股指跌落，"
                "投资者担心冲突造成的成本。"),
        columned("分析人士认为，市场仍在等待谈判的消息，油价短期内可能继续波动。"),
    ]) + "\n"
    titles = [a.title for a in split_page(page).articles]
    assert titles[0] == "世界杯美国首战将登场球迷热切期待", titles
    assert not any(t in ("世界杯美国首战将", "登场球迷热切期待") for t in titles), titles
