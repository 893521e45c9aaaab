"""Compose newspaper pages in both extraction shapes from structured parts, for tests.

`column_page` mimics PDF column extraction: paragraphs hard-wrapped at a column width (first line
two characters shorter: the stripped indent), blank lines at random column breaks — also in the
middle of sentences — and headlines wherever the layout puts them (often after their stories).
`markdown_page` mimics the Markdown-ish extraction: `##` headlines, one line per paragraph.
"""
from __future__ import annotations

import random

from generator.ingest.split.text.textutil import width


def columned(text: str, chars: int = 15) -> str:
    """`text` cut into lines of `chars` characters each, as a column of fixed measure prints it
    (no indent, no regard to marks)."""
    return "\n".join(text[i:i + chars] for i in range(0, len(text), chars))


def typeset_column(text: str, measure: int) -> str:
    """`text` as one paragraph of a typeset column of `measure` characters: the first line short
    by an (unprinted) two-character indent, a mark that would open a line hung at the end of the
    line above, as a justified column sets it."""
    lines, rest, room = [], text, measure - 2
    while rest:
        cut = room + 1 if rest[room:room + 1] in "，。、；：" else room
        lines.append(rest[:cut])
        rest, room = rest[cut:], measure
    return "\n".join(lines)


def columned_paras(paras: tuple[str, ...] | list[str], chars: int, indent: str = "　　",
                   gap: str = "\n") -> str:
    """Paragraphs each `columned` to `chars` characters, opening on `indent`, joined by `gap`
    ('\n': one run of column lines; '\n\n': a blank line between paragraphs)."""
    return gap.join(columned(indent + p, chars) for p in paras)


# a finished story to print over the one a test reads (its headline, then its two paragraphs)
HEATING_HEAD = "市政府部署今冬城区供暖工作"
HEATING = ("本报讯 记者周成报道:市政府昨日召开会议,听取了各地关于冬季供暖工作的汇报,要求各区在本月底前完成全部管网的检修任务。",
           "会议指出,今冬气温可能偏低,各有关部门要提前做好应急准备,确保居民家中室温达标。")


def wrap(text: str, col: float = 14.0, indent: float = 2.0) -> list[str]:
    lines, cur, limit = [], "", col - indent
    for ch in text:
        if cur and width(cur + ch) > limit:
            lines.append(cur)
            cur, limit = "", col
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def column_page(parts: list[tuple[str, str]], seed: int = 0, col: float = 14.0,
                break_rate: float = 0.12) -> str:
    """parts: ('para', text) wrapped; ('line', text) printed as is between blank lines;
    ('raw', text) printed as is with no blank line around it; ('blank', '')."""
    rnd = random.Random(seed)
    out: list[str] = []
    for kind, text in parts:
        if kind == "blank":
            out.append("")
        elif kind == "line":
            out += ["", text, ""]
        elif kind == "raw":
            while out and out[-1] == "":
                out.pop()
            out.append(text)
        else:
            lines = wrap(text, col)
            for n, line in enumerate(lines):
                out.append(line)
                if n < len(lines) - 1 and rnd.random() < break_rate:
                    out.append("")
            if rnd.random() < 0.7:
                out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n") + "\n"


def markdown_page(parts: list[tuple[str, str]]) -> str:
    """parts: ('head', text) → '## text'; ('para'|'line', text) one line; ('gap', '') 3 blanks;
    ('break', text) a paragraph cut mid-sentence at the '|' mark by a blank line."""
    out: list[str] = []
    for kind, text in parts:
        if kind == "head":
            out += [f"## {text}", ""]
        elif kind == "gap":
            out += ["", "", ""]
        elif kind == "break":
            a, b = text.split("|")
            out += [a, "", b, ""]
        else:
            out += [text, ""]
    return "\n".join(out)
