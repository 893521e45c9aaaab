"""Column pages whose headlines are printed together at the page's foot or top: a lone piece of
a paragraph that a column break cut off is story text, not a headline.

Such a page prints no headline between its stories (only a 简讯 box's items and column labels),
so a short block standing alone among the stories — the opening line or two of a paragraph,
cut from the rest by the column's end — is read as a headline by its shape, takes a story of
its own and parts the story it belongs to. A headline never fills its last line to the
column's edge without a stop; a line a column break cut off does: its block is story text
when its last line fills the column, no line ends a sentence, and the block after the break
goes on (neither indented nor opening with a byline).
"""
from __future__ import annotations

from generator.ingest.split.stories.edgeheads import page_column
from generator.ingest.split.units.items import Item, starts_with_lead
from generator.ingest.split.text.textutil import BULLETS, ends_sentence, full_width, printed_indent, squash_spaces

GROUP_MIN = 3            # headline blocks printed together after or before all the text
LINES_MAX = 3            # lines of a piece a column break cut off and read as a headline
SHORT_SLACK = 2.0        # em: a line this little short of the column's width fills it (marks
                         # set half an em wide, a Latin word moved down whole)
OVER_SLACK = 1.0         # em: … or this little over it


def _is_head(item: Item) -> bool:
    return item.kind == "sub" or (item.kind == "block" and item.role in ("head", "minor", "kickq"))


def _is_body(item: Item) -> bool:
    return item.kind == "block" and item.role in ("", "body")


def _edge_group(items: list[Item]) -> tuple[int, int] | None:
    """(first, last) item positions of the stories when the page's headline blocks stand
    together after the last text block or before the first (at least `GROUP_MIN`)."""
    body = [k for k, it in enumerate(items) if _is_body(it)]
    if not body:
        return None
    first, last = body[0], body[-1]
    foot = sum(1 for it in items[last + 1:] if it.kind == "block" and _is_head(it))
    top = sum(1 for it in items[:first] if it.kind == "block" and _is_head(it))
    return (first, last) if max(foot, top) >= GROUP_MIN else None


def _fills(line: str, full: float | None) -> bool:
    """Does the line fill the column, and no more (a headline set wider than the column is
    no column's line)?"""
    w = full_width(squash_spaces(line.strip()))
    return full is not None and full - SHORT_SLACK <= w <= full + OVER_SLACK


def _cut_off(items: list[Item], k: int, fulls: dict[int, float | None], rest: bool = False) -> bool:
    """Is headline block `k` the opening of a paragraph a column break cut off: 1–3 lines, the
    lines after the first (which may be indented) and the last filling the column, no sentence
    end, and story text after the break that goes on from it (`rest`: the item after the break
    is such text, whatever its kind)?"""
    item, nxt = items[k], items[k + 1]
    if item.kind != "block" or item.role != "head" or item.plan is not None:
        return False
    if not (rest or _is_body(nxt)) or nxt.blanks_before < 1 or printed_indent(nxt.lines[0].text) or starts_with_lead(nxt):
        return False
    # the lines as printed (a wrapped headline's lines were joined into one, `headwrap`)
    printed = [t for l in item.lines for t in l.data.get("wrapped", [l.text])]
    if printed[0].strip()[:1] in BULLETS:
        return False         # a bulleted line heads a box's item
    if len(printed) > LINES_MAX or any(ends_sentence(squash_spaces(t.strip())) for t in printed):
        return False
    column = page_column(fulls)
    return all(_fills(t, column) for n, t in enumerate(printed) if n or not printed_indent(t))


def unhead_strays(items: list[Item], fulls: dict[int, float | None]) -> None:
    """On a page whose headlines stand together at its foot or top, give each headline block
    among the stories that is a paragraph's opening cut off by a column break the role of
    story text (the reflow then joins it to the text after the break)."""
    span = _edge_group(items)
    if span is None:
        return
    first, last = span
    # (from the last: a piece may stand over another one the same column break cut off)
    for k in range(last - 1, first, -1):
        if _dash_rest(items[k + 1]) and _cut_off(items, k, fulls, rest=True):
            items[k + 1].kind, items[k + 1].role = "block", "body"
        if _cut_off(items, k, fulls):
            items[k].role = "body"


def _dash_rest(item: Item) -> bool:
    """Is the item a '——' line that finishes a sentence: the rest of a paragraph whose dash
    the column break set at the line's start, no subtitle (a subtitle states no sentence)?"""
    return item.kind == "sub" and len(item.lines) == 1 and ends_sentence(squash_spaces(item.lines[0].text.strip()))
