"""Headlines printed together at the foot or top of a column page, judged on generated pages.

The pages come from the bench's page generator over the committed fixture corpus (real news
text), in the two layout classes where every story's headline is printed away from it. Each
rule is checked by what it changes: with the rule switched off the same pages score lower.
"""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.stories import edgeheads
from generator.ingest.split.stories import grouped
from generator.ingest.split.heads import headstacks

from .compose import columned
from tests.support.scoring import accuracy, generated_pages


@pytest.mark.parametrize("layout, n", [("col-heads-foot", 10), ("col-heads-top", 40)])
def test_a_group_of_headlines_away_from_the_stories_is_read_as_headlines(layout, n, monkeypatch):
    # (on the first ten top-group pages, `columnpieces` alone joins the opening pieces the
    # group rule also joins: forty pages show what the rule does besides)
    pages = generated_pages(layout, n, 77)
    with_rule = accuracy(pages)
    monkeypatch.setattr(edgeheads, "_mark", lambda items, run: None)
    without = accuracy(pages)
    assert with_rule >= 0.6 and with_rule > without, (with_rule, without)


def test_head_text_is_what_a_grouped_headline_can_be():
    assert edgeheads.head_text(["美国会议员提案禁止中国军方关联", "企业员工入境并驱逐已入境相关人员"])
    assert edgeheads.head_text(["人们对伊朗冲突造成的成本感到担心,但美伊有望再启谈判;全球市场涨跌互现,油价窜升"])
    assert not edgeheads.head_text(["美国国务院星期三表示，目前没有任何信息可提供。"])     # a sentence
    assert not edgeheads.head_text(["本报记者 王薇"])                                       # a byline
    assert not edgeheads.head_text(["一名美国公民认罪，"])                                  # ends on a comma


@pytest.mark.parametrize("upper, lower, one", [
    ("卢比奥开始访问阿联酋", "、科威特和巴林，表示霍", True),          # wrapped before a mark
    ("美伊技术谈判推迟举", "行以色列真主党停火", True),                # two even halves
    ("NBA巨星库里和中国品牌李宁签长", "约前NBA球员批评“自由被兜售了”", True),
    ("乌苏市老旧小区换新颜", "全年完成改造小区四十个", False),         # the lower restates 小区: a subtitle
    ("临危受命 逆行出征", "我州援乌医疗队奔赴一线全力抗疫", False),   # a phrase-shaped kicker
    ("乡村振兴 特色产业", "奇台县小麦喜获丰收", False),               # shaped, though as long
])
def test_two_lines_read_as_one_wrapped_title(upper, lower, one):
    assert (headstacks.starts_mid(lower) or headstacks.balanced_wrap(upper, lower)) is one


def test_a_heading_a_converter_printed_as_two_heading_lines_is_one():
    from generator.ingest.split.page import split_page
    page = ("## OpenAI秘\n## 密提交IPO申请\n\n新华社北京12月9日电（记者 尹晓）ChatGPT聊天机器人背后的公司OpenAI说，"
            "它已向美国证券交易委员会保密提交首次公开募股申请。\n\n## 乡村振兴 特色产业\n## 奇台县小麦喜获丰收\n\n"
            "本报讯 记者王薇报道：今年奇台县小麦喜获丰收，亩产再创新高。\n")
    arts = split_page(page).articles
    assert [(a.kicker, a.title) for a in arts] == [(None, "OpenAI秘密提交IPO申请"),
                                                   ("乡村振兴 特色产业", "奇台县小麦喜获丰收")], arts


FOOT = """　　本报讯（记者 王芳）城东街道今年新建三处社
区食堂，老人在家门口就能吃上热饭。街道负责人说，
食堂由社区统一管理，饭菜价格实惠，老人们吃得放心。

　　今年全县新修农村公路一百二十公里，沿线群众
出行更方便。县交通局负责人介绍，路修到了家门口，
群众的日子越过越红火。

　　志愿者在社区食堂为老人打饭。

（本报记者 李强 摄）

老人们吃得放心

城东新建三处社区食堂

全县今年新修农村公路一百二十公里

群众的日子越过越红火
"""


def test_grouped_kicker_and_subtitle_that_quote_their_story_stay_with_its_title():
    """Headlines grouped at the foot: a line quoting a clause of a story goes with that story's
    title as its kicker (printed over it) or subtitle (under it) — it never heads the headless
    photo, nor cuts a story of its own out of the one it quotes."""
    arts = {a.title: a for a in split_page(FOOT).articles}
    food = arts["城东新建三处社区食堂"]
    road = arts["全县今年新修农村公路一百二十公里"]
    assert food.kicker == "老人们吃得放心" and food.body.startswith("城东街道")
    assert road.subtitle == "群众的日子越过越红火" and road.body.endswith("越过越红火。")
    assert "老人们吃得放心" not in arts and "群众的日子越过越红火" not in arts


