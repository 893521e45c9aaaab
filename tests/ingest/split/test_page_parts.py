"""Rules for the parts of a page around and between stories: page furniture, Markdown-shaped
pages (wrapped '##' headlines, headlines without marks, paragraphs cut by a break), bylines,
kinds. Grammar in unit tests; layouts on pages from the bench generator (bench/ingest/pagegen.py)
with fixed seeds over the fixture corpus — pages no rule here was written on."""
from __future__ import annotations

import os
import re

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.pagegen import make_page
from bench.ingest.score import flat, score
from generator.ingest.split import split_page
from generator.ingest.split.classify.furniture import furniture_lines, line_kind

FIXTURE = os.path.join(os.path.dirname(__file__), "..", "..", "bench", "corpus_fixture.jsonl")


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE)


def _pages(corpus, layouts, feature=None, n=8, seed="parts"):
    out, k = [], 0
    while len(out) < n and k < 2000:
        text, truth = make_page(corpus, f"{seed}:{k}")
        k += 1
        if truth["layout"] in layouts and (feature is None or feature in truth["features"]):
            out.append((text, truth))
    return out


# ---- furniture ----

@pytest.mark.parametrize("line", [
    "第五版 县域 责任编辑：董超", "2019年2月21日 星期四  第四版  县域", "第6版　综合　　责任编辑：陆桂",
    "责任编辑：吐尔逊·阿布都热西提", "美术编辑：钟刚霞", "编辑 马丽娜  校对 陈晓东", "A3", "第七版",
    "2021年2月22日　星期一", "版式：赵雪  校对：王敏", "总第8123期"])
def test_furniture_words(line):
    assert line_kind(line) == "strong"


@pytest.mark.parametrize("line", [
    "我州援乌医疗队奔赴一线全力抗疫", "2024年4月7日", "本报讯（记者 王薇）", "编辑部的故事", "第五版上的文章很好看。"])
def test_not_furniture(line):
    assert line_kind(line) != "strong"


def test_bare_names_only_beside_furniture():
    """A paper's name or a page's name is furniture only in the run at the top or foot."""
    assert furniture_lines(["绿洲报", "第2版 民生", "2022年3月25日　星期五", "", "短评"],
                           lambda t: t == "短评") == {0, 1, 2}
    assert furniture_lines(["2021年12月14日　星期二", "第7版", "民生", "", "美国队获胜"]) == {0, 1, 2}
    assert furniture_lines(["乡村振兴", "", "2021年12月14日　星期二"]) == {2}


def test_generated_furniture_never_lands_in_an_article(corpus):
    staff = re.compile(r"责任编辑|美术编辑|第[0-9一二三四五六七八九十]{1,2}版|星期[一二三四五六日]\s*$")
    for text, truth in _pages(corpus, {"md-plain", "md-noblank", "md-doubled", "md-nohash", "col-head-before",
                                       "col-doubled"}, "furniture", n=12):
        for a in split_page(text).articles:
            for field in (a.title, a.kicker, a.subtitle):
                assert not (field and staff.search(field)), (field, text[:200])
            assert "责任编辑" not in a.body


# ---- Markdown-shaped pages ----

def test_md_headlines_wrapped_over_two_marked_lines():
    text = ("## 刚果卫生官员继\n## 续抗击埃博拉疫情\n\n本报讯（记者 王伟）刚果卫生官员继续抗击疫情，疫情正在蔓延。\n\n"
            "卫生官员说，疫情防控面临挑战。\n\n## 守牢底线\n## 冬季安全生产不容松懈\n\n冬季是安全生产事故易发多发期。")
    arts = split_page(text).articles
    assert [(a.kicker, a.title) for a in arts] == [(None, "刚果卫生官员继续抗击埃博拉疫情"),
                                                   ("守牢底线", "冬季安全生产不容松懈")]


def _titles_found(pages) -> tuple[int, int]:
    got = total = 0
    for text, truth in pages:
        titles = {flat(a.title) for a in split_page(text).articles}
        for t in truth["articles"]:
            if "title" in t:
                total += 1
                got += flat(t["title"]) in titles
    return got, total


def test_md_pages_without_marks_find_their_headlines(corpus):
    got, total = _titles_found(_pages(corpus, {"md-nohash"}, n=10))
    assert got >= 0.6 * total, (got, total)


