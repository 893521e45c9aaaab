"""A story's opening printed further down the page, its last line cut inside a word that the
text under the story's headline finishes, put back under that headline.

A PDF→Markdown converter orders a page's text blocks by position: when a story's first column
stands lower than its later ones (its headline box spans the columns, the first one holds a
picture or starts under another box), the text under its headline is a later column, opening
inside a sentence, and the opening comes out further down, where it stops before another
headline or at the page's foot:

    # 中国流亡商人郭文贵被判30年…      <- the headline…
    ——认定郭文贵串谋实施敲诈勒索
    美元，”代理履行纽约南区联          <- …over text that opens inside a sentence
    …
    本报讯记者陆浩娜报道：纽约南…      <- the opening, printed after another story
    …受害者那里窃取了超过10亿          <- it stops mid-sentence on a full line
    # 球迷们把历史与传统融入…          <- before another headline

The opening's last line cuts a word ('亿' / '美元': '亿美元') that the text under the headline
finishes on a full line with no paragraph indent; when exactly one such opening fits a
headline, the opening (back to its lead, or to a paragraph after a finished sentence and a gap
of GAP blank lines) moves right under the headline's stack. Lines are moved, never changed.
Only on Markdown-shaped pages.
"""
from __future__ import annotations

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.lines import Line, next_nonblank, prev_nonblank
from generator.ingest.split.order.lostopenings import own_start
from generator.ingest.split.order.resume import GAP, SLACK, heads_next, fills_column, move_runs, page_columns, stops_open
from generator.ingest.split.text.textutil import ends_sentence, full_width
from generator.ingest.split.text.wordcut import word_across


def _opening_start(lines: list[Line], e: int, first: dict[int, str]) -> int:
    """The first line of the opening that ends at text line e: its lead, or the paragraph
    after a finished sentence and a gap of GAP blank lines, or the first text after a
    headline or another line that is no text."""
    start = e
    while not (start in first and bylines.parse_lead(first[start]) is not None):
        p = prev_nonblank(lines, start)
        if p is None or lines[p].kind != "text":
            break
        if start - p - 1 >= GAP and ends_sentence(lines[p].text):
            break
        start = p
    return start


def _stacked(lines: list[Line], h: int) -> bool:
    """Does headline h stand right under another one's stack (its subtitle or byline between)?"""
    k = h - 1
    while k >= 0 and lines[k].kind == "blank":
        k -= 1
    if k < 0 or lines[k].kind not in ("sub", "byline"):
        return False
    while k >= 0 and lines[k].kind in ("blank", "sub", "byline"):
        k -= 1
    return k >= 0 and lines[k].kind == "heading"


def _unindented(lines: list[Line], s: int, first: dict[int, str], col: dict[int, float | None],
                raw: list[str]) -> bool:
    """Does text line s open with no paragraph indent: a full line of its column, or as wide as
    the printed line under it that goes on (a narrower column than the page's usual one)?"""
    w = full_width(first[s])
    if fills_column(w, col[s]):
        return True
    below = next((t.strip() for t in raw[lines[s].no:lines[s].no + 3] if t.strip()), "")
    if below[:1].isascii() and below[:1].isalnum():
        # (a converter breaks a line before a figure or a Latin word: the two pieces are one)
        return fills_column(w + full_width(below), col[s]) or w + full_width(below) > col[s]
    return bool(below) and not ends_sentence(below) and w >= full_width(below) - SLACK


def restore_cut_openings(lines: list[Line], text: str) -> list[Line]:
    """`lines` with each story's opening printed below, its last word finished by the text
    under the story's headline, moved under that headline (Markdown-shaped pages only)."""
    heads = [k for k, l in enumerate(lines) if l.kind == "heading"]
    if not heads:
        return lines
    first, last, texts, col = page_columns(lines, text)
    raw = text.split("\n")
    # openings' ends: a full line stopping mid-sentence before a headline or the page's foot
    ends = [e for e in texts if e in last and fills_column(full_width(last[e]), col[e])
            and stops_open(last[e]) and ((n := next_nonblank(lines, e)) is None
                                         or (n > e + 1 and heads_next(lines, n)))]
    if not ends:
        return lines
    moves: list[tuple[int, int, int]] = []
    used: set[int] = set()
    for h in heads:
        if _stacked(lines, h):
            continue        # (two headlines stacked: which one the text opens is stackswap's)
        after, s = own_start(lines, h)
        if (s is None or s not in first or not _unindented(lines, s, first, col, raw)
                or bylines.parse_lead(first[s]) is not None):
            continue
        fits = [e for e in ends if e > s and word_across(last[e], first[s]) is not None]
        if len(fits) != 1 or fits[0] in used:
            continue
        e = fits[0]
        start = _opening_start(lines, e, first)
        if start <= s or any(lines[k].kind == "heading" for k in range(start, e)):
            continue
        if not (bylines.parse_lead(first[start]) is not None
                or not fills_column(full_width(first[start]), col[start])):
            continue        # (the piece must open a paragraph: a lead or an indented line)
        if any(f <= e <= t or start <= f <= e for _, f, t in moves):
            continue
        used.add(e)
        moves.append((after, start, e))
    return move_runs(lines, moves)
