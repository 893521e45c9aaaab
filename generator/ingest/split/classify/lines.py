"""Raw page text → classified lines.

Each source line becomes one (occasionally two) `Line`s with a layout role decided from the line
itself and its blank neighbours: Markdown headings, jump markers (上接/下转第N版), spaced running
headers (政 府 工 作 报 告), page furniture (dates, 责任编辑), photo credits (X 摄), stand-alone
bylines (□记者 X) and subtitle lines (——…). Everything else is body text for the reflow.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from generator.ingest.split.boxes import adboxes
from generator.ingest.split.authors import bylines
from generator.ingest.split.classify import flatpage
from generator.ingest.split.classify import furniture
from generator.ingest.split.classify import noticelines
from generator.ingest.split.boxes.footboxes import foot_boxes
from generator.ingest.split.text.textutil import BULLETS, HAN, bigrams, cn_number, ends_sentence, width

_NUM = r"[一二三四五六七八九十百零〇两\d０-９]{1,4}"
_FROM = re.compile(rf"^\s*[（(]?\s*(?:上接|接上|紧接|承上|接)\s*第?\s*({_NUM})\s*(?:版|页)\s*[）)]?")
_TO = re.compile(rf"[（(]?\s*(?:下转|转下|转接|转至|转)\s*第?\s*({_NUM})\s*(?:版|页)\s*[）)]?\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*\*\*([^*]{2,60})\*\*\s*$")
# a Markdown list item or paragraph opening on a bold lead phrase run into its text
# ('- **美伊接近达成协议** 国务卿…', '**美伊接近达成协议**　国务卿…'): a brief item's headline
_BOLD_LEAD = re.compile(r"^\s*(?:[-*+]\s+)?\*\*([^*]{2,60})\*\*[ \t\u3000]*([^*\s].*)$")
# where a Markdown extraction left out a picture (pymupdf4llm: '**==> picture [332 x 247]
# intentionally omitted <==**'): page furniture, never a kicker or a line of text
_PLACEHOLDER = re.compile(r"^\s*\**\s*==>[^<>]{0,80}<==\s*\**\s*$")
_SPACED = re.compile(rf"^\s*[{HAN}](?:[ \t\u3000]+[{HAN}]){{2,15}}\s*$")
_SPACED_SHORT = re.compile(rf"^\s*[{HAN}](?:[ \t\u3000]+[{HAN}]){{1,15}}\s*$")
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_STAFF = "本版责编|本版编辑|责任编辑|责编|编辑|校对|美编|美术编辑|图片编辑|版式设计|版式|组版|审校|终审|排版|制作"
_STAFF_NAME = rf"\s*[:：]?\s*(?:[{HAN}]{{2,4}}|[{HAN}]{{1,6}}·[{HAN}]{{1,8}})"
_FURNITURE = (
    re.compile(rf"{_DATE}.{{0,20}}(?:星期|周)[一二三四五六日天]"),
    re.compile(rf"^(?:星期|周)[一二三四五六日天].{{0,20}}{_DATE}"),
    re.compile(r"^\s*(?:本版责编|本版编辑|责任编辑|责编|编辑|校对|美编|美术编辑|图片编辑|版式设计|版式|组版|审校|"
               r"终审|排版|值班主任|值班编委|版面设计|制作)\s*[:：]"),
    re.compile(r"^\s*[A-Z]?\s*第?\s*[0-9０-９]{1,2}\s*版\s*$"),
    re.compile(r"^\s*第[一二三四五六七八九十]{1,3}版\s*$"),
    re.compile(r"^\s*(?:国内统一连续出版物号|邮发代号|CN\s*\d{2}\s*[-—]\s*\d{4})"),
    # '编辑 马丽娜  校对 陈晓东': staff roles and names only, no colon
    re.compile(rf"^\s*(?:{_STAFF}){_STAFF_NAME}(?:\s+(?:{_STAFF}){_STAFF_NAME})+\s*$"),
    re.compile(rf"^\s*(?:责任编辑|本版责编|本版编辑|责编){_STAFF_NAME}\s*$"),
)
_FURNITURE_KINDS = ("rheader", "header", "from", "to", "heading", "sub")   # lines that stand as blocks
_PICTURE_ROLE = re.compile(r"^\s*[（(]?\s*(?:文|图)\s*[/／]\s*(?:文|图)?")   # '文/图 X', '图/文 X'
_SUB = re.compile(r"^\s*(?:——|──|－－|--)\s*\S")
_ROLE_NAME_GAP = re.compile(r"(?:记者|通讯员|评论员|摄影|实习生)[ \t\u3000]+\S")
_PHRASED = re.compile(rf"[{HAN}][ \t\u3000]+[{HAN}]")


@dataclass
class Line:
    no: int                 # 1-based source line
    text: str               # the text, trailing spaces removed
    kind: str = "text"      # blank heading from to rheader header credit byline sub text
    data: dict[str, Any] = field(default_factory=dict)


def _is_blank(s: str) -> bool:
    return not s.strip()


def _prepared(text: str) -> tuple[list[str], list[int], set[int], set[int], bool]:
    """The page's lines ready to classify: (lines after `flatpage.prepare`, their source line
    numbers, the headlines it found, the indices of furniture lines, whether the page is a flat
    Markdown-style extraction)."""
    raw = text.split("\n")
    # a Markdown-style extraction prints each paragraph on one long line: every line stands alone
    # there, blank lines or not
    widths = [width(s.strip()) for s in raw if s.strip() and not _MD_HEADING.match(s)]
    flat = (any(_MD_HEADING.match(s) for s in raw) and bool(widths)
            and sum(w > 30 for w in widths) >= 0.3 * len(widths))
    from generator.ingest.split.stories.kinds import is_brief_label, is_commentary, is_section_label
    furn_of = lambda lines: furniture.furniture_lines(      # noqa: E731
        lines, lambda t: is_brief_label(t) or is_commentary(t) or is_section_label(t))
    # labelled weather/ad boxes anywhere, then unlabelled ones (a temperature, a phone number)
    # at the page's foot
    furn = furn_of(raw) | {k for k, s in enumerate(raw) if _PLACEHOLDER.match(s)} | adboxes.box_lines(raw)
    furn |= foot_boxes(raw, furn)
    furn_texts = {raw[k].strip() for k in furn}
    furn_nos = {k + 1 for k in furn}
    raw, nos, found_heads = flatpage.prepare(raw, lambda t: t in furn_texts)
    _join_cut_jumps(raw, nos)
    # (furniture is read on the lines as printed: the run of a page head or foot has no blank
    # line inside; joined lines are never furniture)
    furn = {i for i, no in enumerate(nos) if no in furn_nos and raw[i].strip()}
    return raw, nos, found_heads, furn, flat


# a jump marker a narrow column's line break cut: '…风险。(下转' / '第十九版)', '（下转第十九' / '版）'
_JUMP_OPEN = re.compile(r"[（(]\s*(?:上接|接上|下转|转下|转至|转)[^（）()]{0,8}$")
_JUMP_CLOSE = re.compile(r"^\s*[^（）()\s]{0,8}[）)]")


def _join_cut_jumps(raw: list[str], nos: list[int]) -> None:
    """Join, in place, a 上接/下转 marker cut by a line break: its closing part goes up onto the
    line it opens on (and that line's source number carries it), so the marker reads whole."""
    i = 0
    while i + 1 < len(raw):
        m = _JUMP_OPEN.search(raw[i].rstrip())
        c = _JUMP_CLOSE.match(raw[i + 1]) if m else None
        if c and (_TO.search(m.group(0) + c.group(0).strip())
                  or _FROM.match(m.group(0) + c.group(0).strip())):
            raw[i] = raw[i].rstrip() + c.group(0).strip()
            rest = raw[i + 1][c.end():]
            if rest.strip():
                raw[i + 1] = rest
            else:
                del raw[i + 1], nos[i + 1]
        i += 1


def classify(text: str) -> list[Line]:
    """Every source line classified (plus a split-off text line after an inline marker)."""
    raw, nos, found_heads, furn, flat = _prepared(text)
    measures = _local_measures(raw)
    out: list[Line] = []
    grams_cache: list[set[str]] = []

    def page_grams() -> set[str]:
        if not grams_cache:
            grams_cache.append(set().union(*(bigrams(x) for x in raw if not _MD_HEADING.match(x))))
        return grams_cache[0]

    skip = 0
    for i, s in enumerate(raw):
        if skip:
            skip -= 1
            continue
        no = nos[i]
        t = s.rstrip()
        # a furniture line (header, section label) above counts as a blank: it is not text
        after_blank = i == 0 or _is_blank(raw[i - 1]) or (bool(out) and out[-1].kind in _FURNITURE_KINDS)
        alone = after_blank and (i + 1 >= len(raw) or _is_blank(raw[i + 1]))
        if flat:
            after_blank = alone = True
        top = not any(x.kind != "blank" for x in out)
        if not t.strip():
            out.append(Line(no, "", "blank"))
            continue
        if i in furn or _PLACEHOLDER.match(t):
            out.append(Line(no, t.strip(), "header"))
            continue
        inner = _bold_byline(t)
        if inner is not None:
            # the byline's own type, not a headline's: read it as the plain line it marks
            raw[i] = t = inner
        head = _bullet_head(raw, i, measures[i]) if not flat and i > 0 and after_blank and not raw[i - 1].strip() else 0
        if head:
            # a bulleted item's headline printed right over its text (a 简讯 box's item), its
            # wrapped end on the next line: a block of its own, as a blank line under it would say
            out.extend(Line(nos[i + k], raw[i + k].rstrip(), "text") for k in range(head))
            out.append(Line(nos[i + head - 1], "", "blank"))
            skip = head - 1
            continue
        sig = (noticelines.flat_signature_at(raw, i) if flat
               else noticelines.signature_at(raw, i))
        if sig:
            # a notice's closing signature (issuer over date, set right): signs the text above
            for k in range(i, sig[-1] + 1):
                s2 = raw[k].strip()
                if not s2:
                    out.append(Line(nos[k], "", "blank"))
                    continue
                data = {"byline": bylines.Byline(s2, [], ""), "notice_sig": True}
                if k > i:
                    data["note"] = True
                out.append(Line(nos[k], s2, "byline", data))
            skip = sig[-1] - i
            continue
        if _classify_marked(out, no, t, i in found_heads, page_grams):
            continue
        if not flat and noticelines.heads_notice(raw, i, out[-1].kind if out else None):
            # a notice's name ('更 正', '遗失声明'): a headline block of its own over its notice
            if out and out[-1].kind != "blank":
                out.append(Line(no, "", "blank"))
            out.append(Line(no, t, "text", {"notice": True}))
            if i + 1 < len(raw) and raw[i + 1].strip():
                out.append(Line(no, "", "blank"))
            continue
        # a writer's name right under a commentary column's label signs the piece
        signed = bool(out) and out[-1].kind == "header" and out[-1].data.get("label") == "commentary"
        out.append(_classify_plain(raw, i, no, t, after_blank, alone or signed, top, flat, measures[i]))
        if out[-1].kind == "text" and _SUB.match(t) and len(t.strip()) <= 50 and _head_above(raw, i, measures[i]) \
                and i + 1 < len(raw) and raw[i + 1].strip() and bylines.parse_lead(raw[i + 1].strip()) is None \
                and bylines.parse_standalone(raw[i + 1]) is None:
            # a '——' subtitle under a headline line closes the head stack: the text under it
            # starts a block of its own, as a blank line would say (a byline or lead under it
            # opens the story already)
            out.append(Line(no, "", "blank"))
    return out


def _bold_byline(t: str) -> str | None:
    """The text inside a bold line that is only a byline or a signature ('**■本报记者 X**',
    '**文/图 X**', '**◎X**'): papers set bylines in bold type, which Markdown extraction marks
    as it marks a bold headline. None for any other line."""
    m = _BOLD_LINE.match(t)
    if not m:
        return None
    inner = m.group(1).strip()
    return inner if bylines.parse_standalone(inner) or bylines.bare_signature(inner) else None


def _classify_marked(out: list[Line], no: int, t: str, found_head: bool, page_grams) -> bool:
    """Classify line `t` onto `out` if it is marked as a headline (Markdown, bold, or found by
    `flatpage`) or a jump marker; False (nothing added) otherwise."""
    from generator.ingest.split.stories.kinds import NEUTRAL_LABELS, is_commentary_label
    lead = _bold_lead(t)
    if lead is not None:
        head, rest = lead
        out.append(Line(no, head, "heading", {"rank": 7, "lead": True}))
        out.append(Line(no, rest, "text", {"after_marker": True}))
        return True
    m = _MD_HEADING.match(t) or _BOLD_LINE.match(t)
    if m or found_head:
        head = m.group(m.lastindex).strip() if m else t.strip()
        rank = 2 if not m else len(m.group(1)) if m.re is _MD_HEADING else 7   # '**bold**' ranks below '######'
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "heading" and (prev.data.get("more") or [prev.no])[-1] == no - 1
                and prev.data.get("rank") == rank and not _SUB.match(head)
                and head[:1] not in BULLETS          # a bullet opens an item's headline, never a wrapped line
                and _wrapped_head(prev.text, head, page_grams)):
            # a headline wrapped over two lines: each line is set in the headline's type
            prev.text = _join_head(prev.text, head)
            prev.data.setdefault("more", []).append(no)
            return True
        if (m and is_commentary_label(head) and not ends_sentence(head)
                and not head.rstrip(" ·•】]").endswith(NEUTRAL_LABELS)):
            # a commentary column's label set as a heading ('## 短评', '**时评**') over the
            # piece's headline: it names the column, as the label printed plain does ('观察',
            # '论坛' as often head a section of news: they stay headings)
            out.append(Line(no, head, "header", {"label": "commentary"}))
            return True
        data = {"rank": rank} if m else {"rank": rank, "found": True}     # found: by shape, no mark
        out.append(Line(no, head, "sub" if _SUB.match(head) else "heading", data))
        return True
    m = _FROM.match(t)
    if m and cn_number(m.group(1)):
        out.append(Line(no, m.group(0).strip(), "from", {"page": cn_number(m.group(1))}))
        rest = t[m.end():]
        if rest.strip():
            out.extend(_classify_rest(no, rest))
        return True
    m = _TO.search(t)
    if m and cn_number(m.group(1)) and ("下转" in m.group(0) or "（" in m.group(0) or "(" in m.group(0)):
        before = t[:m.start()]
        if before.strip():
            out.append(Line(no, before.rstrip(), "text"))
        out.append(Line(no, m.group(0).strip(), "to", {"page": cn_number(m.group(1))}))
        return True
    return False


