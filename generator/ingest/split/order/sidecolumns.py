"""Two text columns side by side that pdftotext wove together, put back column after column.

pdftotext reads a page by baselines: where two columns of text stand side by side and their
lines sit on different baselines (another type size, another leading, a headline or a
paragraph's space pushing one column down), it prints both columns in one stream — a pair of
lines on one baseline as one line, the two pieces a space apart, and the other lines one by one
in the order of their baselines:

    世界卫生组织(WHO)警告说，刚 行实弹射击。此次演习在台湾
    “迅速蔓延”，疑似病例数目 中部台中市周边约20公里长
    的海岸线上同时展开，共设有
    八个阵地。

Read as printed, two columns (often two stories) become one run of text cut at every line, the
pieces of each read as headlines and stories of their own. Cues of the extractor's shape, not of
any words, tell the two columns apart:

- a space between two pieces of column text, each a column's measure wide, joins a line of the
  left column to a line of the right one: the left piece is the left column's, the right piece
  the right one's;
- every other line of the run goes on one of the two columns: the reading that makes each column
  read on — a line going on from a line that stopped mid-sentence cuts a word the page prints
  (or opens on a mark or a particle no line of its own starts with), a line never opens on one
  after a finished sentence, a line fits its column's measure — wins, found by a dynamic
  programme over the run (ties go to the column the baselines alternate to).

A run is re-read only when it holds at least `MIN_PAIRS` such space-joined lines; the left
column, then the right one after a blank line (the column break pdftotext prints), replace it.
A space-joined line becomes its two pieces, each numbered as the line; no other line changes and
no character is lost. Only on plain-text pages: a Markdown converter prints each paragraph on
one line.
"""
from __future__ import annotations

import re
from collections import Counter
from statistics import median

from generator.ingest.split.classify.lines import Line
from generator.ingest.split.text.textutil import HAN, ends_text, han_count, nonspace, width
from generator.ingest.split.text.wordcut import BOUND_START, cuts_page_word, page_bigrams

MIN_PAIRS = 2           # space-joined lines a woven run holds at least
MIN_PIECE = 4           # Han characters of each piece of a space-joined line
MAX_MEASURE = 24.0      # em: the widest column a woven piece is set to
SAME = 1.5              # em: a piece this near its column's measure fits it
MAX_RUN = 400           # lines of one run read by the programme
MAX_GAP = 8             # rows between two pairs of one woven stretch
WIDER = 3.0             # em: a pair is this much wider than the run's lines printed alone…
MIN_ALONE = 3           # …when the run has this many of them
# the space between two pieces: beside a Han character or a full-width mark on at least one side
# (a space between two Latin words is the words' own)
_GAP = re.compile(rf"(?<=[{HAN}，。、；：！？”’）》\)])[ \t\u3000]+|[ \t\u3000]+(?=[{HAN}“‘（《\(])")

# seam scores: how well a line goes on the column whose last line is given
GOES_ON = 2.0           # the seam cuts a word, or the line opens on a bound mark or particle
BROKEN = -3.0           # a line opens on a bound mark or particle after a finished sentence
MISFIT = -2.0           # a line wider than its column's measure
ALTERNATE = 0.3         # two lines in a row given to the two columns (baselines alternate)


def _pieces(text: str) -> list[tuple[str, str]]:
    """Every way to read `text` as a left and a right column piece joined by a space."""
    out = []
    for m in _GAP.finditer(text):
        left, right = text[:m.start()], text[m.end():]
        if han_count(left) >= MIN_PIECE and han_count(right) >= MIN_PIECE \
                and width(left) <= MAX_MEASURE and width(right) <= MAX_MEASURE:
            out.append((left, right))
    return out


def _seam(last: str | None, line: str, measure: float | None, words: Counter) -> float:
    """How well `line` goes on a column whose last line is `last` (None: the column's first)."""
    score = 0.0
    if measure is not None and width(line) > measure + SAME:
        score += MISFIT
    head = nonspace(line)[:1]
    if last is None:
        return score + (BROKEN if head in BOUND_START else 0.0)
    if ends_text(last):
        return score + (BROKEN if head in BOUND_START else 0.0)
    if head in BOUND_START or cuts_page_word(last, line, words):
        return score + GOES_ON
    return score


def _deal(rows: list[tuple[str, str] | str], first_left: str | None, measures: tuple[float, float],
          words: Counter) -> list[int]:
    """For each row (a pair, or a single line) the column a single line goes to (0 left, 1
    right; a pair's entry is 2): the reading with the best sum of seam scores."""
    # state: (column that got the row, index of the other column's last row or -1) → (score, back)
    texts: list[tuple[str, str]] = []
    for r in rows:
        texts.append(r if isinstance(r, tuple) else (r, r))

    def last_text(col: int, row: int) -> str | None:
        if row < 0:
            return first_left if col == 0 else None
        return texts[row][col] if isinstance(rows[row], tuple) else texts[row][0]

    states: dict[tuple[int, int], tuple[float, tuple | None]] = {(1, -1): (0.0, None)}
    # (before the run: the left column's last line is `first_left`, the right one has none; a
    # state (1, -1) says "the right column got the last row (none), the left one's is row -1")
    history: list[dict] = []
    for i, r in enumerate(rows):
        nxt: dict[tuple[int, int], tuple[float, tuple | None]] = {}
        for (col, other), (score, _) in states.items():
            prev = i - 1
            last = {col: prev, 1 - col: other}
            if isinstance(r, tuple):
                s = score + _seam(last_text(0, last[0]), r[0], measures[0], words) \
                    + _seam(last_text(1, last[1]), r[1], measures[1], words)
                key = (2, -2)
                if key not in nxt or s > nxt[key][0]:
                    nxt[key] = (s, (col, other))
                continue
            for to in (0, 1):
                s = score + _seam(last_text(to, last[to]), r, measures[to], words)
                if col in (0, 1) and to != col and prev >= 0 and not isinstance(rows[prev], tuple):
                    s += ALTERNATE
                key = (to, last[1 - to])
                if key not in nxt or s > nxt[key][0]:
                    nxt[key] = (s, (col, other))
        # a pair row: both columns' last row is this row
        states = {}
        for key, val in nxt.items():
            if key == (2, -2):
                states[(0, i)] = val        # (the left got row i, the right's last is row i too)
            else:
                states[key] = val
        history.append(dict(states))
    # walk back
    best = max(states.items(), key=lambda kv: kv[1][0])
    out: list[int] = []
    key = best[0]
    for i in range(len(rows) - 1, -1, -1):
        score, back = history[i][key]
        out.append(2 if isinstance(rows[i], tuple) else key[0])
        key = back
    return out[::-1]


