"""Layout cues of each line of a page printed without blank lines, as numbers for `breakmodel`.

A page extracted without any blank line still shows where a headline, byline or caption
stands apart from the body: a line that stops short of the column, carries no sentence mark,
opens with an indent or a dateline, shares its words with the lines below rather than above.
Each line gets the same fixed list of such cues about itself and its neighbours; the model
learned on generated pages weighs them (bench/ingest/train_breaks.py).
"""
from __future__ import annotations

import re
from collections import Counter

from generator.ingest.split.authors import bylines
from generator.ingest.split.stories.kinds import BRIEF_LABELS
from generator.ingest.split.text.textutil import (BULLETS, CONTINUES, HAN, SENTENCE_END, bigrams, ends_sentence, last_meaningful,
                                             printed_indent, width)

KINDS = ("text", "header", "rheader", "credit", "byline", "sub", "from", "to", "heading")
_MARKS = re.compile(r"[，。！？；：、,.!?;:]")
_ENDS = re.compile(r"[。！？!?；;]")
_CLOSING_NOTE = re.compile(r"[（(][^（）()]{1,30}[）)]\s*$")
_LABELS = BRIEF_LABELS + ("短评", "时评", "快评", "锐评", "述评", "社论", "评论")
_WINDOW = 6         # lines each side whose words a line is compared with

LINE_CUES = ("width", "full", "short", "marks", "ends_sentence", "ends_continuing", "ends_mark",
             "indent", "dash", "quote_open", "lead_byline", "standalone_byline", "closing_note",
             "han_share", "overlap_above", "overlap_below", "dateline", "lead_joined", "bullet", "column_label") + tuple(f"kind_{k}" for k in KINDS)
OFFSETS = (-2, -1, 0, 1, 2)         # two lines before the line, the line, two lines after it
NAMES = tuple(f"{o:+d}_{c}" for o in OFFSETS for c in LINE_CUES) + ("position", "first_line", "cohesion",
                                                                     "cuts_word")


def column_width(texts: list[str]) -> float:
    """The column's width in em: the commonest width of the page's longer lines (body lines
    fill the column; headlines and paragraph ends fall short of it)."""
    widths = Counter(round(w) for w in map(width, texts) if w >= 6)
    if not widths:
        return max((width(t) for t in texts), default=1.0) or 1.0
    best = max(widths.values())
    return float(max(w for w, n in widths.items() if n >= 0.6 * best))


def _cuts_word(upper: str, lower: str, words: set[str]) -> bool:
    """Does the break between the lines fall inside a word the page prints whole elsewhere?"""
    u, l = upper.strip(), lower.strip()
    return bool(u and l and re.match(f"[{HAN}]", u[-1]) and re.match(f"[{HAN}]", l[0])) and u[-1] + l[0] in words


def _column_label(s: str) -> bool:
    """A column's label printed over its item ('简讯', '· 短评 ·', '天山时评'): furniture that
    opens a block of its own, however short and markless, like the end of a wrapped headline."""
    core = re.sub(r"[\s·•【】\[\]〔〕|｜]", "", s)
    return 0 < len(core) <= 8 and any(k in core for k in _LABELS)


def _overlap(grams: set[str], others: list[set[str]]) -> float:
    if not grams:
        return 0.0
    near = set().union(*others) if others else set()
    return len(grams & near) / len(grams)


def line_cue_rows(texts: list[str], kinds: list[str], col: float) -> list[list[float]]:
    """Each line's `LINE_CUES`, in order (shared with the line-role features)."""
    grams = [bigrams(t) for t in texts]
    out = []
    for i, t in enumerate(texts):
        s = t.strip()
        w = width(s)
        last = last_meaningful(s)
        han = len(re.findall(f"[{HAN}]", s))
        nxt = texts[i + 1].strip() if i + 1 < len(texts) else None
        row = [
            w / col,
            float(w >= col - 0.75),
            float(w <= col - 2),
            float(len(_MARKS.findall(s))),
            float(ends_sentence(s)),
            float(last in CONTINUES),
            float(bool(_ENDS.search(s))),
            float(printed_indent(t)),
            float(s.startswith(("——", "--", "－－"))),
            float(s.startswith(("“", "「", "\""))),
            float(bylines.parse_lead(s) is not None and bool(bylines.parse_lead(s).credits)),
            float(bylines.parse_standalone(s) is not None),
            float(bool(_CLOSING_NOTE.search(s)) and last not in SENTENCE_END),
            han / max(1, len(s)),
            _overlap(grams[i], grams[max(0, i - _WINDOW):max(0, i - 1)]),
            _overlap(grams[i], grams[i + 2:i + 2 + _WINDOW]),
            float(bylines.parse_lead(s) is not None),
            float(nxt is not None and bylines.parse_lead(s + nxt) is not None),
            float(s[:1] in BULLETS),
            float(_column_label(s)),
        ]
        row += [float(kinds[i] == k) for k in KINDS]
        out.append(row)
    return out


def window(cues: list[list[float]], i: int, blank: list[float]) -> list[float]:
    """Line `i`'s cues with those of the lines at `OFFSETS` around it; `blank` past the page's ends."""
    row: list[float] = []
    for o in OFFSETS:
        j = i + o
        row += cues[j] if 0 <= j < len(cues) else blank
    return row


def page_features(texts: list[str], kinds: list[str]) -> list[list[float]]:
    """One row of `NAMES` per line of `texts` (the page's non-blank lines in order); `kinds`
    are the lines' roles as `lines.classify` reads them."""
    col = column_width(texts)
    cues = line_cue_rows(texts, kinds, col)
    blank = [-1.0] * len(LINE_CUES)
    n = len(texts)
    grams = [bigrams(t) for t in texts]
    words = set().union(*grams) if grams else set()
    rows = []
    for i in range(n):
        row = window(cues, i, blank)
        above = set().union(*grams[max(0, i - 8):i]) if i else set()
        below = set().union(*grams[i:i + 8])
        row += [i / max(1, n - 1), float(i == 0), len(above & below) / max(1, min(len(above), len(below))),
                float(i > 0 and _cuts_word(texts[i - 1], texts[i], words))]
        rows.append(row)
    return rows
