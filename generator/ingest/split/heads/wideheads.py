"""Column pages: headline lines set wider than the column, inside a block of text.

A column extraction wraps body text at the column width: no body line is wider than its column
(a punctuation mark may hang past the edge). A headline is set across several columns, so its
line runs over the column of the story under it — and when the page prints no blank line around
it, that width is what sets it apart. A wide line that is no finished sentence, no byline and no
credit, printed after finished text and before a line that opens a paragraph (indented, a
dateline lead, a byline) or the end of its block, is a headline; short unpunctuated lines right
over it (a kicker) and under it (the rest of a wrapped title, a subtitle) belong to it.
"""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.heads.headshape import inner_semicolons
from generator.ingest.split.heads.headstacks import STACK_MAX
from generator.ingest.split.classify.latinwrap import pushed_short
from generator.ingest.split.units.reflow import WRAPPED_MAX, hung_width, overfull
from generator.ingest.split.text.textutil import (CONTINUES, ENUMERATOR, HAN, ends_sentence, ends_text, full_width, han_count, last_meaningful,
                                             nonspace, printed_indent, squash_spaces, width)

WIDE_CHARS_MAX = 60      # characters: the longest headline set on one line
SHORT = 3.5              # em short of the column: no wrapped line but a paragraph's last stops there
KICK_MAX = 2             # lines of kicker over the title
_SUB = re.compile(r"^\s*(?:——|──|－－|--)\s*\S")
_PHRASE = re.compile(f"[{HAN}]+")
_STOPS = re.compile(r"[。]")       # (a '；' between two clauses: `inner_semicolons`)
_PAIRS = ("“”", "（）", "()", "《》", "「」")


def _balanced(t: str) -> bool:
    return all(t.count(a) == t.count(b) for a, b in _PAIRS)


def plain_line(t: str) -> bool:
    """No sentence, no byline, no credit: words a headline could be."""
    if not t or _STOPS.search(t) or inner_semicolons(t) or ends_sentence(t) or last_meaningful(t) in CONTINUES:
        return False
    if han_count(t) < 2 or len(nonspace(t)) > WIDE_CHARS_MAX or not _balanced(t) or ENUMERATOR.match(t):
        return False           # (a numbered line is a sub-heading of the story)
    return not (bylines.parse_lead(t) or bylines.parse_tail(t) or bylines.parse_credit_line(t)
                or bylines.parse_standalone(t))


def over_column(text: str, full: float | None) -> bool:
    """Is the line wider than its column, beyond what hanging marks explain?"""
    if full is None:
        return False
    t = squash_spaces(text.strip())
    return overfull(t, full) or hung_width(t) > WRAPPED_MAX


def wide_line(text: str, full: float | None) -> bool:
    t = squash_spaces(text.strip())
    return over_column(text, full) and han_count(t) >= 4 and plain_line(t)


def _wide_open(texts: list[str], i: int, full: float) -> bool:
    """A wide line broken at a comma or colon ('救援人员搜寻委内瑞拉地震幸存者，') over the
    plain rest of its headline: the first line of a headline broken where its sense breaks."""
    t = squash_spaces(texts[i].strip())
    if i + 1 >= len(texts) or t[-1:] not in "，、：,:" or not over_column(t, full):
        return False
    nxt = squash_spaces(texts[i + 1].strip())
    return han_count(t) >= 4 and plain_line(t[:-1]) and plain_line(nxt) and width(nxt) <= width(t) + 2


def _short_line(text: str, full: float) -> bool:
    """A plain line stopping well short of the column (a kicker, a title's second line)."""
    t = squash_spaces(text.strip())
    return plain_line(t) and width(t) <= full - SHORT


def _indent_wide(text: str, full: float) -> bool:
    """A phrase with no mark an indent short of the column. Over a line of a head
    stack it is a kicker: a paragraph's indented first line that ends no sentence goes on into
    a full line, never into a short or over-wide one."""
    t = squash_spaces(text.strip())
    return _PHRASE.fullmatch(t) is not None and full - 2.75 <= width(t) <= full - 1.25


def _short_open(text: str, full: float) -> bool:
    """A line well short of the column broken at a comma or colon ('特朗普总统：'): over a line of
    a head stack it is the first part of the title; wrapped text fills its column."""
    t = squash_spaces(text.strip())
    return t[-1:] in "，：,:" and plain_line(t[:-1]) and width(t) <= full - SHORT


def _opens(texts: list[str], b: int, full: float) -> bool:
    """Does line `b` open a paragraph (or a story): indented, a dateline lead, a byline?"""
    t = texts[b]
    if printed_indent(t):
        return True
    s = squash_spaces(t.strip())
    if bylines.parse_lead(squash_spaces("".join(x.strip() for x in texts[b:b + 3]))) or bylines.parse_standalone(s):
        return True
    return full - 2.75 <= width(s) <= full - 1.25


