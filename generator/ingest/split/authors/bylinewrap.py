"""A byline line that its box wrapped: the rest of the last name on the next line.

A typeset page sets a byline in a box as narrow as a column; a long one wraps, and the
extractor prints the rest as a short line of its own, right under it, before the blank that
sets the byline apart from the story:

    ■本报记者 白燕磊 通讯员 雷国
    鑫
    (blank)
    美伊之间的停火协议再次…

Read apart, the byline names '雷国' and the story opens with '鑫美伊之间…'. A short line (a
name's rest or a role's: '鑫', '员 孟梅玉', '再努尔·买买提') printed right under a byline line,
with no blank between and a blank (or the page's end) under it, is the byline's rest — when
the whole still reads as a byline by its grammar (a line cut inside a name at its middle dot,
'…通讯员 哈力旦·', is read as a byline once its rest is joined).
"""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.lines import Line, join_rests
from generator.ingest.split.text.textutil import HAN, nonspace, squash_spaces

REST_MAX = 8             # characters: the rest of a name (and of a role) a box wrapped
_REST = re.compile(f"^[{HAN}·•A-Za-z \u3000]+$")


def _byline_rest(l: Line, rest: Line) -> Line | None:
    """The byline line joined with its wrapped rest, when the whole reads as a byline with at
    least as many credits; None otherwise."""
    t = rest.text.strip()
    # (a byline cut inside a name at its middle dot, '…通讯员 哈力旦·', reads as no byline yet)
    cut_name = l.kind == "text" and l.text.rstrip().endswith(("·", "•"))
    if (l.kind != "byline" and not cut_name) or len(nonspace(t)) > REST_MAX or not _REST.match(t):
        return None
    joined = l.text.rstrip() + t
    b = bylines.parse_standalone(joined)
    old = l.data.get("byline")
    if b is not None and b.credits and (old is None or len(b.credits) >= len(old.credits)):
        return Line(l.no, joined, "byline", {**l.data, "byline": b})
    return None


def join_wrapped_bylines(lines: list[Line]) -> list[Line]:
    """`lines` with each wrapped byline line joined with its rest (numbered as the first), and
    a lead's byline the column wrapped read as its paragraph's first line (`run_in_leads`)."""
    return run_in_leads(join_rests(lines, _byline_rest))


def run_in_leads(lines: list[Line]) -> list[Line]:
    """`lines` with a byline line that opens a lead paragraph made text again.

    A byline run into the lead ('记者 X 通讯员 Y 报道：…', '本报讯（记者 X 通讯员 Y）…') wraps
    with its paragraph, inside a name or a role too ('…通讯员 努尔兰·哈力别' / '克 报道：美国…'):
    its first line alone reads as a byline line of its own, cutting the name. When that line and
    the one right under it (no blank between) read as a lead byline whose credits run past the
    line's end, the line is the paragraph's first: the paragraph's reflow joins the name whole."""
    out = list(lines)
    for i in range(len(out) - 1):
        l, nxt = out[i], out[i + 1]
        if l.kind != "byline" or nxt.kind != "text" or not nxt.text.strip():
            continue
        if lead_wraps_on(l.text, nxt.text):
            out[i] = Line(l.no, l.text, "text", {k: v for k, v in l.data.items() if k != "byline"})
    return out


_OWN_LEAD = re.compile(r"^[^（(]{0,16}(?:讯(?!员)|电)")       # '新华社伦敦6月24日电(…', '本报讯 …'


def lead_wraps_on(upper: str, lower: str) -> bool:
    """Do two lines read as one lead byline whose credits run past the break: the lower line
    going on with a name or role ('克 报道：…', '员 钱东 报道：…'), not opening a dateline of
    its own (a signature over the next story's '新华社…电')?"""
    head, rest = squash_spaces(upper.strip()), squash_spaces(lower.strip())
    if _OWN_LEAD.match(rest):
        return False
    lead = bylines.parse_lead(head + rest)
    return lead is not None and bool(lead.rest) and len(squash_spaces(lead.text)) > len(head)