def test_a_paragraph_at_a_cut_goes_with_the_story_whose_headline_and_text_it_shares(monkeypatch):
    # the programme's headline scores favour the longer story; the paragraph next to a cut
    # that names the other story's people and things is moved across (grouped._settle)
    pages = generated_pages("col-heads-top", 40, 77)
    with_rule = accuracy(pages)
    monkeypatch.setattr(grouped, "SETTLE_RATIO", float("inf"))
    without = accuracy(pages)
    assert with_rule > without, (with_rule, without)


def test_paragraphs_at_a_cut_that_speak_of_the_other_story_move_across_together(monkeypatch):
    # two paragraphs of one story that the cut left with the story above vouch for each other
    # when weighed one at a time; weighed as one run (up to grouped.SETTLE_SPAN) they go across
    pages = generated_pages("col-heads-foot", 30, 77)
    with_rule = accuracy(pages)
    monkeypatch.setattr(grouped, "SETTLE_SPAN", 1)
    without = accuracy(pages)
    assert with_rule > without, (with_rule, without)


# a page header, then the headlines of the three stories of _GROUPED_STORIES grouped at the top
_TOP_GROUP = ("第二版　要闻\n\n受美伊和平协议希望提振，\n油价回落，股市上涨\n\n"
              "中东冲突数月后美国与伊朗签署和平协议\n\n美官员表示已与伊朗\n达成一项初步协议，\n尚待特朗普总统批准\n\n")
_GROUPED_STORIES = [
    "本报讯（记者 黎源鹏）全球股市星期五普遍上涨，油价回落，投资者押注美国与伊朗将达成和平协议。" * 2,
    "本报讯（记者 任斌峰）美国总统特朗普星期六在白宫表示，美国与伊朗签署的和平协议将使中东更加安全。" * 2,
    "本报讯（记者 尹鹏萍）美国消息人士星期四证实了一篇报道，称美国官员已与伊朗达成一项初步协议。" * 2,
]


def test_a_headline_group_at_the_top_ends_where_a_column_label_opens_a_box():
    """Headlines grouped under the page header, then a 简讯 box under its label before the
    stories: the label opens a story as a byline or a lead does, so the blocks over it are
    the group, each heading one story under the box."""
    page = (_TOP_GROUP +
            "【新闻速览】\n\n◆两党众议员推出法案\n\n"
            + columned("本报讯 美国众议院中国问题特设委员会主席星期一宣布联署一项法案，旨在禁止在美国车辆上使用来自中国的传感器。", 18)
            + "\n\n" + "\n\n".join(columned(s, 18) for s in _GROUPED_STORIES) + "\n")
    titles = [a.title for a in split_page(page).articles]
    assert titles == ["两党众议员推出法案", "受美伊和平协议希望提振，油价回落，股市上涨",
                      "中东冲突数月后美国与伊朗签署和平协议", "美官员表示已与伊朗达成一项初步协议，尚待特朗普总统批准"], titles


def test_the_items_of_a_box_keep_their_bulleted_heads_under_a_headline_group():
    """A 简讯 box printed between the headline group at the top and the stories: each item's
    bulleted line heads that item, even where it fills the column — the line under the
    label shows how the box heads its items — and no headline of the group goes to an item."""
    items = ["台湾总统赖清德星期二说，他不会放弃增加防务开支以确保防卫装备和建设能顺利推动。",
             "两位美国民主党籍联邦众议员星期二抵达台北进行为期五天的访问，她们都是国会议员。"]
    page = (_TOP_GROUP +
            "■快讯\n\n◆台湾防务预算遭在野党删减\n\n" + columned(items[0], 14)
            + "\n\n◆美众议员访台交流美台安全\n\n" + columned(items[1], 14)
            + "\n\n" + "\n\n".join(columned(s, 14) for s in _GROUPED_STORIES) + "\n")
    arts = split_page(page).articles
    assert [a.title for a in arts] == [
        "台湾防务预算遭在野党删减", "美众议员访台交流美台安全", "受美伊和平协议希望提振，油价回落，股市上涨",
        "中东冲突数月后美国与伊朗签署和平协议", "美官员表示已与伊朗达成一项初步协议，尚待特朗普总统批准"], \
        [a.title for a in arts]
    assert [a.kind for a in arts[:2]] == ["brief", "brief"]


