"""A byline line the extractor printed inside another story's sentence, moved under its headline.

A story's byline set on a line of its own between its headline and its text is a short line set
apart (centred or to one side); a PDF's plain-text extraction (pdftotext) may read it with the
column of another story it stands level with, in the middle of that story's sentence:

    参与多项涉及中国新疆维吾尔        <- column text, a full line, mid-sentence
    自治区医院的临床试验，其中

    文/图 陈波                      <- a byline: no story opens under it

    还包括多项由中国人民解放军        <- the sentence goes on
    附属医院参与的研究。
    …
    特朗普总统：伊朗协议将为世界带来“巨大成功”     <- a headline with no byline under it

    美国总统唐纳德·特朗普…

Column text that goes on across a break fills its column on every line but a paragraph's last;
so a byline between a full line that stops mid-sentence and a line that does not open a story
(no dateline lead, no paragraph indent) stands inside that sentence, and it is the byline of a
story further down. It moves under the next headline — one to three short lines set apart, over
a story's text with no byline of its own. A byline printed among the page's running header lines
(pdftotext reads a byline box at the top of a column with the header's baselines) stands apart
from every story the same way: it moves under the page's first headline when that one has none. Lines are
moved, never changed. Only on plain-text
pages: a Markdown converter prints a byline in its place.
"""
from __future__ import annotations

from generator.ingest.split.authors import bylines
from generator.ingest.split.heads.headshape import headline_like
from generator.ingest.split.classify.furniture import line_kind
from generator.ingest.split.classify.lines import Line, next_nonblank, prev_nonblank
from generator.ingest.split.text.textutil import CONTINUES, SENTENCE_MARKS, ends_sentence, full_width, last_meaningful, squash_spaces

SLACK = 1.0          # em: a full line may stop this short of the lines around it
MIN_RUN = 4          # text lines in a row: column text, not a headline block
HEAD_LINES = 3       # lines of a headline block
MIN_MEASURE = 8.0    # em: a narrower measure is a headline's box, not a text column
HEADER_LINES = 4     # lines of a running header printed over a byline that stands among them
NAME_CHARS = 8       # characters of a paper's name in the header


def _blank_around(lines: list[Line], i: int) -> tuple[int | None, int | None]:
    return prev_nonblank(lines, i), next_nonblank(lines, i)


def _run_above(lines: list[Line], p: int) -> list[Line]:
    """The text lines in a row that end at line `p`."""
    k = p
    while k - 1 >= 0 and lines[k - 1].kind == "text":
        k -= 1
    return lines[k:p + 1]


