"""Markdown from a PDF converter (pymupdf4llm on a typeset page, bench-ingest --typeset seed
11): the blank lines it prints inside paragraphs (generator/ingest/split/classify/mdblanks.py) and the
middle dots it prints as list marks (normalize.py) must not cut a story's lead off as a
subtitle or leave ' - ' inside a name."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page
from generator.ingest.split.text.decode import decode_page
from generator.ingest.split.text.normalize import normalize_text

HERE = Path(__file__).parent / "extracted"


def test_blank_lines_inside_paragraphs_do_not_cut_the_lead():
    text = decode_page((HERE / "pymupdf4llm_blanks.md").read_bytes(), "page.md")
    arts = split_page(text).articles
    assert [a.title.replace(" ", "") for a in arts] == ["斯塔默宣布辞去英国首相职务",
                                       "五角大楼公布第三批解密UFO文件，披露FBI对球状飞行物的调查"]
    first, second = arts
    assert first.authors == ["努尔兰·卡德尔"] and first.subtitle is None
    assert first.body.startswith("英国首相基尔·斯塔默(Keir Starmer)星期一") or \
        first.body.replace(" ", "").startswith("英国首相基尔·斯塔默(KeirStarmer)星期一")
    assert len(first.body.split("\n\n")) == 1           # one paragraph, however many blanks
    assert second.subtitle is None
    assert second.body.startswith("美国战争部星期五（6月12日）公布了第三批")
    assert "唐纳德·特朗普" in second.body and "安德烈·道格拉斯" in second.body.replace(" ", "")


def test_bullet_dots_only_between_han():
    fixed, counts = normalize_text("基尔  - 斯塔默说\n安德烈\n\n- 道格拉斯\n- 第一条\n2020 - 2021年\nA - B")
    assert fixed == "基尔·斯塔默说\n安德烈\n\n·道格拉斯\n- 第一条\n2020 - 2021年\nA - B"
    assert sum(n for (k, _), n in counts.items() if k == "bullet middle dot") == 2


def test_jump_line_over_a_heading_belongs_to_the_story_under_it():
    text = ("# 斯塔默宣布辞去英国首相职务\n\n英国首相基尔·斯塔默星期一宣布辞职，为英国将在10年内推选第七位领导人拉开序幕。\n\n\n"
            "（上接第1版）\n# 联合国航运机构在新加坡注册船只遇袭后暂停撤离船只\n\n"
            "国际海事组织秘书长说，他已获悉今天在阿曼湾发生的一起袭击事件。\n")
    first, second = split_page(text).articles
    assert first.continued_from is None
    assert second.continued_from == 1 and second.kind == "continuation"


def test_subtitle_broken_by_a_blank_is_one_subtitle():
    text = ("# 马来西亚把2014 年失踪的马航 370航 班的搜寻努力延 续一年\n\n——届时一段海况平稳的窗\n\n口期将会开始\n\n"
            "本报讯（记者 顾斌嘉）\n马来西亚星期一（6月29日）\n\n宣布，将把搜寻失踪的马来西\n亚航空公司的客机的工作延长一年。\n")
    art, = split_page(text).articles
    assert art.subtitle.replace(" ", "").endswith("届时一段海况平稳的窗口期将会开始")
    assert art.authors == ["顾斌嘉"]


def test_justified_line_printed_letter_spaced_is_closed_but_labels_are_not():
    fixed, _ = normalize_text("本 报 讯 记 者 熊 洋 浩 报\n道：特朗普政府批评中国在香\n\n政 府 工 作 报 告\n\n评 论\n今天的话题")
    assert fixed.split("\n")[0] == "本报讯记者熊洋浩报"
    assert "政 府 工 作 报 告" in fixed and "评 论" in fixed


def test_lead_line_cut_inside_a_latin_name_in_brackets_is_no_subtitle():
    text = ("# 万斯副总统：协议已见成效，伊朗履约才能获利\n\n\n美国副总统万斯 (JD\n\n"
            "Vance)星期四（6月18日）就\n美伊和平协议举行记者会。他\n\n表示，协议已经开始为美国带\n"
            "来实际利益，包括油价回落。\n")
    art, = split_page(text).articles
    assert art.subtitle is None
    assert art.body.replace(" ", "").startswith("美国副总统万斯(JDVance)星期四")


def test_writer_name_alone_under_a_headline_is_the_byline():
    text = ("# 俄罗斯无人机袭击乌克兰，造成五人死亡\n\n范瑞\n\n\n官员说，俄罗斯无人\n机星期一清晨袭击\n\n"
            "在乌克兰和黑海地区的目标，\n造成五人死亡。\n")
    art, = split_page(text).articles
    assert art.subtitle is None and art.authors == ["范瑞"]
    assert art.body.startswith("官员说")


def test_short_phrase_under_a_headline_that_is_no_name_stays_text():
    text = "# 世界杯开幕\n\n开幕式\n\n官员说，世界杯星期四\n在墨西哥城开幕。\n"
    art, = split_page(text).articles
    assert art.authors == []


def test_kicker_touching_its_headline_after_a_story_cut_mid_sentence_stays_a_kicker():
    text = ("# 俄罗斯空袭乌克兰造成五人死亡\n\n乌克兰国家紧急情况部门称，南部\n敖德萨州有一人死亡，四人受伤。\n\n"
            "此外，俄罗斯在被其占领的扎波\n\n罗热核电站设置的管理部门\n\n\n"
            "沙特阿拉伯 非常猛烈\n# 特朗普总统表示已取消对伊朗的打击计划\n\n"
            "美国总统特朗普星期四表示，他\n已取消原定今晚的打击行动。\n")
    first, second = split_page(text).articles
    assert "沙特阿拉伯" not in first.body
    assert second.kicker == "沙特阿拉伯 非常猛烈"
    assert second.title.replace(" ", "") == "特朗普总统表示已取消对伊朗的打击计划"
