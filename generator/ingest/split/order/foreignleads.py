"""A story's opening printed right under another story's headline, whose own lead follows it,
moved under its own headline.

A PDF→Markdown converter orders a page's text blocks by position: when a story's first column
stands in a column that another story's headline box spans, the converter prints that opening
right under the other headline, before the other story's own lead:

    # 特朗普总统签署人工智能行政令…      <- headline B
    本报讯（记者 邵勇玉）               <- a lead…
    官员说，俄罗斯无人机星期一…          <- …speaking of headline A's words, not B's
    …包括一名11岁的男孩。               <- a finished sentence
    (blank)
    本报讯 记者黎浩萍、通讯员…报道：     <- a second lead under B, speaking of B's words
    唐纳德·特朗普…签署了一项行政命令…

Two leads under one headline open two stories. When the second one says the headline's words
more than the first, and the first says another headline's words clearly more than this one's
(SAID_MIN bigrams at least, and more than twice as many), while the text under that other
headline opens on no lead of its own, the first run (its lead up to the second lead) moves
under the other headline's stack. Lines are moved, never changed. Only on Markdown-shaped pages.
"""
from __future__ import annotations

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.lines import Line, next_nonblank, prev_nonblank
from generator.ingest.split.order.lostopenings import OPENING, head_said_more, own_start
from generator.ingest.split.order.resume import move_runs
from generator.ingest.split.text.textutil import bigrams, ends_sentence, nonspace


def _leads(lines: list[Line], k: int) -> bool:
    """Does text line k open with a lead ('本报讯', '新华社…电', '记者X报道：'), read over it and
    the next printed line (a converter wraps a long lead)?"""
    if lines[k].kind != "text":
        return False
    n = next_nonblank(lines, k)
    more = lines[n].text if n is not None and n == k + 1 and lines[n].kind == "text" else ""
    return bylines.parse_lead(nonspace(lines[k].text + more)) is not None


def _text(lines: list[Line], a: int, b: int) -> str:
    return "".join(nonspace(l.text) for l in lines[a:b] if l.kind == "text")


def _second_lead(lines: list[Line], s: int, stop: int) -> int | None:
    """The first line after s, before line `stop`, opening a paragraph on a lead after a blank
    under a finished sentence."""
    for k in range(s + 1, stop):
        if lines[k].kind != "text" or lines[k - 1].kind != "blank" or not _leads(lines, k):
            continue
        p = prev_nonblank(lines, k)
        if p is not None and p >= s and lines[p].kind == "text" and ends_sentence(lines[p].text):
            return k
    return None


def restore_foreign_leads(lines: list[Line], text: str) -> list[Line]:
    """`lines` with each opening printed under another story's headline, over that headline's
    own lead, moved under the headline it speaks of (Markdown-shaped pages only)."""
    heads = [k for k, l in enumerate(lines) if l.kind == "heading"]
    if len(heads) < 2:
        return lines
    grams = {h: bigrams(nonspace(lines[h].text)) for h in heads}
    moves: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for h, stop in zip(heads, heads[1:] + [len(lines)]):
        _, s = own_start(lines, h)
        if s is None or not _leads(lines, s):
            continue
        t = _second_lead(lines, s, stop)
        if t is None:
            continue
        end = prev_nonblank(lines, t)
        said = bigrams(_text(lines, s, end + 1)[:OPENING])
        own = len(said & grams[h])
        if len(bigrams(_text(lines, t, stop)[:OPENING]) & grams[h]) <= own:
            continue        # (the second lead speaks of this headline no more than the first)
        best = head_said_more(lines, heads, grams, said, h, own)
        if best is None or best in taken:
            continue
        after, bs = own_start(lines, best)
        if bs is not None and _leads(lines, bs):
            continue        # (the other story's text opens on a lead of its own)
        if any(f <= after <= e or f <= s <= e for _, f, e in moves):
            continue
        taken.add(best)
        moves.append((after, s, end))
    return move_runs(lines, moves)