def _bold_lead(t: str) -> tuple[str, str] | None:
    """(lead phrase, text) of a paragraph line opening on a bold lead phrase — a Markdown brief
    item's headline run into its text: the phrase holds no sentence and names no speaker (a
    '**问：**' or '**X：**' lead opens an interview's turn, not an item), the text after it is a
    sentence of its own."""
    m = _BOLD_LEAD.match(t)
    if m is None:
        return None
    head, rest = m.group(1).strip(), m.group(2).rstrip()
    if (re.search(r"[。！？!?]", head) or head[-1:] in "：:，," or len(rest) < 2 * len(head)
            or not re.search(r"[。！？!?]", rest)):
        return None
    return head, rest


_SHORT_NAME = re.compile(f"^[{HAN}]{{2,4}}$")


def _measure(raw: list[str]) -> float | None:
    """The page's commonest line width (em, to the whole em): the column measure most lines fill."""
    counts: dict[int, int] = {}
    for s in raw:
        w = round(width(s.strip()))
        if w >= 6:
            counts[w] = counts.get(w, 0) + 1
    return float(max(counts, key=lambda w: (counts[w], w))) if counts else None


MEASURE_RADIUS = 12     # lines each side that say which column a line sits in
MEASURE_MIN = 6         # ... when that many of them are column-sized; else the page's measure


