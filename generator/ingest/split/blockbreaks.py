"""Blank lines back into a column page that was extracted without any.

Without blank lines every headline, byline and caption runs into the body around it, and the
rules that read blocks see one block per page. `breakmodel` says where a block starts; a blank
line goes in front of each such line, and the split result's line numbers are mapped back to
the page as printed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from generator.ingest.split.breakmodel import block_starts, kinds_of
from generator.ingest.split.flatpage import is_flat
from generator.ingest.split.result import SplitResult
from generator.ingest.split.textutil import han_count

MIN_LINES = 12          # fewer lines than a column's height: too little page to read a layout from
THRESHOLD = 0.5
_MD = re.compile(r"^\s{0,3}#{1,6}\s")


class Restored(NamedTuple):
    text: str
    source: list[int]           # 1-based line of `text` → 1-based line of the page as printed


def unbroken(lines: list[str]) -> bool:
    """A hard-wrapped column page with no blank line between its first and last text."""
    body = [s for s in lines if s.strip()]
    first = next(i for i, s in enumerate(lines) if s.strip()) if body else 0
    last = max((i for i, s in enumerate(lines) if s.strip()), default=-1)
    return (len(body) >= MIN_LINES and all(s.strip() for s in lines[first:last + 1])
            and not any(_MD.match(s) for s in body) and not is_flat(lines) and han_count("".join(body)) >= 100)


def restore_breaks(text: str) -> Restored | None:
    """The page with a blank line before each block the model finds; None when the page has
    blank lines of its own (or is no column page)."""
    lines = text.split("\n")
    if not unbroken(lines):
        return None
    texts = [s for s in lines if s.strip()]
    nos = [i + 1 for i, s in enumerate(lines) if s.strip()]
    probs = block_starts(texts, kinds_of("\n".join(texts), len(texts)))
    out: list[str] = []
    source: list[int] = []
    for k, (t, no, p) in enumerate(zip(texts, nos, probs)):
        if k and p > THRESHOLD:
            out.append("")
            source.append(no)
        out.append(t)
        source.append(no)
    return Restored("\n".join(out) + "\n", source)


_LINE_REF = re.compile(r"^line (\d+):")


def map_lines(result: SplitResult, source: list[int]) -> SplitResult:
    """`result` with every line number read on the restored text mapped to the printed page."""
    def at(n: int) -> int:
        return source[n - 1] if 1 <= n <= len(source) else n
    for a in result.articles:
        a.lines = (at(a.lines[0]), at(a.lines[1]))
        a.doubts = [_LINE_REF.sub(lambda m: f"line {at(int(m.group(1)))}:", d) for d in a.doubts]
    result.dropped = [replace(d, line=at(d.line)) for d in result.dropped]
    result.doubts = [_LINE_REF.sub(lambda m: f"line {at(int(m.group(1)))}:", d) for d in result.doubts]
    return result
