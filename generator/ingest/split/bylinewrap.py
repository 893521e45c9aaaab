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
the whole still reads as a byline by its grammar.
"""
from __future__ import annotations

import re

from generator.ingest.split import bylines
from generator.ingest.split.lines import Line
from generator.ingest.split.textutil import HAN, nonspace

REST_MAX = 8             # characters: the rest of a name (and of a role) a box wrapped
_REST = re.compile(f"^[{HAN}·•A-Za-z \u3000]+$")


def join_wrapped_bylines(lines: list[Line]) -> list[Line]:
    """`lines` with each wrapped byline line joined with its rest (numbered as the first)."""
    out: list[Line] = []
    skip = -1
    for i, l in enumerate(lines):
        if i == skip:
            continue
        if l.kind == "byline" and i + 1 < len(lines):
            rest = lines[i + 1]
            after = lines[i + 2] if i + 2 < len(lines) else None
            t = rest.text.strip()
            if (rest.kind == "text" and t and len(nonspace(t)) <= REST_MAX and _REST.match(t)
                    and (after is None or after.kind == "blank")):
                joined = l.text.rstrip() + t
                b = bylines.parse_standalone(joined)
                old = l.data.get("byline")
                if b is not None and b.credits and (old is None or len(b.credits) >= len(old.credits)):
                    out.append(Line(l.no, joined, "byline", {**l.data, "byline": b}))
                    skip = i + 1
                    continue
        out.append(l)
    return out
