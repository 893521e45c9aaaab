"""Column pages printed with no blank line at all (bench/ingest/pagegen.py, class col-noblank,
fixed seeds over the fixture corpus plus the long-headline items of corpus_heads.py): a headline
is set apart only by its line (wideheads.py).

- a line wider than the column, no sentence, after finished text and over a paragraph's
  opening (`wideheads.head_runs`): wrapped body lines never run over their column;
- an unpunctuated line, not indented, between a paragraph's end and an indented opening, on a
  page that indents its paragraphs (`wideheads.lone_runs`): no paragraph there opens flush, and
  none is a single line without a stop.
"""
from __future__ import annotations

import os

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.pagegen import flat, make_page
from generator.ingest.split import split_page
from generator.ingest.split.heads.wideheads import lone_runs, page_indents

from .corpus_heads import ITEMS

FIXTURE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "bench", "corpus_fixture.jsonl")


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE) + [dict(i, source="test") for i in ITEMS]


@pytest.mark.parametrize("seed, title", [
    ("noblank:44", "冬季供暖工作全面启动:热源厂满负荷运行,二十四小时服务热线开通"),
    ("noblank:52", "老旧小区改造让居民住得更舒心:今年完成改造四十个,惠及居民一万二千户"),
    ("noblank:126", "全市中小学开展冬季安全教育，筑牢校园安全防线"),
    ("noblank:18", "城东新建三处社区食堂"),
    ("noblank:126", "全市中小学开展冬季安全教育"),
    ("noblank:275", "图书馆延长开放时间"),
])
def test_headline_in_a_page_without_blank_lines(corpus, seed, title):
    text, truth = make_page(corpus, seed)
    assert truth["layout"] == "col-noblank" and "" not in text.strip("\n").split("\n")
    t = next(x for x in truth["articles"] if x.get("title") == title)
    arts = [a.to_json() for a in split_page(text).articles]
    found = next((a for a in arts if flat(a["title"]) == flat(title)), None)
    assert found is not None, [a["title"] for a in arts]
    assert flat(found["body"]).startswith(flat(t["starts"])) or \
        flat((found["byline"] or "") + found["body"]).startswith(flat(t["starts"]))
    assert flat(found["body"]).endswith(flat(t["ends"]))


FULL = 16.0
# a paragraph set 16 em wide: its first line indented by two, then full lines, then a short end
WRAPPED = ["　　" + "甲" * 14, "乙" * 16, "丙" * 16, "丁" * 6 + "。"] * 2


def test_lone_line_needs_a_paragraph_end_above_and_an_opening_below():
    texts = ["上一篇报道的最后一行结束。", "城东新建三处社区食堂"] + WRAPPED
    fulls = [FULL] * len(texts)
    assert lone_runs(texts, fulls, True) == [(1, 2)]
    # a sentence ending at the column's edge goes on on the next line: no paragraph ends there
    texts[0] = "上一篇报道的倒数第二行写满了栏宽。"
    assert lone_runs(texts, fulls, True) == []


def test_a_page_that_does_not_indent_has_no_lone_headlines():
    flush = [t.strip("\u3000") + "甲甲" if t.startswith("\u3000") else t for t in WRAPPED]
    assert page_indents([WRAPPED * 3], [[FULL] * len(WRAPPED) * 3])
    assert not page_indents([flush * 3], [[FULL] * len(flush) * 3])


def test_lines_with_no_sentence_over_a_dateline_lead_are_a_headline_on_any_page():
    """wideheads._lead_run: commas and all, whatever the width, on pages that do not indent too."""
    texts = ["上一篇报道到这里结束。", "两党议员推出法案，", "要求撤销驻美机构的特权，限期执行",
             "本报讯（记者 王伟）美国国会两党", "议员星期三提出一项法案，要求撤销"]
    fulls = [FULL] * len(texts)
    assert lone_runs(texts, fulls, True, indents=False) == [(1, 3)]
    texts[0] = "上一篇报道到这里还没有结束，"      # the story above goes on: no headline there
    assert lone_runs(texts, fulls, True, indents=False) == []


