"""Markdown-shaped pages without '##' marks: a story's sub-heading — a short line that repeats a
clause of the story's headline, or names by the short name a person the story introduced in
full (with the Latin spelling) while the paragraph under it does not introduce them — stays
inside the story (`flatsubheads.is_subhead`, read by `flatpage._heads`); a new story's headline
naming that person, over a lead that introduces them again, is a headline."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

STORY = """密苏里州起诉安防品牌洛瑞思指其构成国家安全威胁

□本报记者 努尔兰·托合提

美国密苏里州总检察长凯瑟琳·哈纳韦(Catherine Hanaway)星期一宣布起诉安防摄像头品牌洛瑞思，指其隐瞒与外国企业的关系，危害用户隐私。

根据哈纳韦办公室星期一发布的新闻稿，洛瑞思销售的摄像头使用的软件存在严重的安全隐患，用户数据可能被传往海外服务器。

{sub}

{lead}

哈纳韦提起的诉讼已经在密苏里州的法院立案，她要求法院判处罚款并禁止洛瑞思继续发布有关产品安全性的虚假声明。
"""
NEXT = """
林肯纪念堂倒影池重新注水

国家公园管理局星期三说，林肯纪念堂前的倒影池已经重新注水，游客可以再次看到纪念堂的倒影。

管理局说，工作人员将每天检查水质，并在夏季旅游旺季增加清理次数。
"""
SECTION = "哈纳韦指出，洛瑞思一直隐瞒与外国军方企业的关系，这些军方企业的摄像头软件会把视频传往海外。"


def test_a_subheading_naming_the_storys_person_stays_in_the_story():
    page = STORY.format(sub="哈纳韦：洛瑞思隐瞒与外国军方企业的关系", lead=SECTION) + NEXT
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["密苏里州起诉安防品牌洛瑞思指其构成国家安全威胁", "林肯纪念堂倒影池重新注水"]
    assert "哈纳韦：洛瑞思隐瞒与外国军方企业的关系" in arts[0].body
    assert arts[0].body.rstrip().endswith("有关产品安全性的虚假声明。")


def test_a_subheading_repeating_the_headlines_clause_stays_in_the_story():
    page = STORY.format(sub="消费者团体：“洛瑞思构成国家安全威胁”",
                        lead="多个消费者团体表示，它们支持这项诉讼，消费者团体将继续向其他各州的检察官反映问题。") + NEXT
    arts = split_page(page).articles
    assert len(arts) == 2, [a.title for a in arts]
    assert "消费者团体：" in arts[0].body


def test_a_new_story_naming_a_person_it_introduces_again_is_a_story():
    lead = "美国密苏里州总检察长凯瑟琳·哈纳韦(Catherine Hanaway)星期二又宣布起诉另一家电子产品公司，指其违反消费者保护法。"
    page = STORY.format(sub="哈纳韦宣布起诉另一家电子产品公司", lead=lead) + NEXT
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts][1] == "哈纳韦宣布起诉另一家电子产品公司", [a.title for a in arts]


TRUMP = """美国财政部批准伊朗出售石油

美国总统唐纳德·特朗普(Donald Trump)星期一说，财政部将向伊朗发放临时许可，允许其生产和销售石油。

特朗普说，这项许可的期限将视美伊会谈的进展而定，财政部将每周审查一次。

{line}

美国战争部长海格塞斯星期六在新加坡说，美国武器弹药库存与对台军售无关，未来对台军售的决定将由特朗普总统做出。

海格塞斯还说，他对美国目前的弹药库存状况和未来的生产速度都感到满意。
""" + NEXT


def test_a_line_quoting_another_speaker_heads_a_story_of_its_own():
    # the story above introduced 特朗普 in full, and the line and its lead name him too; but
    # the line quotes 海格塞斯, whom that story never named: it heads a story of its own
    page = TRUMP.format(line="海格塞斯：未来对台军售的决定都将由特朗普总统做出")
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == [
        "美国财政部批准伊朗出售石油", "海格塞斯：未来对台军售的决定都将由特朗普总统做出", "林肯纪念堂倒影池重新注水"]


CONTINUED = """（上接第1版）

密苏里州起诉安防品牌洛瑞思指其构成国家安全威胁

根据哈纳韦办公室星期一发布的新闻稿，洛瑞思销售的摄像头使用的软件存在严重的安全隐患。

哈纳韦办公室表示，洛瑞思不仅向消费者，也向零售商隐瞒了关键事实。

哈纳韦：洛瑞思隐瞒与外国军方企业的关系

哈纳韦指出，洛瑞思一直宣称其摄像头在设计上注重隐私，但是却隐瞒了与外国军方企业的关系。

这不是洛瑞思面临的第一起诉讼案，另一个州的总检察长今年早些时候也起诉了这家公司。
""" + NEXT


def test_a_speaker_a_continued_story_keeps_naming_heads_a_section_of_it():
    # continued from page 1, the story introduced 哈纳韦 there: a line quoting the speaker it
    # names again and again, over a paragraph naming her bare, is its sub-heading
    arts = split_page(CONTINUED).articles
    assert [nonspace(a.title) for a in arts] == ["密苏里州起诉安防品牌洛瑞思指其构成国家安全威胁", "林肯纪念堂倒影池重新注水"]
    assert "哈纳韦：洛瑞思隐瞒与外国军方企业的关系" in arts[0].body
