"""Characters → lines → regions → columns → reading order, by position only.

A *line* is a run of characters on one baseline in one size, with no gap wider than a
character. The *body size* is the most common size on the page (counted by characters). A
*region* is the part of the page under one horizontal rule (stories are set apart by rules,
boxes are framed by them); a page without rules is one region. Inside a region, lines that
span several columns (headlines over a multi-column story) cut it into horizontal bands, and a
band is read column by column, top to bottom.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from generator.ingest.pdf.read import Char, RawPage, Rule
from generator.ingest.split.stories import kinds
from generator.ingest.split.classify.lines import _FROM
from generator.ingest.split.text.normalize import normalize_text


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    bold: bool
    no: int = 0                 # position in the page's reading order (1-based)
    region: int = -1
    col: int = 0
    vertical: bool = False      # set top to bottom, one character per row (a vertical headline)
    boxes: tuple = ()           # (x0, x1) of each character but spaces, as printed

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Region:
    x0: float
    x1: float
    top: float
    boxed: bool = False
    lines: list[Line] = field(default_factory=list)
    cols: list[tuple[float, float]] = field(default_factory=list)   # (x0, x1) of each column


# Some PDF fonts map ideographs to the CJK Radicals Supplement block (⻓ for 长, ⺠ for 民); the
# text splitter's normalisation knows the Kangxi radicals, these are the ones that stand for a
# whole character.
RADICALS = str.maketrans(dict(zip(
    "⺠⻅⻆⻉⻋⻓⻔⻙⻚⻛⻜⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳⻘⻝⻄⻣⻤⺩⻑⻁⺟⻫⻭⻯⻲",
    "民见角贝车长门韦页风飞马鱼鸟卤麦黄黾齐齿龙龟青食西骨鬼王長虎母斉歯竜亀")) | {0x2215: "/"})


def _bold(font: str) -> bool:
    f = font.lower()
    return any(w in f for w in ("bold", "heavy", "black", "semibold", "demi", "hei")) and "light" not in f


def make_lines(chars: list[Char]) -> list[Line]:
    """Group characters into lines: same baseline (within a fifth of the size), same size, no
    gap wider than 1.2 characters. Spaces in the PDF are kept where they stand between words."""
    # the size most characters are set in (the body's): only larger type has its gutters cut
    # by `_gutters` (a byline's '文/图 X' may be set a character apart)
    common = Counter(round(c.size, 1) for c in chars if c.text.strip()).most_common(1)
    big = common[0][0] * 1.05 if common else 0.0
    rows: dict[tuple[int, int], list[Char]] = {}
    for c in chars:
        if not c.text:
            continue
        key = (round(c.bottom / max(c.size * 0.25, 0.5)), round(c.size * 4))
        rows.setdefault(key, []).append(c)
    pieces: dict[tuple[int, int], list[list[Char]]] = {}
    for key, cs in rows.items():
        cs.sort(key=lambda c: c.x0)
        run: list[Char] = []
        out_row = pieces[key] = []
        for c in cs:
            if run and c.x0 - run[-1].x1 > 1.2 * c.size:
                out_row += _gutters(run) if run[0].size > big else [run]
                run = []
            run.append(c)
        if run:
            out_row += _gutters(run) if run[0].size > big else [run]
    # a wide gap is a gutter between columns only when the lines just above and below leave it
    # empty too; a gap justification opened around a Latin word is crossed by its neighbours
    spans: dict[tuple[int, int], list[tuple[float, float]]] = {
        k: [(r[0].x0, r[-1].x1) for r in v] for k, v in pieces.items()}
    boxes: dict[tuple[int, int], list[tuple[float, float]]] = {
        k: [(c.x0, c.x1) for r in v for c in r if c.text.strip()] for k, v in pieces.items()}
    out: list[Line] = []
    for key, runs in pieces.items():
        near = [s for (b, z), v in spans.items() if z == key[1] and b != key[0]
                and abs(b - key[0]) <= 10 for s in v] if len(runs) > 1 else []
        merged = [runs[0]]
        for r in runs[1:]:
            a, b = merged[-1][-1].x1 + 1, r[0].x0 - 1
            size = r[0].size
            latin = merged[-1][-1].text.isascii() or r[0].text.isascii()
            # a wider gap next to a Latin word (a narrow column justified around long words)
            # is no gutter when the characters of the rows around it leave no strip of it empty
            if b - a < 3.5 * size and any(x0 < a and x1 > b for x0, x1 in near) or \
                    latin and b - a < 8 * size and not _hole(a, b, key, boxes, size):
                merged[-1] = merged[-1] + r
            else:
                merged.append(r)
        out += [_line(r) for r in merged]
    out = [l for l in out if l.text.strip()]
    out.sort(key=lambda l: (l.top, l.x0))
    return stack_vertical(out)


def _gutters(run: list[Char]) -> list[list[Char]]:
    """A run of large type cut where a gap stands out: wider than 0.8 of a character and than
    three times the run's usual gap and a fifth of a character (a gutter between two columns'
    headlines is narrower than 1.2 of their characters; a letter-spaced line's gaps are all
    alike)."""
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])]
    if not gaps or max(gaps) <= 0.8 * run[0].size:
        return [run]
    usual = sorted(gaps)[len(gaps) // 2]
    out, cur = [], [run[0]]
    for c, g in zip(run[1:], gaps):
        if g > 0.8 * c.size and g > 3 * max(usual, 0.0) + 0.2 * c.size:
            out.append(cur)
            cur = []
        cur.append(c)
    out.append(cur)
    return out


_MARK = re.compile(r"[，。、；：！？,.;:!?）)」』”’]")


def _hole(a: float, b: float, key: tuple[int, int], boxes: dict, least: float) -> bool:
    """Does the strip a..b keep an empty part at least `least` wide through the rows of this
    size around row `key` (a gutter between columns does)?"""
    cover = sorted((x0, x1) for (row, z), v in boxes.items() if z == key[1] and abs(row - key[0]) <= 10
                   for x0, x1 in v if x1 > a and x0 < b)
    at = a
    for x0, x1 in cover:
        if x0 - at >= least:
            return True
        at = max(at, x1)
    return b - at >= least


def stack_vertical(lines: list[Line]) -> list[Line]:
    """Characters set vertically — each row of a vertical headline is a 'line' of one character
    (two, for a headline wrapped into two vertical columns) — as one vertical Line: characters
    of such short rows stacked at one x in one size and font form a column, at least three
    deep; columns side by side with level tops are one headline, read right to left (vertical
    text runs right to left). A row is first cut where its characters stand 0.7 of a character
    or more apart (two vertical headlines side by side, a gutter between them, give rows of
    three or four characters); pieces of three or more characters are never taken apart, so
    a horizontal headline of several lines set one above the other stays as it is, and so
    does a letter-spaced row ('政 府 工 作', a character per run)."""
    cells: list[tuple[Line, str, float, float]] = []      # (row, character, x0, x1)
    for l in lines:
        text = "".join(l.text.split())
        if len(l.boxes) != len(text) or not text:
            continue
        if len(text) <= 2:
            if not _spaced_row(l, lines):
                cells += [(l, ch, x0, x1) for ch, (x0, x1) in zip(text, l.boxes)]
            continue
        if len(text) > 6:
            continue
        pieces, piece = [], [0]
        for k in range(1, len(text)):
            if l.boxes[k][0] - l.boxes[k - 1][1] >= 0.7 * l.size:
                pieces.append(piece)
                piece = []
            piece.append(k)
        pieces.append(piece)
        if len(pieces) > 1 and all(len(p) <= 2 for p in pieces):
            cells += [(l, text[k], *l.boxes[k]) for p in pieces for k in p]
    cells.sort(key=lambda c: (c[0].top, c[2]))
    chains: list[list[tuple[Line, str, float, float]]] = []
    for cell in cells:
        row, char, x0, x1 = cell
        # a mark set vertically sits off the column's axis (a comma in the upper right of its
        # cell): it joins a column it lies inside; other characters are centred on its axis
        off = 0.5 if _MARK.match(char) else 0.25
        for ch in chains:
            last = ch[-1][0]
            axis = next(((a + b) / 2 for _, c, a, b in ch if not _MARK.match(c)), None)
            if axis is None:            # a column opening with a mark: its axis is not known yet
                axis, near = (ch[0][2] + ch[0][3]) / 2, 0.5
            else:
                near = off
            if last is not row and last.font == row.font and abs(last.size - row.size) < 0.3 and \
                    abs(axis - (x0 + x1) / 2) <= near * row.size and \
                    -0.2 * row.size <= row.top - last.bottom <= 1.0 * row.size:
                ch.append(cell)
                break
        else:
            chains.append([cell])
    chains = [ch for ch in chains if len(ch) >= 3]
    chains.sort(key=lambda ch: -ch[0][2])               # right to left
    groups: list[list[list]] = []
    for ch in chains:
        # (headlines one above the other at one x: their columns come in turn)
        head = ch[0][0]
        g = next((g for g in groups if abs(g[-1][0][0].size - head.size) < 0.3 and _beside(g[-1], ch)), None)
        if g:
            g.append(ch)
        else:
            groups.append([ch])
    # every character of every row a headline takes must be in a vertical headline (it or one
    # beside it); a headline failing that gives its rows back, which may fail another
    while True:
        taken: Counter = Counter(id(c[0]) for g in groups for ch in g for c in ch)
        keep = [g for g in groups if all(taken[id(c[0])] == len(c[0].boxes) for ch in g for c in ch)]
        if len(keep) == len(groups):
            break
        groups = keep
    used: set[int] = set()
    made: list[Line] = []
    for g in groups:
        members = [c for ch in g for c in ch]
        rows = {id(c[0]): c[0] for c in members}
        used.update(rows)
        rs = list(rows.values())
        made.append(Line("".join(c[1] for c in members), min(c[2] for c in members),
                         max(c[3] for c in members), min(r.top for r in rs), max(r.bottom for r in rs),
                         rs[0].size, rs[0].font, rs[0].bold, vertical=True))
    if not made:
        return lines
    out = [l for l in lines if id(l) not in used] + made
    out.sort(key=lambda l: (l.top, l.x0))
    return out


def _beside(right: list, left: list) -> bool:
    """Two stacked columns of one headline: the left one close by (set with the headline's line
    spacing: less than 0.7 of a character apart, where two headlines side by side are a gutter
    apart) and level with the right one over at least half its height (a short last column may
    be centred)."""
    size = right[0][0].size
    r_top, r_bottom = right[0][0].top, right[-1][0].bottom
    l_top, l_bottom = left[0][0].top, left[-1][0].bottom
    overlap = min(r_bottom, l_bottom) - max(r_top, l_top)
    return 0 <= right[0][2] - left[0][3] < 0.7 * size and \
        overlap >= 0.5 * min(r_bottom - r_top, l_bottom - l_top)


def _beside_vertical(v: Line, l: Line, lines: list[Line], body: float) -> bool:
    """Is head line `l` set beside vertical headline `v` — a kicker or subtitle level with its
    upper part, over the text on the headline's own side (the side of the nearer column) with
    nothing between them?"""
    if not v.top - 0.5 * body <= l.top < (v.top + v.bottom) / 2:
        return False
    side = own_side(v, lines, body)
    if side == "right" and l.x0 >= v.x1 - 1:
        a, b = v.x1, l.x0
    elif side == "left" and l.x1 <= v.x0 + 1:
        a, b = l.x1, v.x0
    else:
        return False
    return b - a < 30 * body and not any(
        o is not l and o is not v and o.x1 > a and o.x0 < b and o.bottom > l.top and o.top < l.bottom
        for o in lines)


def own_side(v: Line, lines: list[Line], body: float) -> str | None:
    """The side of a vertical headline its story's text stands on: that of the nearer text
    beside it (at most two body characters away)."""
    level = [l for l in lines if not l.vertical and l.bottom > v.top and l.top < v.bottom]
    gaps = [(l.x0 - v.x1, "right") for l in level if 0 <= l.x0 - v.x1 + 1 < 2 * body] + \
        [(v.x0 - l.x1, "left") for l in level if 0 <= v.x0 - l.x1 + 1 < 2 * body]
    return min(gaps)[1] if gaps else None


def vertical_story(v: Line, own: list[Line], lines: list[Line], body: float) -> tuple[float, float, float] | None:
    """The width and top of the story a vertical headline stands beside: the headline (and the
    head lines beside it, `own`) and, column by column away from it on its own side, the text
    columns that start level with its top — a story's columns set narrower than the page's to
    leave the headline room. None when no text starts beside it."""
    side = own_side(v, lines, body)
    if side is None:
        return None
    x0, x1 = v.x0, v.x1               # the columns found so far, from the headline outwards
    top, found = v.top, False
    # text starts level with the headline's top, or under the head lines beside it
    level = max([v.top] + [l.bottom for l in own if not l.vertical])
    near = [l for l in lines if not l.vertical and l not in own
            and v.top - 2 * body <= l.top and l.top <= v.top + 12 * body]
    others = [l for l in lines if l.vertical and l is not v]
    while True:
        edge = x1 if side == "right" else x0
        # the next column: text lines close to the edge (a first line indented by two characters)
        if side == "right":
            col = [l for l in near if l.size <= body * 1.05 and 0 <= l.x0 - edge + 1 < 3.5 * body]
        else:
            col = [l for l in near if l.size <= body * 1.05 and 0 <= edge - l.x1 + 1 < 3.5 * body]
        if not col:
            break
        # its edges: where most of its lines start and end (a byline over the story's columns
        # may run wider, a first line is indented, a last one short)
        a = Counter(round(l.x0) for l in col).most_common(1)[0][0]
        b = Counter(round(l.x1) for l in col).most_common(1)[0][0]
        mine = [l for l in near if a - 1 <= l.x0 and l.x1 <= b + 1]
        if not mine or any(w is not v and w.bottom > v.top and w.top < v.bottom and (
                0 <= w.x0 - b < 2 * body and own_side(w, lines, body) == "left"
                or 0 <= a - w.x1 < 2 * body and own_side(w, lines, body) == "right") for w in others):
            break                       # (the text of another vertical headline beside it)
        start = min(l.top for l in mine)
        if any(l.size > body * 1.05 for l in mine if l.top < start + 3 * body) or \
                start > level + 3 * body or any(
                    o.x1 > a and o.x0 < b and 0 <= start - o.bottom < 1.0 * body and o.top < v.top - body
                    for o in lines):
            break                       # another story's head, or text going on from above
        x0, x1, top, found = min(x0, a), max(x1, b), min(top, start), True
    if not found:
        return None
    return min([x0] + [l.x0 for l in own]), max([x1] + [l.x1 for l in own]), top


def _spaced_row(l: Line, lines: list[Line]) -> bool:
    """A one-character run with another run of its size on its row close by (runs part where
    the gap is wider than 1.2 characters): letter-spaced horizontal text, not a stack."""
    return len(l.boxes) == 1 and any(
        o is not l and abs(o.size - l.size) < 0.3 and abs(o.bottom - l.bottom) < 0.25 * l.size
        and (0 <= o.x0 - l.x1 < 3 * l.size or 0 <= l.x0 - o.x1 < 3 * l.size) for o in lines)


def _line(cs: list[Char]) -> Line:
    parts = []
    prev = None
    for c in cs:
        if prev is not None and c.text != " " and prev.text != " " and \
                c.x0 - prev.x1 > 0.45 * c.size and (c.text.isascii() and prev.text.isascii()):
            parts.append(" ")          # a gap between Latin words the PDF did not set as a space
        parts.append(c.text)
        prev = c
    text = normalize_text("".join(parts).translate(RADICALS))[0].strip()
    fonts = Counter(c.font for c in cs)
    font = fonts.most_common(1)[0][0]
    size = Counter(round(c.size, 1) for c in cs).most_common(1)[0][0]
    return Line(text, cs[0].x0, max(c.x1 for c in cs), min(c.top for c in cs),
                max(c.bottom for c in cs), size, font, _bold(font),
                boxes=tuple((c.x0, c.x1) for c in cs if not c.text.isspace()))


def body_style(lines: list[Line]) -> tuple[float, str]:
    """The page's body size and font: the size (and font) most characters are set in."""
    sizes: Counter = Counter()
    fonts: Counter = Counter()
    for l in lines:
        n = len(l.text)
        sizes[l.size] += n
        fonts[(l.size, l.font)] += n
    size = sizes.most_common(1)[0][0]
    font = max((f for f in fonts if f[0] == size), key=lambda f: fonts[f])[1]
    return size, font