def _done(texts: list[str], i: int, lo: int, prev_done: bool) -> bool:
    """Finished text (or the block's start after finished text, or a headline run) right
    above line `i`; `lo` is where the lines after the last run found start."""
    if i == lo:
        return prev_done if i == 0 else True
    return ends_text(squash_spaces("".join(t.strip() for t in texts[max(0, i - 4):i])))


def _wrapped_rest(texts: list[str], b: int, full: float) -> bool:
    """Is line `b` the rest of the headline line over it, set wider than the column, that its
    box wrapped inside a word, a number or a quotation (`wrapcut.box_wrap`)? A column line never
    passes its measure and a paragraph's line breaks are no business of a headline's; the rest
    goes with the line it finishes, however wide, and the block's last line or one over a
    paragraph's opening."""
    from generator.ingest.split.heads.wrapcut import box_wrap
    upper, lower = squash_spaces(texts[b - 1].strip()), squash_spaces(texts[b].strip())
    return (wide_line(texts[b - 1], full) and plain_line(lower) and width(lower) < width(upper)
            and box_wrap(upper, lower) and (b + 1 == len(texts) or _opens(texts, b + 1, full)))


def head_runs(texts: list[str], fulls: list[float | None], prev_done: bool) -> list[tuple[int, int]]:
    """Runs [a, b) of a block's lines that are a headline set over its column (see the module
    note), in order and apart."""
    runs: list[tuple[int, int]] = []
    n, i = len(texts), 0
    while i < n:
        full = fulls[i]
        if full is None or not (wide_line(texts[i], full) or _wide_open(texts, i, full)):
            i += 1
            continue
        b = i + 1
        while b < n and b - i < STACK_MAX - 1 and (
                (_SUB.match(texts[b]) and plain_line(squash_spaces(texts[b].strip()).lstrip("—─－-")))
                or wide_line(texts[b], full) or _wide_open(texts, b, full)
                or (_wide_open(texts, b - 1, full) and plain_line(squash_spaces(texts[b].strip())))
                or (_short_line(texts[b], full) and b + 1 < n and not _SUB.match(texts[b + 1])
                    and _opens(texts, b + 1, full))
                or _wrapped_rest(texts, b, full)):
            b += 1
        lo = runs[-1][1] if runs else 0
        a = None
        for up in range(0, KICK_MAX + 1):
            j = i - up
            if j < lo:
                break
            if up and not (_short_line(texts[j], full) or wide_line(texts[j], full)
                           or _indent_wide(texts[j], full) or _short_open(texts[j], full)):
                break
            if _done(texts, j, lo, prev_done):
                a = j
        if a is None or not (b == n or _opens(texts, b, full)):
            i += 1
            continue
        runs.append((a, b))
        i = b
    return runs


INDENTED_SHARE = 0.6     # of the lines after a paragraph's end: a page that indents its paragraphs


def _indented(text: str, full: float) -> bool:
    """Indented by two characters (spaces, or a line that many ems short of the column however
    its marks are set)."""
    t = squash_spaces(text.strip())
    return printed_indent(text) or (full - 2.75 <= full_width(t) <= full - 1.25)


def _para_end(text: str, full: float) -> bool:
    """A line that ends a paragraph: a finished sentence stopping short of the column."""
    t = squash_spaces(text.strip())
    return ends_sentence(t) and full_width(t) <= full - 1.5


def page_indents(blocks: list[list[str]], fulls: list[list[float | None]]) -> bool:
    """Does the page indent its paragraphs? Most lines after a paragraph's end (inside a block,
    or opening the next block after a blank line) are indented."""
    n = ind = 0
    prev: tuple[str, float | None] | None = None       # the last line of the block before
    for texts, fs in zip(blocks, fulls):
        pairs = [(texts[k - 1], texts[k], fs[k]) for k in range(1, len(texts))]
        if prev is not None and texts:
            pairs.insert(0, (prev[0], texts[0], fs[0]))     # a paragraph set apart by a blank line
        for above, line, full in pairs:
            if full is not None and _para_end(above, full):
                n += 1
                ind += _indented(line, full)
        prev = (texts[-1], fs[-1]) if texts else prev
    return n >= 4 and ind >= INDENTED_SHARE * n


