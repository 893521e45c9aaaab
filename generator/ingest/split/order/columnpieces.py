"""A paragraph's piece that a column break set apart between blank lines, joined to its text again.

A column page breaks a paragraph wherever its column ends; the extractor prints a blank line
there. When the break falls a line or two after a paragraph's start (or a line or two before
another break), those lines stand alone between blank lines, stop mid-sentence and read like a
headline. They are told by the shape of column text, which no headline has:

    　　该行政命令说，“先进          <- the paragraph's first line, indented (two characters short
    的人工智能能力使我们的国            of the column, or printed spaces); any further line fills it
                                      <- the column break
    家更加强大，但也带来了新            <- the text goes on unindented in a full line: on a page
    的国家安全考量，需要各行            that indents its paragraphs no paragraph opens so

A piece that opens unindented in a full line goes on from the text above, when that text is
column lines stopping mid-sentence at the column's end too. On a page that does not indent (its
paragraphs set apart by blank lines), a piece of full lines is a paragraph's opening only when
the break under it cuts a word (`wordcut`): a headline ends on a whole word — or when it holds
two lines or more and its last line fills the column too: a headline wrapped over lines leaves
what is left of it on its last line, which rarely fills the measure exactly. On a page that
indents, a break may also fall right after a sentence that ended at the column's end: the text
under it, opening unindented in a full line, goes on in the same paragraph. Blank lines are
dropped, lines are never changed; the line after each seam is marked `GOES_ON`, so that later
stages do not cut the piece off again as a headline.
"""
from __future__ import annotations

import bisect

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.latinwrap import pushed_short
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.units.reflow import WRAPPED_MAX, line_text, width
from generator.ingest.split.text.textutil import ends_sentence, full_width, printed_indent, squash_spaces
from generator.ingest.split.text.runon import runs_on as grammar_runs_on
from generator.ingest.split.text.wordcut import ends_wanting, opens_bound, word_across

GOES_ON = "goes_on"        # Line data: the line goes on from the text above across a column break
PIECE_MAX = 3              # lines a column break may leave of a paragraph between two breaks
INDENT_LO, INDENT_HI = 2.75, 1.25   # em short of the column: an indented first line
FILL_SLACK = 1.0           # em: a line this close to the column fills it
OVER_SLACK = 0.75          # em: … and a wrapped line never runs further over it
RADIUS, NEAR_MIN = 10, 4   # wrapped lines each side that say a line's column; fewest that do
INDENTED_SHARE = 0.6       # of the lines after a paragraph's end: a page that indents


def _runs(lines: list[Line]) -> list[tuple[int, int]]:
    """[a, b) of each run of text lines printed together (no blank or other line between)."""
    runs, a = [], None
    for i, l in enumerate(lines + [Line(0, "", "blank")]):
        if l.kind == "text" and l.text.strip():
            if a is None:
                a = i
        elif a is not None:
            runs.append((a, i))
            a = None
    return runs


def _t(text: str) -> str:
    return squash_spaces(text.strip())


def _fw(text: str) -> float:
    """A line's width with every mark a full em, as justified column type sets it."""
    return full_width(_t(text))


def _over(text: str, full: float) -> bool:
    """Wider than the column, beyond a mark hung past its edge: no wrapped line is."""
    t = _t(text)
    return _fw(t) - (full_width(t[-1]) if t and not t[-1].isalnum() else 0.0) > full + OVER_SLACK


def _fills(text: str, full: float) -> bool:
    return _fw(text) >= full - FILL_SLACK and not _over(text, full)


def _indented(text: str, full: float) -> bool:
    """Indented by two characters: printed spaces, or a line that many ems short of the column."""
    return printed_indent(text) or full - INDENT_LO <= _fw(text) <= full - INDENT_HI


