"""A writer's name alone under a headline, on a page a PDF→Markdown converter printed.

Commentaries and columns print their writer's name on a line of its own between the headline and
the text ('范瑞'). The classifier reads such a line as a signature when the text under it shows
as running text right away; a converter to Markdown prints blank lines every two or three lines
of a column, so the text under the name shows only as short blocks and the name stayed a text
line, then became the story's subtitle. Here a bare name (`bylines.bare_signature`) standing
alone right under a headline, with text after it, is the story's byline.
"""
from __future__ import annotations

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.lines import Line, next_nonblank, prev_nonblank


_GLOSS = "(（"       # a foreign name's original spelling opens in brackets after it


def names_under_heads(lines: list[Line]) -> list[Line]:
    """`lines` with each bare writer's name right under a `#` headline made a byline line."""
    if not any(l.kind == "heading" for l in lines):
        return lines
    out = list(lines)
    for i, l in enumerate(lines):
        if l.kind != "text" or not (0 < i < len(lines) - 1):
            continue
        if lines[i - 1].kind != "blank" or lines[i + 1].kind != "blank":
            continue
        p, n = prev_nonblank(lines, i), next_nonblank(lines, i)
        if p is None or n is None or lines[p].kind not in ("heading", "sub") or lines[n].kind != "text":
            continue
        if lines[n].text.strip()[:1] in _GLOSS:
            continue        # a name glossed in brackets on the next line is the lead's ('…特朗普' / '(Donald Trump) 总统…')
        name = bylines.bare_signature(l.text)
        if name:
            out[i] = Line(l.no, l.text.strip(), "byline",
                          {"byline": bylines.Byline(l.text.strip(), [("作者", name)], "")})
    return out
