"""A story's tail that pdftotext printed after the next story, moved back under it, on pages
without `#` headings.

pdftotext reads a typeset page block by block; when a story's last column sits beside or under
the next story's head box, it can print the next story whole between the two parts:

    (Ken Paxton)2月19日也起诉        <- a full line, mid-sentence: the story goes on
                                         (blank)
    马来西亚把2014                    <- a block of lines none of which is full or ends a
    年失踪的马航370航                    sentence: a headline
    …
    象。                              <- that story ends a sentence, on a short line
                                         (blank)
    了洛瑞思公司，指控这家公司        <- a full line after a finished paragraph: no paragraph
    涉嫌为中国共产党的利益服务。         opens here, the dangling story goes on

`resume.py` does this on Markdown pages, where the converter marks each headline with `#`. Here
a headline is known by its shape alone: a block of one to four lines standing after a blank,
each line shorter or wider than the column around it (a headline's larger type wraps at fewer
characters; one spanning several columns prints on one wide line), no sentence mark inside, and
followed by a blank, a byline or a '——' subtitle. Body text fills its column on every line but
a paragraph's last, which ends a sentence, so a column break inside a story never looks so.
The run moved goes to the next such headline or marker and must end a sentence. Lines are
moved, never changed: no character is lost or repeated.
"""
from __future__ import annotations

from generator.ingest.split.classify.lines import Line
from generator.ingest.split.order.resume import SLACK, STOPS, fills_column, resume_runs, stops_open
from generator.ingest.split.text.textutil import SENTENCE_MARKS, full_width

HEAD_LINES = 4          # a head stack's lines, kicker and title, as pdftotext prints them
SHORT = 1.5             # a headline line stops at least this far short of the column (or runs wider)
INDENT = 2.0           # em: a paragraph's first line is indented by two characters
_AFTER_HEAD = ("blank", "byline", "sub")


def _head_block(lines: list[Line], n: int, col: float | None) -> bool:
    """Does a headline (or a kicker over one) start at text line n, told by shape alone?"""
    if col is None or lines[n].kind != "text":
        return False
    k = n
    while k < len(lines) and lines[k].kind == "text":
        t = lines[k].text.strip()
        w = full_width(t)
        if SENTENCE_MARKS.search(t) or col - SHORT < w <= col + 1.0 or k - n >= HEAD_LINES:
            return False
        k += 1
    return k < len(lines) and lines[k].kind in _AFTER_HEAD


def _run_end(lines: list[Line], i: int, col: dict[int, float | None]) -> int:
    """The last line of a run opening at text line i: the line before the next marker, or
    before the next blank that a headline block follows."""
    end = i
    while end + 1 < len(lines) and lines[end + 1].kind not in STOPS:
        nxt = end + 1
        if lines[end].kind == "blank" and _head_block(lines, nxt, col.get(i)):
            break
        end = nxt
    while lines[end].kind == "blank":
        end -= 1
    return end


def _column_text(lines: list[Line], i: int, last: dict[int, str], col: dict[int, float | None]) -> bool:
    """Is text line i a full line of column text? The line above it is full too, or a
    paragraph's first line indented, and its block holds a sentence mark or more lines than a
    head stack (a headline's lines may fill the column)."""
    if not (i - 1 in last and fills_column(full_width(last[i]), col[i]) and col[i - 1] is not None
            and full_width(last[i - 1]) >= col[i - 1] - INDENT - SLACK):
        return False
    k = i
    while k > 0 and lines[k - 1].kind == "text":
        k -= 1
    return i - k >= HEAD_LINES or any(SENTENCE_MARKS.search(l.text) for l in lines[k:i + 1])


def _stops_before_head(lines: list[Line], i: int, n: int, last: dict[int, str],
                       col: dict[int, float | None]) -> bool:
    return _head_block(lines, n, col[i]) and _column_text(lines, i, last, col) and stops_open(last[i])


def resume_plain_pieces(lines: list[Line], text: str) -> list[Line]:
    """`lines` (classified from page `text`) with each story's tail that another story
    interrupted moved back under it (pages without `#` headings only)."""
    if any(l.kind == "heading" for l in lines):
        return lines
    return resume_runs(lines, text, _stops_before_head, _run_end)
