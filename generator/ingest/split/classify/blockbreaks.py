"""Blank lines back into a column page that was extracted without any.

Without blank lines every headline, byline and caption runs into the body around it, and the
rules that read blocks see one block per page. `breakmodel` says where a block starts — a
story's head box (kicker, headline, subtitle) is one block, which the head-stack rules read as
on any tight page; bylines, body runs, captions, labels and furniture are blocks of their own.
Two head-box shapes the model leaves to the rules' reading are set here: a pull quote over a
headline goes with its box, a two-phrase kicker over a headline wider than the column apart
from it. A blank line goes in front of each block, and the split result's line numbers are
mapped back to the page as printed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.breakfeatures import column_width
from generator.ingest.split.classify.breakmodel import block_starts, kinds_of
from generator.ingest.split.authors.bylinewrap import lead_wraps_on
from generator.ingest.split.classify.flatpage import is_flat
from generator.ingest.split.classify.furniture import line_kind
from generator.ingest.split.heads.headshape import SUB_LINE, whole_quote
from generator.ingest.split.result import SplitResult
from generator.ingest.split.text.textutil import HAN, bigrams, ends_sentence, full_width, han_count, squash_spaces, width

MIN_LINES = 12          # fewer lines than a column's height: too little page to read a layout from
THRESHOLD = 0.3         # the rules read a block start too many better than one too few
_MARKS = re.compile(r"[，。！？；：、,.!?;:]")
_TWO_PHRASES = re.compile(f"^[{HAN}]{{2,12}}[ \u3000]+[{HAN}]{{2,12}}$")
_MD = re.compile(r"^\s{0,3}#{1,6}\s")


class Restored(NamedTuple):
    text: str
    source: list[int]           # 1-based line of `text` → 1-based line of the page as printed


SET_OFF = 4             # lines: the most a block blank lines set apart on a solid page holds


def unbroken(lines: list[str]) -> bool:
    """A hard-wrapped column page with no blank line between its first and last text but those
    setting off its top or foot furniture or a pull quote (`set_off_only`)."""
    body = [s for s in lines if s.strip()]
    return (len(body) >= MIN_LINES and set_off_only(_runs(lines))
            and not any(_MD.match(s) for s in body) and not is_flat(lines) and han_count("".join(body)) >= 100)


def _runs(lines: list[str]) -> list[list[str]]:
    """The page's runs of text lines between blank lines."""
    runs: list[list[str]] = [[]]
    for s in lines:
        if s.strip():
            runs[-1].append(s)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


_FOLIO = re.compile(r"^[—－\-\s]*\d{1,3}[—－\-\s]*$")       # '— 5 —', '6'


def _furniture(line: str) -> bool:
    return line_kind(line) is not None or _FOLIO.match(line.strip()) is not None


def set_off_only(runs: list[list[str]]) -> bool:
    """Is the page set solid — one run of text, its blank lines only setting apart a short run
    at its top or foot that is page furniture (the running header, the 编辑/校对 line, the folio) or a pull
    quote (a quotation repeated in display type between paragraphs)?

    A page that prints its paragraphs solid, with an indent for each, still leaves space around
    the furniture over and under its columns and around a display quote; none of those parts a
    story from the next, so the blank lines they bring do not make the page a spaced one. Two
    runs of body text with a blank line between them do."""
    def quote(run: list[str]) -> bool:
        return whole_quote(squash_spaces("".join(x.strip() for x in run)))

    body = [len(r) > SET_OFF and not quote(r) for r in runs]
    for k, run in enumerate(runs):
        if body[k]:
            if k and body[k - 1]:
                return False          # two runs of text a blank line parts
        elif not quote(run) and not (k in (0, len(runs) - 1) and all(_furniture(x) for x in run)):
            return False              # a short block set apart from the text: a head box
    return any(body)


