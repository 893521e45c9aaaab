"""Column pages: a line standing alone between blank lines, holding no sentence, right over a
block that opens a paragraph.

Wrapped text goes on from line to line: a line a column break set apart is a piece of a
paragraph, and the text after the break finishes that paragraph — it never opens a new one.
A paragraph of one line ends its sentence. So a one-line block with no sentence in it, after
finished text (or a headline, a credit), whose next block opens a paragraph (indented over a
full line, a dateline lead, a byline), is no paragraph's piece but a headline (or its kicker),
however close its width comes to the column's: a title set in a box as wide as the column, or
an indent's width short of it.
"""
from __future__ import annotations

from generator.ingest.split.units.items import Item
from generator.ingest.split.text.textutil import han_count, printed_indent, squash_spaces, width
from generator.ingest.split.heads.wideheads import opens_paragraph, plain_block

MIN_HAN = 4              # Han characters: a headline says at least this much
MAX_LINES = 2            # lines of a headline wrapped by hand ('…OPT项目，' / '旨在…')
SHORT = 1.5              # em: a wrapped block's last line this far short of the column ends it


def _last_short(item: Item, fulls: dict[int, float | None]) -> bool:
    """Does the block's last line stop short of the column? A column break's piece of two
    lines or more fills the column to its end; stopping short with no sentence's end, it is a
    headline wrapped where its sense breaks."""
    last = item.lines[-1]
    full = fulls.get(id(last))
    return full is not None and width(squash_spaces(last.text.strip())) <= full - SHORT


def lone_line_over_opening(items: list[Item], k: int, fulls: dict[int, float | None]) -> bool:
    """Is block `k` one plain line (no sentence, byline or credit) set apart by blank lines —
    or two, the last stopping short of the column — right over a block whose first line opens
    a paragraph? (The caller checks that the text before it is finished.)"""
    item = items[k]
    if item.kind != "block" or not 1 <= len(item.lines) <= MAX_LINES or k + 1 >= len(items):
        return False
    raw = item.lines[0].text
    texts = [l.text for l in item.lines]
    line = squash_spaces(raw.strip())
    if printed_indent(raw) or han_count(line) < MIN_HAN or not plain_block(texts):
        return False
    if len(texts) > 1 and not _last_short(item, fulls):
        return False
    nxt = items[k + 1]
    if nxt.kind != "block" or nxt.blanks_before < 1 or nxt.role not in ("", "body"):
        return False
    full = fulls.get(id(nxt.lines[0]))
    return full is not None and opens_paragraph([l.text for l in nxt.lines], 0, full)