def test_md_paragraph_cut_by_a_break_is_whole_again(corpus):
    whole = total = 0
    for text, truth in _pages(corpus, {"md-plain", "md-doubled", "md-nohash"}, n=30):
        r = score(truth, [a.to_json() for a in split_page(text).articles])
        for res in r["results"]:
            if res["truth"].get("must_contain"):
                total += 1
                whole += not any(f == "paragraphs_whole" for f, _ in res["faults"])
    assert total and whole >= 0.8 * total, (whole, total)


# ---- continuations, briefs ----

def test_jump_line_over_the_headline_continues_the_story_below():
    """'（上接第一版）' printed above the continued story's headline, not under it."""
    text = ("（上接第一版）\n\n## 美国与摩洛哥共庆签署独立宣言250周年\n\n两国官员在仪式上回顾了双边关系的历史。\n\n"
            "## 另一条新闻\n\n本报讯（记者 王伟）另一条新闻的正文。")
    arts = split_page(text).articles
    assert [(a.title, a.kind, a.continued_from) for a in arts] == [
        ("美国与摩洛哥共庆签署独立宣言250周年", "continuation", 1), ("另一条新闻", "article", None)]


def _kind_right(corpus, kind: str, feature: str, n: int) -> tuple[int, int]:
    right = total = 0
    for text, truth in _pages(corpus, set(CLASSES_ALL), feature, n=n, seed=f"{kind}s"):
        r = score(truth, [a.to_json() for a in split_page(text).articles])
        for res in r["results"]:
            if res["truth"]["kind"] == kind:
                total += 1
                right += not any(f in ("kind", "title") for f, _ in res["faults"])
    return right, total


CLASSES_ALL = ("md-plain", "md-noblank", "md-doubled", "md-nohash", "col-head-before", "col-head-after",
               "col-heads-foot", "col-heads-top", "col-noblank", "col-doubled")


def test_generated_continuations_get_their_kind_and_title(corpus):
    right, total = _kind_right(corpus, "continuation", "continued-from", 12)
    assert total and right >= 0.5 * total, (right, total)


def test_generated_briefs_items_have_kind_and_bare_titles(corpus):
    """Each item of a 简讯 box (label '简讯', '· 短讯 ·', '【快讯】', '■新闻速览'; items bulleted
    or not) is a brief whose title is its headline without the bullet."""
    right, total = _kind_right(corpus, "brief", "briefs", 12)
    assert total and right >= 0.6 * total, (right, total)
    for text, truth in _pages(corpus, set(CLASSES_ALL), "briefs", n=12, seed="briefs"):
        for a in split_page(text).articles:
            assert a.title[:1] not in "■●◆", a.title


# ---- commentaries and signatures ----

@pytest.mark.parametrize("line,name", [("买买提江·托合提", "买买提江·托合提"), ("陈桂鑫", "陈桂鑫"), ("欧阳明", "欧阳明"),
                                       ("□ 王建新", "王建新"), ("守牢底线", None), ("简讯", None), ("天山时评", None),
                                       ("□记者阿依古丽·沙比提", None), ("全面深入学习", None)])
def test_bare_signature(line, name):
    from generator.ingest.split.authors.bylines import bare_signature
    assert bare_signature(line) == name


def test_news_headline_about_commentators_is_no_commentary():
    from generator.ingest.split.stories.kinds import is_commentary
    assert not is_commentary("外交部评论员观点引发热议", None, "本报讯（记者 王伟）")
    assert is_commentary("让安全生产警钟长鸣", "天山时评", None)
    assert is_commentary("短评：让安全生产警钟长鸣", None, None)
    assert is_commentary("让安全生产警钟长鸣", None, "（作者单位：新疆大学）")


def test_generated_commentaries_get_their_kind(corpus):
    """Commentaries under a column label, signed 本报评论员 or by a name over the text with an
    author note under it, are commentaries; the label is never their title."""
    right = total = 0
    for text, truth in _pages(corpus, set(CLASSES_ALL), "commentary", n=16, seed="comments"):
        r = score(truth, [a.to_json() for a in split_page(text).articles])
        for res in r["results"]:
            if res["truth"]["kind"] == "commentary":
                total += 1
                right += not any(f == "kind" for f, _ in res["faults"])
        for a in split_page(text).articles:
            assert a.title not in ("短评", "时评", "天山时评", "北庭时评", "快评"), text[:300]
    assert total and right >= 0.6 * total, (right, total)