def regions(page: RawPage, lines: list[Line], body: float) -> list[Region]:
    """Each line goes to the region of the nearest horizontal rule above it that spans it; lines
    under no rule form region 0 (everything, on a page without rules)."""
    hrules = sorted((r for r in page.rules if r.horizontal and r.x1 - r.x0 >= 4 * body),
                    key=lambda r: (r.top, r.x0))
    merged: list[Rule] = []
    for r in hrules:           # a double rule is one rule
        if merged and abs(r.top - merged[-1].top) < 4 and abs(r.x0 - merged[-1].x0) < 2 \
                and abs(r.x1 - merged[-1].x1) < 2:
            continue
        merged.append(r)
    vrules = [r for r in page.rules if r.vertical]
    inner = [r for r in merged if r.x1 - r.x0 < 0.9 * page.width or r.top > 0.12 * page.height]
    virtual: list[Rule] = []
    if len(inner) < 2:
        # stories set apart by space only: a rule where each headline stack (and each picture)
        # starts, as wide as the columns the story runs in
        virtual = virtual_rules(page, lines, body)
        merged += virtual
    regs = [Region(0.0, page.width, -1.0)]
    for r in merged:
        boxed = any(abs(v.x0 - r.x0) < 3 and abs(v.top - r.top) < 3 for v in vrules)
        regs.append(Region(r.x0, r.x1, r.top, boxed))
    for l in lines:
        best, best_top = 0, -1.0
        for n, g in enumerate(regs[1:], 1):
            if g.top <= l.top + 1 and g.top > best_top and g.x0 - 2 <= l.center <= g.x1 + 2:
                best, best_top = n, g.top
        regs[best].lines.append(l)
        l.region = best
    if virtual:
        cols = grid_columns(column_edges(lines, body), body)
        for g in regs[1:]:
            g.boxed = g.boxed or inset(g.lines, cols, body)
    return regs


