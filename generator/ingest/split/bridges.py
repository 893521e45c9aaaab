"""A column's text that pdftotext broke off mid-sentence and took up again after a few stray
lines, joined again across them.

pdftotext reads a typeset page by blocks; a column that runs past a head box, a page label or a
byline standing beside it can come out in two blocks with those lines printed between:

    的，是一种真正稳定的平衡。
    “一种有利但持久的力量平          <- a full column line stopping mid-sentence
                                        (blank)
    美术编辑：段波航                   <- a few short lines: furniture, a kicker, a byline
    本报记者 汤琳波 通讯员 雷艳华
                                        (blank)
    衡，在这种平衡中，没有任何          <- the sentence goes on: the seam cuts a word the
    国家，包括中国，能够强加其            page prints whole ('平|衡'), or the line opens on a
                                          mark or a particle no line of its own starts with

Read as printed, the second block opens a story of its own (its first line taken for a
headline) and the first stops mid-sentence. The cues are the extractor's, not any words': the
line over the gap fills the column and stops mid-sentence, the block under it goes on from it,
and the lines between are few and none is column text (furniture, a byline or credit, or a line
with no sentence mark set off the column's measure). The block that goes on moves up under the line it finishes; the lines
between follow it. Lines are moved, never changed. Only on plain-text pages without `#` marks.
"""
from __future__ import annotations

from collections import Counter

from generator.ingest.split.columns import column_fulls
from generator.ingest.split.lines import Line
from generator.ingest.split.textutil import SENTENCE_MARKS, ends_text, full_width, nonspace, squash_spaces
from generator.ingest.split.threadheads import _cut, _words

MAX_BETWEEN = 6         # non-blank lines printed between the two parts
HEAD_LINES = 4          # lines of one stray block (a head box's lines, a kicker, a byline)
FULL = 1.0              # em: a column line may run this far over the column's measure…
SHORT = 2.5             # …or stop this far short of it (a word and its mark moved down whole)
OFF = 1.5               # em: a stray text line is this far off the column's measure, and holds no mark
_MARK_START = set("，、。；：？！）」』”’")   # a line opening on these goes on from the line above
_STRAY_KINDS = {"header", "byline", "credit", "text"}   # (a "——" subtitle between stays: the story goes on under it)


def _full(text: str, full: float | None) -> bool:
    return full is not None and -SHORT <= full_width(squash_spaces(text)) - full <= FULL


def _stray(line: Line, full: float | None) -> bool:
    """Could the line be one printed between two parts of a column (not column text)?"""
    if line.kind not in _STRAY_KINDS:
        return False
    if line.kind != "text":
        return True
    t = line.text.strip()
    return not SENTENCE_MARKS.search(t) and full is not None and abs(full_width(squash_spaces(t)) - full) >= OFF


def _blocks_above(lines: list[Line], i: int) -> list[tuple[int, int]]:
    """The blocks (start, end) of non-blank lines above line i, nearest first."""
    out: list[tuple[int, int]] = []
    k = i - 1
    while k >= 0 and len(out) <= MAX_BETWEEN:
        if lines[k].kind == "blank":
            k -= 1
            continue
        end = k + 1
        while k >= 0 and lines[k].kind != "blank":
            k -= 1
        out.append((k + 1, end))
    return out


def _goes_on(upper: str, lower: str, words: Counter) -> bool:
    head = nonspace(lower)[:1]
    return head in _MARK_START or _cut(upper, lower, words)


def join_bridged_text(lines: list[Line], text: str) -> list[Line]:
    """`lines` with each column part that goes on from a line broken off mid-sentence a few
    stray lines above moved up under it."""
    if any(l.kind == "heading" for l in lines):
        return lines
    words: Counter | None = None
    texts = [l.text for l in lines]
    wrapped = [l.kind == "text" and k + 1 < len(lines) and lines[k + 1].kind == "text"
               for k, l in enumerate(lines)]
    full_of = {id(l): f for l, f in zip(lines, column_fulls(texts, wrapped))}
    out = list(lines)
    i = 1
    while i < len(out):
        # a block of text opening after a blank line
        if out[i].kind != "text" or out[i - 1].kind != "blank":
            i += 1
            continue
        between, p = 0, None
        for a, b in _blocks_above(out, i):
            run = out[a:b]
            if len(run) <= HEAD_LINES and all(_stray(l, full_of.get(id(l))) for l in run):
                between += len(run)
                if between > MAX_BETWEEN:
                    break
                continue
            p = b - 1
            break
        if p is None or between == 0 or between > MAX_BETWEEN or out[p].kind != "text":
            i += 1
            continue
        upper, lower = out[p].text, out[i].text
        if ends_text(upper) or SENTENCE_MARKS.search(upper[-1:]) or not _full(upper, full_of.get(id(out[p]))):
            i += 1
            continue
        if words is None:
            words = _words(text)
        if not _goes_on(upper, lower, words):
            i += 1
            continue
        end = i
        while end < len(out) and out[end].kind == "text":
            end += 1
        out = out[:p + 1] + out[i:end] + out[p + 1:i] + out[end:]
        i = end
    return out