def _local_measures(raw: list[str]) -> list[float | None]:
    """For each line, the commonest width of the lines around it: the measure of the column it
    sits in. A page sets columns of several measures (a narrow box beside the main column);
    measured against the page's commonest width, every line of the narrower one reads as off
    the column — a headline line."""
    page = _measure(raw)
    ws = [round(width(s.strip())) if s.strip() else 0 for s in raw]
    out: list[float | None] = []
    for i in range(len(raw)):
        near = [w for w in ws[max(0, i - MEASURE_RADIUS): i + MEASURE_RADIUS + 1] if w >= 6]
        if len(near) < MEASURE_MIN:
            out.append(page)
            continue
        counts: dict[int, int] = {}
        for w in near:
            counts[w] = counts.get(w, 0) + 1
        out.append(float(max(counts, key=lambda w: (counts[w], w))))
    return out


_ITEM_HEAD_MAX = 40     # characters of a bulleted item's headline


def _bullet_head(raw: list[str], i: int, measure: float | None) -> int:
    """How many lines (1 or 2) from `i` make a bulleted item's headline printed right over its
    text ('▲五角大楼将…列入支持中国军方企业' / '名单' / '据新华社电…'), or 0. The head line opens on
    a bullet after a blank, holds no sentence nor clause (a caption's '▲5月3日，…' does) and is
    not the whole item; a second line stopping
    well short of the column, holding no clause mark, with text under it, is the headline's
    wrapped end: a paragraph's line that stops short ends the paragraph, and so a sentence."""
    t = raw[i].strip()
    if (measure is None or len(t) < 4 or t[0] not in BULLETS or t[1:2] in BULLETS or len(t) > _ITEM_HEAD_MAX
            or _SENTENCE_MARK.search(t) or re.search(r"[，,；;]", t) or t[-1] in "、：:" or bylines.parse_standalone(t)
            or i + 1 >= len(raw) or not raw[i + 1].strip() or re.search(r"\S[ \t\u3000]+\S", t)):
        return 0          # (a gap in the line sets an inline lead phrase before the item's text)
    nxt = raw[i + 1].strip()
    if (width(nxt) <= measure - 3 and len(t) + len(nxt) <= _ITEM_HEAD_MAX
            and not re.search(r"[，。！？；：、,!?;:]", nxt) and not raw[i + 1].startswith(("\u3000", "  "))
            and bylines.parse_lead(nxt) is None):
        # (with a blank line under the wrapped end the two lines are a block already: cutting
        # after the first would set the end apart from its headline, '■…的调' / '查')
        return 2 if i + 2 < len(raw) and raw[i + 2].strip() else 0
    # (else a line filling the column, or one stopping on a name's middle dot ('●美国总统唐纳德·'),
    # is a bulleted paragraph's first line; so is one short of the column by a paragraph's
    # two-em indent with a line filling the column under it — typeset text indents it)
    if abs(width(t) - measure) < 1.5 or t[-1] in "·•・":
        return 0
    return 0 if _indented_first(t, nxt, measure) else 1


