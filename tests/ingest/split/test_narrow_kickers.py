"""A line far narrower than the headline line under it, with no wrap cue at its end (no mark,
word cut, even halves or short rest), is no piece of a wrapped title — a title's box wraps
every line but the last full — but a kicker (`titleends.three_plain_lines`,
`headstacks.kicker_or_sub`). Shown on a generated page (bench/ingest/altgen.py, seed 22102:2)
whose headlines are printed together at its foot."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page

HERE = Path(__file__).parent / "extracted"


def test_a_narrow_line_over_a_title_wrapped_full_is_its_kicker():
    page = (HERE / "alt_col_foot_narrow_kicker.txt").read_text(encoding="utf-8")
    a = next(a for a in split_page(page).articles if a.body.startswith("美国司法部星期四"))
    assert (a.kicker, a.title) == ("大国博弈", "一名美国公民认罪，承认充当中国政府代理人")
