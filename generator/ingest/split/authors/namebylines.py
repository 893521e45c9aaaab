"""Column pages: a writer's bare name on a line of its own under a headline is its byline.

Commentaries and essays are signed by the writer's name alone, printed under the title
('卢凯文'); the head rules read such a short line set apart as one more headline line (a
subtitle). A line that is only a name — two to four Han characters opening on a surname, or a
transliterated name with '·' (`bylines.bare_signature`) — between a headline and the text says
who wrote it: no subtitle is a bare name. (`namelines` does the same on `#` pages.)
"""
from __future__ import annotations

from generator.ingest.split.authors import bylines
from generator.ingest.split.units.items import Unit, real_unit


def names_under_column_heads(units: list[Unit]) -> None:
    """Each one-line head unit that is a bare name, right under a headline and right over
    story text, made a byline unit (in place)."""
    for i, u in enumerate(units):
        if u.kind != "head" or len(u.lines) != 1:
            continue
        up, down = real_unit(units, i, -1), real_unit(units, i, 1)
        if up is None or down is None or units[up].kind != "head" or units[down].kind != "para":
            continue
        name = bylines.bare_signature(u.text)
        if name:
            u.kind = "bline"
            u.data = {**u.data, "byline": bylines.Byline(u.text.strip(), [("作者", name)], "")}
