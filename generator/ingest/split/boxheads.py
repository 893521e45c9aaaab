"""A headline of a box or picture, wrapped over lines narrower than the column, on a page a
PDF→Markdown converter printed.

The converter marks a headline '#' only when its type is large enough; a picture's or a box's
headline, set bold at a size a little over the text's, comes out as plain lines between blank
lines ('边巴次仁连任西藏流亡政' / '府最高行政长官，美国祝' / '贺流亡藏人社区选举'). The
headline rules for such lines allow few commas (a sentence wrapped over lines has them), so the
block is read as the text's first lines. What tells it apart is the measure: wrapped text
fills its column — all its lines but the last do — while every line of the headline stops
well short of it (larger type, fewer characters a line), and it ends on no mark at all.
"""
from __future__ import annotations

import re

from generator.ingest.split import bylines
from generator.ingest.split.headshape import balanced
from generator.ingest.split.textutil import han_count, squash_spaces, width

SHORT = 1.5         # em: every line of the headline stops at least this short of the column
MAX_CHARS = 48      # a headline, not a paragraph
_SENTENCE = re.compile(r"[。！？!?]")
_HEAD_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z”》」]")     # a headline ends on a word or a quote
_GLOSS = re.compile(r"[(（]\s*[A-Za-z]")


def wrapped_box_head(texts: list[str], full: float | None) -> bool:
    """2–3 lines, all well short of the column `full`, holding one headline's words: no
    sentence end, at most one '；' and two commas, no byline or dateline, ending on no mark."""
    if full is None or not 2 <= len(texts) <= 3:
        return False
    lines = [squash_spaces(t.strip()) for t in texts]
    joined = "".join(lines)
    if not lines[-1] or han_count(joined) < 8 or len(joined) > MAX_CHARS:
        return False
    if any(width(t) > full - SHORT for t in lines):
        return False
    if _SENTENCE.search(joined) or joined.count("；") > 1 or len(re.findall(r"[，,、]", joined)) > 2:
        return False
    if not _HEAD_END.match(joined[-1]) or _GLOSS.search(joined) or not balanced(joined):
        return False           # (a bracketed Latin gloss is running text's: '万斯(JD Vance)')
    return bylines.parse_lead(joined) is None and bylines.parse_standalone(joined) is None
