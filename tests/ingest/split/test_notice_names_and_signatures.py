"""A notice's own lines read by their grammar (`classify.noticelines`, `boxes.noticeheads`):

- its name printed letter-spaced ('更 正', '遗 失 声 明') is the notice's headline, not a page's
  section label dropped as furniture; the title reads '更正';
- its name heads the text under it also on a page that prints its stories' headlines under
  them: a notice's name stands over its notice on every page;
- its closing signature — the issuer's name over a bare date, set right — signs the notice:
  it is no headline of the notice (nor of the text above it);
- a paper's name beside a bare date, and a page's name, date and number on one line, are the
  page's furniture, never a headline.
"""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.classify.furniture import line_kind
from generator.ingest.split.text.textutil import nonspace

HEADS_AFTER = """社会　A3　2026年9月17日　天山晨报　星期日

　　英国一家法院星期四判处两名男子
监禁，罪名是代表外国在英国从事间谍
活动，并监视当地的异见人士。
　　法官在中央刑事法院宣布量刑裁决
时将两人的行为描述为“蓄意的、协同
进行的且严重的”。

英国法院判处两名间谍活动男子监禁
——法官说两人的行为是蓄意的

启 事
　　为做好“新闻线索”专题报道，本报
即日起面向社会各界征集相关稿件及线
索。来稿请注明作者姓名及联系方式。
　　征集时间：2026年9月17日至10月
17日。投稿邮箱：tougao94@163.com。
         本报编辑部
         2026年9月17日

遗 失 声 明
　　近期，有不法分子冒用本报社名义，
以采访、约稿等为由向基层单位收取费
用。本报社从未委托任何机构或个人开
展此类活动，特此声明。
      本报编辑部
      2026年9月17日

天山晨报  2026年9月17日
"""


def test_letter_spaced_notice_names_head_their_notices():
    arts = split_page(HEADS_AFTER).articles
    first = next(a for a in arts if "新闻线索" in a.body)
    second = next(a for a in arts if "冒用本报社名义" in a.body)
    assert (first.title, first.kind) == ("启事", "notice")
    assert (second.title, second.kind) == ("遗失声明", "notice")


def test_a_notice_signature_is_no_headline():
    arts = split_page(HEADS_AFTER).articles
    assert not any("本报编辑部" in nonspace(a.title) or "2026年9月17日" in a.title for a in arts)
    notice = next(a for a in arts if "新闻线索" in a.body)
    assert "征集时间" in notice.body                  # one notice, not cut at its last paragraph
    assert nonspace(notice.byline or "") == "本报编辑部2026年9月17日"


def test_the_story_above_keeps_its_own_headline():
    story = next(a for a in split_page(HEADS_AFTER).articles if "英国一家法院" in a.body)
    assert story.title == "英国法院判处两名间谍活动男子监禁"


def test_paper_and_date_lines_are_furniture():
    assert line_kind("天山晨报  2026年9月17日") == "strong"
    assert line_kind("社会   2026年8月26日   08") == "strong"
    assert line_kind("2026年9月17日") == "weak"          # alone: only at the page's edge


STORY = """社会　A3　2026年9月17日　天山晨报　星期日

英国法院判处两名间谍活动男子监禁

□本报记者 王亮
　　英国一家法院星期四判处两名男子
监禁，罪名是代表外国在英国从事间谍
活动，并监视当地的异见人士。

"""


def test_a_bracketed_notice_name_heads_its_notice_not_a_subheading():
    page = STORY + """【更正】
　　本报9月15日第3版刊发的《英国判处
两名男子监禁》一文中，“王亮”应为
“李亮”。特此更正，并向读者致歉。
"""
    arts = split_page(page).articles
    notice = next(a for a in arts if "特此更正" in a.body)
    assert (notice.title, notice.kind) == ("更正", "notice")
    assert "特此更正" not in arts[0].body


def test_issuer_and_date_set_flush_or_on_one_line_sign_the_notice():
    flush = STORY + """征稿启事
　　为做好“新闻线索”专题报道，本报
即日起面向社会各界征集相关稿件及线
索。来稿请注明作者姓名及联系方式。
天山晨报社
2026年9月17日
"""
    one_line = STORY + """遗失声明

　　近期，有不法分子冒用本报社名义，
以采访、约稿等为由向基层单位收取费
用。特此声明。
        本报编辑部  2026年9月17日
"""
    for page, issuer in ((flush, "天山晨报社"), (one_line, "本报编辑部")):
        notice = split_page(page).articles[-1]
        assert notice.kind == "notice"
        assert nonspace(notice.byline or "") == issuer + "2026年9月17日"
        assert notice.body.endswith("。")


def test_issuer_and_date_paragraphs_on_a_markdown_page_sign_the_notice():
    page = """社会　A3　2026年9月17日　天山晨报　星期日

## 遗失声明

近期，有不法分子冒用本报社名义，以采访、约稿等为由向基层单位收取费用。本报社从未委托任何机构或个人开展此类活动，特此声明。

本报编辑部

2026年9月17日

## 市图书馆延长夏季开放时间

本报讯（记者 李明）市图书馆星期一宣布，从下月起延长夏季开放时间，每天开放到晚上十点。
"""
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["遗失声明", "市图书馆延长夏季开放时间"]
    assert nonspace(arts[0].byline or "") == "本报编辑部2026年9月17日"
    assert arts[1].kicker is None


def test_a_centred_headline_line_ending_like_an_issuer_is_no_signature():
    page = STORY + """          美国商务部工业和安全局
        宣布新的出口管制措施

　　美国商务部星期一宣布，对多家外国
企业实施新的出口管制措施。
"""
    assert not any(nonspace(a.byline or "").startswith("美国商务部") for a in split_page(page).articles)


def test_a_notice_to_readers_is_a_notice():
    page = STORY + """敬 告 读 者

　　因国庆节放假，本报10月2日至10月
4日休刊三天，10月5日起恢复正常出版。
　　特此敬告。
"""
    notice = next(a for a in split_page(page).articles if "休刊" in a.body)
    assert (notice.title, notice.kind) == ("敬告读者", "notice")
