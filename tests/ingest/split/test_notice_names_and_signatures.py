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
