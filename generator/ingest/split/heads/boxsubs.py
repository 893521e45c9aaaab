"""Column pages: a subtitle printed right under a headline a narrow box wrapped.

A headline set in large type in a box narrower than the column wraps over several short lines,
anywhere in a word; the box's subtitle, set in smaller type, fits more characters on its line
and comes out of pdftotext right under the last headline line, with no blank line between:

    埃博拉病毒可能          ← the headline, wrapped at the box's width
    致命，
    但治疗和疫苗研
    发的迅速进展带
    来希望
    加强了疾病监测工作      ← the subtitle: wider than every line of the headline

A wrapped line never runs wider than the box that wrapped it, so a last line clearly wider than
every line above it, under three or more lines all far short of the column that hold no
sentence, is set in other type: the subtitle. It becomes a subtitle line (`sub`), which the head
rules read as a '——' subtitle under its headline.
"""
from __future__ import annotations

from collections import Counter

from generator.ingest.split.classify.lines import Line
from generator.ingest.split.text.textutil import CONTINUES, SENTENCE_MARKS, han_count, last_meaningful, squash_spaces, width

HEAD_LINES_MIN = 3       # lines of the wrapped headline above the subtitle
NARROW = 3.0             # em: the headline's lines stand this far short of the column at least
WIDER = 1.5              # em: the subtitle runs this much wider than every headline line
MIN_WRAPPED = 20         # wrapped lines of the page that say its column measure


def _measure(lines: list[Line]) -> float | None:
    """The page's common column measure: the width most wrapped text lines share."""
    ws = [round(width(squash_spaces(a.text.strip())) * 2) / 2 for a, b in zip(lines, lines[1:])
          if a.kind == "text" and b.kind == "text"]
    ws = [w for w in ws if 4 <= w <= 30]
    return Counter(ws).most_common(1)[0][0] if len(ws) >= MIN_WRAPPED else None


def _plain(text: str) -> bool:
    return not SENTENCE_MARKS.search(text)


def mark_box_subtitles(lines: list[Line]) -> list[Line]:
    """Mark as subtitles the lines printed under a narrow box's wrapped headline, wider than it."""
    if any(l.kind == "heading" for l in lines):
        return lines           # a Markdown page marks its headlines
    measure = _measure(lines)
    if measure is None:
        return lines
    i = 0
    while i < len(lines):
        if lines[i].kind != "text" or (i and lines[i - 1].kind == "text"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind == "text":
            j += 1
        run = lines[i:j]
        after = lines[j].kind if j < len(lines) else "blank"
        if len(run) > HEAD_LINES_MIN and after in ("blank", "byline"):
            texts = [squash_spaces(l.text.strip()) for l in run]
            head, sub = texts[:-1], texts[-1]
            widest = max(width(t) for t in head)
            if (widest <= measure - NARROW and all(_plain(t) for t in head)
                    and width(sub) >= widest + WIDER and width(sub) <= measure
                    and _plain(sub) and han_count(sub) >= 4 and last_meaningful(sub) not in CONTINUES
                    and han_count("".join(head)) >= 6):
                run[-1].kind = "sub"
        i = j
    return lines
