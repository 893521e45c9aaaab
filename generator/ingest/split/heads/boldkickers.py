"""A plain headline line over a bold one, on a Markdown-shaped page: the bold line is the
headline, the plain line its kicker.

A PDF→Markdown converter marks a line set in bold '**…**'; a headline set in headline type
comes out bold, the kicker over it, set in lighter type, as a plain line (`flatpage` finds it
as a headline by its shape). Both read as headlines, and the plain one above, read first,
took the story while the bold headline went adrift. A plain line found as a headline, right
over a bold headline line (touching it, or one blank apart), is that headline's kicker: a
heading line one rank below it, as `kickerlines` marks a kicker.
"""
from __future__ import annotations

from generator.ingest.split.classify.lines import Line

BOLD = 7            # the rank `lines` gives a '**…**' headline line


def _is_bold_head(l: Line) -> bool:
    return l.kind == "heading" and l.data.get("rank") == BOLD and not l.data.get("lead")


def kickers_over_bold_heads(lines: list[Line]) -> list[Line]:
    """`lines` with each found plain headline line right over a bold headline made its kicker."""
    out = list(lines)
    for i, l in enumerate(lines):
        if l.kind != "heading" or not l.data.get("found"):
            continue
        j = i + 1
        while j < len(lines) and j <= i + 2 and lines[j].kind == "blank":
            j += 1
        if j < len(lines) and j <= i + 2 and _is_bold_head(lines[j]) and lines[j].no - l.no <= 2:
            data = {k: v for k, v in l.data.items() if k != "found"}
            data["rank"] = BOLD + 1
            out[i] = Line(l.no, l.text, "heading", data)
    return out