def lone_runs(texts: list[str], fulls: list[float | None], prev_done: bool,
              indents: bool = True) -> list[tuple[int, int]]:
    """On a page that indents its paragraphs: an unpunctuated line, not indented, between a
    paragraph's end (a finished sentence stopping short of the column, or the block's start
    after finished text) and a line that opens a paragraph (indented with a full line under it,
    a dateline lead, a byline). No paragraph opens unindented, and none is one line without a
    stop: those lines are a headline printed with no space around it. On any page, 1–2 such
    lines right over a dateline lead or byline (`_lead_run`)."""
    runs: list[tuple[int, int]] = []
    n = len(texts)
    # where paragraphs open with printed spaces, a line without them is no indented one,
    # however short
    spaced = any(printed_indent(t) for t in texts)
    for i in range(n):
        full = fulls[i]
        if full is None or (runs and i < runs[-1][1]):
            continue
        lead = _lead_run(texts, i, prev_done)
        if lead:
            runs.append((i, i + lead))
            continue
        if not indents:
            continue
        if i == 0:
            if not prev_done:
                continue
        elif not _para_end(texts[i - 1], full):
            continue
        b = i + 1
        if b >= n or not opens_paragraph(texts, b, full):
            continue
        t = squash_spaces(texts[i].strip())
        if printed_indent(texts[i]) or not plain_line(t) or han_count(t) < 4:
            continue
        if pushed_short(texts[i], texts[b], full):
            continue           # a line a bracketed Latin gloss pushed short: text going on
        if not spaced and _indented(texts[i], full) and not _story_opens(texts, b):
            continue           # an indented line over another: a one-line paragraph, maybe
        runs.append((i, b))
    return runs


def _lead_run(texts: list[str], i: int, prev_done: bool) -> int:
    """1–2 lines from `i` with no sentence in them (the upper may end at a comma, where a
    headline is broken by sense), after finished text and right over a line that opens a story
    (a dateline lead, a byline): a headline, whatever its width. Returns its height, or 0."""
    if i > 0 and not ends_text(squash_spaces("".join(t.strip() for t in texts[max(0, i - 4):i]))):
        return 0
    if i == 0 and not prev_done:
        return 0
    for h in (1, 2):
        b = i + h
        if b >= len(texts) or not _story_opens(texts, b) or _story_opens(texts, b - 1):
            continue
        lines = [squash_spaces(t.strip()) for t in texts[i:b]]
        if h == 2 and not (plain_line(lines[0].rstrip("，、：,:")) and not ends_sentence(lines[0])):
            continue
        if plain_line(lines[-1]) and han_count("".join(lines)) >= 4 and not any(ends_sentence(t) for t in lines):
            return h
    return 0


def _story_opens(texts: list[str], b: int) -> bool:
    s = squash_spaces(texts[b].strip())
    return bool(bylines.parse_lead(squash_spaces("".join(x.strip() for x in texts[b:b + 3])))
                or bylines.parse_standalone(s))


def opens_paragraph(texts: list[str], b: int, full: float) -> bool:
    """Line `b` opens a paragraph: a lead or byline, or indented with a full line under it."""
    if _story_opens(texts, b):
        return True
    if not _indented(texts[b], full) or ends_sentence(texts[b]) or b + 1 >= len(texts):
        return False
    # (the line under it fills the column with its opening quotation mark set a full em, as a
    # justified column sets it; `width` gives it half an em: '“我就简单…')
    nxt = squash_spaces(texts[b + 1].strip())
    return width(nxt) + (0.5 if nxt[:1] in _OPEN_QUOTES else 0.0) >= full - 1.0


_OPEN_QUOTES = "“‘「『"


BLOCK_LINES_MAX = 3      # lines of a headline wrapped in a narrow head box


def short_block_head(texts: list[str], full: float | None) -> bool:
    """A block of 2–3 lines set apart by blank lines, none ending a sentence, whose lines stop
    short of the column (all but the last): a headline wrapped by hand or in a narrow head box.
    Wrapped text fills its column on every line but a paragraph's first (indented by two) and
    last (which ends a sentence)."""
    if full is None or not 2 <= len(texts) <= BLOCK_LINES_MAX:
        return False
    lines = [squash_spaces(t.strip()) for t in texts]
    joined = "".join(lines)
    if not plain_line(joined) or han_count(joined) < 4 or not _balanced(joined):
        return False
    if any(_SUB.match(t) for t in texts):
        return False           # (a '——' subtitle under its title is the head block's rule)
    if any(full_width(t) > full - 1.5 for t in lines[:-1]):
        return False
    if any(ends_sentence(t) for t in lines):
        return False
    # two lines: an indented first line over a full one opens a paragraph a column break cut
    return not printed_indent(texts[0]) and not (
        len(lines) == 2 and _indented(texts[0], full) and full_width(lines[1]) > full - 1.5)


def plain_block(texts: list[str]) -> bool:
    """1–3 lines with no sentence in them (no stop, no line ending one, no open end): over a
    story's dateline lead or byline, after finished text, such a block can only be a headline —
    the story above has ended, and the one below has not begun — however wide its lines."""
    if not 1 <= len(texts) <= BLOCK_LINES_MAX or any(_SUB.match(t) for t in texts):
        return False
    lines = [squash_spaces(t.strip()) for t in texts]
    joined = "".join(lines)
    return (plain_line(joined) and han_count(joined) >= 4 and _balanced(joined)
            and not any(ends_sentence(t) for t in lines))
