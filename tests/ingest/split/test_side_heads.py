"""Plain text from pdftotext (bench-ingest --typeset, dev seeds 8301–8320): two headline boxes
side by side, printed line by line in the order of their baselines, the lines of one baseline
joined by a space (generator/ingest/split/order/sideheads.py) — each box is one story's headline."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page
from generator.ingest.split.classify.lines import classify
from generator.ingest.split.order.sideheads import unweave_heads

HERE = Path(__file__).parent / "extracted"


def _texts(text: str) -> list[str]:
    return [l.text for l in unweave_heads(classify(text), text)]


def test_two_boxes_printed_line_by_line_head_their_own_stories():
    arts = split_page((HERE / "pdftotext_side_heads.txt").read_text(encoding="utf-8")).articles
    heads = {a.title: a for a in arts}
    strike = heads["美伊爆发谅解备忘录签署以来首次军事冲突：美国打击伊朗以回应德黑兰在霍尔木兹海峡袭击商船"]
    assert strike.kicker is None
    assert strike.body.startswith("美国军方表示，美军星期五")
    photo = heads["美伊冲突不断推高油价，对潜在停火协议的乐观预期及英伟达新芯片发布提振股市"]
    assert photo.kind == "photo"
    assert photo.body.startswith("唐纳德·特朗普(Donald Trump)总统星期一")


def test_lines_of_a_baseline_split_and_the_box_over_the_text_below_stays_there():
    texts = _texts((HERE / "pdftotext_side_heads.txt").read_text(encoding="utf-8"))
    narrow = ["美伊爆发谅解备", "忘录签署以来首", "次军事冲突：美", "国打击伊朗以回", "应德黑兰在霍尔",
              "木兹海峡袭击商", "船"]
    k = texts.index(narrow[0])
    assert texts[k:k + len(narrow)] == narrow
    assert texts[k + len(narrow) + 1] == "新华社兰州12月16日电"
    # the other box goes to the page's foot, where headlines printed apart from their stories go
    wide = ["美伊冲突不断推高油价，对潜在停火", "协议", "的乐观预期及英伟达新芯片发布提振", "股市"]
    assert texts[-len(wide):] == wide and texts[-len(wide) - 1] == ""


def test_boxes_alternating_line_by_line_are_read_apart():
    text = (HERE / "pdftotext_side_heads_alternate.txt").read_text(encoding="utf-8")
    texts = _texts(text)
    assert texts[:3] == ["特朗普总统：", "解冻伊朗资产将用于购买美国农产品", "特朗普总统同时表示"]
    assert texts[-2:] == ["普京拒绝泽连斯基的直接对话邀请；美众议院通过对乌援", "助法案"]
    heads = {a.title: a for a in split_page(text).articles}
    trump = heads["特朗普总统：解冻伊朗资产将用于购买美国农产品"]
    assert trump.subtitle == "特朗普总统同时表示"
    assert trump.body.startswith("特朗普总统星期二（6月23日）")
    putin = heads["普京拒绝泽连斯基的直接对话邀请；美众议院通过对乌援助法案"]
    assert putin.body.startswith("俄罗斯总统弗拉基米尔·普京")


def test_one_box_and_columns_of_text_are_left_as_printed():
    body = ("本报讯 记者蔡超新报\n道：特朗普总统星期二表示，伊朗解冻的资\n产将存入由美国监管的账户。\n"
            "伊朗解冻的资产将用于采购。\n")
    stack = "特朗普总统：\n解冻伊朗资产将用于\n购买美国农产品\n特朗普总统同时表示\n\n" + body
    assert _texts(stack) == [l.text for l in classify(stack)]
    # two columns of a story printed side by side, a space between them, that run on into the
    # text under them are not headlines
    columns = ("\n许执法机构在没有搜查令的情 里斯在X上发帖说，普尔特将\n"
               "况下监视美国公民可能会被滥 因担任联邦监管的住房金融局\n"
               "用。\n局长期间打击民主党成员。执法机构的情况下监视美国公民被滥用。\n")
    assert _texts(columns) == [l.text for l in classify(columns)]


def test_each_box_takes_its_own_last_line_when_the_words_cannot_tell():
    # '旅游”案件' and '与调节方会晤' end the two boxes; only the boxes' measures say which
    # is whose (the left box wraps at 17 em, the right one at 7)
    text = (HERE / "pdftotext_side_heads_rests.txt").read_text(encoding="utf-8")
    texts = _texts(text)
    assert texts[:3] == ["最高法院裁定维持出生公民权后，美", "国司法部指示检察官优先侦办“生育", "旅游”案件"]
    assert texts[-3:] == ["美伊代表团周三", "将于卡塔尔分别", "与调节方会晤"]
    result = split_page(text)
    assert result.articles[0].title == "最高法院裁定维持出生公民权后，美国司法部指示检察官优先侦办“生育旅游”案件"
    # the other box's story is not on this excerpt: its headline is reported, not lost
    assert any(d.text == "美伊代表团周三将于卡塔尔分别与调节方会晤" for d in result.dropped)


def test_boxes_over_a_story_opening_under_them_are_read_apart_by_the_words_of_its_text():
    # no blank line under the boxes, no word cut by their breaks: the story's lead byline closes
    # the block, and the text under it repeats the left box's words, its last line's too
    text = ("第3版\n\n"
            "市政府召开会议部署今冬城区供暖保障工作 老城区三座百年古桥\n"
            "完成修缮\n"
            "确保居民温暖过冬\n"
            "本报讯（记者 林海 通\n讯员 周成）市政府昨日召\n开会议部署今冬城区供暖保\n障工作，要求各区确保居民\n"
            "温暖过冬。会议指出，今冬\n供暖期将提前一周开始。\n\n"
            "历时半年的修缮工程昨日完\n工，三座古桥重新向行人开\n放。修缮保留了原有石材。\n")
    texts = _texts(text)
    k = texts.index("市政府召开会议部署今冬城区供暖保障工作")
    assert texts[k:k + 3] == ["市政府召开会议部署今冬城区供暖保障工作", "确保居民温暖过冬", "本报讯（记者 林海 通"]
    assert texts[-3:] == ["", "老城区三座百年古桥", "完成修缮"]


def test_two_short_lines_under_a_shared_line_are_the_boxes_last_lines_left_first():
    # pdftotext prints the two boxes' short last lines one by one, in baseline order left to
    # right; no break cuts a word the page prints elsewhere, and the text under repeats neither
    text = ("第2版\n\n"
            "市政府召开会议部署今冬城区供暖的 老城区三座百年古桥修缮工程昨日全面\n"
            "保障工作\n"
            "完工\n\n"
            "本报讯（记者 林海 通\n讯员 周成）市政府昨日召\n开会议，要求各区确保居\n民温暖过冬。"
            "会议指出，\n今冬城区供暖期将提前一\n周开始。\n")
    texts = _texts(text)
    k = texts.index("市政府召开会议部署今冬城区供暖的")
    assert texts[k:k + 2] == ["市政府召开会议部署今冬城区供暖的", "保障工作"]
    assert texts[-2:] == ["老城区三座百年古桥修缮工程昨日全面", "完工"]
    arts = split_page(text).articles
    assert arts[0].title == "市政府召开会议部署今冬城区供暖的保障工作"


# a narrow box wrapped over two lines beside a wide box of one line: pdftotext prints the wide
# line between the narrow box's two (typeset seed 25604 page 0)
_THREE = ("一位俄罗斯旅行者在加德满都与地理\n"
          "美国司法部、联调局查封13个涉嫌中国特工经营的假咨询公司网站\n"
          "学家举行了一次会议\n"
          "本报讯（记者 丁波佳）美国司法部\n和联邦调查局星期三表示，联邦\n执法人员已经关闭13个互联网域\n"
          "名。这些网站被指由涉嫌受中国\n政府支持的特工运营，以高薪咨\n询职位为诱饵，索取机密情报。\n"
          "司法部说，这些网站伪装成咨询\n公司，发布看似普通的招聘信息，\n试图吸引拥有安全许可或接触美\n"
          "国政府敏感信息的人士。检方说，\n该行动自2023年11月起开始运\n作，涉案者至少创建了13个网站。\n\n"
          "本报讯 记者王小明报道：一位俄\n罗斯旅行者星期二在加德满都与\n当地的地理学家会面，介绍他的\n"
          "旅行计划和沿途见闻。他说，这\n次会面让他收获很多。\n")


def test_a_wide_box_line_printed_between_a_narrow_boxs_two_lines_is_read_apart():
    texts = _texts(_THREE)
    assert texts[0] == "美国司法部、联调局查封13个涉嫌中国特工经营的假咨询公司网站"
    assert texts[-2:] == ["一位俄罗斯旅行者在加德满都与地理", "学家举行了一次会议"]
    heads = {a.title: a for a in split_page(_THREE).articles}
    traveller = heads["一位俄罗斯旅行者在加德满都与地理学家举行了一次会议"]
    assert traveller.body.startswith("一位俄罗斯旅行者星期二")
    assert heads["美国司法部、联调局查封13个涉嫌中国特工经营的假咨询公司网站"].authors == ["丁波佳"]


def test_a_kicker_title_and_subtitle_of_three_measures_stay_one_stack():
    # the same three measures, but the kicker's break into the subtitle cuts no word the page
    # prints: one head stack, as printed
    stack = ("改革开放再出发\n我国将全面推进数字经济发展新战略部署\n多部门联合发布指导意见\n"
             "本报讯（记者 丁波佳）国家发展改革委\n等多部门星期三联合发布指导意见，\n提出推进数字经济发展的具体措施。\n")
    assert _texts(stack) == [l.text for l in classify(stack)]


def test_a_box_keeps_a_last_line_whose_word_only_the_word_list_knows():
    # '美国农|产品': the page prints '农产品' nowhere but in the headline, so only the word list
    # says the break is a wrap of the right box (typeset seed 25606 page 2)
    page = ("特朗普总统：\n国际救援人员帮 解冻伊朗资产将\n助搜寻委内瑞拉 用于购买美国农\n的地震幸存者\n产品\n"
            "星期三爆发的7.5级和7.2\n（上接第1版）\n\n级地震是委内瑞拉100多年来\n遭遇的最强地震。国民议会议\n长说，死亡人数已上升至至少\n"
            "920人，另有3300多人受伤。\n")
    texts = _texts(page)
    k = texts.index("用于购买美国农")
    assert texts[k + 1] == "产品"
    assert texts.index("的地震幸存者") == texts.index("助搜寻委内瑞拉") + 1


def test_a_wrapped_title_over_a_wider_subtitle_stays_one_stack():
    # '…与黎巴嫩' / '领导人…' / a wider subtitle: the upper and lower lines join on '嫩|在', a
    # pair the page prints ('黎巴嫩在…'), but the title's first line is narrower than the
    # subtitle it would go on into: no box wrapped to its measure (pagegen 30101:16)
    page = ("美军中央司令部司令与黎巴嫩\n领导人讨论以黎协议的落实情况\n在华盛顿举行的仪式上签署了该框架协议\n\n"
            "美国中央司令部负责人星期\n一(6月29日)访问黎巴嫩,与总\n统讨论协议的落实情况。黎巴\n"
            "嫩在华盛顿举行的仪式上签署\n了该框架协议。\n")
    assert _texts(page) == [l.text for l in classify(page)]
