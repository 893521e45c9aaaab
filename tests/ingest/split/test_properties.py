"""Property tests: reflow never loses or reorders a character; splitting a page puts every
non-space character in exactly one article or in a listed non-article line."""
from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.ingest.split.units.reflow import reflow
from generator.ingest.split.page import split_page

from . import pages
from .compose import column_page, markdown_page

# text drawn from an alphabet that exercises the reflow's cues: Han, punctuation, digits, spaces
ALPHABET = list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质省" "，。、；：！？“”（）0123456789 ")
SENTENCES = st.text(alphabet=ALPHABET, min_size=1, max_size=120)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(SENTENCES, st.just(""), st.just("   ")), min_size=1, max_size=40))
def test_reflow_keeps_every_character_in_order(lines):
    text = "\n".join(lines)
    # (spaces are layout, never counted: a list of names keeps its names apart by an ideographic space)
    assert re.sub(r"\s+", "", "".join(reflow(text))) == re.sub(r"\s+", "", text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, min_size=5, max_size=30), min_size=1, max_size=30),
       st.integers(min_value=8, max_value=22))
def test_reflow_of_wrapped_text_never_inserts_spaces(sentences, col):
    text = "。".join(sentences) + "。"
    wrapped = "\n".join(text[i:i + col] for i in range(0, len(text), col))
    out = "".join(reflow(wrapped))
    assert out.replace(" ", "") == text.replace(" ", "")
    assert not re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", out.replace(" ", "") if " " not in text else "")


# ---- page conservation ----

HEADS = ["寒潮中的坚守", "大棚蔬菜俏销冬季市场", "中小学生上好寒假安全课", "我县多举措保障群众温暖过冬",
         "全国春运首日发送旅客超千万人次", "州图书馆举办迎新春书法展"]
BYLINES = ["本报讯（记者 周婷 通讯员 努尔兰·哈力木）", "本报讯 记者马兰报道：", "新华社北京1月5日电（记者 张华、李明）",
           "本报讯（实习记者阿依·吐尔逊通讯员王芳）", ""]
PARAS = pages.HOSP + pages.FARM[1:] + pages.SCHOOL[1:] + [pages.WARM, pages.WARM2, pages.RAIL2]

part = st.one_of(
    st.tuples(st.just("story"), st.sampled_from(HEADS), st.sampled_from(BYLINES),
              st.lists(st.sampled_from(PARAS), min_size=1, max_size=3), st.booleans()),
    st.tuples(st.just("photo"), st.sampled_from([pages.SKATE, pages.RUN, pages.SKI]),
              st.sampled_from(["王刚 摄", "记者 赵敏 摄", "（李强 摄）"])),
    st.tuples(st.just("line"), st.sampled_from(["综 合 新 闻", "简讯", "同心抗疫  共克时艰", "（上接第一版）",
                                                "（下转第四版）", "□记者 古扎丽·阿布都热西提", "——记坚守岗位的人们",
                                                "2025年2月5日 星期三  第3版", "责任编辑：王敏  版式：赵雪", "评 论",
                                                "□本报评论员", "记者：今年有哪些新变化？", "冰雪旅游 激活冬季经济",
                                                "●州图书馆举办迎新春书法展 1月3日，州图书馆举办书法展。（记者 王芳）",
                                                "2月1日，农民在温室大棚里采摘新鲜草莓。（文/图 孟琳）",
                                                "编辑 马丽娜  校对 陈晓东", "文/图 刘晓慧", "图片新闻", "党建引领聚合力",
                                                "■本报记者 王振宇 通讯员 李婷", "（本报记者 石磊 摄）"])),
    # column pages: a story with its headline block printed right under it, no blank line between
    st.tuples(st.just("tight"), st.lists(st.sampled_from(PARAS), min_size=1, max_size=2),
              st.lists(st.sampled_from(["冰雪旅游 激活冬季经济", *HEADS[:3], "——现场签约项目8个"]), min_size=1,
                       max_size=3)),
)


def _render(parts, shape: str, seed: int) -> str:
    if shape == "md":
        flat = []
        for p in parts:
            if p[0] == "story":
                flat += [("head", p[1]), ("para", p[2] + p[3][0])] + [("para", x) for x in p[3][1:]]
            elif p[0] == "photo":
                flat += [("gap", ""), ("para", p[1]), ("line", p[2])]
            elif p[0] == "tight":
                flat += [("para", x) for x in p[1]] + [("head", h) for h in p[2]]
            else:
                flat.append(("line", p[1]))
        return markdown_page(flat)
    flat = []
    for p in parts:
        if p[0] == "story":
            body = [("para", p[2] + p[3][0])] + [("para", x) for x in p[3][1:]]
            flat += body + [("line", p[1])] if p[4] else [("line", p[1])] + body
        elif p[0] == "photo":
            flat += [("para", p[1]), ("line", p[2])]
        elif p[0] == "tight":
            flat += [("para", x) for x in p[1]] + [("raw", h) for h in p[2]] + [("blank", "")]
        else:
            flat.append(("line", p[1]))
    return column_page(flat, seed=seed)