PARA_INDENT = 2.0       # em: a typeset paragraph's first line starts this far in


def _indented_first(t: str, nxt: str, measure: float) -> bool:
    """Is `t` a paragraph's indented first line: as wide as the column less the indent (to
    half an em: a Latin letter or digit), with a line filling the column right under it (to
    an em: a mark may not open a line, so the word before it wraps with it)?"""
    return abs(measure - width(t) - PARA_INDENT) <= 0.5 and abs(width(nxt) - measure) <= 1


def _head_above(raw: list[str], i: int, measure: float | None, wide: bool = False) -> bool:
    """Is the line above `i` a headline line printed with no blank line under it: off the
    column measure (`wide`: wider than the column, a headline no text block holds), no
    sentence or clause ended on it, no line of column text (nor a paragraph's indented first
    line over one)?"""
    if i == 0 or measure is None:
        return False
    t = raw[i - 1].strip()
    return (bool(t) and not ends_sentence(t) and t[-1:] not in "，、；：,;:"
            and (width(t) - measure if wide else abs(width(t) - measure)) >= 1.5
            and not raw[i - 1].startswith(("\u3000", "  ")) and not _indented_first(t, raw[i].strip(), measure))


def _classify_plain(raw: list[str], i: int, no: int, t: str, after_blank: bool, alone: bool, top: bool,
                    flat: bool, measure: float | None = None) -> Line:
    """The one Line of an unmarked, non-blank line `t` (= raw[i] trimmed), read from the line and
    its neighbours."""
    from generator.ingest.split.stories.kinds import is_brief_label, is_commentary_label
    prev_stop = (after_blank or ends_sentence(raw[i - 1]) or bool(_SUB.match(raw[i - 1]))
                 or _head_above(raw, i, measure)
                 or bylines.parse_credit_line(raw[i - 1]) is not None
                 or bylines.parse_tail(raw[i - 1].strip()) is not None)
    nxt_byline = i + 1 < len(raw) and bylines.parse_standalone(raw[i + 1]) is not None
    if (alone or top or prev_stop or nxt_byline) and _SPACED.match(t):
        return Line(no, t.strip(), "rheader", {"title": re.sub(r"\s+", "", t)})
    if (prev_stop or nxt_byline) and _SPACED_SHORT.match(t):
        # letter-spaced words set apart from the text: a column or section label (评 论)
        return Line(no, t.strip(), "header")
    if (prev_stop or nxt_byline or top or (i + 1 < len(raw) and raw[i + 1].strip()[:1] in BULLETS)) \
            and is_brief_label(t) and not ends_sentence(t):
        # a 简讯 box's label ('简讯', '· 短讯 ·', '【快讯】'): it heads the items below, none's title
        return Line(no, t.strip(), "header", {"label": "brief"})
    if (prev_stop or top) and bylines.is_role_label(t) and len(t.strip()) <= 10:
        # a column label of a role and a label word ('记者手记'): names the column, not a writer
        return Line(no, t.strip(), "header", {"label": "column"})
    if ((prev_stop or top) and is_commentary_label(t) and not ends_sentence(t)
            and not bylines.ROLE.search(t) and (_next_text(raw, i, True) or _next_byline(raw, i))):
        # a commentary column's label ('短评', '天山时评') over the piece: it names the column,
        # not the piece; the story it heads is read as a commentary (page.py)
        return Line(no, t.strip(), "header", {"label": "commentary"})
    if len(t.strip()) <= 60 and any(p.search(t) for p in _FURNITURE) or (
            alone and len(t.strip()) <= 20 and not re.search(f"[{HAN}]", t)
            and not re.search(r"[。！？，、；：”）]", t)):
        return Line(no, t.strip(), "header")
    names = bylines.parse_credit_line(t)
    if names:
        return Line(no, t.strip(), "credit", {"names": names})
    indented = raw[i].startswith(("\u3000\u3000", "    "))     # a paragraph's first line
    # (on a page without blank lines, a Chinese name of 2–4 characters under a headline line;
    # a wrapped headline's last word, '申请', shows again in the text, a writer's name does not)
    # (nor is the headline's last line one its line break cuts a word into, '隔离设' / '施的禁令')
    # ('■莫斌勇': a bullet may mark the name)
    under_head = (_SHORT_NAME.match(t.strip().lstrip(BULLETS)) is not None and _head_above(raw, i, measure)
                  and "".join(x.strip() for x in raw).count(t.strip()) == 1
                  and not _wrapped_word(raw[i - 1], t))
    over_note = after_blank and _next_note(raw, i)      # '王伟' / '（作者单位：X）' under the text
    name = (bylines.bare_signature(t) if (alone or flat or under_head or over_note) and not indented
            and (_next_text(raw, i) or _next_note(raw, i)) and not _glossed_below(raw, i) else None)
    if name:
        # a writer's name alone on its line over the text: a commentary's or essay's signature
        return Line(no, t.strip(), "byline", {"byline": bylines.Byline(t.strip(), [("作者", name)], "")})
    ends_block = flat or i + 1 >= len(raw) or not raw[i + 1].strip()
    note = bylines.parse_tail(t.strip()) if ends_block and t.strip()[:1] in "（(" else None
    above = next((x for x in reversed(raw[max(0, i - 2):i]) if x.strip()), "")
    if note is not None and bylines.bare_signature(above) is not None:
        # an author note or credit in brackets on a line of its own under the name signing a
        # story ('王伟' / '（作者单位：X）'): it goes with the signature, it is not text
        return Line(no, t.strip(), "byline", {"byline": note, "note": True})
    b = None if indented else bylines.parse_standalone(t)     # (not a paragraph's first line)
    if b and _inside_brackets(raw, i):
        b = None           # a lead's '（记者 X、Y）' wrapped over lines: '新华社…电（' / '记者 X、Y' / '）…'
    if b and (alone or t.lstrip()[0] in "□■◎○●◆◇▲△★☆◉▶►" or _PICTURE_ROLE.match(t) or
              t.strip().startswith("本报") or _ROLE_NAME_GAP.search(t)):
        # (a printed gap between a role and its name, '记者 X 通讯员 Y', or '本报…' opening the
        # line: wrapped text never reads so — a byline on its own line, blank lines or not)
        return Line(no, t.strip(), "byline", {"byline": b})
    if (_SUB.match(t) and len(t.strip()) <= 50 and after_blank and not _dash_aside(raw, i, t)
            and not _dash_clause(raw, i, t)):
        return Line(no, t.strip(), "sub")
    return Line(no, t, "text")


