"""Line widths in em, the measure every column rule compares against: counted by regular
expressions and cached, they must stay the per-character definition for any text."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from generator.ingest.split.text.textutil import CJK_PUNCT, full_width, nonspace, width

# Han, both kinds of marks, ASCII, and the spaces PDF tools print (ideographic, no-break, thin)
ALPHABET = st.sampled_from(list("新闻记者天山报道 \t\u3000\u00a0\u2009abcXYZ019,.:!?()—…" + CJK_PUNCT))
TEXT = st.text(alphabet=ALPHABET, max_size=40)
HALF = set(CJK_PUNCT) - {"—", "…"}


def per_character_width(text: str) -> float:
    return sum(0.5 if (ord(ch) < 128 or ch in HALF) else 1.0 for ch in text if not ch.isspace())


def per_character_full_width(text: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text if not ch.isspace())


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_width_counts_han_as_one_em_ascii_and_compressible_marks_as_half_and_spaces_as_none(text):
    assert width(text) == per_character_width(text)
    assert width(text) == width(text)          # a cached answer is the same answer


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_full_width_counts_every_mark_as_a_full_em(text):
    assert full_width(text) == per_character_full_width(text)
    assert full_width(text) >= width(text)


def test_known_lines_measure_as_printed():
    assert width("新闻，记者") == 4.5            # '，' compresses to half an em
    assert full_width("新闻，记者") == 5.0
    assert width("天山 网 ab") == 4.0          # spaces take no width
    assert width("——") == 2.0                   # a dash is never compressed
    assert nonspace(" 新\u3000闻\t") == "新闻"
