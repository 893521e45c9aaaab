"""A '——' subtitle that its box wrapped, the rest on the next line (plain text).

pdftotext prints a subtitle box's lines one under the other, with no blank between:

    ——谷歌没有具体说明受到
    攻击的机构
    (blank)
    □记者买买提江·马汗 …

Read apart, the rest ('攻击的机构') is a headline-like line of its own, which the later stages
take for the story's title. A short line right under a '——' subtitle line, narrower than it,
ending no sentence and holding no mark that a sentence would, with a blank (or the page's end)
under it, is the subtitle's rest. (`mdblanks` mends the same break on Markdown pages, where
the converter prints a blank between the two.)
"""
from __future__ import annotations

import re

from generator.ingest.split.lines import Line
from generator.ingest.split.textutil import width

_STOPS = re.compile(r"[。；;！？!?，,：:]")


def join_wrapped_subtitles(lines: list[Line]) -> list[Line]:
    """`lines` with each wrapped '——' subtitle line joined with its rest (numbered as the first)."""
    out: list[Line] = []
    skip = -1
    for i, l in enumerate(lines):
        if i == skip:
            continue
        if l.kind == "sub" and i + 1 < len(lines) and not _STOPS.search(l.text.strip()[-1:]):
            rest = lines[i + 1]
            after = lines[i + 2] if i + 2 < len(lines) else None
            t = rest.text.strip()
            if (rest.kind == "text" and t and width(t) < width(l.text.strip()) and not _STOPS.search(t)
                    and (after is None or after.kind == "blank")):
                out.append(Line(l.no, l.text.rstrip() + t, l.kind, dict(l.data)))
                skip = i + 1
                continue
        out.append(l)
    return out