def restore_breaks(text: str) -> Restored | None:
    """The page with a blank line before each block the model finds; None when the page has
    blank lines of its own (or is no column page)."""
    lines = text.split("\n")
    if not unbroken(lines):
        return None
    texts = [s for s in lines if s.strip()]
    nos = [i + 1 for i, s in enumerate(lines) if s.strip()]
    spaced = [k > 0 and not lines[no - 2].strip() for k, no in enumerate(nos)]
    probs = block_starts(texts, kinds_of("\n".join(texts), len(texts)))
    starts = quotes_join_heads(texts, [k > 0 and p > THRESHOLD for k, p in enumerate(probs)])
    starts = kickers_apart(texts, spaced_phrases_open(texts, starts))
    starts = heads_over_their_text(texts, starts)
    starts = leads_together(texts, wide_wraps_together(texts, starts))
    starts = [s or b for s, b in zip(starts, spaced)]     # the page's own blank lines stay
    out: list[str] = []
    source: list[int] = []
    for t, no, start in zip(texts, nos, starts):
        if start:
            out.append("")
            source.append(no)
        out.append(t)
        source.append(no)
    return Restored("\n".join(out) + "\n", source)


def quotes_join_heads(texts: list[str], starts: list[bool]) -> list[bool]:
    """`starts` with a head box's start moved up over a pull quote printed right above it.

    A quotation of 1–3 lines after a finished sentence, right above a markless line that starts
    a block, is the head box's pull quote, as the head-stack rules read it: on a page without
    blank lines it is shaped like the body paragraph that opens with a quote, and the model
    leaves it to the story above."""
    out = list(starts)
    for i, t in enumerate(texts):
        if not out[i] or _MARKS.search(t) or _lead_byline(t):
            continue
        for q in range(i - 1, max(0, i - 3) - 1, -1):
            if q < 1 or any(out[q + 1:i]):
                break
            if whole_quote(squash_spaces("".join(x.strip() for x in texts[q:i]))) and \
                    ends_sentence(squash_spaces(texts[q - 1])):
                out[q], out[i] = True, False
                break
    return out


def spaced_phrases_open(texts: list[str], starts: list[bool]) -> list[bool]:
    """`starts` with a block started at a line of two Han phrases parted by a space
    ('火灾发生之际 但当局警告') printed right after a finished sentence: justified column text
    never leaves a gap between two runs of Han characters, a head box's kicker does, so the
    model's run of the line into the story above ends there."""
    out = list(starts)
    for i in range(1, len(texts)):
        if not out[i] and _TWO_PHRASES.match(texts[i].strip()) and not _lead_byline(texts[i]) \
                and ends_sentence(squash_spaces(texts[i - 1])):
            out[i] = True
    return out


def kickers_apart(texts: list[str], starts: list[bool]) -> list[bool]:
    """`starts` with a block started under a kicker of two phrases parted by a space
    ('入冬以来 围绕防滑防冻') that opens a head box over a headline wider than the column: in one
    block the rules read the two lines as one headline wrapped, set apart as kicker and headline."""
    out = list(starts)
    col = column_width(texts)
    for i in range(len(texts) - 1):
        if (out[i] or i == 0) and not out[i + 1] and _TWO_PHRASES.match(texts[i].strip()) and \
                not _lead_byline(texts[i]) and width(texts[i + 1].strip()) > col + 0.5 and \
                not ends_sentence(texts[i + 1]) and not _lead_byline(texts[i + 1]):
            out[i + 1] = True
    return out


SHORT_HEAD = 2.5        # em: a line of Han characters alone this far short of its column
SAID_AGAIN = 3          # bigrams of the line the two lines under it say again
_ALL_HAN = re.compile(f"[{HAN}]{{4,}}")


def heads_over_their_text(texts: list[str], starts: list[bool]) -> list[bool]:
    """`starts` with a block started under a short headline the model ran into its text.

    A line of Han characters alone (no mark, digit or Latin letter, so its width is exact)
    opening a block after a finished sentence, over a paragraph's first line and a line going on
    from it (the column's measure, read on that line), shorter than the column by more than a
    paragraph's indent, and whose words the two lines say again ('伊朗向以色列发射导弹' over
    '伊朗6月7日向以色列发射' / '导弹，…'), is a headline over its story's text: a paragraph's
    first line fills the column but for its indent, and a story's opening restates its
    headline."""
    out = list(starts)
    for i in range(1, len(texts) - 2):
        t, first, then = texts[i].strip(), squash_spaces(texts[i + 1]), texts[i + 2]
        if (not out[i] or out[i + 1] or out[i + 2] or not _ALL_HAN.fullmatch(t)
                or not ends_sentence(squash_spaces(texts[i - 1])) or _lead_byline(t)
                or then.startswith(("\u3000", " ")) or ends_sentence(first)
                or i + 3 >= len(texts) or out[i + 3] or _lead_byline(texts[i + 3])):
            # (two lines standing as a block of their own, ending the page or over a lead, are a
            # headline's)
            continue
        col = full_width(squash_spaces(then))
        if width(t) > col - SHORT_HEAD or full_width(first) < col - SHORT_HEAD:
            continue
        if len(bigrams(t) & bigrams(first + squash_spaces(then))) >= SAID_AGAIN:
            out[i + 1] = True
    return out