_DASH_END = re.compile(r"(?:——|──|－－|--)\s*$")


def _dash_aside(raw: list[str], i: int, t: str) -> bool:
    """Is a line set between dashes ('——其中两张给了南非队——') an aside inside a sentence the
    column breaks around it, not a subtitle? It is when the text above stopped mid-sentence
    and the sentence goes on right under it with no blank line: a subtitle closes its head
    stack and never ends on an open dash (a paragraph's first line stops short where the
    dash pair, which may not be split, moved down)."""
    if not _DASH_END.search(t) or i + 1 >= len(raw) or not raw[i + 1].strip():
        return False
    k = i - 1
    while k >= 0 and not raw[k].strip():
        k -= 1
    above = raw[k].strip() if k >= 0 else ""
    return (bool(above) and not above.startswith("#") and not ends_sentence(above)
            and not _SUB.match(above) and bylines.parse_standalone(above) is None)


_SENTENCE_MARK = re.compile(r"[。！？!?]")


def _dash_clause(raw: list[str], i: int, t: str) -> bool:
    """Is a '——' line on a Markdown page (headlines marked '#') a clause of running text that
    the converter printed after a blank ('…只要拥有强大的执行力' / '——他们就不会拥有核武器，' /
    '这才是问题的关键。”')? It is when the line above is text stopping mid-sentence and the dash
    line runs on into text printed right under it: ending on a clause mark, or over a line that
    finishes a sentence. A subtitle stands under its headline, kicker or byline, and closes."""
    if i + 1 >= len(raw) or not raw[i + 1].strip() or not any(_MD_HEADING.match(s) for s in raw):
        return False
    k = i - 1
    while k >= 0 and not raw[k].strip():
        k -= 1
    above = raw[k].strip() if k >= 0 else ""
    if (not above or _MD_HEADING.match(raw[k]) or _BOLD_LINE.match(raw[k]) or ends_sentence(above)
            or _SUB.match(above) or bylines.parse_standalone(above) is not None):
        return False
    below = raw[i + 1].strip()
    return (t.rstrip()[-1:] in "，、；：,;:" or _SENTENCE_MARK.search(below) is not None) \
        and not _MD_HEADING.match(raw[i + 1]) and bylines.parse_standalone(below) is None


