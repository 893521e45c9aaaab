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

from generator.ingest.split.classify.lines import Line, join_rests
from generator.ingest.split.text.textutil import width

_STOPS = re.compile(r"[。；;！？!?，,：:]")


def _subtitle_rest(l: Line, rest: Line) -> Line | None:
    """The '——' subtitle joined with its wrapped rest: a narrower line holding no mark a
    sentence would, under a subtitle line that stops on none; None otherwise."""
    t = rest.text.strip()
    if (l.kind != "sub" or _STOPS.search(l.text.strip()[-1:]) or width(t) >= width(l.text.strip())
            or _STOPS.search(t)):
        return None
    return Line(l.no, l.text.rstrip() + t, l.kind, dict(l.data))


def join_wrapped_subtitles(lines: list[Line]) -> list[Line]:
    """`lines` with each wrapped '——' subtitle line joined with its rest (numbered as the first)."""
    return join_rests(lines, _subtitle_rest)
