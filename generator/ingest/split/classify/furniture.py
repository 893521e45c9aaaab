"""Page furniture: the lines a page prints around its stories, never part of one.

Running heads and feet carry the paper's name, the page number (第5版, A3版) with the page's
name (版名: 要闻, 县域…), the date with its weekday, the issue number and the staff of the page
(责任编辑：X, 美术编辑：X, 版式/校对：X), in any order and grouping, one or several to a line.
A line is furniture when every word on it is one of these and at least one is unmistakable
(a page number, a dated weekday, a staff role with its name, an issue number, the page's
mailbox). A date without its weekday counts only beside a page number or the paper's masthead
name ('阿勒泰日报  2026年3月9日'): alone, or beside another name, it signs a notice. A bare paper
name or page name on a line of its own counts only inside such a run at the top or foot of the
page: under a page number (版次 → 版名), or touching the run when it is a paper's name.
"""
from __future__ import annotations

import re

from generator.ingest.split.text.textutil import HAN

_NUM = r"[0-9０-９一二三四五六七八九十〇]{1,3}"
_DATE = r"(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[./-]\d{1,2}[./-]\d{1,2})"   # 2025年2月5日, 2025.02.05
_WEEK = r"(?:星期|周|礼拜)[一二三四五六日天]"
_STAFF = ("本版责编|本版编辑|责任编辑|责任校对|责编|编辑|校对|美编|美术编辑|图片编辑|版式设计|版面设计|版式|"
          "组版|审校|终审|排版|值班主任|值班编委|制作|设计|摄影编辑|视觉")
_NAME = rf"(?:[{HAN}]{{2,4}}|[{HAN}]{{1,10}}[·•・][{HAN}]{{1,12}})"

# words that alone make a line furniture
_STRONG = [
    re.compile(rf"^[A-Z]?第?{_NUM}版$|^[A-Z]\d{{1,2}}$"),                       # 第5版 A3版 第五版 A3
    re.compile(rf"^{_DATE}{_WEEK}$"),                      # 2025年2月5日星期三 (a bare date signs a notice)
    re.compile(rf"^{_WEEK}$"),
    re.compile(rf"^(?:{_STAFF})\s*[:：/／]\s*{_NAME}(?:[、,，/／]{_NAME})*$"),    # 责任编辑：王敏
    re.compile(r"^(?:总)?第\s*[0-9０-９]{1,6}\s*期$"),                         # 第8123期
    re.compile(r"^(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年.{0,8}$"),
]
_STAFF_ROLE = re.compile(rf"^(?:{_STAFF})\s*[:：/／]?$")
_BARE_DATE = re.compile(rf"^{_DATE}$")
# the page's own address for letters: '本版邮箱：x@y.com', '投稿信箱：…' (a notice's contact
# line names no page)
_PAGE_CONTACT = re.compile(r"^(?:本版|投稿)(?:邮箱|信箱|热线|电话|传真)\s*[:：]\s*[\w.@\-]+$")
_PAPER = re.compile(rf"^[{HAN}]{{1,8}}(?:日报|晚报|晨报|时报|报|周刊)$")
_SECTION = re.compile(rf"^[{HAN}]{{2,4}}(?:[·•・][{HAN}]{{2,4}})?$")   # 版名: 要闻, 县域, 国际·观察
# a paper's name as its masthead prints it (a bare '…报' may end a byline cut by the wrap: '记者X报')
_MASTHEAD = re.compile(rf"^[{HAN}]{{2,8}}(?:日报|晚报|晨报|早报|时报|商报|周报|周刊|都市报)$")
_FOLIO = re.compile(r"^[0-9０-９]{1,3}$")                 # a bare page number: 09
_FOLIO_2 = re.compile(r"^[0-9]{2}$")
_PAGE_END = re.compile(rf"(?:^|\s)(?:[A-Z]?第?{_NUM}版|[A-Z]\d{{1,2}}|[0-9]{{2}})$")


_STAFF_GAP = re.compile(rf"((?:{_STAFF})\s*[:：/／])\s+")
_DATE_GAP = re.compile(rf"({_DATE})\s+({_WEEK})")
_SENTENCE_MARK = re.compile(r"[。！？，、；“”（）()!?]")
_PAGE_GAP = re.compile(rf"第\s*({_NUM})\s*版")


