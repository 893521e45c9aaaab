"""A pull quote is display type, not a story: a sentence of the story repeated between its paragraphs.

Papers lift one sentence of a story and set it in large type inside the story's columns, in
quotation marks ('“…。”', in Markdown bold as well), to catch the eye. It repeats, word for
word, a sentence of the text printed around it, so it is neither a headline nor a new story:
it is page decoration, and the story's text runs on across it (the gaps its narrower measure
left around it do not cut the story). A quoted headline is no such line: it ends no sentence.
"""
from __future__ import annotations

import re

from generator.ingest.split.units.items import Unit, real_unit

REACH = 4            # text units either side searched for the quoted sentence
MIN_CHARS = 10       # characters a pulled sentence holds at least
_QUOTE = re.compile(r"^\**[“\"「](.+[。！？!?])[”\"」]\**$")
_KINDS = ("para", "head", "minor", "kickq")


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _quoted_sentence(text: str) -> str | None:
    """The sentence a line sets in quotation marks, when the whole line is that sentence."""
    m = _QUOTE.match(_flat(text))
    if m is None or len(m.group(1)) < MIN_CHARS or re.search(r"[“”「」]", m.group(1)):
        return None
    return m.group(1)


def _near_text(units: list[Unit], i: int) -> str:
    """The story text printed up to `REACH` units before and after unit `i`."""
    got = []
    for step in (-1, 1):
        j, n = i, 0
        while n < REACH:
            k = real_unit(units, j, step)
            if k is None or units[k].kind not in ("para", "used", "drop", "btail"):
                break
            if units[k].kind == "para":
                got.append(_flat(units[k].text))
                n += 1
            j = k
    return "\n".join(got)


def drop_pull_quotes(units: list[Unit]) -> None:
    """Mark each pull quote decoration and let the story run on across the gaps around it."""
    for i, u in enumerate(units):
        if u.kind not in _KINDS or "byline" in u.data:
            continue
        s = _quoted_sentence(u.text)
        if s is None or s not in _near_text(units, i):
            continue
        u.kind, u.data = "drop", {"as": "decoration", "_idx": u.data.get("_idx")}
        for step in (-1, 1):
            k = i + step
            if 0 <= k < len(units) and units[k].kind == "gap":
                beyond = real_unit(units, k, step)
                if beyond is not None and units[beyond].kind == "para":
                    units[k].kind = "used"
