"""A story's opening that a PDF→Markdown converter printed after another story, put back under
its own headline.

The converter orders a page's text blocks by position: when a story's headline box stands over
the lower part of its columns (its first column ran up beside another box), the story's opening
paragraphs come out after some other story has ended, and its headline heads only the rest:

    # 英国判处两名…男子监禁            <- the headline, over the story's later text…
    基金会(CFHK)发…                     <- …which opens inside a sentence
    …
    # 特朗普总统：…                     <- another story
    …已落实。                            <- that story ends a sentence
    (three blank lines)
    英国一家法院星期四（6月…            <- a paragraph whose words are the first headline's
    …

A paragraph opening after a finished sentence (or a signature closing one) and a wide gap (GAP blank lines: the converter
prints two inside a story's column), whose opening says another headline's words clearly more
than those of the headline it stands under, is that other story's opening when that story's
text, as printed, does not open on its own: it starts inside a sentence, or on a paragraph that
the run's end finishes a sentence before. The run (up to the next headline or gap) moves to
right under that headline's stack; the pieces printed right after it past a gap that say that
headline's (or its subtitle's) words clearly more than those of the headline they stand under go
along, with a signature line closing them. Lines are moved, never changed. Only on
Markdown-shaped pages.
"""
from __future__ import annotations

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.lines import Line, prev_nonblank
from generator.ingest.split.order.resume import GAP, OVER, fills_column, move_runs, page_columns, stops_open
from generator.ingest.split.text.textutil import bigrams, ends_sentence, full_width, nonspace

HEAD_MIN = 12       # characters: a shorter '#' line is a kicker or label, not a story's headline
MAX_COL = 24.0      # em: the widest column a converter wraps a story's lines to
OPENING = 150       # characters of the run read for the headline it speaks of
SAID_MIN = 4        # bigrams of the other headline the opening says at least


def _gap_above(lines: list[Line], i: int) -> int:
    k = i - 1
    while k >= 0 and lines[k].kind == "blank":
        k -= 1
    return i - 1 - k


def _above_signature(lines: list[Line], p: int | None) -> int | None:
    """Line p, or the line over it when p is a signature ('文／图 X') closing the story above:
    a story's opening printed after a signed story stands under finished text as well."""
    if p is None or lines[p].kind != "byline":
        return p
    return prev_nonblank(lines, p)


def _run(lines: list[Line], i: int) -> int:
    """The last text line of the run opening at i: up to the next headline or the next gap of
    GAP blank lines under a finished sentence."""
    end = i
    k = i + 1
    while k < len(lines) and lines[k].kind in ("text", "blank"):
        if lines[k].kind == "text":
            if _gap_above(lines, k) >= GAP and ends_sentence(lines[end].text):
                break
            end = k
        k += 1
    return end


def _text(lines: list[Line], a: int, b: int) -> str:
    return "".join(nonspace(l.text) for l in lines[a:b + 1] if l.kind == "text")


def _heads_over(lines: list[Line], i: int) -> int | None:
    """The headline the text line i stands under (the nearest one above)."""
    return next((k for k in range(i - 1, -1, -1) if lines[k].kind == "heading"), None)


SUB_MAX = 20        # characters of a subtitle printed as a plain line under its headline


def _stack_line(lines: list[Line], k: int) -> bool:
    """Is line k part of a headline's stack: a subtitle or byline, or a short phrase standing
    alone between blank lines that finishes no sentence (a subtitle the converter printed
    plain)?"""
    l = lines[k]
    if l.kind in ("sub", "byline", "blank"):
        return True
    from generator.ingest.split.classify.mdblanks import opens_text     # (imported here: mdblanks is a later stage)
    t = nonspace(l.text)
    return (l.kind == "text" and len(t) <= SUB_MAX and not ends_sentence(l.text)
            and lines[k - 1].kind == "blank" and k + 1 < len(lines) and lines[k + 1].kind == "blank"
            and not opens_text(lines, k))


def clearly_more(other: int, own: int) -> bool:
    """Does a text say another headline's bigrams (`other`) clearly more than its own (`own`)?"""
    return other >= SAID_MIN and other >= 2 * own + 1


def head_said_more(lines: list[Line], heads: list[int], grams: dict[int, set[str]], said: set[str],
                   mine: int, own: int) -> int | None:
    """The other headline (not `mine`, long enough to head a story) whose words the opening
    bigrams `said` say most — when they say it clearly more than the `own` bigrams of `mine`
    (SAID_MIN at least, and more than twice as many); None otherwise."""
    ranked = sorted((len(said & grams[h]), h) for h in heads
                    if h != mine and len(nonspace(lines[h].text)) >= HEAD_MIN)
    if not ranked:
        return None
    other, best = ranked[-1]
    return best if clearly_more(other, own) else None