def _tokens(line: str) -> list[str]:
    t = line.strip()
    # a staff role and its name may be printed with a space: '责任编辑： 王敏', '编辑 马丽娜'
    t = _STAFF_GAP.sub(r"\1", t)
    t = _DATE_GAP.sub(r"\1\2", t)
    # and a page number with spaces round its figure: '第 15 版'
    t = _PAGE_GAP.sub(r"第\1版", t)
    return t.split()


def _word_kind(w: str, prev: str | None) -> str | None:
    """'strong', 'weak' (a page or paper name) or None (not a furniture word)."""
    if any(p.match(w) for p in _STRONG):
        return "strong"
    if prev is not None and _STAFF_ROLE.match(prev) and re.fullmatch(_NAME, w):
        return "strong"                                  # '编辑 马丽娜'
    if _STAFF_ROLE.match(w):
        return "role"
    if _PAGE_CONTACT.match(w):
        return "strong"
    if _BARE_DATE.match(w):
        return "date"
    if _PAPER.match(w) or _SECTION.match(w) or _FOLIO.match(w):
        return "weak"
    return None


def line_kind(line: str) -> str | None:
    """'strong' for a line of furniture words with at least one unmistakable; 'weak' for a
    line that is only a page or paper name; None otherwise."""
    t = line.strip()
    if not t or len(t) > 60 or _SENTENCE_MARK.search(t):
        return None
    words = _tokens(t)
    kinds, prev = [], None
    for w in words:
        k = _word_kind(w, prev)
        if k is None:
            return None
        kinds.append(k)
        prev = w
    if "date" in kinds:
        # a bare date alone signs a notice; beside the page's number, the paper's masthead
        # name, or the page's name and zero-padded number ('社会  2026年8月26日  08'), it
        # dates the page
        rest = [w for w, k in zip(words, kinds) if k != "date"]
        if not rest:
            return "weak"        # alone: a page's date only at the page's edge, beside its run
        if kinds[-1] == "role" or not ("strong" in kinds or any(
                _MASTHEAD.match(w) or _FOLIO_2.match(w) for w in rest)):
            return None
        return "strong"
    if "strong" in kinds:
        return "strong" if kinds[-1] != "role" else None
    if len(words) == 1 and kinds == ["weak"]:
        return "weak"
    if len(words) >= 2 and set(kinds) == {"weak"} and any(_MASTHEAD.match(w) for w in words):
        return "strong"          # the masthead's paper name with its page name or number
    if len(words) == 2 and _FOLIO_2.match(words[0]) and _SECTION.match(words[1]):
        return "strong"          # '07　要闻': a zero-padded page number with the page's name
    return None


def dated_header(line: str) -> bool:
    """A running header of the date and the paper's or the page's name ('2026年7月11日  要闻',
    '2025年3月20日 华中晚报'): a bare date alone signs a notice, but beside those names, at the
    page's edge, it dates the page."""
    t = line.strip()
    if not t or len(t) > 60 or _SENTENCE_MARK.search(t):
        return False
    words = _tokens(t)
    dates = [w for w in words if _BARE_DATE.match(w)]
    rest = [w for w in words if w not in dates]
    # (an issuer's name before the date, '市财政局 2026年7月11日', signs a notice: the date opens
    # the header, or the line names the paper)
    return (len(dates) == 1 and bool(rest) and all(_word_kind(w, None) in ("weak", "strong") for w in rest)
            and (words[0] in dates or any(_PAPER.match(w) or _MASTHEAD.match(w) for w in rest)))


