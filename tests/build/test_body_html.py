"""The plain-paragraph fast path gives exactly Python-Markdown's output."""
import re

import markdown
from hypothesis import given, settings, strategies as st

from generator.build.body_html import is_plain, summary, to_html

_md = markdown.Markdown(output_format="html")
CHARS = st.sampled_from(list("新疆昌吉日报记者王薇报道医疗队抗疫，。、“”《》（）：；！？0123456789abcXYZ .-*_#>&<[]\\`%") + ["\n", "\n\n", "  \n", "\u3000"])


@settings(max_examples=400, deadline=None)
@given(st.lists(CHARS, max_size=80).map("".join))
def test_fast_path_matches_markdown(text):
    assert to_html(text) == _md.reset().convert(text.strip("\n"))


# the single regex is_plain used before it was split into cheaper scans: the definition
_INLINE = re.compile(r"[\\`*_\[\]<>&\r\t]|[ \t]$|^[^\S\n]|^ {0,3}(?:[#>=+\-]|\d+[.)])", re.M)
LINE_CHARS = st.sampled_from(list("新闻 1２.)#>=+-*\t\r\u3000\u00a0a") + ["\n", "\n\n", " \n", "12."])


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(CHARS, LINE_CHARS), max_size=40).map("".join))
def test_is_plain_equals_the_reference_regex(text):
    assert is_plain(text) == (_INLINE.search(text) is None)


def test_typical_body_takes_the_fast_path():
    body = "本报讯 记者王薇报道：“转身、环抱、下蹲。”11月7日，张进文出发。\n\n他已在乌鲁木齐市奋战了1月有余。"
    assert is_plain(body)
    assert to_html(body) == "<p>本报讯 记者王薇报道：“转身、环抱、下蹲。”11月7日，张进文出发。</p>\n<p>他已在乌鲁木齐市奋战了1月有余。</p>"
    assert not is_plain("1. 第一\n2. 第二") and not is_plain("**粗体**")


def test_summary_is_plain_text_and_bounded():
    assert summary("**粗**体 <b>x</b> &amp;", 50) == "粗体 x &"
    assert summary("长" * 300, 10) == "长" * 10 + "…"