def test_a_subtitle_under_a_headline_closes_the_head_stack_and_a_box_label_follows():
    # no blank line anywhere: a story, its headline (wider than the column) and '——' subtitle
    # printed under it, then a 短讯 box's label and two items, each a title line over an
    # indented paragraph
    page = "\n".join([
        "　　美国消息人士星期四证实，美国与伊",
        "朗在谈判中已达成一项延长停火的初步协",
        "议，目前尚待总统批准。",
        "　　这一进展发生在美国星期三发动的又",
        "一轮防御性打击之后。",
        "　　当天早些时候，总统向任何试图控制",
        "霍尔木兹海峡的人发出了警告。",
        "　　他说：“这条海峡将向所有人开放。",
        "它是国际水域。”",
        "　　作为回应，伊朗于当天晚间发射了一",
        "系列导弹和无人机。",
        "　　总统星期三表示，他知道汽油价格会",
        "上涨，但强调首要关切是“我们不能让伊",
        "朗拥有核武器”。",
        "美官员表示已与伊朗达成一项初步协议，尚待总统批准",
        "——这条海峡将向所有人开放",
        "短讯",
        "美国向菲军移交太阳能无人艇",
        "　　美国政府向菲律宾军队移交了四艘太",
        "阳能无人艇。美国表示，此举将加强菲律",
        "宾侦测和应对海上挑战的能力。",
        "多国代表在日内瓦举行会谈",
        "　　多国代表星期三在日内瓦举行会谈，",
        "就地区局势交换意见，并同意下月再次会",
        "晤。",
    ])
    arts = split_page(page).articles
    assert [(a.title, a.subtitle, a.kind) for a in arts] == [
        ("美官员表示已与伊朗达成一项初步协议，尚待总统批准", "——这条海峡将向所有人开放", "article"),
        ("美国向菲军移交太阳能无人艇", None, "brief"),
        ("多国代表在日内瓦举行会谈", None, "brief"),
    ], arts
    assert arts[0].body.startswith("美国消息人士星期四证实") and arts[0].body.endswith("我们不能让伊朗拥有核武器”。")
    assert arts[2].body == "多国代表星期三在日内瓦举行会谈，就地区局势交换意见，并同意下月再次会晤。"


def test_a_title_wrapped_at_its_commas_over_a_subtitle_and_a_byline_line_is_the_head_stack():
    # a narrow column, no blank line: the story above ends, a title wrapped over three lines
    # that fill the column (the first broken at a '、'), a '——' subtitle, a byline line
    page = "\n".join([
        "　　黎巴嫩方面表示，双方将继",
        "续保持沟通，推动停火协议落",
        "实。“我们正与这个政府合作。”",
        "三个国家、48支球队、",
        "一座奖杯--第23届世",
        "界杯足球赛将于下星期开幕",
        "——为什么主办国有三个",
        "■记者艾力·吐尔洪 通讯员 邓国",
        "　　第23届世界杯足球赛将",
        "于下星期开幕，各国球队将",
        "抵达加拿大、墨西哥和美国",
        "的16个主办城市，争夺黄金",
        "奖杯和有史以来最高的奖金。",
    ])
    cup = next(a for a in split_page(page).articles if a.authors == ["艾力·吐尔洪", "邓国"])
    assert (cup.title, cup.subtitle) == ("三个国家、48支球队、一座奖杯--第23届世界杯足球赛将于下星期开幕",
                                         "——为什么主办国有三个"), cup
    assert cup.body.startswith("第23届世界杯足球赛将于下星期开幕，")


