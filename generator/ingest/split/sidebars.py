"""A sidebar box ('相关链接', '背景') printed right after a story, with no headline of its own.

Papers close a story with a small box of background — labelled 相关链接, 链接, 背景, 延伸阅读… —
that reads on from the story: its label is no headline (it names a kind of box, not a story),
and its text belongs to the story above. On a Markdown or flowed page the converter prints the
label as a heading line or a line alone; read it as the story's text when it stands between a
finished paragraph and a paragraph of text (a label over a headline is that headline's kicker).
"""
from __future__ import annotations

import re

from generator.ingest.split.lines import Line
from generator.ingest.split.textutil import ends_text

SIDEBAR_LABELS = ("相关链接", "新闻链接", "知识链接", "资料链接", "链接", "背景", "新闻背景", "背景资料",
                  "背景链接", "延伸阅读", "相关新闻", "相关阅读", "小知识", "名词解释")
_DECOR = re.compile(r"[\s*#·•■□●◆【】\[\]]+")


def is_sidebar_label(text: str) -> bool:
    """Is a line only a sidebar box's label ('**相关链接**', '【背景】')?"""
    return _DECOR.sub("", text) in SIDEBAR_LABELS


def _next(lines: list[Line], i: int, step: int) -> Line | None:
    j = i + step
    while 0 <= j < len(lines) and lines[j].kind == "blank":
        j += step
    return lines[j] if 0 <= j < len(lines) else None


def sidebar_labels_as_text(lines: list[Line]) -> list[Line]:
    """The lines with each sidebar label printed between a finished paragraph and a paragraph
    holding a sentence read as text of the story above (in place; the lines returned)."""
    for i, ln in enumerate(lines):
        if ln.kind not in ("heading", "text") or not is_sidebar_label(ln.text):
            continue
        above, below = _next(lines, i, -1), _next(lines, i, 1)
        if (above is not None and above.kind == "text" and ends_text(above.text)
                and below is not None and below.kind == "text" and ends_text(below.text)):
            ln.kind = "text"
            ln.data = {**ln.data, "sidebar": True}
    return lines


def rejoin_sidebars(units: list, segs: list) -> list:
    """Segments with each one that opens on a sidebar's label paragraph, no byline or credit of
    its own, right after a story (only its closing signature or blank space between), joined
    back to that story: a signature ('（记者 X）') closes the story's text, not the box printed
    under it."""
    from generator.ingest.split.boundaries import between_transparent
    out: list = []
    for s in segs:
        prev = out[-1] if out else None
        if (prev is not None and s.paras and is_sidebar_label(s.paras[0].text) and len(s.paras) > 1
                and s.byline is None and s.credit is None and s.continued_from is None
                and prev.paras and prev.credit is None and prev.continued_to is None
                and ends_text(prev.paras[-1].text)
                and between_transparent(units, prev.last, s.first)):
            prev.paras += s.paras
            prev.last = s.last
            continue
        out.append(s)
    return out
