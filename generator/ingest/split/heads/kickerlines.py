"""A kicker printed in one block with the headline under it, after a story cut mid-sentence, on a
page a PDF→Markdown converter printed.

pymupdf4llm prints a blank line after every text block and marks the headline's lines with `#`;
a kicker set in smaller type over the headline, in the same block, comes out as a plain line right
above the `#` line with no blank between ('沙特阿拉伯 非常猛烈' / '# 特朗普总统表示…'). The head
stages read such a line as the kicker — unless the story above stops mid-sentence (its text goes
on in another column): then the reflow reads the kicker as the rest of that sentence. Such a
line (short, ending no sentence, apart from the text above by a blank, touching the headline) is
marked as a heading line one rank below the headline, which the head stages read as its kicker.
"""
from __future__ import annotations


from generator.ingest.split.classify.lines import Line, prev_nonblank
from generator.ingest.split.text.textutil import SENTENCE_MARKS, ends_text, width

KICKER_MAX = 24.0       # em: a kicker is one or two short phrases


def _text_above(lines: list[Line], i: int) -> Line | None:
    j = prev_nonblank(lines, i)
    return lines[j] if j is not None and lines[j].kind == "text" else None


def kickers_over_heads(lines: list[Line]) -> list[Line]:
    """`lines` with each plain line that touches the `#` headline under it, after a blank and
    text that stops mid-sentence, made a heading line one rank below that headline."""
    out = list(lines)
    for i in range(1, len(lines) - 1):
        l, up, down = lines[i], lines[i - 1], lines[i + 1]
        if l.kind != "text" or down.kind != "heading" or up.kind != "blank":
            continue
        above = _text_above(lines, i)
        if above is None or ends_text(above.text):
            continue
        t = l.text.strip()
        if not t or width(t) > KICKER_MAX or ends_text(t) or SENTENCE_MARKS.search(t) or t[-1] in "，、,：:":
            continue
        out[i] = Line(l.no, t, "heading", {"rank": down.data.get("rank", 1) + 1})
    return out
