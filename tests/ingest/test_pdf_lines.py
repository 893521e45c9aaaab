"""Characters → lines on a page PDF: a narrow column justified around long Latin words opens
gaps wider than a gutter, and those stay inside the line; a real gutter between two columns
parts the lines, even with Latin words on both sides of it."""
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