def test_a_headline_closed_by_a_full_stop_stays_in_the_group_at_the_foot():
    """Headlines grouped at the page's foot, one of them a title closed by '。' (some papers end
    a title with one): printed between two headlines of the group it is a headline too, so the
    run is read as a group and each story gets its own."""
    stories = [
        "本报讯（记者 王薇）官员说，俄罗斯无人机星期一清晨袭击乌克兰和黑海地区，造成五人死亡。" * 2,
        "本报讯（记者 何欣）美国战争部长星期三警告古巴不要寻求能够打击美国本土的武器，古巴否认威胁。" * 2,
        "本报讯（记者 赵磊）美国国家男子足球队即将在主场迎来世界杯淘汰赛，球队希望借球迷之力取得突破。" * 2,
        "本报讯（记者 邵凯）特朗普总统公布对伊协议条件，称伊朗政权须承诺永不拥有核武器，并开放海峡。" * 2,
    ]
    heads = ["俄罗斯无人机袭击乌克兰造成五人死亡", "美国战争部长警告古巴不要扩充军备",
             "美国队盼借主场优势和日益扩大的球迷基础，在世界杯淘汰赛阶段实现更大突破。",
             "特朗普公布对伊协议条件"]
    page = "\n\n".join(columned(s, 18) for s in stories) + "\n\n" + "\n\n".join(heads) + "\n"
    titles = [a.title for a in split_page(page).articles]
    assert titles == heads, titles


WIDE_LAST_HEAD = """以及红色 我们热爱足球

瑞士国际足联博物馆将世界杯历史生动呈现

埃博拉病毒可能致命，
但治疗和疫苗研发的迅速进展带来希望

俄罗斯无人机袭击后，北约盟国声援罗马尼亚

新华社西安12月14日电（记者 王薇）位
于瑞士苏黎世的国际足联博物馆收藏着数百件
来自世界杯的纪念藏品，以及红色的球衣，这
座博物馆再次成为人们关注的焦点。

本报讯 记者尹明英报道：刚果民主共和国
的埃博拉疫情仍在蔓延，但治疗和疫苗研发的
迅速进展给当地带来了希望。

本报讯（记者 赵磊）一架俄罗斯无人机星期
五坠入罗马尼亚境内，北约各盟国纷纷发表声
明表示声援罗马尼亚，并承诺加强防空力量。
"""


def test_a_last_grouped_headline_as_wide_as_the_column_still_closes_the_group_at_the_top():
    """The last headline of a group at the top fills one column line and holds a comma — the
    shape of wrapped text running on — but a dateline lead opens right under it, so it is the
    group's last headline and the blocks over it are read as a group (the kicker with them)."""
    arts = split_page(WIDE_LAST_HEAD).articles
    assert [(a.kicker, a.title) for a in arts] == [
        ("以及红色 我们热爱足球", "瑞士国际足联博物馆将世界杯历史生动呈现"),
        (None, "埃博拉病毒可能致命，但治疗和疫苗研发的迅速进展带来希望"),
        (None, "俄罗斯无人机袭击后，北约盟国声援罗马尼亚")], [(a.kicker, a.title) for a in arts]


BOXED_TITLE_TOP = """此次会议召开之际

特朗普总统、欧洲领导人及人
工智能企业领袖在G7峰会上
就全球人工智能规则展开讨论

中国流亡商人郭文贵被判30
年监禁涉逾10亿美元欺诈案

两党众议员推出法案

本报讯（记者王薇）美国总统
特朗普星期三表示，他在七国
集团峰会上与各国领导人及科
技企业高管就人工智能问题进
行了会晤。此次会议召开之际，
各方争议不断。

本报讯（记者何欣）纽约南区
联邦检察官星期二宣布，流亡
海外的商人郭文贵被判处三十
年监禁，罪名是策划一项巨额
欺诈计划。

本报讯（记者赵磊）两党众议
员星期一推出法案，要求禁止
美国车辆使用来自中国的激光
雷达设备，以保护关键基础设
施。
"""


def test_a_title_a_narrow_box_wrapped_to_full_lines_stays_in_the_group_at_the_top():
    """A title wrapped by a narrow head box into three lines that each fill the column looks
    like wrapped story text, but a headline follows it, not text running on: it is one more
    headline of the group at the top, and the kicker over it is its kicker."""
    arts = split_page(BOXED_TITLE_TOP).articles
    assert [(a.kicker, a.title) for a in arts] == [
        ("此次会议召开之际", "特朗普总统、欧洲领导人及人工智能企业领袖在G7峰会上就全球人工智能规则展开讨论"),
        (None, "中国流亡商人郭文贵被判30年监禁涉逾10亿美元欺诈案"), (None, "两党众议员推出法案")], \
        [(a.kicker, a.title) for a in arts]


