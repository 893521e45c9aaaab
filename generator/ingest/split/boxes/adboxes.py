"""A weather box or an advertisement is page furniture, never text of the story above it.

Papers set such a box under a label of its own ('今日天气', '天气预报', '广告') with a few short
lines under it (a forecast, '诚聘…  电话：…'): no sentence, no paragraph. The label with the
run of short lines right under it (up to a blank line or the page's end) is furniture; the
lines are kept as dropped lines, never lost.
"""
from __future__ import annotations

import re

BOX_LABELS = ("今日天气", "天气", "天气预报", "本地天气", "广告", "广而告之", "分类广告")
LINES_MAX = 4        # short lines a box holds under its label
LINE_MAX = 30        # characters of one such line
_FRAME = re.compile(r"^[\s#*■□◆【\[〔]*(.*?)[\s*】\]〕]*$")


def _label(line: str) -> bool:
    m = _FRAME.match(line)
    return bool(m) and re.sub(r"\s+", "", m.group(1)) in BOX_LABELS


def _short(line: str) -> bool:
    t = line.strip().strip("*")
    return 0 < len(t) <= LINE_MAX and not re.search(r"[。！？；]", t)


def box_lines(raw: list[str]) -> set[int]:
    """The indices of the lines of labelled weather and advertisement boxes."""
    out: set[int] = set()
    for i, line in enumerate(raw):
        if not _label(line):
            continue
        j = i + 1
        while j < len(raw) and j - i <= LINES_MAX and _short(raw[j]):
            j += 1
        if j == i + 1 or j - i > LINES_MAX or (j < len(raw) and raw[j].strip()):
            continue        # no box: nothing under the label, or text runs on under it
        out.update(range(i, j))
    return out