def _cut_column(lines: list[Line], p: int) -> float | None:
    """If line `p` ends column text mid-sentence on a full line, the column's measure."""
    run = _run_above(lines, p)
    if len(run) < MIN_RUN or "。" not in "".join(l.text for l in run):
        return None            # (a headline's lines over its byline hold no full stop)
    t = squash_spaces(lines[p].text.strip())
    if ends_sentence(t) and last_meaningful(t) not in CONTINUES:
        return None
    widths = sorted(full_width(squash_spaces(l.text.strip())) for l in run[:-1])
    measure = widths[len(widths) // 2]
    return measure if measure >= MIN_MEASURE and full_width(t) >= measure - SLACK else None


def _goes_on(lines: list[Line], n: int, measure: float) -> bool:
    """Does text line `n` go on with a sentence in the column (of `measure`): no indent, no
    dateline lead, a full line over more text?"""
    raw = lines[n].text
    if raw[:1] in " \u3000\t" or n + 1 >= len(lines) or lines[n + 1].kind != "text":
        return False
    t = squash_spaces("".join(l.text.strip() for l in lines[n:n + 3] if l.kind == "text"))
    return bylines.parse_lead(t) is None and full_width(squash_spaces(raw.strip())) >= measure - SLACK


def _headline_at(lines: list[Line], h: int) -> int | None:
    """If a headline block (1–3 short lines set apart) starts at `h` over a story's text with no
    byline under it, the index of its last line."""
    if lines[h].kind != "text" or (h and lines[h - 1].kind != "blank"):
        return None
    e = h
    while e + 1 < len(lines) and lines[e + 1].kind == "text":
        e += 1
    texts = [l.text for l in lines[h:e + 1]]
    if len(texts) > HEAD_LINES or not headline_like(texts) or any(ends_sentence(t) for t in texts):
        return None
    _, n = _blank_around(lines, e)
    if n is None or n == e + 1 or lines[n].kind != "text":
        return None            # (a byline, sub or marker under it: the head has its own)
    m = n
    while m + 1 < len(lines) and lines[m + 1].kind == "text":
        m += 1
    if m - n + 1 < MIN_RUN or headline_like([l.text for l in lines[n:m + 1]]):
        return None
    if bylines.parse_lead(squash_spaces("".join(l.text.strip() for l in lines[n:n + 3]))):
        return None            # (a dateline lead is the story's byline)
    return e


def _in_header(lines: list[Line], i: int, n: int) -> bool:
    """Does the byline at `i` stand among the page's running header lines: a header line (date,
    page number) under it, and above it nothing but header lines and a short name (the paper's)?"""
    if lines[n].kind not in ("header", "rheader"):
        return False
    above = [l for l in lines[:i] if l.kind != "blank"]
    return len(above) <= HEADER_LINES and all(
        l.kind in ("header", "rheader") or (l.kind == "text" and len(l.text.strip()) <= NAME_CHARS
                                           and not SENTENCE_MARKS.search(l.text)) for l in above)


def _first_head(lines: list[Line], n: int) -> int | None:
    """The last line of the page's first headline block after the header from `n` (1–3 lines set
    apart, no sentence, over a run of column text that opens with no byline of its own), if the
    page's first block is one."""
    # (a page name printed on a line of its own among the header's lines, '要闻', is header too)
    h = next((k for k in range(n, len(lines)) if lines[k].kind not in ("blank", "header", "rheader")
              and not (lines[k].kind == "text" and line_kind(lines[k].text) == "weak")), None)
    if h is None or lines[h].kind != "text" or lines[h - 1].kind != "blank":
        return None
    e = h
    while e + 1 < len(lines) and lines[e + 1].kind == "text":
        e += 1
    if e - h + 1 > HEAD_LINES or any(SENTENCE_MARKS.search(l.text) for l in lines[h:e + 1]):
        return None
    _, b = _blank_around(lines, e)
    if b is None or b == e + 1 or lines[b].kind != "text":
        return None
    m = b
    while m + 1 < len(lines) and lines[m + 1].kind == "text":
        m += 1
    if m - b + 1 < MIN_RUN or bylines.parse_lead(squash_spaces("".join(l.text.strip() for l in lines[b:b + 3]))):
        return None
    return e


def move_floating_bylines(lines: list[Line]) -> list[Line]:
    """`lines` with each byline printed inside another story's sentence moved under the next
    headline that has none (plain-text pages only)."""
    if any(l.kind == "heading" for l in lines):
        return lines
    moves: dict[int, int] = {}       # byline index → index of the line it goes after
    for i, l in enumerate(lines):
        if l.kind != "byline" or not bylines.parse_standalone(l.text.strip()):
            continue
        p, n = _blank_around(lines, i)
        if n is not None and n > i + 1 and _in_header(lines, i, n):
            target = _first_head(lines, n)
            if target is not None and target not in moves.values():
                moves[i] = target
            continue
        if p is None or n is None or lines[p].kind != "text" or lines[n].kind != "text":
            continue
        measure = None if n == i + 1 else _cut_column(lines, p)
        if measure is None or not _goes_on(lines, n, measure):
            continue
        target = next((e for h in range(n + 1, len(lines))
                       if (e := _headline_at(lines, h)) is not None and e not in moves.values()), None)
        if target is not None:
            moves[i] = target
    if not moves:
        return lines
    after: dict[int, list[int]] = {}
    for i, e in moves.items():
        after.setdefault(e, []).append(i)
    # the byline moves with the blank line under it: the sentence's two halves meet across one
    # blank line, and the byline stands apart under the headline
    gone = {j for i in moves for j in (i, i + 1)}
    out: list[Line] = []
    for k, l in enumerate(lines):
        if k in gone:
            continue
        out.append(l)
        for i in after.get(k, []):
            out.extend([lines[i + 1], lines[i]])
    return out
