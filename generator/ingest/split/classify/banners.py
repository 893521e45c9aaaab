"""A page's banner: a slogan set in headline type across the top of a Markdown-shaped page.

A PDF→Markdown converter marks every line set in large type '##', the banner over the page's
stories ('## 坚持高水平对外开放') as well as the first story's headline under it. A kicker is
set smaller than its headline (no '##'), and a headline's two halves are read by
`headwrap`; so a '##' line standing first under the running header (on a page without
one, the first '##' line is a story's: its kicker, '## 乡村振兴 特色产业', when the converter
set it large), apart (a blank line)
from a '##' headline under it, saying none of the words of that headline nor of its story's
opening, is the page's banner — furniture, never the first story's kicker. A first line set
larger than the headline under it ('#' over '###') is no kicker either, masthead above or not;
nor is a first line a picture or a column label parts from the headline under it (a kicker
touches its headline): both are banners, masthead above or not. A banner's words may come
up once in the story's opening by chance ('时代'); a kicker's words are its headline's, or
its story's more than once.
"""
from __future__ import annotations

import re

from generator.ingest.split.stories.kinds import is_brief_label, is_commentary_label, is_section_label
from generator.ingest.split.classify.lines import Line

_HAN2 = re.compile(r"^[\u4e00-\u9fff]{2}$")
OPENING = 6            # text lines of the story under the headline read for shared words
BANNER_MAX = 16        # characters: a slogan, not a headline's first half


def _grams(t: str) -> set[str]:
    return {t[k:k + 2] for k in range(len(t) - 1) if _HAN2.match(t[k:k + 2])}


def mark_banner(lines: list[Line]) -> list[Line]:
    """`lines` with the page's banner, if it has one, as furniture (kind 'header')."""
    cells = [i for i, l in enumerate(lines) if l.kind not in ("blank", "header")]
    if len(cells) < 3:
        return lines
    top, head = cells[0], cells[1]
    up, down = lines[top], lines[head]
    if up.kind != "heading" or down.kind != "heading":
        return lines
    larger = up.data.get("rank", 9) < down.data.get("rank", 9)
    parted = any(l.kind == "header" for l in lines[top + 1:head])    # a picture or a label between
    if not larger and not parted and not any(l.kind == "header" for l in lines[:top]):
        return lines           # a banner runs under the masthead; a page's first '##' line is a story's
    t = up.text.strip().lstrip("#").strip()
    if (head == top + 1 or up.data.get("rank", 9) > down.data.get("rank", 9) or not t or len(t) > BANNER_MAX
            or is_brief_label(t) or is_commentary_label(t) or is_section_label(t)
            or any(l.kind not in ("blank", "header") for l in lines[top + 1:head])):
        return lines
    opening = [lines[i].text for i in cells[2:2 + OPENING] if lines[i].kind == "text"]
    if not opening or _grams(t) & _grams(down.text) or len(_grams(t) & _grams("".join(opening))) > 1:
        return lines
    out = list(lines)
    out[top] = Line(up.no, up.text.strip(), "header", dict(up.data))
    return out