def _wrapped_word(upper: str, lower: str) -> bool:
    """Does the break between the two lines cut a word, or the lower one open on a particle
    bound to the word before it? A headline wrapped there; a writer's name is no word's end."""
    from generator.ingest.split.text.wordcut import BOUND_BACK, word_across
    return lower.strip()[:1] in BOUND_BACK or word_across(upper.strip(), lower.strip()) is not None


def _classify_rest(no: int, rest: str) -> list[Line]:
    m = _TO.search(rest)
    if m and cn_number(m.group(1)):
        res = []
        if rest[:m.start()].strip():
            res.append(Line(no, rest[:m.start()].rstrip(), "text"))
        res.append(Line(no, m.group(0).strip(), "to", {"page": cn_number(m.group(1))}))
        return res
    return [Line(no, rest.rstrip(), "text", {"after_marker": True})]


def _join_head(a: str, b: str) -> str:
    """The lines of a wrapped headline: no space, except between two Latin words."""
    a, b = a.rstrip(), b.lstrip()
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b


WRAP_SHARE = 0.85       # an upper heading line this share of the lower one's width is no kicker


def _wrapped_head(upper: str, lower: str, page_grams) -> bool:
    """Are two heading lines printed one under the other the two parts of one wrapped headline
    rather than a kicker over its title? A kicker is a phrase of its own: set apart by a gap
    ('乡村振兴 特色产业'), or visibly narrower than the title ('守牢底线'). The parts of a wrapped
    headline are about as wide, or the upper one ends on a mark inside the sentence, or the
    break cuts a word the page uses elsewhere ('…继' / '续抗击…')."""
    u, l = upper.strip(), lower.strip()
    if not u or not l:
        return False
    if u[-1] in "，、：；,:;":
        return True
    if _PHRASED.search(u) and not _PHRASED.search(l):
        return False
    if width(u) + 2 >= width(l) or width(u) >= WRAP_SHARE * width(l):
        return True
    return bool(re.match(f"[{HAN}]", u[-1]) and re.match(f"[{HAN}]", l[0])) and u[-1] + l[0] in page_grams()