def _chars(s: str | None) -> Counter:
    return Counter(re.sub(r"\s+", "", s or ""))


def accounted_chars(result) -> Counter:
    """Every character the split put somewhere: headline titles (derived ones are copies),
    kickers, subtitles, bylines, bodies and the dropped lines the report lists."""
    out = Counter()
    for a in result.articles:
        if a.title_source == "headline":
            out += _chars(a.title)
        for field in (a.kicker, a.subtitle, a.byline, a.body):
            out += _chars(field)
    for d in result.dropped:
        out += _chars(d.text)
    return out


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(part, min_size=1, max_size=7), st.sampled_from(["md", "col"]), st.integers(0, 10_000))
# a '——' line over a closing '文/图' signature: it once vanished with the signature's segment
@example([("story", "寒潮中的坚守", "本报讯（记者 周婷 通讯员 努尔兰·哈力木）",
           ["寒潮来袭，县人民医院呼吸科门诊量明显增加。医护人员加班加点，为每一位患者提供细致周到的诊疗服务。"], False),
          ("line", "——记坚守岗位的人们"), ("line", "文/图 刘晓慧")], "md", 0)
# a head over a '——' subtitle that became the kicker of a head printed under them: the
# subtitle once vanished with it
@example([("tight", ["种植户张德福告诉记者，今年他种植的三座大棚全部用上了智能温控设备，产量比去年提高了三成。"],
           ["大棚蔬菜俏销冬季市场", "——现场签约项目8个"]),
          ("line", "记者：今年有哪些新变化？"), ("line", "记者：今年有哪些新变化？")], "col", 0)
# the same, once the head's subtitle was listed as dropped too: counted twice
@example([("line", "同心抗疫  共克时艰"),
          ("tight", ["“这几天每天要接诊一百多名患者，大家都没有休息。”呼吸科主任阿依古丽·吐尔逊说。为缩短候诊时间，医院增设了临时诊室，并安排专人引导分诊。"],
           ["冰雪旅游 激活冬季经济", "——现场签约项目8个", "寒潮中的坚守"]),
          ("photo", "1月5日，孩子们在阿勒泰市滑冰场上练习速度滑冰。", "王刚 摄")], "col", 0)
def test_every_character_lands_in_exactly_one_place(parts, shape, seed):
    text = _render(parts, shape, seed)
    result = split_page(text)
    out = accounted_chars(result)
    given_chars = _chars(text)
    # allowed to vanish: Markdown heading marks and the colon that separates a byline from the text
    missing = {c: n for c, n in (given_chars - out).items() if c not in "#:："}
    extra = out - given_chars
    assert not missing, (missing, text)
    assert not extra, (extra, text)


# ---- robustness: any text in, no exception out ----

NOISE = st.sampled_from(["##", "## ", "# ", "（", "）", "(", ")", "“", "”", "【", "】", "——", "●", "□", "摄", "记者",
                         "本报讯", "（记者 王芳）", "通讯员", "新华社北京1月5日电", "（上接第一版）", "（下转第四版）",
                         "上接第", "版", "·", "：", "答：", "\t", "　", "**", "2025年2月5日 星期三", "责任编辑：",
                         "第3版", "政 府", " ", "\r", "0", "9", "A", "é", "\u200b", "简讯"])
FUZZ_LINE = st.lists(st.one_of(NOISE, st.text(alphabet=ALPHABET, max_size=20), st.text(max_size=6)), max_size=8).map("".join)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FUZZ_LINE, st.just(""), st.just("  ")), max_size=40))
# a block opening on a lead byline over a bulleted item once became the item's head, its
# dateline lost
@example(["新华社北京1月5日电记者", "", "●本报讯责任编辑：一一一一一一一一一一一一一"])
def test_split_page_never_raises_and_keeps_every_character(lines):
    text = "\n".join(lines)
    result = split_page(text)
    for a in result.articles:
        assert a.title and a.kind in {"article", "photo", "brief", "continuation", "commentary", "notice"}
    out = accounted_chars(result)
    missing = {c: n for c, n in (_chars(text) - out).items() if c not in "#:：*"}
    assert not missing, (missing, text)
