"""A story's tail that the extractor printed after another story, moved back under it.

A PDF→Markdown converter orders a page's text blocks by position, so when a story runs on into a
column that another story's text fills further up, the converter prints the other story between
the two parts:

    人层面，对那些曾在华盛顿认        <- a full line, mid-sentence: the story goes on
    定与中国军方或技术转移风险
    # 一名美国公民认罪…               <- but the next story's headline follows
    …
    1日对他作出量刑判决。             <- that story ends a sentence
    有关的企业和机构工作过的人        <- a full line with no indent: no paragraph starts here
    施加入境和移民方面的后果。

Chinese columns indent a paragraph's first line by two characters, so a text line that fills its
column, after a blank and a finished sentence that ends on a short line (a paragraph's last),
cannot open a paragraph: it goes on with a sentence printed elsewhere. (After a full line that
ends a sentence, the converter's blank may fall inside a paragraph: no seam is read there.) The
sentence printed elsewhere is the last line of a story that stops mid-sentence on a full line
right before a headline (or a column label over one, '时评'). The rule moves the resumed run (up
to the next headline, or to a block set wider than the column after a finished sentence: a
picture's caption) back under the nearest such dangling story before it. Lines are moved, never changed: no character is lost or
repeated.

Only on Markdown-shaped pages (headings marked `#`), where the converter marks where each story
begins; plain column text interleaves columns line by line and has no such marks.
"""
from __future__ import annotations

import re
from typing import Callable

from generator.ingest.split.classify.lines import Line, next_nonblank, prev_nonblank
from generator.ingest.split.text.textutil import CONTINUES, ends_sentence, ends_text, full_width, last_meaningful
from generator.ingest.split.text.wordcut import word_across

WINDOW = 8          # text lines either side that tell the local column width
MIN_FULL = 8.0      # narrower 'columns' are lists and tables, not text columns
SLACK = 1.0         # a full line may stop this short of its column (justification, a moved Latin word)
OVER = 1.0          # a line wider than its column by more is not of it (a caption, a wide box)
STOPS = ("heading", "sub", "rheader", "header", "from", "to")    # line kinds that end a text run