def _next_note(raw: list[str], i: int) -> bool:
    """Is the next printed line after line `i` an author note ('（作者单位：X）')? A name right
    over it signs the piece that ends there."""
    nxt = next((x.strip() for x in raw[i + 1:] if x.strip()), "")
    m = re.fullmatch(r"[（(](.{2,60})[）)]", nxt)
    return bool(m) and bylines.parse_note(m.group(1)) is not None


def _next_text(raw: list[str], i: int, across_break: bool = False) -> bool:
    """Is the next printed line after line `i` running text (no heading mark, no label)?
    `across_break`: a block of one or two lines whose breaks show it going on counts the block
    after one blank line too."""
    for k in range(i + 1, len(raw)):
        if raw[k].strip():
            t = raw[k].strip()
            block = 0
            while k + block < len(raw) and raw[k + block].strip():
                block += 1
            end = k + block
            if across_break and block < 3 and not ends_sentence(raw[end - 1].strip()) and end + 1 < len(raw) \
                    and not raw[end].strip() and raw[end + 1].strip() \
                    and any(_piece_goes_on(raw[a], raw[a + 1 if a + 1 < end else end + 1]) for a in range(k, end)):
                # a column break cut the story's first paragraph a line or two under the label:
                # its text goes on past one blank line
                while end + 1 < len(raw) and raw[end + 1].strip():
                    end += 1
                    block += 1
            return not _MD_HEADING.match(raw[k]) and (width(t) > 20 or ends_sentence(t) or t[-1:] in "，、；：,"
                                                      or block >= 3)
    return False


