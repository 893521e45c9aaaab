"""Headlines printed together at a column page's top or foot: which stories a group cuts out
of a run of text, and which stories after a 简讯 box are its items."""
from __future__ import annotations

from types import SimpleNamespace as NS

from generator.ingest.split import split_page
from generator.ingest.split.stories import grouped
from tests.ingest.split.test_headline_groups import _GROUPED_STORIES, _TOP_GROUP

from .compose import columned


def _seg(*texts: str) -> NS:
    return NS(paras=[NS(text=t, data={}) for t in texts])


def test_a_leftover_group_headline_the_text_speaks_of_only_in_part_cuts_no_story(monkeypatch):
    """A headline of the group with no story on the page (its photo or story printed
    elsewhere) shares a few words with a story's last paragraph — words the other stories say
    too ('省城专家', '乡村', '群众'). A story cut out of another must say a good share of its
    title's weighted words (`grouped.COVER_MIN`): this one is left over, the story stays whole."""
    heads = ["全县今年新修农村公路一百二十公里群众出行更方便", "省城专家团队赴南疆乡村开展义诊活动惠及各族群众",
             "县人民医院开通远程会诊服务患者在家门口请专家看病"]
    segs = [_seg("全县今年新修农村公路一百二十公里，沿线群众出行更方便，农产品运输成本明显下降。",
                 "县交通局负责人介绍，新修的农村公路连通了二十个村，公路养护也有了专人负责。",
                 "省城专家说，乡村的路修好了，群众进城看病也方便了。"),
            _seg("县人民医院本月开通远程会诊服务，患者在县里就能请到省城专家看病。",
                 "医院负责人说，远程会诊服务开通以来，已有三十多名乡村患者接受会诊。")]
    assert grouped.solve(heads, segs) == [(0, 0, 0, 3, ()), (2, 1, 0, 2, ())]
    monkeypatch.setattr(grouped, "COVER_MIN", 0.0)
    assert grouped.solve(heads, segs) != [(0, 0, 0, 3, ()), (2, 1, 0, 2, ())]     # the rule bites


def test_stories_headed_from_the_group_after_a_brief_box_are_no_items_of_it():
    """Headlines grouped at the top, a 简讯 box of bulleted items, then one-paragraph stories
    whose headlines are in the group: the box prints each item's headline over its paragraph,
    so a story headed from elsewhere is no item — an article, though as short as one."""
    page = (_TOP_GROUP + "【新闻速览】\n\n◆两党众议员推出法案\n\n"
            + columned("本报讯 美国众议院中国问题特设委员会主席星期一宣布联署一项法案，旨在禁止在美国车辆上使用来自中国的传感器。", 18)
            + "\n\n" + "\n\n".join(columned(s, 18) for s in _GROUPED_STORIES) + "\n")
    arts = split_page(page).articles
    assert [(a.kind, a.title) for a in arts] == [
        ("brief", "两党众议员推出法案"), ("article", "受美伊和平协议希望提振，油价回落，股市上涨"),
        ("article", "中东冲突数月后美国与伊朗签署和平协议"),
        ("article", "美官员表示已与伊朗达成一项初步协议，尚待特朗普总统批准")], [(a.kind, a.title) for a in arts]


def test_a_title_between_its_kicker_and_subtitle_in_the_group_takes_both(monkeypatch):
    """A group prints a story's kicker, title and plain subtitle as three lines of their own,
    the title longer than the short phrases around it: the three head one story — the kicker
    is not left over, nor the subtitle read as the next story's kicker."""
    heads = ["全县今年新修农村公路一百二十公里", "让群众在家门口看好病", "县人民医院开通远程会诊服务患者在县里请省城专家看病",
             "已有三十多名患者接受会诊", "奇台县冬小麦喜获丰收"]
    segs = [_seg("全县今年新修农村公路一百二十公里，沿线群众出行更方便，农产品运输成本明显下降。",
                 "县交通局负责人介绍，新修的农村公路连通了二十个村，公路养护也有了专人负责。"),
            _seg("县人民医院本月开通远程会诊服务，患者在县里就能请到省城专家看病。",
                 "医院负责人说，远程会诊服务开通以来，已有三十多名患者接受会诊，少跑了不少冤枉路。",
                 "下一步，医院还将把远程会诊服务延伸到各乡镇卫生院，让群众在家门口看好病。"),
            _seg("奇台县冬小麦喜获丰收，亩产再创新高，农民们笑开了花。", "县农业局负责人说，良种良法配套推广，小麦单产连年提高。")]
    want = [(0, 0, 0, 2, ()), (2, 1, 0, 3, (1, 3)), (4, 2, 0, 2, ())]
    assert grouped.solve(heads, segs) == want
    stacks = grouped._stacks
    monkeypatch.setattr(grouped, "_stacks", lambda b, i: [s for s in stacks(b, i) if len(s) < 3])
    assert grouped.solve(heads, segs) != want                # the rule bites