def test_a_brief_item_title_in_a_box_whose_paragraphs_open_with_spaces_is_no_short_first_line():
    # a 简讯 box, no blank lines, paragraphs indented by '　　': an item's title line stops
    # short of the column like a paragraph's first line would on a page that indents by width
    page = "\n".join([
        "简讯",
        "战争部长海格塞斯",
        "　　美国战争部长皮特·海格塞斯(P",
        "ete Hegseth)宣布，美军已成功完成",
        "国家导弹防御系统针对空中威胁的首",
        "次“里程碑式”测试。",
        "特朗普总统签署人工智能行政令",
        "　　唐纳德·特朗普(Donald Trump)",
        "总统星期二(6月2日)签署了一项行政",
        "命令，要求人工智能公司在向公众发",
        "布功能强大的新模型前30天，向政府",
        "提供访问权限，以便对其进行审查。",
        "　　白宫表示，这项命令将于下月起",
        "正式生效，各公司须按期提交材料，",
        "不得延误。",
        "　　多家公司表示将配合审查，并称",
        "此举有助于提升公众对新技术的信任",
        "和认可。",
        "　　有分析人士认为，审查期的长短",
        "仍有待各方进一步商议和确定。",
        "　　国会议员也对此表示关注，并计",
        "划在下月举行听证会。",
    ])
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["战争部长海格塞斯", "特朗普总统签署人工智能行政令"], arts
    assert arts[0].body.endswith("测试。")


def test_a_name_under_a_commentary_label_signs_the_piece_on_a_page_without_blank_lines():
    """'快评' then '徐娜荣' then the text, no blank line anywhere: the name under the column's
    label is the commentary's signature, not a kicker or a line of text."""
    page = ("特朗普总统：\n伊朗将同意长期接受核检查\n快评\n徐娜荣\n美国司法部星期四宣布，在中国居住\n"
            "和工作的美国公民认罪，承认充当中国\n政府代理人。这起案件再次说明，保护\n国家安全人人有责。\n"
            "一名美国公民认罪，承认充当中国政府代理人\n")
    arts = split_page(page).articles
    piece = next(a for a in arts if "美国司法部" in a.body)
    assert piece.authors == ["徐娜荣"] and piece.kind == "commentary"
    assert piece.kicker != "徐娜荣" and "徐娜荣" not in piece.body


def test_name_under_a_headline_line_signs_the_story_on_a_page_without_blank_lines():
    # a commentary printed with no blank line: label, a two-line headline, the writer's name
    # alone on a line, then the text; the name is the writer, not the headline's last line
    page = "\n".join([
        "全市今年新建改建农村公路一千二百公里，",
        "沿线群众出行更加方便快捷，农产品运",
        "输成本明显下降。",
        "短评",
        "让公路通到群众家门口，",
        "更要管好养好",
        "秦燕",
        "农村公路建起来不容易，管好养",
        "好更需要下一番功夫。各地要把日",
        "常养护责任落实到乡到村，让每一",
        "条公路都成为致富路、幸福路。",
    ]) + "\n"
    arts = [a.to_json() for a in split_page(page).articles]
    story = next((a for a in arts if a["title"].startswith("让公路")), None)
    assert story is not None, [a["title"] for a in arts]
    assert story["title"] == "让公路通到群众家门口，更要管好养好"
    assert story["authors"] == ["秦燕"]
    assert story["body"].startswith("农村公路建起来")


def test_kicker_an_indent_short_and_a_title_broken_at_its_colon_over_a_wide_line_are_one_head_stack():
    # no blank lines: a phrase an indent short of the 14-em column, a short line ending on a
    # colon, then a line run over the column — no paragraph opens that way (an indented first
    # line that ends no sentence goes on into a full line)
    page = "\n".join([
        "全市冬小麦播种全面完成",
        "本报讯（记者 王芳）全市冬小",
        "麦播种工作已经全面完成，播种",
        "面积达到一百二十万亩，比去年",
        "增加五万亩，为明年夏粮丰收打",
        "下了坚实基础。",
        "苹果电子产品价格持续上涨",
        "市场监管局：",
        "节日期间重点检查电子产品销售价格",
        "　　本报讯（记者 李强）市场",
        "监管局昨天部署节日市场检查，",
        "电子产品价格等问题将作为检查",
        "重点，确保价格稳定。",
    ]) + "\n"
    arts = split_page(page).articles
    assert [(a.title, a.kicker) for a in arts] == [
        ("全市冬小麦播种全面完成", None),
        ("市场监管局：节日期间重点检查电子产品销售价格", "苹果电子产品价格持续上涨")]
    assert arts[0].body.endswith("坚实基础。")
