"""On a Markdown page a break may cut a story's first paragraph right under its headline; the
first piece, standing alone, looks like a subtitle. A piece carrying a bracketed gloss — a date
'(5月29日)', a Latin spelling '(NASA)' — is running text: a display line carries none
(`flatpage._unmarked_cut`). A real subtitle under the headline stays one."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

HEAD = "## 俄罗斯无人机袭击后，北约盟国声援罗马尼亚\n\n\n"
REST = ("袭击了罗马尼亚东部城市加拉茨的一栋居民楼，北约盟国纷纷表示声援，罗马尼亚总统说，"
        "这是对北约成员国领土的又一次侵犯。\n\n\n"
        "北约秘书长表示，盟国将加强在黑海地区的空中巡逻，并与罗马尼亚密切协商下一步的应对措施。\n")


def _only(text: str):
    arts = split_page(text).articles
    assert len(arts) == 1, [a.title for a in arts]
    return arts[0]


def test_a_first_piece_with_a_dated_gloss_is_no_subtitle():
    for piece in ("一架俄罗斯无人机星期五(5月29日)", "一架俄罗斯无人机星期五（5月29日）",
                  "美国国家航空航天局(NASA)宣布"):
        a = _only(HEAD + piece + "\n\n\n" + REST)
        assert a.subtitle is None, (piece, a.subtitle)
        assert nonspace(a.body).startswith(nonspace(piece) + "袭击了"), a.body[:40]


def test_a_subtitle_without_gloss_under_the_headline_stays():
    text = HEAD + "罗马尼亚要求北约加强防空\n\n\n" + REST.replace("袭击了", "一架俄罗斯无人机星期五袭击了", 1)
    a = _only(text)
    assert a.subtitle is not None and nonspace(a.subtitle) == "罗马尼亚要求北约加强防空", a.subtitle
