"""A sidebar box's label is not a headline: the box belongs to the story printed before it.

Papers close a story with a small box of background under a label of its own ('相关链接',
'背景', '延伸阅读') and no headline: the label names the kind of box, not a story. Printed
right after a story's text (or the signature closing it) and over the box's text (no byline of
its own), the label and its text go on that story, so the box is no new article; its text ends
the story's body.
"""
from __future__ import annotations

import re

from generator.ingest.split.items import Unit, real_unit

BOX_LABELS = ("相关链接", "链接", "新闻链接", "背景链接", "资料链接", "背景", "新闻背景", "背景资料",
              "相关背景", "延伸阅读", "相关阅读", "小资料", "资料", "知识链接")
_FRAME = re.compile(r"^[\s#*■□◆◇●○【\[〔<《]*(.*?)[\s*】\]〕>》]*$")
_LABEL_KINDS = ("head", "minor", "kickq")


def is_box_label(text: str) -> bool:
    """Is the line only a sidebar's label ('相关链接', '【背景】', '**链接**')?"""
    m = _FRAME.match(text.strip())
    return bool(m) and re.sub(r"\s+", "", m.group(1)).rstrip("：:") in BOX_LABELS


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
