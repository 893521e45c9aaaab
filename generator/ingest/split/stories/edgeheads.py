"""Column pages whose headlines are printed together after all the stories (or before them all).

At the foot of such a page, after the last story's finished text, every block up to the page
furniture is a headline, a kicker or a subtitle — however its width compares with the column and
whatever follows it: no story text is left to continue. One block read alone may look like the
start of a paragraph (a short unpunctuated line before a block that is no headline), and one
mistaken block would take the rest of the group into the body. So the run is read as a whole: at
least `GROUP_MIN` blocks, each one to three short lines without a sentence in them, standing
between finished text and the page's end. At the top of a page the same run stands between the
page's header and the first story, which opens with a byline, a jump marker (（上接第一版）), a
dateline lead or an indented line.
"""
from __future__ import annotations

import re
from dataclasses import replace

from generator.ingest.split.authors import bylines
from generator.ingest.split.heads.headshape import balanced
from generator.ingest.split.units.items import Item, starts_with_lead
from generator.ingest.split.text.textutil import (CONTINUES, ENUMERATOR, ends_text, full_width, han_count, last_meaningful, nonspace,
                                             squash_spaces, width)

GROUP_MIN = 3            # blocks: fewer are read one by one
LINES_MAX = 5            # lines of one headline block (a kicker over a title a narrow box wrapped)
LEAD_LINES = 3           # a block of more lines under the run opens the first story
CHARS_MAX = 60           # characters of one headline block
WIDE_MAX = 48.0          # em: a headline set on one line across the page, not a paragraph
_STOPS = re.compile(r"[。]")     # (a headline may join two clauses with '；')
_FURNITURE = ("header", "rheader")


def head_text(texts: list[str]) -> bool:
    """Could a block be a headline, kicker or subtitle of a group: 1–3 lines, no sentence
    stop, no line wider than wrapped text, the last line not left open (a line broken at a
    comma goes on in the next line of the block), no byline, credit or numbered line."""
    if not 1 <= len(texts) <= LINES_MAX:
        return False
    lines = [squash_spaces(t.strip()) for t in texts]
    joined = "".join(lines)
    if not joined or len(nonspace(joined)) > CHARS_MAX or han_count(joined) < 2:
        return False
    if _STOPS.search(joined) or any(width(t) > WIDE_MAX for t in lines):
        return False
    if last_meaningful(joined) in CONTINUES or joined.rstrip("”’」』\"'")[-1:] in "。…":
        return False
    if not balanced(joined) or ENUMERATOR.match(joined):
        return False
    return not (bylines.parse_lead(joined) or bylines.parse_tail(joined)
                or bylines.parse_credit_line(joined) or bylines.parse_standalone(joined))