WIDER = 0.5            # em past the column's measure: a line no column prints, a head box's


def wide_wraps_together(texts: list[str], starts: list[bool]) -> list[bool]:
    """`starts` without a block start under a head line wider than the column whose break the
    box's wrap made (`wrapcut.box_wrap`: inside a word, a number, a quotation).

    A column line never passes its measure; a headline set over several columns does, and its
    box wraps it at any character ('…在台湾西南部海' / '域对峙'). A kicker, title or subtitle is
    a whole phrase, so a break that cuts one is no block start: the model, reading a short
    lower line, took the headline's rest for a block of its own."""
    from generator.ingest.split.heads.wrapcut import box_wrap
    out = list(starts)
    col = column_width(texts)
    for i in range(len(texts) - 1):
        upper, lower = squash_spaces(texts[i]), squash_spaces(texts[i + 1])
        if (out[i + 1] and width(upper) > col + WIDER and not ends_sentence(upper)
                and not _lead_byline(lower) and (box_wrap(upper, lower) or _rest_alone(texts, out, i))):
            out[i + 1] = False
    return out


def _rest_alone(texts: list[str], starts: list[bool], i: int) -> bool:
    """Is the line under the wide head line `i` a block of one line of its own, narrower than
    it, holding no sentence and no subtitle's dash, over the next block (not at the page's foot,
    where a head box printed after its story ends the page)?

    Its box wraps a headline set over several columns to the box's full measure, wider than
    any column line, and prints the rest shorter under it; a kicker is set over its title, not
    under it, and a subtitle the box marks. Read in one block with the line above, the head
    rules tell a wrap from a title and subtitle as on a page with blank lines."""
    upper, lower = squash_spaces(texts[i]), squash_spaces(texts[i + 1])
    return (i + 2 < len(texts) and starts[i + 2] and width(lower) < width(upper)
            and not ends_sentence(lower) and not SUB_LINE.match(lower) and not _MARKS.search(lower[-1:]))


def leads_together(texts: list[str], starts: list[bool]) -> list[bool]:
    """`starts` without a block start inside a byline run into its lead that the column wrapped
    ('　　记者 X' / ' 通讯员 Y 报道：…'): the two lines read as one lead byline running past the
    break, so the lower line goes on with the paragraph the upper one opens."""
    out = list(starts)
    for i in range(len(texts) - 1):
        if not out[i + 1]:
            continue
        if lead_wraps_on(texts[i], texts[i + 1]):
            out[i + 1] = False
    return out


def _lead_byline(text: str) -> bool:
    return bylines.parse_lead(text.strip()) is not None or bylines.parse_standalone(text.strip()) is not None


_LINE_REF = re.compile(r"^line (\d+):")


def map_lines(result: SplitResult, source: list[int]) -> SplitResult:
    """`result` with every line number read on the restored text mapped to the printed page."""
    def at(n: int) -> int:
        return source[n - 1] if 1 <= n <= len(source) else n
    for a in result.articles:
        a.lines = (at(a.lines[0]), at(a.lines[1]))
        a.doubts = [_LINE_REF.sub(lambda m: f"line {at(int(m.group(1)))}:", d) for d in a.doubts]
    result.dropped = [replace(d, line=at(d.line)) for d in result.dropped]
    result.doubts = [_LINE_REF.sub(lambda m: f"line {at(int(m.group(1)))}:", d) for d in result.doubts]
    return result
