"""Cues of each non-blank line of a page as numbers for `rolemodel` (which role a line plays).

A line's role — kicker, title, subtitle, byline, first body line, body, caption, furniture,
continuation note — shows in its shape against the page (width against the column measured on
the page, sentence marks, indent, '——', brackets), in the blank lines around it and its place in
its run of lines, in what the existing rules say of it (byline grammar, furniture, a headline
shape, a '#' mark) and in how its words recur in the lines below or above (a headline sums up
its story). Each line gets its own cues and those of two lines either side; the block-break
cues of `breakfeatures` are reused, so the two models read a line alike.
"""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.heads import headshape
from generator.ingest.split.classify.breakfeatures import LINE_CUES, OFFSETS, line_cue_rows, column_width, window
from generator.ingest.split.classify.furniture import line_kind
from generator.ingest.split.text.textutil import bigrams

_OWN = ("blank_above", "blank_below", "run_len", "run_pos", "run_first", "run_last", "hash",
        "heady", "kicker_shaped", "headline_like", "furniture", "credit", "continued",
        "colon_end", "bracketed", "story_overlap_below", "story_overlap_above")
CUES = LINE_CUES + _OWN
NAMES = tuple(f"{o:+d}_{c}" for o in OFFSETS for c in CUES) + ("position", "first_line", "last_line")
_CREDIT = re.compile(r"摄\s*[）)]?\s*$")
_CONTINUED = re.compile(r"^\s*[（(]?\s*[上下]转")
_REACH = 30         # lines below or above whose words a line is compared with


def _overlap(grams: set[str], others: list[set[str]]) -> float:
    if not grams or not others:
        return 0.0
    return len(grams & set().union(*others)) / len(grams)


def _runs(raw: list[str]) -> list[tuple[int, int, int, int]]:
    """For each non-blank line: (blank lines above, blank lines below, run length, index in run),
    a run being lines with no blank line between."""
    idx = [i for i, t in enumerate(raw) if t.strip()]
    out = []
    for k, i in enumerate(idx):
        above = i - idx[k - 1] - 1 if k else i
        below = idx[k + 1] - i - 1 if k + 1 < len(idx) else len(raw) - 1 - i
        out.append([above, below])
    start = 0
    res = []
    for k in range(len(idx)):
        if k == 0 or out[k][0] > 0:
            start = k
        res.append(start)
    ends = []
    end = len(idx) - 1
    for k in range(len(idx) - 1, -1, -1):
        if k == len(idx) - 1 or out[k][1] > 0:
            end = k
        ends.append(end)
    ends.reverse()
    return [(a, b, ends[k] - res[k] + 1, k - res[k]) for k, (a, b) in enumerate(out)]


def _own(texts: list[str], runs: list[tuple[int, int, int, int]]) -> list[list[float]]:
    grams = [bigrams(t) for t in texts]
    rows = []
    for i, t in enumerate(texts):
        s = t.strip()
        plain = s.lstrip("#").strip()
        above, below, n, pos = runs[i]
        rows.append([
            float(min(above, 3)), float(min(below, 3)), float(min(n, 12)), float(min(pos, 12)),
            float(pos == 0), float(pos == n - 1), float(s.startswith("#")),
            float(headshape.line_heady(plain)), float(headshape.kicker_shaped(plain)),
            float(headshape.headline_like([plain])), float(line_kind(plain) is not None),
            float(bool(_CREDIT.search(plain))), float(bool(_CONTINUED.search(plain))),
            float(plain.endswith(("：", ":"))),
            float(plain[:1] in "（(【[〔" and plain[-1:] in "）)】]〕"),
            _overlap(grams[i], grams[i + 1:i + 1 + _REACH]),
            _overlap(grams[i], grams[max(0, i - _REACH):i]),
        ])
    return rows


def page_rows(raw: list[str], kinds: list[str]) -> list[list[float]]:
    """One row of `NAMES` per non-blank line of `raw` (the page's lines, blanks included);
    `kinds` are those lines' roles as `lines.classify` reads them."""
    runs = _runs(raw)
    texts = [t for t in raw if t.strip()]
    if not texts:
        return []
    col = column_width([t.lstrip("#").strip() if t.lstrip().startswith("#") else t for t in texts])
    cues = [a + b for a, b in zip(line_cue_rows(texts, kinds, col), _own(texts, runs))]
    blank = [-1.0] * len(CUES)
    n = len(texts)
    rows = []
    for i in range(n):
        row = window(cues, i, blank)
        row += [i / max(1, n - 1), float(i == 0), float(i == n - 1)]
        rows.append(row)
    return rows


def nonblank_kinds(text: str) -> list[str]:
    """The `lines.classify` role of each non-blank line of `text`, in order."""
    from generator.ingest.split.classify.breakmodel import kinds_of
    raw = text.split("\n")
    kinds = kinds_of(text, len(raw))
    return [k for t, k in zip(raw, kinds) if t.strip()]
