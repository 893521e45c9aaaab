"""Plain text from pdftotext of a typeset page (bench-ingest --typeset, seed 7301, trimmed): a
简讯 box whose items are a short head line over a bulleted paragraph
(generator/ingest/split/boxes/briefitems.py), and a byline printed between a headline and its
subtitle (generator/ingest/split/authors/stackbyline.py)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from generator.ingest.split import split_page
from tests.ingest.split.test_properties import accounted_chars

HERE = Path(__file__).parent / "extracted"
PAGE = (HERE / "pdftotext_brief_box.txt").read_text(encoding="utf-8")


def _chars(text: str) -> Counter:
    return Counter(c for c in text if not c.isspace())


def test_head_line_over_a_bulleted_paragraph_is_a_brief_item():
    arts = split_page(PAGE).articles
    briefs = [a for a in arts if a.kind == "brief"]
    assert [a.title for a in briefs] == ["国民党主席郑丽文访美", "美伊最新冲突考验停火之际", "美伊冲突不断推高油价"]
    assert [a.body[:6] for a in briefs] == ["美国国务院星", "在美伊双方最", "唐纳德·特朗"]
    assert briefs[2].body.endswith("一直维持的停火。")      # the column break inside the item


def test_item_bullets_are_dropped_as_decoration_and_nothing_is_lost():
    result = split_page(PAGE)
    assert [d.text for d in result.dropped if d.kind == "decoration"].count("●") == 3
    missing = _chars(PAGE) - accounted_chars(result)
    assert not {c: n for c, n in missing.items() if c not in "：:"}
    assert not accounted_chars(result) - _chars(PAGE)


def test_byline_between_headline_and_subtitle_opens_the_story():
    arts = split_page(PAGE).articles
    vance = next(a for a in arts if a.title.startswith("副总统万斯说"))
    assert vance.title == "副总统万斯说，美伊协议“从根本上说是一项好协议”"
    assert vance.subtitle == "这项协议立即开放霍尔木兹海峡"
    assert vance.authors == ["邵秀蕾"]
    assert vance.body.startswith("美国副总统JD·万斯")
    assert len(arts) == 4


def test_bulleted_sub_points_after_a_lead_in_stay_in_their_story():
    text = ("本报讯（记者 王芳）今年以来，我县多措并举推进农村人居环境整治，成效明显。具体做法如下：\n\n"
            "●县里组织干部群众清理河道垃圾三百余吨，整治村庄沟渠四十多条，群众满意度明显提高。\n\n"
            "●各乡镇建起垃圾分类收集点一百二十个，配齐保洁员，做到日产日清、不留死角。\n")
    arts = split_page(text).articles
    assert len(arts) == 1 and "●县里" in arts[0].body


ITEMS = (HERE / "pdftotext_brief_items_kicker_byline.txt").read_text(encoding="utf-8")


def test_items_of_a_brief_box_are_never_sub_headings_of_one_story():
    # seed 7301 page 7: '■短讯', then items whose short heads stand alone over their paragraphs;
    # the items speak of the same things, which made one read as a sub-heading of the other
    briefs = [a for a in split_page(ITEMS).articles if a.kind == "brief"]
    assert [a.title for a in briefs][:3] == ["OpenAI秘密提交IPO申请", "卢比奥国务卿", "里根研究所民调"]
    assert briefs[2].body.startswith("美国一项最新民调显示")


def test_kicker_byline_title_printed_in_that_order_make_one_head_stack():
    # the kicker box, the byline box and the title box read in that order by pdftotext
    story = next(a for a in split_page(ITEMS).articles if a.authors == ["谭蕾国"])
    assert story.title == "特朗普总统：伊朗协议将为世界带来“巨大成功”"
    assert story.kicker == "伊朗冲突 特朗普说"
    assert story.body.startswith("美国总统唐纳德·特朗普")


BOX_UNDER_LABEL = """本报讯（记者 王薇）国际红十字会星期五说，
他们有一批人道主义物资正在运往委内瑞拉，
包括卫生用品包和蚊帐。

简讯

世界杯美国首战将登场球迷热切期待

　　世界杯第二天的焦点转向美国和加拿
大，美国歌手等明星预计将在洛杉矶登台。

美国队战胜澳大利亚队

　　美国足球队星期五在西雅图以二比零
击败澳大利亚队，晋级世界杯淘汰赛阶段。

特朗普总统表示

　　美国总统特朗普星期四表示，他已取
消了此前对伊朗实施打击的计划。
"""


def test_a_headline_line_right_under_a_box_label_heads_the_first_item():
    """An unbulleted 简讯 box: the line right under the label fills the column like text, but
    it is one line of headline words with a blank line under it — the first item's headline
    — so every item of the box is a one-paragraph brief under its own head."""
    arts = split_page(BOX_UNDER_LABEL).articles
    assert [(a.title, a.kind) for a in arts[1:]] == [
        ("世界杯美国首战将登场球迷热切期待", "brief"), ("美国队战胜澳大利亚队", "brief"), ("特朗普总统表示", "brief")]
    assert arts[1].body.startswith("世界杯第二天的焦点")


HEAD_OVER_BOX = """本报讯（记者 王薇）根据香港当局3月23日公
布并于当天生效的新规定，警务人员可要求任何
被怀疑违反国安法的人士向该警务人员提供其手
机密码或其他解密方法。
  在香港2019年爆发大规模要求民主的抗议
浪潮后，中国于2020年7月1日在香港强施国安
法。自此以后，已有300多人因涉及国家安全
或煽颠罪名而被捕。
  在修订国安法实施细则之际，中国和香港
当局继续压制政治异议。上个月，香港《苹果
日报》创办人黎智英以“串谋勾结外国势力”

等涉及国安法罪名被判处20年监禁，同月晚些
时候，香港法院驳回香港民主派初选“47人案”
中12名被告就定罪或判刑提出的上诉。

包括美国公民

拒绝向香港当局交出个人手机密码可被定罪，
美总领馆向美国公民发出安全警示

【简讯】

●NASA公布月球基地计划详情

美国国家航空航天局(NASA)宣布了其建立
永久月球基地的计划，并向四家美国企业授予
合同，用于建造着陆器、地形车和无人机。
"""


def test_a_headline_printed_under_its_story_right_over_a_box_label_is_a_headline():
    """Headlines printed under their stories: the title under the kicker is wrapped at a comma
    like a sentence cut by a column, but a column label follows it — the label opens the next
    story, so no text runs on into it — and it is the story's headline."""
    arts = split_page(HEAD_OVER_BOX).articles
    assert (arts[0].kicker, arts[0].title) == (
        "包括美国公民", "拒绝向香港当局交出个人手机密码可被定罪，美总领馆向美国公民发出安全警示"), \
        [(a.kicker, a.title) for a in arts]
    assert arts[0].body.endswith("提出的上诉。")
    assert [(a.title, a.kind) for a in arts[1:]] == [("NASA公布月球基地计划详情", "brief")]
