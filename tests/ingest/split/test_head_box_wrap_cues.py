"""A head box wraps its headline at any character: a break between a number and what it
counts, between two digits, before a bound particle or closing mark, or inside a quotation the
lower line closes is a wrap — one title going on — never a title over a plain subtitle
(`wrapcut.box_wrap`, read by `titleends` and `headstacks.kicker_or_sub`). Shown on generated
pages (bench/ingest/altgen.py, seeds 22105:39 and 22102:20)."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page

HERE = Path(__file__).parent / "extracted"


def _titled(name: str, title_start: str):
    page = (HERE / name).read_text(encoding="utf-8")
    return next(a for a in split_page(page).articles if a.title.startswith(title_start))


def test_a_number_wrapped_from_what_it_counts_stays_in_the_title():
    a = _titled("alt_col_box_wrap_number.txt", "美国提议对其所称")
    assert (a.kicker, a.title, a.subtitle) == ("热点追踪", "美国提议对其所称使用“强迫劳动”的60个经济体加征新关税", None)


def test_a_line_opening_on_a_bound_particle_goes_on_with_the_title():
    a = _titled("alt_col_box_wrap_particle.txt", "美国司法部、")
    assert (a.title, a.subtitle) == ("美国司法部、联调局查封13个涉嫌中国特工经营的假咨询公司网站", None)


def test_a_word_cut_by_the_wrap_keeps_a_title_over_a_line_of_later_news_whole():
    """The lower line speaks only of a later part of the story, as a plain subtitle does, but
    the break cuts '处理' in two: a wrap (bench/ingest/altgen.py seed 23106:28)."""
    a = _titled("alt_col_wrap_cut_word.txt", "两党参议员致函美财长")
    assert (a.title, a.subtitle) == ("两党参议员致函美财长，敦促果断处理中国操纵汇率问题", None)