def test_a_group_line_quoting_one_story_is_no_partner_or_headline_of_another():
    # the kicker '良种良法配套推广' quotes the third story word for word and shares most of its
    # words with the second: it goes with the third story's title, not under the second's title
    # nor over a piece cut out of the second story
    from types import SimpleNamespace as NS

    def seg(*texts):
        return NS(paras=[NS(text=t, data={}) for t in texts])

    heads = ["城东街道新建三处社区食堂", "全县今年新修农村公路一百二十公里", "良种良法配套推广",
             "奇台县良种良法配套推广冬小麦喜获丰收"]
    segs = [seg("城东街道今年在各社区新建三处社区食堂，老人在家门口就能吃上热饭。", "街道负责人说，食堂由社区统一管理，饭菜实惠。"),
            seg("今年全县新修农村公路一百二十公里，沿线群众出行更方便。",
                "县交通局负责人说，修路的良种良法就是配套推广新技术，良法配套，推广到村。"),
            seg("奇台县冬小麦喜获丰收，亩产再创新高，农民们笑开了花。", "县农业局负责人说，良种良法配套推广，小麦单产连年提高。")]
    assert grouped.solve(heads, segs) == [(0, 0, 0, 2, ()), (1, 1, 0, 2, ()), (3, 2, 0, 2, (2,))]


def test_a_headless_photo_leaves_its_headline_to_a_story_that_ran_on_into_the_next():
    """Three headlines at the top over a photo with one, a photo without one and two stories
    printed as one run (no byline between): as many headlines as stories, yet the photo that
    has none leaves one over, so the run is cut where the last headline's story opens."""
    heads = ["城东街道志愿者为老人送餐", "全县今年新修农村公路一百二十公里", "县人民医院开通远程会诊服务"]
    parts = [
        columned("　　志愿者在城东街道社区食堂为行动不便的老人打饭送餐。", 16), "李强　摄",
        columned("　　秋收时节，北塔山牧场的麦田里一片繁忙景象。", 16), "（本报记者 王芳 摄）",
        columned("　　今年全县新修农村公路一百二十公里，沿线群众出行更方便，农产品运输成本明显下降。", 16),
        columned("　　县交通局负责人介绍，新修的农村公路连通了二十个村，公路养护也有了专人负责。", 16),
        columned("　　据了解，全县农村公路总里程已超过两千公里，建制村全部通了硬化路，通客车率达到百分之百。", 16),
        columned("　　沿线的果农说，过去拉一车苹果沿农村公路进城要走大半天，如今公路修好了，一个多小时就到了。", 16),
        columned("　　县人民医院本月开通远程会诊服务，患者在县里就能请到省城专家看病。", 16),
        columned("　　医院负责人说，远程会诊服务开通以来，已有三十多名患者接受会诊，少跑了路。", 16),
        columned("　　下一步，医院还将把远程会诊服务延伸到各乡镇卫生院，让群众在家门口看好病。", 16),
    ]
    page = "\n\n".join(heads) + "\n\n" + "\n\n".join(parts) + "\n"
    arts = {a.title: a for a in split_page(page).articles}
    road, clinic = arts.get(heads[1]), arts.get(heads[2])
    assert road is not None and clinic is not None, list(arts)
    assert road.body.endswith("一个多小时就到了。") and clinic.body.startswith("县人民医院本月")



def test_a_headline_group_at_the_foot_under_an_author_note_is_read_as_headlines():
    """The last story is a commentary closed by its author note on a line of its own
    ('(作者单位:…)'): the note ends the text as a finished sentence does, so the blocks under
    it are the page's headline group — even the one that alone reads like text running on (a
    title broken at its comma over a line opening on '并')."""
    from generator.ingest.split.units.items import Item
    from generator.ingest.split.classify.lines import Line
    texts = [["各地要把产业链条拉长，让农民在家门口增收。"], ["(作者单位:县委党校)"],
             ["俄罗斯无人机袭击乌克兰造成五人死亡"], ["北约秘书长称四国是北约的对手,", "并正在联手"],
             ["美国战争部长警告古巴不要扩充军备"]]
    items, no = [], 1
    for lines in texts:
        items.append(Item("block", [Line(no + k, t) for k, t in enumerate(lines)], 1))
        no += len(lines) + 1
    edgeheads.mark_edge_groups(items, {})
    assert [it.role for it in items] == ["", "", "head", "head", "head"]