def page_column(fulls: dict[int, float | None]) -> float | None:
    """The page's usual column width: the median of its lines' column widths (the widths
    measured near a headline group count the headlines too, so they alone mislead)."""
    known = sorted(w for w in fulls.values() if w is not None)
    return known[len(known) // 2] if known else None


def _wrapped(item: Item, column: float | None) -> bool:
    """Does a block read as wrapped story text: every line filling the column (the first may
    be indented), or one full line that runs on over a comma?"""
    if column is None:
        return False
    ws = [width(squash_spaces(l.text.strip())) for l in item.lines]
    if len(ws) == 1:
        t = item.lines[0].text
        return abs(ws[0] - column) <= 0.5 and bool(re.search(r"[，、,]", t))
    fills = [column - 1.0 <= w <= column + 1.0 for w in ws]
    return len(ws) >= 3 and all(fills[1:]) and (fills[0] or column - 3.0 <= ws[0] <= column)


def _candidate(item: Item) -> bool:
    if item.kind == "sub":
        return True
    if item.kind != "block" or item.role not in ("", "head"):
        return False
    return item.role == "head" or head_text([l.text for l in item.lines])


def _stop_head(item: Item, neighbour: Item | None, column: float | None) -> bool:
    """A one-line headline closed by a full stop (some papers end a title with one): a line
    that is a headline but for its closing '。', set wider than the page's column (so no
    column's last line), printed between two blocks of the group (`neighbour` is the one on
    the stories' side; the other is in the run already) — story text is not printed between
    two headlines of a group."""
    if item.kind != "block" or item.role not in ("", "head") or len(item.lines) != 1 or neighbour is None:
        return False
    t = squash_spaces(item.lines[0].text.strip())
    return (t.endswith("。") and column is not None and full_width(t) > column + 1.0
            and head_text([t[:-1]]) and _candidate(neighbour))


def _ended(item: Item) -> bool:
    """Does the story text printed before the group end at `item` — a finished sentence, or a
    signature or author note on a line of its own ('（作者单位：…）', '（记者 X）'), which
    closes a story as surely?"""
    if item.kind == "block":
        text = "".join(l.text.strip() for l in item.lines)
        return ends_text(text) or bylines.parse_tail(text) is not None
    return item.kind in ("credit", "byline", "to")


def mark_edge_groups(items: list[Item], fulls: dict[int, float | None]) -> None:
    """Give the blocks of a headline group at the foot or top of the page the role 'head'."""
    _foot(items, fulls)
    _top(items, fulls)


def _foot(items: list[Item], fulls: dict[int, float | None]) -> None:
    column = page_column(fulls)
    k = len(items) - 1
    while k >= 0 and items[k].kind in _FURNITURE:
        k -= 1
    run: list[int] = []
    while k >= 0 and (_candidate(items[k])
                      or (bool(run) and (_stop_head(items[k], items[k - 1] if k else None, column)
                                         or _label(items[k])))):
        run.append(k)
        k -= 1
    if k < 0 or not _ended(items[k]):
        return
    _mark(items, run)


def _top(items: list[Item], fulls: dict[int, float | None]) -> None:
    k = 0
    while k < len(items) and items[k].kind in _FURNITURE:
        k += 1
    while 0 < k < len(items) and _candidate(items[k]) and _top_label(items, k - 1):
        k -= 1                 # a label or letter-spaced title over the group's first headline
    run: list[int] = []
    column = page_column(fulls)
    while k < len(items) and (_top_label(items, k)
                              or (_candidate(items[k])
                                  and (not _wrapped(items[k], column) or _headed_on(items, k, column)))
                              or (bool(run) and _stop_head(items[k], items[k + 1] if k + 1 < len(items) else None,
                                                           column))):
        run.append(k)
        k += 1
    if (run and k + 1 < len(items) and _candidate(items[k]) and len(items[k].lines) == 1
            and _opens_story(items[k + 1])):
        # a one-line headline as wide as the column, over a comma, reads like wrapped text
        # running on — but not into a story that opens under it
        run.append(k)
        k += 1
    if k >= len(items):
        return
    nxt = items[k]
    opens = _opens_story(nxt)
    if not opens and nxt.kind == "block":
        # the first story's lead without a printed indent: it must not read as the rest of a
        # sentence the last block of the run began (that block ends a headline, not a clause)
        opens = len(nxt.lines) > LEAD_LINES
    if opens:
        _mark(items, run)


def _headed_on(items: list[Item], k: int, column: float | None) -> bool:
    """Is the block after `k` a headline-like block that is not column text? Then block `k`,
    though its lines fill the column like wrapped text (a title a narrow box wrapped), has no
    text running on after it: it is one more headline of the group."""
    return k + 1 < len(items) and _candidate(items[k + 1]) and not _wrapped(items[k + 1], column)


def _opens_story(item: Item) -> bool:
    """Does a story open at `item`: a byline line, a jump marker, a column label ('简讯', '短评'),
    a dateline lead or a printed indent?"""
    return (item.kind in ("byline", "from") or bool(item.kind == "header" and item.lines[0].data.get("label"))
            or (item.kind == "block" and (starts_with_lead(item)
                                          or item.lines[0].text.startswith(("\u3000\u3000", "    ")))))


def _label(item: Item) -> bool:
    """A line the line stage read as page furniture that a group prints among its headlines:
    a letter-spaced title ('五 角 大 楼') or a column label ('全球经济观察') — among the
    headlines it is a kicker or a title, no running header."""
    return item.kind == "rheader" or (item.kind == "header" and bool(item.lines[0].data.get("label")))


def _top_label(items: list[Item], k: int) -> bool:
    """A label (`_label`) in a group at the top of the page: the group goes on under it. A
    简讯 box's label under the group opens the box — its first item's headline is under it and
    story text under that — so a 简讯-like label counts only with more headlines after the
    block under it."""
    if not _label(items[k]) or k + 1 >= len(items) or not _candidate(items[k + 1]):
        return False
    if items[k].lines[0].data.get("label") != "brief":
        return True
    return k + 2 < len(items) and items[k + 1].blanks_before == 0 and _candidate(items[k + 2])


def _mark(items: list[Item], run: list[int]) -> None:
    blocks = [k for k in run if items[k].kind == "block"]
    # (a line closed by '。' counts for no headline: only the others make a run a group)
    heads = sum((items[k].kind == "block" and _candidate(items[k])) or items[k].kind == "rheader" for k in run)
    if heads < GROUP_MIN:
        return
    for k in sorted((k for k in run if _label(items[k])), reverse=True):
        label = items[k]
        if label.kind == "rheader":
            # a title set letter-spaced reads as its words only without the spaces
            label.lines = [replace(l, text=l.data.get("title") or l.text, kind="text") for l in label.lines]
        below = items[k + 1] if k + 1 < len(items) else None
        if below is not None and below.kind == "block" and below.blanks_before == 0 and k + 1 in run:
            below.lines[:0] = label.lines          # a kicker printed over its title in one box
            below.blanks_before = label.blanks_before
            del items[k]
            blocks = [b - 1 if b > k else b for b in blocks]
        else:
            label.kind = "block"                   # a headline or kicker of its own
            blocks.append(k)
    for k in blocks:
        items[k].role = "head"
