"""Characters → lines on a page PDF: a narrow column justified around long Latin words opens
gaps wider than a gutter, and those stay inside the line; a real gutter between two columns
parts the lines, even with Latin words on both sides of it, and even between headlines set so
large that it is narrower than 1.2 of their characters (a letter-spaced headline and a byline
set a character apart stay whole)."""
from __future__ import annotations

from generator.ingest.pdf.layout import make_lines
from generator.ingest.pdf.read import Char

SIZE = 9.75


def _row(pieces: list[tuple[str, float]], top: float) -> list[Char]:
    """Characters of one row: each piece is (text, x of its first character); CJK characters are
    an em wide, Latin ones half."""
    out = []
    for text, x in pieces:
        for ch in text:
            w = SIZE if ord(ch) > 0x2000 else SIZE * 0.55
            out.append(Char(ch, x, x + w, top, top + SIZE, SIZE, "Body/400"))
            x += w
    return out


def _texts(chars: list[Char]) -> list[str]:
    return [l.text for l in make_lines(chars)]


def test_a_narrow_justified_column_keeps_its_wide_gaps_between_latin_words_in_the_line():
    # a column 475–588: a CJK line set evenly across it, then lines justified around long words
    chars = (_row([("议", 475.3), ("的", 501.0), ("修", 526.8), ("改", 552.5), ("”", 578.2)], 155)
             + _row([("(Modification", 475.3), ("of", 578.4)], 170)
             + _row([("Taiwan", 475.3), ("Security", 548.8)], 184)
             + _row([("Cooperation", 475.3)], 199)
             + _row([("Initiative)。该条款授权", 475.3)], 213))
    texts = _texts(chars)
    assert "(Modification of" in texts and "Taiwan Security" in texts


def test_a_gutter_between_two_columns_parts_lines_with_latin_words_beside_it():
    # two columns 27–154 and 172–299 (an 18 pt gutter): every row full in both
    left = "美国总统唐纳德·特朗普说"
    chars = []
    for k in range(5):
        top = 100 + 15 * k
        chars += _row([(left, 27.0), ("Trump", 172.0), ("星期三在白宫说", 172.0 + 5 * SIZE * 0.55 + 2)], top)
    texts = _texts(chars)
    assert all(not (left in t and "Trump" in t) for t in texts)
    assert texts.count(left) == 5


def _big_row(text: str, x: float, top: float, size: float, gap: float = 0.0) -> list[Char]:
    out = []
    for ch in text:
        out.append(Char(ch, x, x + size, top, top + size, size, "Head/700"))
        x += size + gap
    return out


def _body_page() -> list[Char]:
    """Enough body-size text that the body size is the page's most common size."""
    return [c for k in range(6) for c in _row([("美国国会参议院多数党领袖表示支持", 27.0)], 400 + 15 * k)]


def test_headlines_of_two_neighbouring_columns_a_gutter_apart_stay_two_lines():
    # two one-column headlines (16.5 pt) whose columns are 18 pt apart: less than 1.2 of their
    # characters, yet a gutter
    left = _big_row("应对共军由演", 32.6, 118, 16.5)
    right = _big_row("医护人员已康", 32.6 + 6 * 16.5 + 18, 118, 16.5)
    texts = _texts(left + right + _body_page())
    assert "应对共军由演" in texts and "医护人员已康" in texts


def test_a_letter_spaced_headline_and_a_byline_set_a_character_apart_stay_one_line():
    spaced = _big_row("政府工作报告", 100, 60, 16.5, gap=0.9 * 16.5)
    byline = _row([("文/图", 386.0), ("严建芳", 386.0 + 2.55 * SIZE + SIZE)], 300)   # a character apart
    texts = _texts(spaced + byline + _body_page())
    assert "政府工作报告" in texts
    assert any(t.replace(" ", "") == "文/图严建芳" for t in texts)
