"""A headline printed under its own story's opening, moved up over it.

A PDF→Markdown converter orders a page's text blocks by position: when a story's headline box
stands lower than the top of the column its text opens in (the text opens in a column that
runs up beside the box), the story's first paragraphs come out under the story before, and
its headline after them:

    …我不知道他还能活多久。”       <- the story above ends a sentence
    美国国务院星期三（6月24日）     <- the next story's opening, printed too early
    宣布，…不向在澳门举行的…旅游部长会议派遣高级别代表。
    # 因签证争议，美国不向在澳门举行的APEC旅游部长会议派遣高级代表
    亚太经合组织第十三届旅游部长会议…   <- its text goes on under it

Nothing in the layout marks the seam (a paragraph start after a finished sentence, or a
byline line), but the words do: the paragraphs after the seam share many word pairs with the
headline printed under them and few with the headline of the story they stand in, while the
text before the seam speaks of its own headline. The rule: for each `#` headline whose own
text does not open on a lead or byline of its own, the paragraph start (or byline line) in
the story above where the text turns from that story's headline words to this one's; the
headline — with a kicker line printed right over it and a subtitle right under it — moves up
to there. Lines are moved, never changed. Markdown-shaped pages only.
"""
from __future__ import annotations

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.lines import Line, prev_nonblank
from generator.ingest.split.text.textutil import SENTENCE_MARKS, bigrams, ends_text, nonspace

SHARED_MIN = 5        # bigrams of the headline found again in its opening printed above it
SHARE = 0.3           # ... at least this part of the headline's bigrams
ABOVE = 2.0           # each side of the seam says its own headline's words this many times more
                      # (two stories on one subject share many: only a clear turn is a seam)
MIN_TEXT = 40         # characters of text on each side of the seam
KICKER_MAX = 20       # characters of a kicker line printed right over the headline
OPENING = 120         # characters of the text under the headline read for its own lead


def _text(lines: list[Line], a: int, b: int) -> str:
    return "".join(nonspace(l.text) for l in lines[a:b] if l.kind == "text")


def _sums(head: set[str], text: str) -> int:
    return len(head & bigrams(text))


def _stack(lines: list[Line], h: int, lo: int) -> tuple[int, int]:
    """(first, end) of headline h's stack: a short kicker line printed right over it (after a
    blank), the '——' subtitle lines under it."""
    top = h
    k = prev_nonblank(lines, h)
    if k is not None and k > lo and k == h - 1 and lines[k].kind == "text":
        t = nonspace(lines[k].text)
        p = prev_nonblank(lines, k)
        if (len(t) <= KICKER_MAX and not ends_text(t) and not SENTENCE_MARKS.search(t)
                and (p is None or p < k - 1)):
            top = k
    end = h + 1
    j = end
    while j < len(lines) and lines[j].kind in ("blank", "sub"):
        j += 1
        if lines[j - 1].kind == "sub":
            end = j
    return top, end


def _opens_own(lines: list[Line], end: int, stop: int) -> bool:
    """Does the text under the headline open on a story's own start (a byline line or a
    dateline lead)? Then the story starts there, not above."""
    for i in range(end, stop):
        kind = lines[i].kind
        if kind == "blank":
            continue
        if kind == "text":
            return bylines.parse_lead(_text(lines, i, stop)[:40]) is not None
        return True        # a byline, a label, a credit, a marker: not plain text going on
    return True


def _seam(lines: list[Line], p: int, top: int, gp: set[str], gx: set[str]) -> int | None:
    """Where headline x's opening starts in the story under headline p (lines p+1 … top-1)."""
    if _sums(gx, _text(lines, p + 1, top)) < SHARED_MIN:
        return None        # (cheap: no suffix of a text that says too little of x says more)
    best: tuple[float, int] | None = None
    for s in range(p + 2, top):
        if lines[s].kind not in ("text", "byline"):
            continue
        q = prev_nonblank(lines, s)
        if q is None or q <= p or lines[q].kind != "text" or not ends_text(lines[q].text):
            continue
        pre, suf = _text(lines, p + 1, s), _text(lines, s, top)
        if len(pre) < MIN_TEXT or len(suf) < MIN_TEXT:
            continue
        sx, sp = _sums(gx, suf), _sums(gp, suf)
        if sx < SHARED_MIN or sx < SHARE * len(gx) or sx < ABOVE * sp:
            continue
        if _sums(gp, pre) < ABOVE * _sums(gx, pre):
            continue        # the text above the seam is no more the upper story's than this one's
        lean_suf = sx / len(gx) - sp / max(1, len(gp))
        lean_pre = _sums(gp, pre) / max(1, len(gp)) - _sums(gx, pre) / len(gx)
        if lean_suf <= 0 or lean_pre <= 0:
            continue
        score = lean_suf + lean_pre
        if best is None or score > best[0]:
            best = (score, s)
    return None if best is None else best[1]


def raise_late_heads(lines: list[Line]) -> list[Line]:
    """`lines` with each headline printed under its own story's opening moved up over that
    opening (Markdown-shaped pages only)."""
    heads = [i for i, l in enumerate(lines) if l.kind == "heading"]
    k = 1
    while k < len(heads):
        p, x = heads[k - 1], heads[k]
        stop = heads[k + 1] if k + 1 < len(heads) else len(lines)
        top, end = _stack(lines, x, p)
        gp, gx = bigrams(nonspace(lines[p].text)), bigrams(nonspace(lines[x].text))
        if gx and gp and not _opens_own(lines, end, stop):
            s = _seam(lines, p, top, gp, gx)
            under = _text(lines, end, stop)[:OPENING]
            if s is not None and _sums(gx, under) >= _sums(gp, under):
                lines = lines[:s] + lines[top:end] + [Line(lines[x].no, "", "blank")] + lines[s:top] + lines[end:]
                heads = [i for i, l in enumerate(lines) if l.kind == "heading"]
        k += 1
    return lines
