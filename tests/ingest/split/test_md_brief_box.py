"""A 简讯 box as a PDF→Markdown converter prints it (generator/ingest/split/boxes/briefbox.py,
mdblanks.py): its label, then each item's title plain (no '#'), wrapped at the box's narrow
measure, over one paragraph. The items are briefs; a title under an item that ends its sentence
on a full line keeps its blank (it opens the next item, not more text); a '#' headline after the
box is a story's, not one more item."""
from __future__ import annotations

from generator.ingest.split import split_page
from tests.support.extracted_pages import column

BOX = 10        # the box's measure, narrower than the page's columns


def _wrap(text: str, indent: bool) -> str:
    first = BOX - 2 if indent else BOX
    return "\n".join([text[:first]] + [text[k:k + BOX] for k in range(first, len(text), BOX)])


ITEMS = [("城东食堂开门迎客", "城东街道新建的三处社区食堂近日开门迎客，老人们吃上了热乎饭，菜价也很实惠啊。"),
         ("果园冬修忙技术员进园指导", "眼下正是果树冬季修剪的关键时期，县里组织技术人员深入果园，手把手教果农修剪。"),
         ("图书馆延长开放时间", "本报讯 市图书馆从下月起每天开放到晚上九点，方便上班族下班后借书阅读。")]
STORY = ("# 全市老旧小区改造全面启动", "本报讯（记者 李明）全市老旧小区改造工程星期一全面启动，涉及一百二十个小区，"
         "预计明年年底前完工。改造内容包括更换供水管道、加装电梯和修缮外墙。")
AFTER = ("# 城区新增五处停车场缓解停车难", "本报讯（记者 赵刚）城区今年新建的五处公共停车场本周全部开放，新增停车位"
         "一千二百多个。据介绍，五处停车场均设在老旧小区和医院、学校周边，实行错时共享，夜间向周边居民"
         "开放，收费标准比路边停车位低三成，周边居民停车难问题得到缓解。")


def _page() -> str:
    parts = [STORY[0], column(STORY[1], True), "·快讯"]
    for title, text in ITEMS:
        parts += [_wrap(title, False), _wrap(text, True)]
    parts += [AFTER[0], column(AFTER[1], True)]
    return "\n\n".join(parts) + "\n"


def test_plain_item_titles_under_a_box_label_head_briefs() -> None:
    assert len(ITEMS[0][1]) % BOX == BOX - 2        # the first item ends its sentence on a full line
    arts = split_page(_page()).articles
    briefs = [a for a in arts if a.kind == "brief"]
    assert [a.title for a in briefs] == [t for t, _ in ITEMS]
    assert briefs[0].body.replace("\n", "").endswith("菜价也很实惠啊。")
    assert briefs[1].body.replace("\n", "").startswith("眼下正是")


def test_a_marked_headline_after_the_box_is_no_item() -> None:
    arts = split_page(_page()).articles
    after = next(a for a in arts if a.title == "城区新增五处停车场缓解停车难")
    assert after.kind == "article" and after.authors == ["赵刚"] and after.body.replace("\n", "").endswith("问题得到缓解。")
