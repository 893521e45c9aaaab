"""Boxes at a page's foot that are no story: a weather report, a classified ad.

Under the last story, above the folio and the staff line, papers print small boxes of short
lines — the day's weather (a temperature range, a wind force), an advertisement closing on a
telephone number. Such a box holds no sentence; it is page furniture, never the end of the
story above it. Read from the page's foot upwards, past the furniture already found, box by box.
"""
from __future__ import annotations

import re

_SENTENCE = re.compile(r"[。！？!?；;，,“”]")
_TEMPERATURE = re.compile(r"-?\d{1,2}\s*(?:℃|°C)")
_PHONE = re.compile(r"(?:电话|热线|手机|咨询|联系|Tel|TEL)\s*[:：]?\s*[0-9][0-9\- ]{6,}[0-9]$")
_FOLIO = re.compile(r"^[—–\-－~～\s]*(?:第\s*)?[0-9０-９]{1,3}(?:\s*版)?[—–\-－~～\s]*$")
BOX_LINES = 5          # a box of more lines is a story's text, however it reads
LINE_MAX = 30          # characters: a box's lines are short


def _block_above(raw: list[str], end: int) -> tuple[int, int] | None:
    """The run of non-blank lines ending at or above line `end` (skipping blanks): (first, last)."""
    k = end
    while k >= 0 and not raw[k].strip():
        k -= 1
    if k < 0:
        return None
    last = k
    while k - 1 >= 0 and raw[k - 1].strip():
        k -= 1
    return k, last


def _is_box(lines: list[str]) -> bool:
    """A foot box: a few short lines holding no sentence, one a temperature or a phone number."""
    if not 2 <= len(lines) <= BOX_LINES or any(len(s) > LINE_MAX or _SENTENCE.search(s) for s in lines):
        return False
    return any(_TEMPERATURE.search(s) for s in lines) or _PHONE.search(lines[-1]) is not None


def foot_boxes(raw: list[str], furniture: set[int]) -> set[int]:
    """Indices of the lines of `raw` in weather or ad boxes at the page's foot (under the last
    story, above or among the foot's furniture lines and a folio)."""
    out: set[int] = set()
    end = len(raw) - 1
    while True:
        block = _block_above(raw, end)
        if block is None:
            return out
        first, last = block
        lines = [raw[k].strip() for k in range(first, last + 1)]
        if all(k in furniture or _FOLIO.match(raw[k].strip()) for k in range(first, last + 1)):
            out |= {k for k in range(first, last + 1) if k not in furniture}
        elif _is_box(lines):
            out |= set(range(first, last + 1))
        else:
            return out
        end = first - 1