def _rows(lines: list[Line], a: int, b: int) -> list[tuple[str, str] | str]:
    """lines[a:b] as rows: a pair of column pieces where a line is two columns' lines joined by
    a space, else the line's text."""
    # a pair is two column lines wide, wider than the run's lines printed alone (a byline's
    # space, '本报讯（记者 李明）今年…', sits inside one column line)
    alone = [width(lines[k].text) for k in range(a, b)
             if not _GAP.search(lines[k].text) and han_count(lines[k].text) >= MIN_PIECE]
    wide = median(alone) + WIDER if len(alone) >= MIN_ALONE else 0.0
    cands = [_pieces(lines[k].text) if width(lines[k].text) >= wide else [] for k in range(a, b)]
    sure = [c[0] for c in cands if len(c) == 1]
    if len(sure) < MIN_PAIRS:
        return [lines[k].text for k in range(a, b)]
    left = median(width(p[0]) for p in sure)
    rows: list[tuple[str, str] | str] = []
    for k, cand in zip(range(a, b), cands):
        text = lines[k].text
        if not cand and width(text) > left + SAME:
            # a right piece too short to tell alone ('…分开 动。'): a left piece to the measure
            cand = [(text[:m.start()], text[m.end():]) for m in _GAP.finditer(text)
                    if abs(width(text[:m.start()]) - left) <= SAME and han_count(text[:m.start()]) >= MIN_PIECE
                    and nonspace(text[m.end():])]
        if cand and width(text) > left + SAME:
            rows.append(min(cand, key=lambda p: abs(width(p[0]) - left)))
        else:
            rows.append(text)
    return rows


def _clusters(rows: list[tuple[str, str] | str]) -> list[tuple[int, int]]:
    """(first, last) pair rows of each woven stretch: pairs no more than `MAX_GAP` rows apart,
    at least `MIN_PAIRS` of them."""
    at = [k for k, r in enumerate(rows) if isinstance(r, tuple)]
    out: list[tuple[int, int]] = []
    group: list[int] = []
    for k in at:
        if group and k - group[-1] > MAX_GAP:
            if len(group) >= MIN_PAIRS:
                out.append((group[0], group[-1]))
            group = []
        group.append(k)
    if len(group) >= MIN_PAIRS:
        out.append((group[0], group[-1]))
    return out


def _unweave_run(run: list[Line], words: Counter) -> list[Line]:
    """One run of lines (no blank line inside) with each woven stretch put back column by
    column; the lines after a stretch go on the column their first line reads on from."""
    rows = _rows(run, 0, len(run))
    spans = _clusters(rows)
    if not spans:
        return run
    out: list[Line] = []
    done = 0
    for n, (a, b) in enumerate(spans):
        tail_end = spans[n + 1][0] if n + 1 < len(spans) else len(run)
        out.extend(run[done:a])
        part = rows[a:b + 1]
        pairs = [r for r in part if isinstance(r, tuple)]
        measures = (median(width(p[0]) for p in pairs), median(width(p[1]) for p in pairs))
        before = out[-1].text if out and out[-1].kind != "blank" else None
        deal = _deal(part, before, measures, words)
        cols: list[list[Line]] = [[], []]
        for k, (r, to) in enumerate(zip(part, deal)):
            src = run[a + k]
            if to == 2:
                cols[0].append(Line(src.no, r[0], "text"))
                cols[1].append(Line(src.no, r[1], "text"))
            else:
                cols[to].append(src)
        tail = run[b + 1:tail_end]
        if tail:
            lasts = [c[-1].text if c else None for c in cols]
            to_left = _seam(lasts[0], tail[0].text, measures[0], words) \
                > _seam(lasts[1], tail[0].text, measures[1], words)
            cols[0 if to_left else 1].extend(tail)
        out.extend(cols[0])
        if cols[1]:
            out.append(Line(cols[1][0].no, "", "blank"))
            out.extend(cols[1])
        done = tail_end
    out.extend(run[done:])
    return out


def unweave_columns(lines: list[Line], text: str) -> list[Line]:
    """`lines` with each stretch of two woven text columns put back left column, then right."""
    if any(l.kind == "heading" for l in lines):
        return lines
    words: Counter | None = None
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if lines[i].kind == "blank":
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind != "blank" and j - i < MAX_RUN:
            j += 1
        run = lines[i:j]
        if sum(1 for l in run if _GAP.search(l.text)) >= MIN_PAIRS:
            if words is None:
                words = page_bigrams(text)
            run = _unweave_run(run, words)
        out.extend(run)
        i = j
    return out