def _column(widths: list[float], k: int) -> float | None:
    """The width most text lines near the k-th have: the column they are set in."""
    near = sorted(w for w in widths[max(0, k - WINDOW):k + WINDOW + 1] if w >= MIN_FULL)
    if len(near) < 3:
        return None
    return near[(len(near) * 3) // 4]


def fills_column(w: float, col: float | None) -> bool:
    """Is a line of width `w` a full line of its column (`col`, None: no column known)?"""
    return col is not None and col - SLACK <= w <= col + OVER


def stops_open(text: str) -> bool:
    """Does a line stop inside a sentence (no sentence end; a comma or an open clause)? A
    bracketed note after a finished sentence — a photo credit '（X 摄）', a signature — closes
    its text."""
    return not ends_text(text) or last_meaningful(text) in CONTINUES


def _printed(lines: list[Line], raw: list[str]) -> tuple[dict[int, str], dict[int, str]]:
    """The first and the last printed line of each text line (the classifier joins a paragraph
    that a break cut across a blank line; widths are read on the lines as printed)."""
    first: dict[int, str] = {}
    last: dict[int, str] = {}
    for i, l in enumerate(lines):
        if l.kind != "text" or not 1 <= l.no <= len(raw):
            continue
        end = lines[i + 1].no if i + 1 < len(lines) else len(raw) + 1
        printed = [raw[n - 1].strip() for n in range(l.no, max(end, l.no + 1)) if n <= len(raw) and raw[n - 1].strip()]
        if not printed or not l.text.strip().startswith(printed[0]) or not l.text.rstrip().endswith(printed[-1]):
            continue
        first[i], last[i] = printed[0], printed[-1]
    return first, last


def page_columns(lines: list[Line], text: str) -> tuple[dict[int, str], dict[int, str], list[int], dict[int, float | None]]:
    """(first and last printed line of each text line, the text lines in order, the column each
    is set in), read on the lines of page `text` as printed."""
    first, last = _printed(lines, text.split("\n"))
    texts = sorted(first)
    widths = [full_width(first[i]) for i in texts]
    return first, last, texts, {i: _column(widths, k) for k, i in enumerate(texts)}


def opens_run(lines: list[Line], i: int, first: dict[int, str], last: dict[int, str],
              col: dict[int, float | None], full_end: bool = False) -> bool:
    """Does text line `i` open a run printed away from its story: after a blank, under a
    paragraph that ends a sentence short of its column, on a full line (no paragraph indent)?
    `full_end`: also under a sentence that ends at a full line's end (the caller has other
    evidence of a seam there)."""
    p = prev_nonblank(lines, i)
    if p is None or p == i - 1 or lines[p].kind != "text" or not ends_sentence(lines[p].text):
        return False
    if not full_end and p in last and col[p] is not None and full_width(last[p]) >= col[p] - SLACK:
        return False        # a sentence that ends at a full line's end may go on in the next
    return fills_column(full_width(first[i]), col[i])      # (an indented line opens a paragraph)


def opens_after_signature(lines: list[Line], i: int, first: dict[int, str], col: dict[int, float | None]) -> bool:
    """Does text line `i` open a run printed away from its story right under a closing
    signature ('文/图 X' on a line of its own under a finished sentence): a full line, no
    paragraph indent, so no story's opening paragraph — the story the signature closes has
    ended, and a story opening after it would have its headline first."""
    p = prev_nonblank(lines, i)
    if p is None or p == i - 1 or lines[p].kind != "byline" or i not in first:
        return False
    q = prev_nonblank(lines, p)
    if q is None or lines[q].kind != "text" or not ends_text(lines[q].text):
        return False
    return fills_column(full_width(first[i]), col[i])


def move_runs(lines: list[Line], moves: list[tuple[int, int, int]]) -> list[Line]:
    """`lines` with each run (after line, first, last) moved to just after its line: lines are
    moved, never changed."""
    if not moves:
        return lines
    moved = {j for _, f, e in moves for j in range(f, e + 1)}
    runs = {after: (f, e) for after, f, e in moves}
    out: list[Line] = []
    for i, l in enumerate(lines):
        if i in moved:
            continue
        out.append(l)
        if i in runs:
            f, e = runs[i]
            out.extend(lines[f:e + 1])
    return out


LABEL_MAX = 8       # characters of a column label over a headline ('时评', '<mark>短评</mark>')
_TAG = re.compile(r"</?\w+>")


def heads_next(lines: list[Line], n: int) -> bool:
    """Does a headline start at line n — a heading, or a short column label over one?"""
    if lines[n].kind == "heading":
        return True
    label = _TAG.sub("", lines[n].text).strip()
    h = next_nonblank(lines, n)
    return (lines[n].kind == "text" and 0 < len(label) <= LABEL_MAX and not ends_sentence(label)
            and h is not None and lines[h].kind == "heading")


def _run_end(lines: list[Line], i: int, col: dict[int, float | None]) -> int:
    """The last line of a resumed run opening at text line i: the line before the next headline
    or marker — or before a block set wider than the column (a picture's caption), when a
    sentence ends right above it."""
    end = i
    while end + 1 < len(lines) and lines[end + 1].kind not in STOPS:
        nxt = end + 1
        if (lines[nxt].kind == "text" and lines[end].kind == "blank" and col.get(i) is not None
                and full_width(lines[nxt].text.strip()) > col[i] + OVER):
            k = end
            while lines[k].kind == "blank":
                k -= 1
            if lines[k].kind == "text" and ends_sentence(lines[k].text):
                break
        end = nxt
    while lines[end].kind == "blank":
        end -= 1
    return end


def resume_runs(lines: list[Line], text: str,
                stops_before_head: Callable[[list[Line], int, int, dict[int, str], dict[int, float | None]], bool],
                run_end: Callable[[list[Line], int, dict[int, float | None]], int]) -> list[Line]:
    """`lines` with each run that resumes a story moved back under the line that story stopped
    on. `stops_before_head(lines, i, n, last, col)`: does the story stop mid-sentence on text
    line i, with a headline at the next non-blank line n? `run_end(lines, i, col)`: the last
    line of a run opening at text line i. The page shapes differ only in those two readings."""
    first, last, texts, col = page_columns(lines, text)
    # text lines a story stops on mid-sentence, before a headline (in line order)
    dangling = [i for i in texts if _dangles(lines, i, last, col, stops_before_head)]
    stops = set(dangling)
    moves: list[tuple[int, int, int]] = []    # (after line, first, last) of each run to move
    for i in texts:
        if i in stops:
            continue
        early = _early_tail(lines, i, first, last, col, dangling, moves, run_end)
        if early is not None:
            moves.append(early)
            continue
        plain = opens_run(lines, i, first, last, col) or opens_after_signature(lines, i, first, col)
        if not plain and not opens_run(lines, i, first, last, col, full_end=True):
            continue
        owner = next((d for d in reversed(dangling) if d < i and not any(d == m[0] for m in moves)), None)
        if owner is None or any(owner < f <= e or f <= owner <= e for _, f, e in moves):
            continue
        if not plain and (owner not in last or word_across(last[owner], first[i]) is None):
            # under a sentence ending at a full line's end the paragraph may go on; only a
            # word the story's last line cuts and the run's first line finishes ('…澳大利亚
            # 队的训' / '练营设在…') tells the run is that story's
            continue
        end = run_end(lines, i, col)
        if lines[end].kind != "text" or not ends_sentence(lines[end].text):
            continue
        moves.append((owner, i, end))
    return move_runs(lines, moves)


def _dangles(lines: list[Line], i: int, last: dict[int, str], col: dict[int, float | None],
             stops_before_head: Callable[..., bool]) -> bool:
    n = next_nonblank(lines, i)
    return n is not None and n > i + 1 and stops_before_head(lines, i, n, last, col)


def _early_tail(lines: list[Line], i: int, first: dict[int, str], last: dict[int, str],
                col: dict[int, float | None], dangling: list[int], moves: list[tuple[int, int, int]],
                run_end: Callable[[list[Line], int, dict[int, float | None]], int]) -> tuple[int, int, int] | None:
    """A story's tail printed right under another story's headline, before the story it ends:
    a full line (no paragraph indent) opening inside a word that exactly one story stopping
    mid-sentence before a headline cuts ('…在帖文中写' / '道，“我们将…'), the run ending a
    sentence. (A headline's own story opens on a whole word; the tail goes back under the
    story it finishes.)"""
    p = prev_nonblank(lines, i)
    if p is None or p == i - 1 or lines[p].kind != "heading" or i not in first:
        return None
    if not fills_column(full_width(first[i]), col[i]):
        return None
    owners = [d for d in dangling if d in last and word_across(last[d], first[i]) is not None]
    if len(owners) != 1 or owners[0] < i or any(owners[0] == m[0] for m in moves):
        return None         # (a story stopping right over the headline is the headline's own)
    end = _tail_end(lines, i, run_end(lines, i, col))
    if lines[end].kind != "text" or not ends_sentence(lines[end].text) or end >= owners[0]:
        return None
    return owners[0], i, end


GAP = 3             # blank lines a converter prints between two stories' blocks (2 inside one)


def _tail_end(lines: list[Line], i: int, end: int) -> int:
    """The last line of a tail opening at line i: its first sentence end over a gap of GAP
    blank lines or more (the next block is another story's), else `end`."""
    for k in range(i, end):
        gap = 0
        while k + 1 + gap <= end and lines[k + 1 + gap].kind == "blank":
            gap += 1
        if gap >= GAP and lines[k].kind == "text" and ends_sentence(lines[k].text):
            return k
    return end


def _stops_before_heading(lines: list[Line], i: int, n: int, last: dict[int, str],
                          col: dict[int, float | None]) -> bool:
    return heads_next(lines, n) and fills_column(full_width(last[i]), col[i]) and stops_open(last[i])


def resume_pieces(lines: list[Line], text: str) -> list[Line]:
    """`lines` (classified from page `text`) with each resumed run of a story's text moved back
    under the story it continues (Markdown-shaped pages only)."""
    if not any(l.kind == "heading" for l in lines):
        return lines
    return resume_runs(lines, text, _stops_before_heading, _run_end)