def own_start(lines: list[Line], h: int) -> tuple[int, int | None]:
    """The last line of headline h's stack, and the first text line under it (None: another
    headline comes first: the headline stands bare, its text all printed elsewhere)."""
    k = h + 1
    while k < len(lines) and lines[k].kind != "heading" and _stack_line(lines, k):
        k += 1
    s = k if k < len(lines) and lines[k].kind == "text" else None
    return prev_nonblank(lines, k) if k < len(lines) else len(lines) - 1, s


def _joins(run_last: str, own_first: str, own_full: bool) -> bool:
    """Do the run's end and the text under the headline read on as one story: a sentence left
    open going on in a line with no paragraph indent, or a finished sentence over a paragraph
    that opens with no lead of its own?"""
    if stops_open(run_last):
        return own_full
    return ends_sentence(run_last) and not own_full and bylines.parse_lead(own_first) is None


def restore_openings(lines: list[Line], text: str) -> list[Line]:
    """`lines` with each story's opening printed after another story moved back under its own
    headline (Markdown-shaped pages only)."""
    heads = [k for k, l in enumerate(lines) if l.kind == "heading"]
    if len(heads) < 2:
        return lines
    first, last, texts, col = page_columns(lines, text)
    grams = {h: bigrams(nonspace(lines[h].text)) for h in heads}
    moves: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for i in texts:
        p = _above_signature(lines, prev_nonblank(lines, i))
        if p is None or lines[p].kind != "text" or _gap_above(lines, i) < GAP or not ends_sentence(lines[p].text):
            continue
        if i not in first or col.get(i) is None or col[i] > MAX_COL or full_width(first[i]) > col[i] + OVER:
            continue        # (a page of one line per paragraph prints no column breaks)
        if fills_column(full_width(first[i]), col[i]) and bylines.parse_lead(first[i]) is None:
            continue        # (a full line with no paragraph indent and no lead opens no story)
        hy = _heads_over(lines, i)
        if hy is None or any(f <= i <= e for _, f, e in moves):
            continue
        end = _run(lines, i)
        said = bigrams(_text(lines, i, end)[:OPENING])
        own = len(said & grams[hy])
        best = head_said_more(lines, heads, grams, said, hy, own)
        if best is None or best in taken:
            continue
        after, s = own_start(lines, best)
        if end not in last or i <= after <= end or (s is not None and hy < best < i and s < i):
            continue        # (the other headline's text is the text this run is printed in)
        if s is None:
            if not ends_sentence(last[end]):
                continue
        elif s not in first or not _joins(last[end], first[s], fills_column(full_width(first[s]), col.get(s))):
            continue
        elif len(bigrams(_text(lines, s, _run(lines, s))[:OPENING]) & grams[best]) >= len(said & grams[best]):
            continue        # (the text under the headline sums it up as well: it opens there)
        taken.add(best)
        moves.append((after, i, _more(lines, end, _stack_grams(lines, best), grams[hy])))
    return move_runs(lines, moves)


def _stack_grams(lines: list[Line], h: int) -> set[str]:
    """The bigrams of headline h and the subtitle lines printed under it."""
    out = set(bigrams(nonspace(lines[h].text)))
    k = h + 1
    while k < len(lines) and lines[k].kind in ("blank", "sub"):
        if lines[k].kind == "sub":
            out |= bigrams(nonspace(lines[k].text))
        k += 1
    return out


def _more(lines: list[Line], end: int, theirs: set[str], ours: set[str]) -> int:
    """The run's last line, taking along the pieces printed right after it (each up to the
    next gap or headline) that say the moved story's headline or subtitle clearly more than
    the headline they stand under: the converter prints a gap at a column's foot, and the
    story's text goes on past it. A signature line ('文/图 X') closing the pieces taken, right
    over the next headline, goes along."""
    start = end
    while True:
        n = next((k for k in range(end + 1, len(lines)) if lines[k].kind != "blank"), None)
        if n is not None and lines[n].kind == "byline" and end > start:
            m = next((k for k in range(n + 1, len(lines)) if lines[k].kind != "blank"), None)
            return n if m is None or lines[m].kind == "heading" else end    # (its closing signature)
        if n is None or lines[n].kind != "text":
            return end
        e = _run(lines, n)
        said = bigrams(_text(lines, n, e)[:OPENING])
        other, own = len(said & theirs), len(said & ours)
        if not clearly_more(other, own):
            return end
        end = e
