"""A sidebar box ('相关链接', '背景') printed right after a story, with no headline of its own.

Papers close a story with a small box of background under a label of its own — 相关链接, 链接,
背景, 延伸阅读… — and no headline: the label names the kind of box, not a story, and the box's
text belongs to the story above (its body ends with it). Read at two points:
- lines (`sidebar_labels_as_text`): on a Markdown or flowed page the converter prints the label
  as a heading or a line alone; between a finished paragraph and a paragraph holding a sentence
  it is the story's text (a label over a headline is that headline's kicker);
- units (`sidebar_labels`): a label unit printed between a story's text (or its closing
  signature: `boundaries` then reopens that story — a signature closes the story's text, not
  the box under it) and the box's text, with no byline of its own, is a paragraph of that story.
"""
from __future__ import annotations

import re

from generator.ingest.split.units.items import Unit, real_unit
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.text.textutil import ends_text

BOX_LABELS = frozenset(("相关链接", "链接", "新闻链接", "背景链接", "资料链接", "知识链接", "背景",
                        "新闻背景", "背景资料", "相关背景", "延伸阅读", "相关阅读", "相关新闻", "小资料",
                        "资料", "小知识", "名词解释"))
_DECOR = re.compile(r"[\s*#·•■□◆◇●○【】\[\]〔〕<>《》]+")
_LABEL_KINDS = ("head", "minor", "kickq")


def is_box_label(text: str) -> bool:
    """Is the line only a sidebar's label ('相关链接', '【背景】', '**链接**', '背景：')?"""
    return _DECOR.sub("", text).rstrip("：:") in BOX_LABELS


def _next(lines: list[Line], i: int, step: int) -> Line | None:
    j = i + step
    while 0 <= j < len(lines) and lines[j].kind == "blank":
        j += step
    return lines[j] if 0 <= j < len(lines) else None


def sidebar_labels_as_text(lines: list[Line]) -> list[Line]:
    """The lines with each sidebar label printed between a finished paragraph and a paragraph
    holding a sentence read as text of the story above (in place; the lines returned)."""
    for i, ln in enumerate(lines):
        if ln.kind not in ("heading", "text") or not is_box_label(ln.text):
            continue
        above, below = _next(lines, i, -1), _next(lines, i, 1)
        if (above is not None and above.kind == "text" and ends_text(above.text)
                and below is not None and below.kind == "text" and ends_text(below.text)):
            ln.kind = "text"
            ln.data = {**ln.data, "sidebar": True}
    return lines


def sidebar_labels(units: list[Unit]) -> None:
    """Turn a box label printed between a story's text and the box's text into story text."""
    for i, u in enumerate(units):
        if u.kind not in _LABEL_KINDS or not is_box_label(u.text):
            continue
        before, after = real_unit(units, i, -1), real_unit(units, i, 1)
        if before is None or after is None:
            continue
        prev, nxt = units[before], units[after]
        if prev.kind in ("para", "btail") and nxt.kind == "para" and "byline" not in nxt.data:
            u.kind = "para"
            u.data = {k: v for k, v in u.data.items() if k == "_idx"}
            u.data["box_label"] = True

