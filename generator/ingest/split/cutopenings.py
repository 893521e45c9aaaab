"""The first story's opening lines that a column break set apart under the page's headlines.

On a column page whose headlines are printed together above all the stories, the first story
may start with a line or two and then a column break: those lines stand alone between the
headline group and the rest of the paragraph and read as one more headline (a leftover one,
or a kicker or subtitle paired with a title). They are told by the shape of a paragraph's
opening: the first line carries the paragraph indent — printed, or as a line two characters
short of the column the text below is set in — any further line fills that column, the last
one stops mid-sentence, and the text below goes on unindented in a full line. A headline has
none of this shape: a wrapped headline's first line is its longest, and a group headline is
set to its own measure, not to the story column's. Lines are joined back, never changed.
"""
from __future__ import annotations

from generator.ingest.split import bylines
from generator.ingest.split.items import Unit
from generator.ingest.split.lines import Line
from generator.ingest.split.reflow import join, line_text
from generator.ingest.split.textutil import ends_sentence, full_width, printed_indent, squash_spaces

GROUP_MIN = 3              # headlines printed together above all the stories: a group
HEADISH = {"head", "minor", "sub", "kickq"}
FURNITURE = {"header", "rheader", "gap", "drop", "from"}
INDENT_LO, INDENT_HI = 2.75, 1.25   # em short of the column: an indented first line
FILL_SLACK = 1.0           # em: a line this close to the column fills it
OVER_SLACK = 0.75          # em: … and a wrapped line never runs further over it
PIECE_MAX = 3              # lines a column break may leave of a paragraph's opening


def _measure(texts: list[str]) -> float | None:
    """The column measure of a paragraph's printed lines (its last line left out): the second
    widest, so that one line a mark made wider does not set it."""
    ws = sorted(full_width(squash_spaces(t)) for t in texts[:-1])
    return ws[-2] if len(ws) >= 2 else None


def _opening_shape(piece: list[str], body: list[str]) -> bool:
    """Are the printed lines `piece` the opening of the paragraph printed as `body` after a
    column break?"""
    full = _measure(body)
    if full is None or printed_indent(body[0]):
        return False
    if full_width(squash_spaces(body[0])) < full - FILL_SLACK:
        return False                      # the text below opens on a short line: its own start
    ws = [full_width(squash_spaces(t)) for t in piece]
    if any(w > full + OVER_SLACK for w in ws):
        return False
    if any(w < full - FILL_SLACK for w in ws[1:]):
        return False
    if piece[0].startswith("\u3000\u3000") and not piece[0][2:3].isspace():
        return True                       # the paragraph indent, printed
    return full - INDENT_LO <= ws[0] <= full - INDENT_HI


def _top_group(units: list[Unit], end: int) -> bool:
    """Do the units before `end` hold only headlines (at least `GROUP_MIN`) and page
    furniture — the headlines of a page that prints them all above its stories?"""
    kinds = [u.kind for u in units[:end]]
    return all(k in HEADISH | FURNITURE for k in kinds) and sum(k == "head" for k in kinds) >= GROUP_MIN


def rejoin_cut_openings(units: list[Unit], lines: list[Line]) -> None:
    """The first story's opening lines printed as headlines under the page's headline group →
    the opening of its first paragraph again (in place)."""
    at = next((k for k, u in enumerate(units) if u.kind == "para"), None)
    if at is None or at == 0 or units[at].data.get("byline"):
        return
    printed = {l.no: l.text for l in lines}
    para = units[at]
    # the headline-like units printed right before the paragraph, with no blank line between
    start = at - 1
    while start > 0 and units[start - 1].kind in HEADISH and units[start - 1].lines[-1] + 1 == units[start].lines[0]:
        start -= 1
    piece_units = units[start:at]
    if any(u.kind not in HEADISH or u.data.get("bullet") for u in piece_units):
        return
    nos = [n for u in piece_units for n in u.lines]
    if len(nos) > PIECE_MAX or any(n not in printed for n in nos + para.lines):
        return
    gap = range(nos[-1] + 1, para.lines[0])
    if not gap or any(printed.get(n, "").strip() for n in gap):
        return                            # the paragraph goes on after a blank line, nothing else
    text = ""
    for n in nos:
        text = join(text, line_text(printed[n]))    # as reflow joins column lines
    if len(text) < 4 or ends_sentence(text) or bylines.parse_lead(text) is not None:
        return
    if not _top_group(units, start):
        return
    if not _opening_shape([printed[n] for n in nos], [printed[n] for n in para.lines]):
        return
    para.text = join(text, para.text)
    para.lines = nos + para.lines
    del units[start:at]