def furniture_lines(raw: list[str], is_label=lambda s: False) -> set[int]:
    """Indices of the lines of `raw` that are page furniture. Strong lines count anywhere;
    a bare page or paper name only next to them at the top or foot of the page (no blank
    line between, no story text before them at the top or after them at the foot) — or, in a
    run that prints the paper's name, next to that name or a strong line across blank lines."""
    kinds = [line_kind(s) for s in raw]
    out = {i for i, k in enumerate(kinds) if k == "strong"}
    text = [i for i, s in enumerate(raw) if s.strip()]
    if not text:
        return out
    out |= {i for i in (text[0], text[-1]) if dated_header(raw[i])}
    # the top run: furniture lines before the first other line; the foot run, the same upwards
    for order in (text, text[::-1]):
        run: list[int] = []
        for i in order:
            if kinds[i] is None or (is_label(raw[i].strip()) and not _names_its_page(raw, run, i)):
                break
            run.append(i)
        out |= _header_over_blanks(raw, order, kinds, is_label)
        # a run that prints the paper's name is a masthead, its parts one to a line or not
        masthead = len(run) >= 2 and any(_MASTHEAD.match(w) for j in run for w in raw[j].split())
        for i in run:
            if kinds[i] != "weak":
                continue
            w = raw[i].strip()
            above = raw[i - 1] if i > 0 else ""
            below = raw[i + 1] if i + 1 < len(raw) else ""
            near = [j for j in (i - 1, i + 1) if 0 <= j < len(raw) and kinds[j] == "strong"]
            at = run.index(i)
            beside = run[max(0, at - 1):at] + run[at + 1:at + 2]       # its neighbours in the run
            if _PAGE_END.search(above.strip()) and above.strip():
                out.add(i)                                # 版名 under its page number
            elif (masthead and any(kinds[j] == "strong" or _MASTHEAD.match(raw[j].strip()) for j in beside + [i])
                  and not any(0 <= j < len(raw) and raw[j].strip() and kinds[j] is None for j in (i - 1, i + 1))):
                out.add(i)            # one part of a masthead set a line apart (not touching text:
                                      # a headline's last piece, '理人', is no page name)
            elif _PAPER.match(w) and near:
                out.add(i)                                # the paper's name beside the run
            elif near and i in (text[0], text[-1]) and not _SECTION.match(below.strip() or "x"):
                out.add(i)                                # a name at the very edge of the page
    return out


def _names_its_page(raw: list[str], run: list[int], i: int) -> bool:
    """A column word ('评论') set right under the header line ending in the page number, no
    blank line between, is the page's name (版名), not a column label over the first story."""
    return bool(run) and run[-1] == i - 1 and bool(_PAGE_END.search(raw[i - 1].strip()))


_BARE_PAGE = re.compile(r"^[0-9０-９]{1,2}$")                # '05': a page number alone


def _header_cell(line: str) -> str | None:
    """A running header's cell read off a line of its own, as a Markdown-style extraction
    prints the cells between blank lines: 'strong' (a page number, a dated weekday…),
    'paper' (the paper's name, alone or with a page or section name: '观察  北疆日报'),
    'page' (a bare page number at the page's edge, '05'), 'section' (a short name), or None."""
    t = line.strip()
    k = line_kind(t)
    if k == "strong":
        return "strong"
    if _BARE_PAGE.match(t):
        return "page"
    words = t.split()
    if not words or len(words) > 3 or _SENTENCE_MARK.search(t):
        return None
    if any(_PAPER_NAME.match(w) for w in words) and all(
            _PAPER_NAME.match(w) or _SECTION.match(w) or _BARE_PAGE.match(w) for w in words):
        return "paper"
    return "section" if k == "weak" and _SECTION.match(t) else None


_PAPER_NAME = re.compile(rf"^[{HAN}]{{1,6}}(?:日报|晚报|晨报|时报|都市报)$")


def _header_over_blanks(raw: list[str], order: list[int], kinds: list[str | None],
                        is_label) -> set[int]:
    """The cells of a running header (or foot) printed one to a line with blank lines between,
    as a Markdown-style extraction gives them: from the page's edge, the lines that are each a
    header cell, the run holding an unmistakable cell (a page number or date) or the paper's
    name. A short name as the run's inner end, next to the stories, is left alone: it may as
    well be the first story's kicker."""
    run: list[tuple[int, str]] = []
    for i in order:
        cell = _header_cell(raw[i]) if not is_label(raw[i].strip()) else None
        if cell is None:
            break
        run.append((i, cell))
    cells = [c for _, c in run]
    if len(run) == len(order):
        return set()           # no story beside it: nothing tells the head from the foot
    if len(run) < 2 or not ({"strong", "paper"} & set(cells)):
        return set()
    if cells[-1] == "section":
        run = run[:-1]
    return {i for i, _ in run}
