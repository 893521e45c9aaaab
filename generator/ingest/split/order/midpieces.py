"""A middle piece of a story that the extractor printed after another story, put back where the
story's text breaks off and resumes.

A PDF→Markdown converter orders text blocks by position, so a story set in several column
pieces can come out as its first piece, its last piece, another story, and then its middle
piece — which starts inside a sentence and stops inside one, before the next headline:

    将在本届世界杯上首次引入先        <- the story breaks off mid-sentence…
    人机飞行活动。其中一家公司        <- …and resumes here: '先' + '人' is no word
    …
    # 特朗普总统：…                   <- another story, finished
    续谈判的重要前提。
    进的半自动化办公系统，以改        <- a full line with no indent after a finished paragraph:
    …                                    the middle piece ('先' + '进' is a word)
    减少场馆上空不安全的私人无        <- it stops mid-sentence ('无' + '人' is a word)
    # 台湾：…

`resume.py` moves a run that finishes its story back under a story left dangling before a
headline; this module takes a run that finishes nothing and puts it into the one seam of the
page where it bridges both breaks: the words cut at each of its two ends are words the page
says, and the seam as printed cuts none. Lines are moved, never changed: no character is lost or
repeated. Only on Markdown-shaped pages (headings marked `#`).
"""
from __future__ import annotations

import re

from generator.ingest.split.classify.lines import Line, next_nonblank
from generator.ingest.split.order.resume import STOPS, fills_column, move_runs, opens_run, page_columns, stops_open
from generator.ingest.split.text.textutil import full_width

_HAN = re.compile(r"[\u4e00-\u9fff]")


def _pair(a: str, b: str) -> str | None:
    """The two characters across a line end, when both are Han characters."""
    a, b = a.rstrip()[-1:], b.lstrip()[:1]
    return a + b if a and b and _HAN.match(a) and _HAN.match(b) else None


def _says(words: dict[str, int], pair: str | None) -> bool:
    return pair is not None and words.get(pair, 0) >= 1


def move_mid_pieces(lines: list[Line], text: str) -> list[Line]:
    """`lines` with each middle piece of a story moved into the seam it bridges."""
    if not any(l.kind == "heading" for l in lines):
        return lines
    first, last, texts, col = page_columns(lines, text)
    words: dict[str, int] = {}
    for l in lines:
        if l.kind == "text":
            t = re.sub(r"\s+", "", l.text)
            for k in range(len(t) - 1):
                words[t[k:k + 2]] = words.get(t[k:k + 2], 0) + 1
    # seams: a text line stopping mid-sentence on a full line, the text going on after a blank
    seams = []
    for i in texts:
        n = next_nonblank(lines, i)
        if (n is not None and n > i + 1 and lines[n].kind == "text" and n in first
                and fills_column(full_width(last[i]), col[i]) and stops_open(last[i])):
            seams.append((i, n))
    moves: list[tuple[int, int, int]] = []      # (seam line, first, last) of each run
    for i in texts:
        if not opens_run(lines, i, first, last, col):
            continue
        end = i
        while end + 1 < len(lines) and lines[end + 1].kind not in STOPS:
            end += 1
        while lines[end].kind == "blank":
            end -= 1
        if end not in last or not stops_open(last[end]) or not fills_column(full_width(last[end]), col[end]):
            continue        # (a run that finishes its story is resume.py's)
        fits = [(s, n) for s, n in seams if n < i
                and _says(words, _pair(last[s], first[i])) and _says(words, _pair(last[end], first[n]))
                and not _says(words, _pair(last[s], first[n]))]
        if len(fits) == 1 and not any(s == fits[0][0] for s, _, _ in moves):
            moves.append((fits[0][0], i, end))
    return move_runs(lines, moves)