def _measures(texts: list[str], wrapped: list[bool]) -> list[float | None]:
    """For each line, its column's measure: the upper quartile of the widths of the nearest
    wrapped lines (a line with one under it in its run fills its column)."""
    ws = [_fw(t) for t in texts]
    cand = [i for i, w in enumerate(ws) if wrapped[i] and 4 <= w <= WRAPPED_MAX]
    out: list[float | None] = []
    for i in range(len(texts)):
        k = bisect.bisect_left(cand, i)
        near = sorted(ws[j] for j in cand[max(0, k - RADIUS): k + RADIUS])
        out.append(near[(len(near) * 3) // 4] if len(near) >= NEAR_MIN else None)
    return out


def _page_indents(runs: list[list[str]], fulls: list[list[float | None]]) -> bool:
    """Does the page indent its paragraphs? Most lines after a paragraph's end (a finished
    sentence short of the column) are indented."""
    n = ind = 0
    prev: str | None = None
    for texts, fs in zip(runs, fulls):
        for k, (line, full) in enumerate(zip(texts, fs)):
            above = texts[k - 1] if k else prev
            if above is not None and full is not None and ends_sentence(_t(above)) \
                    and _fw(above) <= full - 1.5:
                n += 1
                ind += _indented(line, full)
        prev = texts[-1]
    return n >= 4 and ind >= INDENTED_SHARE * n


def _word_cut(upper: str, lower: str) -> bool:
    """Does the break between `upper` and `lower` fall inside a word or a phrase that needs
    its other half ('…在' / '的…')?"""
    return word_across(upper, lower) is not None or ends_wanting(upper) or opens_bound(lower)


def _bridges(piece: list[str], below: list[str], above: list[str] | None, full: float, indents: bool,
             signed: bool, goes_on: bool = False) -> bool:
    """Is `piece` (1–`PIECE_MAX` lines between blank lines) column text that the lines `below`
    go on from? `above` are the lines printed before it (None when no text is); `signed`: a
    byline line stands right over it (the story's text starts under it); `goes_on`: the piece
    was found to go on from the text above it."""
    text = "".join(line_text(t) for t in piece)
    if len(text) < 4 or ends_sentence(text) or bylines.parse_lead(text) is not None:
        return False
    if bylines.parse_standalone(piece[0]) is not None or bylines.parse_credit_line(piece[-1]) is not None:
        return False
    if any(_over(t, full) for t in piece):
        return False
    if pushed_short(piece[-1], below[0], full) and all(_fills(t, full) for t in piece[1:-1]):
        return True            # its last line stopped short only as the Latin word opening the text below did not fit
    if not all(_fills(t, full) for t in piece[1:]):
        return False
    # the text below goes on from the piece: unindented, in a full line (or its short last line)
    first = below[0]
    if printed_indent(first) or bylines.parse_lead(line_text(first)) is not None:
        return False
    if not (_fills(first, full) or (len(below) == 1 and ends_sentence(line_text(first)))):
        return False
    if _indented(piece[0], full):
        # an opening: on a page that indents, the text below cannot open a paragraph itself
        return indents or printed_indent(piece[0]) or _word_cut(piece[-1], first)
    if not _fills(piece[0], full):
        return False
    if signed or goes_on:
        return True
    # full lines from the start: a middle piece, when the text above stops mid-sentence at the
    # column's end too; or, on a page that sets paragraphs apart by blank lines only, a
    # paragraph's opening whose break cuts a word
    if above and len(above) >= 2 and _fills(above[-1], full) and _fills(above[-2], full) \
            and not ends_sentence(line_text(above[-1])) and not bylines.split_tail(line_text(above[-1])):
        return True
    # a piece of two or more lines that all fill the column, the last one too, over text that
    # runs on to a finished sentence: a wrapped headline's last line holds what is left of it
    # and rarely fills the measure exactly (a headline box wrapped to full lines stands over
    # another headline, not over running text)
    runs_on = len(below) > PIECE_MAX or ends_sentence(line_text(below[-1]))
    return not indents and (_word_cut(piece[-1], first) or (len(piece) >= 2 and _fills(piece[-1], full) and runs_on)
                            or grammar_runs_on(text, "".join(line_text(t) for t in below)))


def _sentence_seam(upper: list[str], below: list[str], full: float, indents: bool,
                   under: list[str] | None = None) -> bool:
    """On a page that indents its paragraphs, does a column break fall right after a sentence
    that ended at the column's end? The text below opens unindented in a full line, which no
    paragraph of such a page does, so it goes on from the text above: the break is no paragraph's
    end. `upper` is the run of lines above the break (any length), `below` the run under it,
    `under` the run after that when only a blank line stands between (a one-line piece between
    two breaks counts only when the text under it goes on from it: a headline line never does)."""
    if not indents or not upper or not below:
        return False
    if len(below) == 1 and not (under and _bridges(below, under, None, full, indents, False, True)):
        return False
    last, first = upper[-1], below[0]
    if not ends_sentence(line_text(last)) or bylines.parse_credit_line(last) is not None:
        return False
    # measured both ways (Latin letters a full em or half of one) it reaches the column's end:
    # `reflow` measures half-width letters as half an em and must keep the seam too
    opens_para = len(upper) == 1 or ends_sentence(line_text(upper[-2]))
    slack = 2.75 if opens_para and _indented(last, full) else FILL_SLACK
    if min(_fw(last), width(line_text(last))) < full - slack or _over(last, full):
        return False
    if printed_indent(first) or _indented(first, full) or not _fills(first, full):
        return False
    if bylines.parse_lead(line_text(first)) is not None or bylines.parse_standalone(first) is not None:
        return False
    # the run below is column text: every line but its last fills the column, and a short run
    # stops on a finished sentence or at the column's end (a headline box wrapped at a clause,
    # '…邀请；' over '美众议院通过…', leaves its last line short and unfinished)
    if len(below) <= PIECE_MAX and not (ends_sentence(line_text(below[-1])) or _fills(below[-1], full)):
        return False
    return all(_fills(t, full) for t in below[:-1])


def _run_after(lines: list[Line], runs: list[tuple[int, int]], n: int) -> list[str] | None:
    """The texts of the run after run `n` when only blank lines stand between the two."""
    if n + 1 >= len(runs):
        return None
    (_, b), (c, d) = runs[n], runs[n + 1]
    if any(lines[i].kind != "blank" for i in range(b, c)):
        return None
    return [l.text for l in lines[c:d]]


def rejoin_column_pieces(lines: list[Line]) -> list[Line]:
    """`lines` without the blank lines between a paragraph's piece a column break set apart and
    the text that goes on from it (column pages only)."""
    if any(l.kind == "heading" for l in lines):
        return lines
    runs = _runs(lines)
    if len(runs) < 2:
        return lines
    texts = [l.text for a, b in runs for l in lines[a:b]]
    wrapped = [k + 1 < b - a or b - a > 3 for a, b in runs for k in range(b - a)]
    fulls_flat = _measures(texts, wrapped)
    fulls: dict[int, float | None] = {}
    k = 0
    for a, b in runs:
        for i in range(a, b):
            fulls[i] = fulls_flat[k]
            k += 1
    indents = _page_indents([[l.text for l in lines[a:b]] for a, b in runs],
                           [[fulls[i] for i in range(a, b)] for a, b in runs])
    drop: set[int] = set()
    joined = False                      # the run before goes on from the text above it
    for n in range(len(runs) - 1):
        (a, b), (c, d) = runs[n], runs[n + 1]
        goes_on, joined = joined, False
        full = fulls[c]
        if full is not None and all(lines[i].kind == "blank" for i in range(b, c)) \
                and _sentence_seam([l.text for l in lines[a:b]], [l.text for l in lines[c:d]], full, indents,
                               _run_after(lines, runs, n + 1)):
            drop.update(range(b, c))
            joined = True
            lines[c].data[GOES_ON] = True
            continue
        if b - a > PIECE_MAX or any(lines[i].kind != "blank" for i in range(b, c)):
            continue
        full = fulls[c]
        if full is None:
            continue
        above, before = None, next((lines[i] for i in range(a - 1, -1, -1) if lines[i].kind != "blank"), None)
        if n > 0:
            pa, pb = runs[n - 1]
            if all(lines[i].kind == "blank" for i in range(pb, a)):
                above = [l.text for l in lines[pa:pb]]
        if _bridges([l.text for l in lines[a:b]], [l.text for l in lines[c:d]], above, full, indents,
                    before is not None and before.kind == "byline", goes_on):
            drop.update(range(b, c))
            joined = True
            lines[c].data[GOES_ON] = True
    return [l for i, l in enumerate(lines) if i not in drop] if drop else lines
