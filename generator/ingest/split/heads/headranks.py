"""Two Markdown headings one over the other: the one in larger type is the headline.

A PDF→Markdown converter marks type size with '#' counts: '#' is set larger than '##', '##'
larger than '###'. In a head stack the headline is set largest; a kicker over it and a subtitle
under it are set smaller. So a heading set larger than the placed heading right under it is the
headline, and the one under it its subtitle (the reverse, a smaller heading over a larger one,
is a kicker, as `headmatch.leftover_heads` reads it). Headings of one size say nothing here.
"""
from __future__ import annotations

from generator.ingest.split.stories.boundaries import Segment
from generator.ingest.split.units.items import Unit

MARKED = range(1, 7)       # '#'…'######' (bold lines and headlines found by shape carry no size)


def set_smaller(upper: dict, lower: dict) -> bool:
    """Is the heading whose data is `lower` marked in smaller type ('###') than the one over it
    (`upper`, '#')? A headline found by its shape carries no size."""
    a, b = upper.get("rank"), lower.get("rank")
    return a in MARKED and b in MARKED and a < b and not lower.get("found")


def outranks(upper: Unit, lower: Unit) -> bool:
    """Is `upper` a '#' heading set larger than the '#' heading `lower` right under it?"""
    return (set_smaller(upper.data, lower.data) and not upper.data.get("found")
            and not lower.data.get("kickers") and not upper.data.get("subtitles"))


def title_over_subtitle(upper: Unit, lower: Unit, segs: list[Segment]) -> None:
    """`upper` heads the story `lower` was placed over; `lower` (with its subtitles) becomes
    its subtitle."""
    owner = next(s for s in segs if s.head is lower)
    owner.head = upper
    upper.data.setdefault("subtitles", []).extend([lower] + lower.data.pop("subtitles", []))
    lower.kind = "used"
