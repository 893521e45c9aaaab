"""Boxes printed inside a story are parts of it, never stories of their own:

- an editor's note ('编者按：…') between a headline and the lead: the lead's dateline byline
  (or a byline line) does not open a new story under the note (`boundaries`, `editornotes`);
- a sidebar under a label ('相关链接', '背景') printed right after a story's text, with no
  headline of its own: its text ends that story, also after the story's closing signature
  ('（记者 X）') (`sidebars`, `boundaries`);
- a pull quote (a sentence of the story repeated in quotation marks in display type) is
  decoration: no headline, no story, and the story's text runs on across it (`pullquotes`).
"""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

HEAD = "天山晨报\n第五版 经济\n2022年9月1日　星期四\n\n"
OTHER_NARROW = """市图书馆延长夏季开放时间

本报讯（记者 王亮）市图书
馆星期一宣布，从下月起延长
夏季开放时间，每天开放到晚
上十点。

图书馆说，这一安排将持续到
八月底，读者可以在网上预约
座位。
"""
OTHER = """市图书馆延长夏季开放时间

本报讯（记者 王亮）市图书馆星期一
宣布，从下月起延长夏季开放时间，每
天开放到晚上十点。

图书馆说，这一安排将持续到八月底，
读者可以在网上预约座位。
"""


def test_an_editor_note_keeps_the_lead_under_it_in_its_story():
    page = HEAD + """城东新建三座社区公园

编者按：城市绿地关系每一位市民的
生活。本版今起刊发系列报道，敬请
读者留意。

本报讯（记者 李明 通讯员 张华）城
东区今年新建三座社区公园，总面积
超过十万平方米。

公园将在国庆节前全部开放，市民可
以免费入园。

""" + OTHER
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["城东新建三座社区公园", "市图书馆延长夏季开放时间"]
    assert nonspace(arts[0].body).startswith("编者按：城市绿地")
    assert arts[0].authors == ["李明", "张华"]


def test_an_editor_note_on_a_markdown_page_keeps_the_lead():
    page = """## 城东新建三座社区公园

编者按：城市绿地关系每一位市民的生活。本版今起刊发系列报道，敬请读者留意。

新华社北京9月1日电（记者 李明）城东区今年新建三座社区公园，总面积超过十万平方米。

公园将在国庆节前全部开放，市民可以免费入园。

## 市图书馆延长夏季开放时间

本报讯（记者 王亮）市图书馆星期一宣布，从下月起延长夏季开放时间，每天开放到晚上十点。
"""
    arts = split_page(page).articles
    assert len(arts) == 2
    assert nonspace(arts[0].body).startswith("编者按") and arts[0].authors == ["李明"]


def test_a_labelled_sidebar_after_a_story_ends_that_story():
    page = HEAD + """城东新建三座社区公园

城东区今年新建三座社区公
园，总面积超过十万平方米，
是近年来新建公园最多的一年。

公园将在国庆节前全部开放，
市民可以免费入园，园内设有
儿童游乐区和健身步道。

背景
我国南方多地今年夏季
气温偏高，气象部门提醒民众
注意防暑降温，合理安排户外
活动时间，居全国前列。

""" + OTHER_NARROW
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["城东新建三座社区公园", "市图书馆延长夏季开放时间"]
    assert nonspace(arts[0].body).endswith("居全国前列。")


def test_a_pull_quote_is_no_story_and_does_not_cut_its_story():
    page = HEAD + """城东新建三座社区公园

本报讯（记者 李明）城东区今年新建
三座社区公园，总面积超过十万平方
米。

区园林局负责人说，公园建设听取了周
边居民的意见。每座公园都设有儿童游
乐区和健身步道。


“每座公园都设有儿童游乐
区和健身步道。”


公园将在国庆节前全部开放，市民可
以免费入园。

""" + OTHER
    res = split_page(page)
    arts = res.articles
    assert [nonspace(a.title) for a in arts] == ["城东新建三座社区公园", "市图书馆延长夏季开放时间"]
    body = nonspace(arts[0].body)
    assert body.endswith("可以免费入园。") and "“每座公园" not in body
    assert any("“每座公园" in nonspace(d.text) for d in res.dropped)


def test_a_byline_line_under_an_editor_note_signs_the_story():
    page = HEAD + """城东新建三座社区公园

编者按：城市绿地关系每一位市民的
生活。本版今起刊发系列报道，敬请
读者留意。
本报记者 李明
城东区今年新建三座社区公园，总面
积超过十万平方米。

公园将在国庆节前全部开放，市民可
以免费入园。

""" + OTHER
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["城东新建三座社区公园", "市图书馆延长夏季开放时间"]
    assert nonspace(arts[0].body).startswith("编者按") and arts[0].authors == ["李明"]


def test_a_sidebar_after_a_closing_signature_ends_that_story():
    page = HEAD + """城东新建三座社区公园

城东区今年新建三座社区公
园，总面积超过十万平方米，
是近年来新建公园最多的一年。

公园将在国庆节前全部开放，
市民可以免费入园。（记者 李明）

背景
我国南方多地今年夏季
气温偏高，气象部门提醒民众
注意防暑降温，合理安排户外
活动时间，居全国前列。

""" + OTHER_NARROW
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["城东新建三座社区公园", "市图书馆延长夏季开放时间"]
    assert nonspace(arts[0].body).endswith("居全国前列。") and arts[0].authors == ["李明"]
