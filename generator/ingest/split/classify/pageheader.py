"""The page header's short cells: the paper's name and the page's name (版名).

A page header is set as one row of cells spread across the page — paper, date, 第N版, 版名,
责任编辑 — and a PDF's plain-text extraction gives each cell as a block of its own: at the top
of the page, or (in reading order, column by column) wherever the cell's x position puts it.
The date, the page number and the staff line are recognised as furniture by their wording
(lines.py); the paper's name ('河谷日报') and the page's name ('时政', '县域') are not, and read
as the first story's kicker or title. They are told by their neighbours: a short phrase
standing alone next to a furniture cell — the name of a paper (…报) one or two cells from it,
a page name of two to four characters right after '第N版' or right before '责任编辑', or one of
the names papers give their pages ('要闻', '经济') anywhere on a page with a header — and any
short phrase before or among the furniture cells at the very top of the page.
"""
from __future__ import annotations

import re

from generator.ingest.split.classify.lines import Line

_CELL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_PAPER = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:日报|晨报|晚报|时报|报)$")
_PAGE_NO = re.compile(r"^\s*[A-Z]?\s*第?\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*$")
_STAFF = re.compile(r"^\s*(?:责任编辑|本版责编|本版编辑|责编|美术编辑|版式|校对)")
# the names papers give their pages: a cell holding one alone is the header's, wherever the reading
# order put it (no story is headed by one word of this kind; column labels such as 时评 or 简讯
# are not among them, they say what the story under them is)
PAGE_NAMES = frozenset("""要闻 综合 时政 经济 社会 民生 文化 县域 国际 国内 体育 法治 教育 科技 农业 农村 城市 地方
    财经 理论 健康 旅游 生活 副刊 专版 专题 视点 环球 资讯 公告 广告 天下 地州 区县 乡村 城乡 工业""".split())
_MASTHEAD_LEN = 3       # characters of a paper's name at the least ('喜报', '捷报' head stories)
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _anchor(line: Line) -> str | None:
    """Which header cell a furniture line is: 'page', 'staff', 'date' (or None)."""
    if line.kind != "header":
        return None
    t = line.text.strip()
    if _PAGE_NO.match(t):
        return "page"
    if _STAFF.match(t):
        return "staff"
    if _DATE.search(t):
        return "date"
    return None


def _bare_name(line: Line) -> bool:
    """A line read as a writer's bare signature ('文化' could be a name): a header cell too
    when it stands where the page's name does."""
    b = line.data.get("byline") if line.kind == "byline" else None
    return b is not None and [r for r, _ in b.credits] == ["作者"] and b.text == line.text.strip()


def _among_furniture(lines: list[Line], i: int) -> bool:
    """Does line `i` stand between blank lines and furniture cells only (the header row's cells
    printed without a blank line between them, or with a line moved away from between them)?"""
    sides = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(_anchor(l) for l in sides) and all(l.kind == "blank" or _anchor(l) for l in sides)


def mark_header_cells(lines: list[Line]) -> list[Line]:
    """`lines` with the paper's and the page's name, where they stand as header cells, as
    furniture (kind 'header'); plain-text pages only."""
    if any(l.kind == "heading" for l in lines):
        return lines
    cells = [i for i, l in enumerate(lines) if l.kind != "blank"]
    alone = {i for k, i in enumerate(cells)
             if (i == 0 or lines[i - 1].kind == "blank") and (i + 1 >= len(lines) or lines[i + 1].kind == "blank")}
    out = list(lines)

    def cell(k: int, top: bool = False) -> bool:
        # (at the top of the page a cell may touch the furniture cell printed next to it)
        i = cells[k]
        return (i in alone or (top and _among_furniture(lines, i))) and (
            lines[i].kind == "text" or _bare_name(lines[i])) and bool(_CELL.match(lines[i].text.strip()))

    def mark(k: int) -> None:
        i = cells[k]
        out[i] = Line(lines[i].no, lines[i].text.strip(), "header", dict(lines[i].data))

    anchors = {k: _anchor(lines[i]) for k, i in enumerate(cells)}
    # the top of the page: short phrases before and among the first furniture cells
    k = 0
    while k < len(cells) and k < 6 and (anchors[k] or cell(k, top=True)):
        k += 1
    # (a phrase after the last of them is the first story's kicker or title)
    top = max((j + 1 for j in range(k) if anchors[j]), default=0)
    for j in range(top):
        if not anchors[j]:
            mark(j)
    if top == 0 and cells and cell(0, top=True) and _PAPER.match(lines[cells[0]].text.strip()) and _MASTHEAD_LEN <= len(
            lines[cells[0]].text.strip()) and {"page", "date"} <= set(anchors.values()):
        # the paper's name opening the page on a line of its own, the header's other cells printed
        # further down (reading order took the first column's story between): the masthead
        mark(0)
    for k in range(top, len(cells)):
        if not cell(k):
            continue
        t = lines[cells[k]].text.strip()
        before = anchors.get(k - 1)
        after = anchors.get(k + 1)
        near = before or after or anchors.get(k - 2) or anchors.get(k + 2)
        if ((_PAPER.match(t) and near) or (len(t) <= 4 and (before == "page" or after == "staff"))
                or (t in PAGE_NAMES and any(anchors.values()))):
            mark(k)
    return out