def grid_columns(cols: list[tuple[float, float]], body: float) -> list[tuple[float, float]]:
    """The page's columns with each narrower one that stands on the grid of the others made as
    wide as they are: a box's padding narrows the text of the columns it fills (a box over one
    column on both sides — the column stays centred where one of theirs would be, a whole number
    of column pitches away; over several, on its outer side — the other edge stays on the
    grid), and nothing else shows where the column's edges are when the frame is not drawn."""
    widths = sorted(b - a for a, b in cols)
    if len(cols) < 3:
        return cols
    w = widths[len(widths) // 2]
    regular = [(a, b) for a, b in cols if abs((b - a) - w) < 0.5 * body]
    steps = [y[0] - x[0] for x, y in zip(regular, regular[1:]) if y[0] - x[0] >= w]
    if len(regular) < 2 or not steps:
        return cols
    pitch = min(steps)

    def on_grid(x: float, ref: float, tol: float) -> bool:
        return abs((x - ref) - round((x - ref) / pitch) * pitch) < tol

    out = []
    for a, b in cols:
        c = (a + b) / 2
        if w - 2 * body < b - a < w - 0.4 * body:
            if any(on_grid(b, rb, 0.3 * body) for _, rb in regular):
                a = b - w
            elif any(on_grid(a, ra, 0.3 * body) for ra, _ in regular):
                b = a + w
            elif b - a < w - body and any(on_grid(c, (ra + rb) / 2, 0.5 * body) for ra, rb in regular):
                a, b = c - w / 2, c + w / 2
        out.append((a, b))
    return out


def inset(lines: list[Line], cols: list[tuple[float, float]], body: float) -> bool:
    """Is the text of these lines set in from the outer edges of the page's columns it stands in
    (a box whose frame is not drawn keeps its padding)? At least three body lines, nine in ten
    of those in its first column half a character or more inside the column's left edge and of
    those in its last inside its right edge (a line holding a long Latin word may run into the
    padding)."""
    text = [l for l in lines if abs(l.size - body) < 0.3]
    if len(text) < 3:
        return False
    at = []
    for l in text:
        n = next((n for n, (a, b) in enumerate(cols) if a - body <= l.center <= b + body), None)
        if n is None:
            return False
        at.append(n)
    first, last = min(at), max(at)
    out = sum(1 for l, n in zip(text, at)
              if n == first and l.x0 - cols[n][0] < 0.5 * body or n == last and cols[n][1] - l.x1 < 0.5 * body)
    return out <= len(text) // 10


def reading_order(reg: Region, body: float) -> list[Line]:
    """The region's lines in reading order: bands cut by spanning lines, each read column by
    column."""
    lines = sorted(reg.lines, key=lambda l: (l.top, l.x0))
    if not lines:
        return []
    longest = max(l.width for l in lines)
    # columns: justified lines end flush at their column's right edge
    ends: list[list[Line]] = []
    for l in sorted((l for l in lines if l.width >= min(6 * body, 0.6 * longest) and l.size <= body * 1.05),
                    key=lambda l: l.x1):
        if ends and l.x1 - ends[-1][-1].x1 <= 1.0 * body:
            ends[-1].append(l)
        else:
            ends.append([l])
    found: list[tuple[int, float, float]] = []
    for g in ends:
        if len(g) < 2:
            continue
        x0s = Counter(round(l.x0) for l in g)
        left = min(x for x, n in x0s.items() if n >= max(1, x0s.most_common(1)[0][1] // 3))
        found.append((len(g), float(left), max(l.x1 for l in g)))
    cols = _distinct_columns(found, body) or [(min(l.x0 for l in lines), max(l.x1 for l in lines))]
    reg.cols = cols
    left, right = min(c[0] for c in cols), max(c[1] for c in cols)
    if reg.top >= 0:                  # under a rule: the rule gives the region's width
        left, right = min(left, reg.x0), max(right, reg.x1)

    def col_of(l: Line) -> int:
        best = 0
        for n, (a, _) in enumerate(cols):
            if l.x0 >= a - 1.2 * body:
                best = n
        return best

    def spanning(l: Line) -> bool:
        if len(cols) < 2:
            return False
        covered = sum(1 for a, b in cols if min(b, l.x1) - max(a, l.x0) > 1.5 * body)
        if covered >= 2:
            return True
        # a headline line centred over the region (a short title or subtitle over several columns)
        return l.size > body * 1.05 and abs((l.x0 - left) - (right - l.x1)) < 1.5 * body

    out: list[Line] = []
    band: list[Line] = []
    vline: Line | None = None           # the last vertical headline read

    def flush():
        for l in band:
            l.col = col_of(l)
        out.extend(sorted(band, key=lambda l: (l.col, l.top, l.x0)))
        band.clear()

    for l in lines:
        if l.vertical:
            # a vertical headline is read before the lines beside it (its story's text, on
            # whichever side, which may start higher: a column of text set without a break
            # up to the line beside the headline's top) and below it; lines above it, or
            # further up, come first
            def beside(b: Line) -> bool:
                return b.bottom > l.top - 2 * l.size and (b.x0 >= l.x1 - 1 or b.x1 <= l.x0 + 1)
            after = [b for b in band if beside(b)]
            for c in {col_of(b) for b in after}:
                run = sorted((b for b in band if col_of(b) == c and (b.x0 >= l.x1 - 1 or b.x1 <= l.x0 + 1)),
                             key=lambda b: -b.top)
                for up, down in zip(run[1:], run):
                    if down not in after or down.top - up.bottom > 2.5 * body:
                        break
                    after.append(up)
            band[:] = [b for b in band if b not in after]
            flush()
            l.col = col_of(l)
            out.append(l)
            band.extend(after)
            vline = l
        elif vline is not None and (l.size > body * 1.05 or _FROM.match(l.text.replace(" ", ""))) \
                and _beside_vertical(vline, l, lines, body):
            l.col = col_of(l)           # its kicker, subtitle or 上接 line, set beside it: read right after it
            out.append(l)
        elif spanning(l):
            flush()
            l.col = -1
            out.append(l)
        else:
            band.append(l)
    flush()
    return out


def page_lines(page: RawPage) -> tuple[list[Region], list[Line], float, str]:
    """Regions with their lines in reading order, all lines numbered in that order, and the
    body size and font."""
    lines = make_lines(page.chars)
    body, font = body_style(lines)
    regs = regions(page, lines, body)
    ordered: list[Line] = []
    for reg in sorted(regs, key=lambda g: (g.top, g.x0)):
        reg.lines = reading_order(reg, body)
        ordered += reg.lines
    for n, l in enumerate(ordered, 1):
        l.no = n
    return regs, ordered, body, font


def column_edges(lines: list[Line], body: float) -> list[tuple[float, float]]:
    """The page's text columns: justified lines end flush at their column's right edge, so the
    right edges many body lines share are the columns' (short last lines of paragraphs do not
    count)."""
    cand = [l for l in lines if abs(l.size - body) < 0.3 and l.width >= 5 * body]
    bins = Counter(round(l.x1 / 2) for l in cand)
    peaks = sorted(b for b, n in bins.items() if n >= 4)
    groups: list[list[int]] = []
    for b in peaks:
        if groups and (b - groups[-1][-1]) * 2 <= body:
            groups[-1].append(b)
        else:
            groups.append([b])
    found = []
    for g in groups:
        right = max(g) * 2 + 1
        mine = [l for l in cand if g[0] * 2 - 1 <= l.x1 <= right]
        x0s = Counter(round(l.x0) for l in mine)
        top_n = x0s.most_common(1)[0][1]
        left = min(x for x, n in x0s.items() if n >= max(1, top_n // 3))
        found.append((len(mine), float(left), max(l.x1 for l in mine)))
    return _distinct_columns(found, body)


def _distinct_columns(found: list[tuple[int, float, float]], body: float) -> list[tuple[float, float]]:
    """Columns from (lines, x0, x1) candidates: where two overlap (a few short lines ending
    level inside a column), the one more lines share is the column."""
    cols: list[tuple[float, float]] = []
    for _, a, b in sorted(found, key=lambda f: -f[0]):
        if all(a >= d - body or b <= c + body for c, d in cols):
            cols.append((a, b))
    return sorted(cols)


def _is_brief_label(l: Line) -> bool:
    return kinds.is_brief_label(l.text.replace(" ", ""))


def virtual_rules(page: RawPage, lines: list[Line], body: float) -> list[Rule]:
    """Rules a page without any would have: over each headline stack, spanning the columns the
    stack is centred over whose text starts right under it; over each picture."""
    cols = column_edges(lines, body)
    if not cols:
        return []
    big = sorted((l for l in lines if l.size > body * 1.05), key=lambda l: (l.top, l.x0))
    stacks: list[list[Line]] = []
    for l in big:
        for st in stacks:
            last = st[-1]
            if len(st) == 1 and _is_brief_label(last):
                continue                # a 简讯 label stands alone over its items
            if not l.vertical and 0 <= l.top - last.bottom < 1.2 * max(l.size, last.size) and \
                    min(l.x1, max(x.x1 for x in st)) > max(l.x0, min(x.x0 for x in st)) - body and \
                    not any(o.top >= last.bottom - 1 and o.bottom <= l.top + 1 and
                            min(o.x1, max(l.x1, last.x1)) > max(o.x0, min(l.x0, last.x0)) for o in lines):
                st.append(l)            # (a vertical headline starts a stack of its own; a line
                break                   # between two head lines parts them)
            if st[0].vertical and not l.vertical and _beside_vertical(st[0], l, lines, body):
                st.append(l)            # a kicker or subtitle set beside a vertical headline
                break
        else:
            stacks.append([l])
    small = [l for l in lines if l.size <= body * 1.05]
    # pictures: filled boxes at least three lines high, narrower than the page
    pictures = [r for r in page.rules if r.x1 - r.x0 > 4 * body and r.bottom - r.top > 3 * body
                and r.x1 - r.x0 < 0.9 * page.width]
    out: list[Rule] = []
    heads: list[tuple[float, float, float]] = []
    boxes: list[tuple[float, float, float, float]] = []    # 简讯 columns: x0, x1, top, label size
    for st in stacks:
        x0, x1 = min(l.x0 for l in st), max(l.x1 for l in st)
        top, bottom = min(l.top for l in st), max(l.bottom for l in st)
        if any(b0 - 2 <= x0 and x1 <= b1 + 2 and top > b_top and max(l.size for l in st) < size + 0.3
               for b0, b1, b_top, size in boxes):
            continue                    # an item's head in a 简讯 column (no larger than its label):
            #                             the column is one region
        own = list(st)
        for l in small:                 # a jump line (上接) printed right above the stack
            if 0 <= top - l.bottom < 2.5 * body and min(l.x1, x1) > max(l.x0, x0) - 12 * body and \
                    _FROM.match(l.text.replace(" ", "")):
                top = min(top, l.top)
                own.append(l)
        if st[0].vertical and (found := vertical_story(st[0], own, lines, body)) is not None:
            left, right, text_top = found
            top = min(top, text_top)
            out.append(Rule(left - 2, right + 2, top - 2, top - 1))
            heads.append((x0, x1, bottom))
            continue
        span = [n for n, (a, b) in enumerate(cols) if min(b, x1) - max(a, x0) > body]
        pics = [r for r in pictures if 0 <= r.top - bottom < 3 * body and min(x1, r.x1) > max(x0, r.x0)]
        if not span:
            # over no column of body text: a photo's headline (its caption in smaller type)
            # spans its picture; a vertical headline stands beside its story's column, the
            # nearer one when there is a column on either side
            gaps = {n: min(g for g in (a - x1, x0 - b) if g >= 0) for n, (a, b) in enumerate(cols)
                    if 0 <= a - x1 < 2 * body or 0 <= x0 - b < 2 * body}
            if pics or not gaps:
                left = min([x0] + [r.x0 for r in pics])
                right = max([x1] + [r.x1 for r in pics])
                out.append(Rule(left - 2, right + 2, top - 2, top - 1))
                heads.append((x0, x1, bottom))
                continue
            span = [min(gaps, key=gaps.get)]

        def empty_beside(n: int) -> bool:
            a, b = cols[n]
            # (a line reaching a character or more into the column: a wider headline beside
            # may be centred outside it)
            return not any(min(b, l.x1) - max(a, l.x0) > body and l.bottom > top and l.top < bottom
                           for l in lines if l not in own)

        def first_below(n: int) -> float | None:
            a, b = cols[n]
            tops = [l.top for l in small if a - 1 <= l.center <= b + 1 and l.top >= bottom - 1
                    and abs(l.size - body) < 0.3]
            return min(tops) if tops else None

        lo, hi = span[0], span[-1]
        if len(st) == 1 and _is_brief_label(st[0]):
            # a 简讯 label: its column runs over the columns beside whose text starts level
            # under it (a box of one or two columns, the label set at its left) up to a
            # headline of another story
            def box_text_starts(n: int) -> float | None:
                """The top of column n's text when it starts level under the label (the box's
                second column may start a little above the label's foot, or with an item's head)."""
                a, b = cols[n]
                mine = [l for l in lines if a - 1 <= l.center <= b + 1 and l not in own and l.bottom > top]
                if any(l.top < top + 0.5 * body for l in mine):
                    return None
                # (its text, or the head of its first item, no larger than the label)
                tops = [l.top for l in mine if abs(l.size - body) < 0.3 or body < l.size < st[0].size + 0.3]
                return min(tops) if tops and min(tops) - bottom < 3 * body else None

            # (a head no larger than the label over the next column is an item's: the box goes on)
            while hi + 1 < len(cols) and (below := box_text_starts(hi + 1)) is not None and \
                    not any(cols[hi][1] < l.center < cols[hi + 1][1] and top < l.top < below + 3 * body
                            and l.size > st[0].size + 0.3 for l in big):
                hi += 1
            # the box reaches the next column (its own may be found narrower than it is)
            # (and at least to where the label stands: the column found may be another's)
            boxes.append((min(cols[lo - 1][1] if lo else cols[lo][0] - 2 * body, x0 - 2 * body),
                          cols[hi + 1][0] if hi + 1 < len(cols) else cols[hi][1] + 2 * body, top, st[0].size))
            out.append(Rule(min(cols[lo][0], x0) - 2, max(cols[hi][1], x1) + 2, top - 2, top - 1))
            heads.append((x0, x1, bottom))
            continue
        while True:
            centre = (cols[lo][0] + cols[hi][1]) / 2
            mid = (x0 + x1) / 2
            grew = False
            ref = first_below(lo)
            if lo > 0 and hi < len(cols) - 1 and empty_beside(lo - 1) and empty_beside(hi + 1):
                a, b = first_below(lo - 1), first_below(hi + 1)
                if ref is not None and a is not None and b is not None and \
                        abs(a - ref) < 0.5 * body and abs(b - ref) < 0.5 * body:
                    lo, hi, grew = lo - 1, hi + 1, True
            if not grew and abs(centre - mid) > body:        # off centre: one more column,
                side = lo - 1 if mid < centre else hi + 1       # if that centres it better
                if 0 <= side < len(cols) and empty_beside(side) and \
                        abs((cols[min(lo, side)][0] + cols[max(hi, side)][1]) / 2 - mid) < abs(centre - mid) - body:
                    lo, hi = min(lo, side), max(hi, side)
                    grew = True
            if not grew:
                break
        # as wide as the columns, the stack and a jump line over it (set right, over the
        # story's last column)
        left = min([cols[lo][0]] + [l.x0 for l in own])
        right = max([cols[hi][1]] + [l.x1 for l in own])
        for r in pics:                  # a photo's headline: as wide as the picture under it
            left, right = min(left, r.x0), max(right, r.x1)
        out.append(Rule(left - 2, right + 2, top - 2, top - 1))
        heads.append((x0, x1, bottom))
    for r in pictures:                  # a rule over each picture, unless its headline is right above
        if not any(0 <= r.top - hb < 3 * body and min(hx1, r.x1) > max(hx0, r.x0) for hx0, hx1, hb in heads):
            out.append(Rule(r.x0 - 2, r.x1 + 2, r.top - 1, r.top))
    return out
