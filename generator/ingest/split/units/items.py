"""Layout items — a text block or a classified line, with its role — and the units they become,
plus what the block splitters ask of an item's neighbours (the text printed before it, whether
story text follows it, the column width of its story)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.ingest.split.authors import bylines
from generator.ingest.split.heads.headstacks import Plan
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.units.reflow import WRAPPED_MAX
from generator.ingest.split.text.textutil import squash_spaces, width
from generator.ingest.split.heads.headshape import headline_like


@dataclass
class Unit:
    kind: str          # head minor kickq sub bline btail para credit from to rheader header gap
    text: str
    lines: list[int]
    data: dict[str, Any] = field(default_factory=dict)


def real_unit(units: list[Unit], i: int, step: int) -> int | None:
    """The index of the first unit from `i` in direction `step` (±1) that is not a gap."""
    j = i + step
    while 0 <= j < len(units) and units[j].kind == "gap":
        j += step
    return j if 0 <= j < len(units) else None


def is_brief_label_unit(u: Unit) -> bool:
    """Is the unit a 简讯 box's label: marked so by `lines`, or reading as one ('· 短讯 ·')?"""
    from generator.ingest.split.stories.kinds import is_brief_label
    return u.data.get("label") == "brief" or is_brief_label(u.text)


@dataclass
class Item:
    kind: str                     # "block" or a Line kind
    lines: list[Line]
    blanks_before: int
    role: str = ""                # for blocks: head minor kickq body banner
    plan: Plan | None = None      # roles of the lines of a head stack, when decided by its story


def text_before(seq: list[Item], k: int, reach: int = 4) -> str:
    """The text printed just before item `k`: the last lines of the block before it, reaching
    back over a column break into the text blocks before that — enough lines to hold a note
    ('（作者单位：…）') whose end a column break set apart."""
    got: list[str] = []
    for j in range(k - 1, -1, -1):
        it = seq[j]
        if it.kind != "block" or (got and it.role not in ("", "body")):
            break
        got[:0] = [l.text.strip() for l in it.lines[-(reach - len(got)):]]
        if len(got) >= reach:
            break
    return squash_spaces("".join(got))


def starts_with_lead(item: Item) -> bool:
    return bylines.parse_lead(squash_spaces("".join(l.text.strip() for l in item.lines[:3]))) is not None


def next_is_body(items: list[Item], k: int, fulls: dict[int, float | None]) -> bool:
    """Is the item after `k` story text? A short fragment counts when its line fills the column
    (it goes on from a paragraph cut by a column end; a headline is set apart)."""
    nxt = items[k + 1] if k + 1 < len(items) else None
    if nxt is None or nxt.kind != "block" or starts_with_lead(nxt):
        return False
    if not headline_like([l.text for l in nxt.lines]):
        return True
    full = fulls.get(id(nxt.lines[0]))
    if full is None:
        return False
    # it goes on from a paragraph when its first line fills the column — not when it runs over
    # it (no wrapped line does: a headline set across columns)
    from generator.ingest.split.units.reflow import overfull
    line = squash_spaces(nxt.lines[0].text)
    return width(line) >= full - 1.0 and not overfull(line, full)


def story_column(line: Line, fulls: dict[int, float | None]) -> float | None:
    """The column width of the story a head stack belongs to, known only when the story is
    printed in wrapped column lines (long paragraph lines have no column to fill)."""
    return fulls.get(id(line)) if width(squash_spaces(line.text)) <= WRAPPED_MAX else None