def _piece_goes_on(upper: str, lower: str) -> bool:
    """Does `lower`, printed under `upper` (after a blank line or not), go on with its sentence:
    the break cuts a word or a Latin word, or `upper` leaves a bracket or quotation open? No
    headline's lines break so."""
    from generator.ingest.split.text.runon import leaves_open
    from generator.ingest.split.text.wordcut import word_across
    u, l = upper.strip(), lower.strip()
    return (word_across(u, l) is not None or leaves_open(u)
            or bool(re.search(r"[A-Za-z]$", u) and re.match(r"[a-z]", l)))


_GLOSS = re.compile(r"^[(（]\s*[A-Za-z]")


def _glossed_below(raw: list[str], i: int) -> bool:
    """Does the next printed line open with a bracketed Latin spelling ('唐纳德·特朗普' /
    '(Donald Trump)总统说，…'), on a Markdown page? Then the name is the subject of the sentence
    going on there: a signature is never glossed."""
    nxt = next((s for s in raw[i + 1:] if s.strip()), "")
    return _GLOSS.match(nxt.strip()) is not None and any(_MD_HEADING.match(s) for s in raw)


def _next_byline(raw: list[str], i: int) -> bool:
    """Is the next printed line after line `i` a byline or signature ('□本报评论员')?"""
    nxt = next((s for s in raw[i + 1:] if s.strip()), "")
    return bool(nxt) and (bylines.parse_standalone(nxt) is not None or bylines.bare_signature(nxt) is not None)


def _open_bracket(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _inside_brackets(raw: list[str], i: int) -> bool:
    """Does line `i` stand inside brackets opened on the line above or closed on the line
    below (a byline in brackets wrapped over lines)?"""
    prev = raw[i - 1].strip() if i > 0 else ""
    nxt = raw[i + 1].strip() if i + 1 < len(raw) else ""
    closes = re.match(r"^[^（(）)]{0,12}[）)]", nxt) is not None
    return bool(prev) and _open_bracket(prev) or closes


def prev_nonblank(lines: list[Line], i: int) -> int | None:
    """The index of the nearest non-blank line above line i (None: none)."""
    j = i - 1
    while j >= 0 and lines[j].kind == "blank":
        j -= 1
    return j if j >= 0 else None


def next_nonblank(lines: list[Line], i: int) -> int | None:
    """The index of the nearest non-blank line below line i (None: none)."""
    j = i + 1
    while j < len(lines) and lines[j].kind == "blank":
        j += 1
    return j if j < len(lines) else None


def join_rests(lines: list[Line], join: Callable[[Line, Line], Optional[Line]]) -> list[Line]:
    """`lines` with each line whose rest a narrow box wrapped onto the next line joined with it.
    The rest is a text line standing last before a blank line (or the page's end); `join`
    says whether the two are one (returning the joined line, numbered as the first) or None."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        l = lines[i]
        rest = lines[i + 1] if i + 1 < len(lines) else None
        after = lines[i + 2] if i + 2 < len(lines) else None
        if (rest is not None and rest.kind == "text" and rest.text.strip()
                and (after is None or after.kind == "blank")):
            joined = join(l, rest)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(l)
        i += 1
    return out