# ---- bylines ----

@pytest.mark.parametrize("line,names", [("文 / 图 别克·阿不力孜", ["别克·阿不力孜"]), ("文／图　王伟", ["王伟"]),
                                        ("本报记者 苏平建 通讯员 王源", ["苏平建", "王源"]), ("□记者 古扎丽", ["古扎丽"])])
def test_standalone_byline_forms(line, names):
    from generator.ingest.split.authors.bylines import parse_standalone
    assert parse_standalone(line).authors == names


def test_wrapped_end_of_a_bracketed_credit_is_no_credit_line():
    from generator.ingest.split.authors.bylines import parse_credit_line
    assert parse_credit_line("江·哈依拉提 摄)") is None
    assert parse_credit_line("（买买提江·哈依拉提 摄）") == ["买买提江·哈依拉提"]


def test_picture_byline_under_a_story_signs_it():
    text = ("## 台湾军方举行沿海演习\n\n台湾军方在沿海地区举行重炮演习，模拟摧毁登陆敌军。" + "演习持续了两天。" * 40 +
            "\n\n文 / 图 别克·阿不力孜\n\n## 美军恢复太平洋司令部名称\n\n本报讯（记者 王伟）美军在星期二的声明中说。")
    arts = split_page(text).articles
    assert [(a.title, a.authors) for a in arts] == [("台湾军方举行沿海演习", ["别克·阿不力孜"]),
                                                    ("美军恢复太平洋司令部名称", ["王伟"])]


def test_generated_bylines_credit_their_authors(corpus):
    right = total = 0
    for text, truth in _pages(corpus, set(CLASSES_ALL), None, n=30, seed="bylines"):
        r = score(truth, [a.to_json() for a in split_page(text).articles])
        for res in r["results"]:
            if res["truth"]["authors"]:
                total += 1
                right += not any(f == "authors" for f, _ in res["faults"])
    assert total and right >= 0.85 * total, (right, total)


def test_agency_dateline_wrapped_inside_its_brackets():
    """'新华社喀什6月19日电（' / '记者 X、Y' / 'Z）…' on a page without blank lines: the middle line
    is part of the lead's byline, not a byline line of its own."""
    text = ("卢比奥：美国正就美伊谈判与中东盟友保持磋商\n新华社喀什6月19日电（\n记者 加娜尔·卡德尔、龙亮\n艳）美国国务卿马尔科·卢比\n"
            "奥目前正在中东访问，他表示\n美国正与盟友保持密切磋商。\n")
    arts = split_page(text).articles
    assert len(arts) == 1 and arts[0].authors == ["加娜尔·卡德尔", "龙亮艳"]
    assert arts[0].body.startswith("美国国务卿")


def test_md_pages_without_blank_lines_read_like_those_with(corpus):
    """md-noblank: one line per paragraph and no blank line: kickers over '##' headlines and
    labels are not the last paragraph of the story above."""
    pages = _pages(corpus, {"md-noblank"}, n=10, seed="noblank")
    right = total = 0
    for text, truth in pages:
        r = score(truth, [a.to_json() for a in split_page(text).articles])
        right += r["right"]
        total += r["total"]
    assert right >= 0.7 * total, (right, total)


def test_subtitle_set_on_two_lines_and_single_phrase_subtitles():
    """A subtitle broken over two lines by a Markdown hard break is one phrase (no gap inside
    unless two parallel phrases); a single phrase under a headline is its subtitle, not a
    slogan dropped as decoration."""
    text = ("## 北约秘书长称成员国兑现承诺进展顺利\n\n这位北约  \n领导人表示\n\n■记者 唐超悦\n\n"
            "北约秘书长表示，成员国在兑现增加国防开支的承诺方面进展顺利。\n\n"
            "## 美国对伊朗发动打击\n\n美国中央司令部说\n\n本报讯（记者 王伟）美军表示，已开始对伊朗发动打击。\n")
    arts = split_page(text).articles
    assert [a.subtitle for a in arts] == ["这位北约领导人表示", "美国中央司令部说"]


def test_role_label_is_a_column_label():
    from generator.ingest.split.authors.bylines import is_role_label
    assert is_role_label("记者手记") and is_role_label("评论员观察")
    assert not is_role_label("本报评论员") and not is_role_label("记者王伟")
