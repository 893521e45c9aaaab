"""A story's piece that the extractor's reading order printed after another story's column,
threaded back after the line it finishes.

An extractor reads a typeset page block by block; two stories set side by side in columns can
come out column by column, one story's column between two of the other's, with no headline
between them:

    …以来的第一次率团出国访              <- a full line, mid-sentence: story A goes on…
                                             (blank)
    本报讯（记者王明）城区今年新建…      <- …but a lead opens story B here
    …现在方便多了。                      <- B ends a paragraph, short of its column
                                             (blank)
    问。他在启程前表示，希望这次出访      <- a full line, no paragraph indent: no paragraph
    …                                        opens here; '访' / '问' — A goes on

On a page that indents its paragraphs, a story's text stops mid-sentence on a full line only
where its column does; the seam there is broken when what the extractor printed next cannot go
on with it: a headline, a lead, a byline or credit, an indented first line whose break cuts no
word. A piece opening on a full line after a blank — under a paragraph's short last line, a
headline, a byline, or a broken seam it does not finish — goes on with some sentence. A broken
seam takes the one such piece whose first line finishes the word its last line cuts, when no
other broken seam's word it finishes. The piece runs to its own broken seam, the next headline
or lead, the next piece opening the same way, or (on a Markdown page) a gap of more than GAP
blank lines under a finished sentence; a piece moved takes the pieces linked to it along.
Lines are moved, never changed: no character is lost or repeated.
"""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.lines import Line, next_nonblank, prev_nonblank
from generator.ingest.split.order.resume import GAP, SLACK, STOPS, heads_next, fills_column, page_columns, stops_open
from generator.ingest.split.text.textutil import ends_sentence, full_width
from generator.ingest.split.text.wordcut import word_across

INDENT = 1.5            # em: a line this much short of its column opens an indented paragraph
_ASCII = re.compile(r"[\x21-\x7e]")
INDENTING = 0.6         # share of paragraph starts a page indents, for it to count as indenting
_BREAKS = ("byline", "credit", "sub")


def _is_head(lines: list[Line], n: int, col: float | None, md: bool) -> bool:
    if lines[n].kind in STOPS or lines[n].kind == "heading":
        return True
    if md:
        return heads_next(lines, n)
    from generator.ingest.split.order.plainresume import _head_block     # (plainresume imports resume too)
    return _head_block(lines, n, col)


def _measured(t: str) -> bool:
    """Is a line's width read safely in em: Han characters and marks only (a Latin word or a
    figure's digits set in proportional type make a line wider or narrower than its count)?"""
    return not _ASCII.search(t)


def _indented(first: dict[int, str], col: dict[int, float | None], n: int) -> bool:
    """Does line n open with a paragraph indent: two characters short of its column, going on?"""
    c = col.get(n)
    if n not in first or c is None or not _measured(first[n]) or ends_sentence(first[n]):
        return False
    return c - INDENT - 1.0 <= full_width(first[n]) <= c - INDENT


def _page_indents(lines: list[Line], texts: list[int], first: dict[int, str], last: dict[int, str],
                  col: dict[int, float | None]) -> bool:
    """Does the page indent its paragraphs: most text lines under a finished sentence stop
    short of their column?"""
    starts = [i for i in texts if (p := prev_nonblank(lines, i)) is not None and p in last
              and ends_sentence(last[p]) and col.get(i) is not None and _measured(first[i])]
    if len(starts) < 4:
        return False
    return sum(full_width(first[i]) <= col[i] - INDENT for i in starts) >= INDENTING * len(starts)


def rethread_pieces(lines: list[Line], text: str) -> list[Line]:
    """`lines` (classified from page `text`) with each piece of a story printed apart from the
    sentence it finishes moved back after that sentence."""
    md = any(l.kind == "heading" for l in lines)
    first, last, texts, col = page_columns(lines, text)
    if not _page_indents(lines, texts, first, last, col):
        return lines
    nxt = {i: next_nonblank(lines, i) for i in texts}

    def broken(e: int) -> bool:
        """Does the text printed after open end e not go on with it?"""
        n = nxt[e]
        if n is None:
            return True
        if _is_head(lines, n, col[e], md) or lines[n].kind in _BREAKS:
            return True
        if lines[n].kind != "text" or n not in first:
            return False
        if bylines.parse_lead(first[n]) is not None:
            return True
        return _indented(first, col, n) and word_across(last[e], first[n]) is None

    opens = [e for e in texts if e in last and fills_column(full_width(last[e]), col[e])
             and stops_open(last[e]) and nxt[e] is not None and nxt[e] > e + 1 and broken(e)]
    if not opens:
        return lines
    open_set = set(opens)
    orphans = []
    for s in texts:
        p = prev_nonblank(lines, s)
        if (p is None or p == s - 1 or not fills_column(full_width(first[s]), col[s])
                or bylines.parse_lead(first[s]) is not None):
            continue
        if lines[p].kind == "text" and not (p in last and col[p] is not None and (
                (ends_sentence(last[p]) and full_width(last[p]) < col[p] - SLACK)
                or (p in open_set and word_across(last[p], first[s]) is None))):
            continue        # (a sentence ending at a full line's end may go on in the next line)
        orphans.append(s)
    if not orphans:
        return lines
    orphan_set = set(orphans)

    def piece_end(s: int) -> int:
        """The last line of the piece opening at s."""
        end = s
        k = s + 1
        while k < len(lines):
            l = lines[k]
            if l.kind == "blank":
                k += 1
                continue
            if l.kind != "text" or _is_head(lines, k, col.get(s), md) or k in orphan_set:
                break
            if k in first and bylines.parse_lead(first[k]) is not None:
                break
            if md and k - end > GAP and ends_sentence(lines[end].text):
                break
            end = k
            if k in open_set:
                break
            k += 1
        return end

    links: dict[int, tuple[int, int]] = {}
    taken: set[int] = set()
    for e in opens:
        cands = [s for s in orphans if s != nxt[e] and word_across(last[e], first[s]) is not None]
        if len(cands) != 1 or cands[0] in taken:
            continue
        if sum(word_across(last[o], first[cands[0]]) is not None for o in opens) != 1:
            continue        # (two open ends the piece could finish: neither is told)
        s = cands[0]
        end = piece_end(s)
        if s <= e <= end or any(f <= s <= t or f <= end <= t or s <= f <= end for f, t in links.values()):
            continue
        links[e] = (s, end)
        taken.add(s)
    if not links:
        return lines
    return _thread(lines, links)


def _thread(lines: list[Line], links: dict[int, tuple[int, int]]) -> list[Line]:
    """`lines` with each linked piece (first, last) printed right after its line, a piece taking
    along the pieces linked to its own lines; unchanged when the links would lose a line."""
    moved = {j for f, t in links.values() for j in range(f, t + 1)}
    out: list[Line] = []
    seen: set[int] = set()

    def emit(i: int) -> None:
        if i in seen:
            return
        seen.add(i)
        out.append(lines[i])
        if i in links:
            f, t = links[i]
            for j in range(f, t + 1):
                emit(j)

    for i in range(len(lines)):
        if i not in moved:
            emit(i)
    return out if len(out) == len(lines) else lines
