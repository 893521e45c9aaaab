"""Lines of a region in reading order → stories, by type size, weight and position.

Relative to the page's body size: a headline is set larger (or bold); the title is the largest
line of a headline stack, a kicker (引题) the smaller lines right above it, a subtitle (副题) the
smaller lines right below it. Paragraphs start at an indented line, after a short line, or
where the font changes. Bylines, photo credits, author notes and kinds come from the text
splitter's grammar (split/authors/bylines.py, split/stories/kinds.py); jump lines (上接/下转) from its patterns.
Furniture — lines above the page's top rule in their own size, 责任编辑 lines — is dropped and
reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ingest.pdf.layout import Line, Region, page_lines
from generator.ingest.pdf.read import RawPage, read_pdf
from generator.ingest.split.authors import bylines
from generator.ingest.split.stories import kinds
from generator.ingest.split.classify.lines import _FROM, _TO
from generator.ingest.split.text.normalize import normalize_text
from generator.ingest.split.result import Dropped, SplitArticle, SplitResult
from generator.ingest.split.text.textutil import BULLETS, cn_number, squash_spaces

_STAFF = re.compile(r"^(?:本版)?(?:责任编辑|责编|美术编辑|美编|图片编辑|版式设计|校对|编辑)[:：]")


@dataclass
class PdfArticle(SplitArticle):
    regions: list[list[float]] = field(default_factory=list)   # [x0, y0, x1, y1], page fractions
    page: int = 1


@dataclass
class _Story:
    label: str | None = None
    kicker: list[Line] = field(default_factory=list)
    title: list[Line] = field(default_factory=list)
    subtitle: list[Line] = field(default_factory=list)
    byline_lines: list[Line] = field(default_factory=list)
    paras: list[list[Line]] = field(default_factory=list)
    continued_from: int | None = None
    continued_to: int | None = None
    marks: list[Line] = field(default_factory=list)           # jump lines, for regions
    boxed: bool = False

    def all_lines(self) -> list[Line]:
        return (self.kicker + self.title + self.subtitle + self.byline_lines
                + [l for p in self.paras for l in p] + self.marks)


def _join(lines: list[Line]) -> str:
    out = ""
    for l in lines:
        t = l.text
        if out and out[-1].isascii() and out[-1].isalnum() and t[:1].isascii() and t[:1].isalnum():
            out += " "
        out += t
    return out


def _clean(text: str) -> str:
    return squash_spaces(normalize_text(text)[0]).strip()


def _brief_label(text: str) -> bool:
    return kinds.is_brief_label(text.replace(" ", "").strip("【】[]〔〕·•"))


def _standalone(text: str):
    """`parse_standalone` on a line as printed, with the gaps around '/' closed ('文 / 图 X')."""
    return bylines.parse_standalone(re.sub(r"\s*([/／])\s*", r"\1", text))


class _Reader:
    def __init__(self, page: RawPage):
        self.page = page
        self.regs, self.lines, self.body, self.font = page_lines(page)
        self.dropped: list[Dropped] = []
        self.doubts: list[str] = []
        self.label_left: str | None = None      # set by region_stories

    # ── line roles ─────────────────────────────────────────────────────────────────────
    def big(self, l: Line) -> bool:
        return l.size > self.body * 1.05 or (l.bold and l.size >= self.body * 0.95 and l.font != self.font)

    def furniture(self) -> None:
        """Lines above the first rule that runs across most of the page (the running header),
        when set in a size other than the body's, or all of them when they are few (a masthead
        and header over the rule); 责任编辑 lines anywhere."""
        top = self.regs[0]
        W, H = self.page.width, self.page.height
        head_rule = min((r.top for r in self.page.rules if r.horizontal and r.x1 - r.x0 > 0.6 * W
                         and r.top < 0.25 * H), default=None)
        above = [(reg, l) for reg in self.regs for l in reg.lines
                 if head_rule is not None and l.bottom <= head_rule + 1]
        if above and len(above) <= 12:
            # the page's head over the first rule across it: masthead (the paper's name set
            # large, date, issue number), paper, date, 版 and editors; a few lines, no story
            for reg, l in above:
                self.dropped.append(Dropped("header", l.text, l.no))
                reg.lines.remove(l)
        for l in list(top.lines):
            if l.top < 0.15 * self.page.height and abs(l.size - self.body) > 0.2 and not self.big(l) \
                    and any(g.top > l.bottom and g.x1 - g.x0 > 0.6 * self.page.width for g in self.regs[1:]):
                self.dropped.append(Dropped("header", l.text, l.no))
                top.lines.remove(l)
        for reg in self.regs:
            for l in list(reg.lines):
                if _STAFF.match(l.text.replace(" ", "")) and len(l.text) <= 40:
                    self.dropped.append(Dropped("header", l.text, l.no))
                    reg.lines.remove(l)

    # ── paragraphs ─────────────────────────────────────────────────────────────────────
    def starts_para(self, prev: Line, l: Line, reg: Region) -> bool:
        if l.font != prev.font or abs(l.size - prev.size) > 0.3:
            return True
        a, b = reg.cols[l.col] if 0 <= l.col < len(reg.cols) else (l.x0, l.x1)
        pa, pb = reg.cols[prev.col] if 0 <= prev.col < len(reg.cols) else (prev.x0, prev.x1)
        if l.x0 - a > 1.2 * l.size:                 # indented (or set right / centred)
            return True
        if prev.x1 < pb - 1.5 * prev.size and not (
                prev.text[-1:].isascii() and prev.text[-1:].isalnum() and l.text[:1].isascii()
                and l.text[:1].isalpha()):
            return True                             # the line before ended short (not for a
            #                                         Latin word too long to share its line)
        if prev.x0 - pa > 4 * prev.size and prev.x1 > pb - 0.5 * prev.size and prev.col == l.col:
            return True                             # the line before was set flush right
        return False

    # ── stories of one region ──────────────────────────────────────────────────────────
    def region_stories(self, reg: Region, label: str | None = None) -> list[_Story]:
        """The region's stories; `label` is a column label (简讯, 短评) printed over the region
        in one of its own. Sets `label_left` to a label the region ends with, over no story."""
        stories: list[_Story] = []
        cur = _Story(boxed=reg.boxed, label=label)
        briefs = bool(label) and _brief_label(label)
        prev: Line | None = None

        def new() -> _Story:
            nonlocal cur
            if cur.title or cur.paras or cur.kicker:
                stories.append(cur)
            cur = _Story(boxed=reg.boxed)
            return cur

        taken: set[int] = set()            # lines already read with the line before them
        for i, l in enumerate(reg.lines):
            if id(l) in taken:
                continue
            text = l.text.strip()
            flat = text.replace(" ", "")
            m_from = _FROM.match(flat)
            if m_from and len(flat) <= 14 and cn_number(m_from.group(1)):
                # (a 上接 line level with the top of a vertical headline is its story's, read
                # after the text of the columns before its own)
                if cur.paras and not (cur.title and cur.title[0].vertical and cur.continued_from is None
                                      and abs(l.top - cur.title[0].top) < 2 * self.body):
                    new()
                cur.continued_from = cn_number(m_from.group(1))
                cur.marks.append(l)
                prev = None
                continue
            m_to = _TO.search(flat)
            if m_to and len(flat) <= 14 and cn_number(m_to.group(1)):
                cur.continued_to = cn_number(m_to.group(1))
                cur.marks.append(l)
                prev = None
                continue
            if self.big(l):
                bare = flat.strip("【】[]〔〕")
                label = not re.search(r"[：:，,。]", bare) and kinds.is_brief_label(bare) or kinds.is_section_label(bare) or \
                    (kinds.is_commentary(bare) and len(bare) <= 6)
                if label and not cur.title and not cur.paras and not cur.kicker:
                    cur.label = text
                    briefs = briefs or kinds.is_brief_label(bare)
                    self.dropped.append(Dropped("section", text, l.no))
                    prev = None
                    continue
                if cur.paras or cur.byline_lines or (cur.subtitle and l.size > cur.subtitle[0].size + 0.3):
                    label = cur.label if briefs else None
                    new()
                    if briefs:
                        cur.label = label
                if cur.title and l.size < cur.title[0].size - 0.3:
                    cur.subtitle.append(l)
                elif cur.title and l.size > cur.title[0].size + 0.3:
                    cur.kicker += cur.title + cur.subtitle      # what looked like a title was a kicker
                    cur.title, cur.subtitle = [l], []
                elif cur.subtitle:
                    cur.subtitle.append(l)
                else:
                    cur.title.append(l)
                prev = None
                continue
            # a body-sized line (text, caption, byline, credit)
            if cur.byline_lines and not cur.paras and prev is cur.byline_lines[-1] and \
                    l.font == prev.font and abs(l.size - prev.size) < 0.2 and \
                    prev.x1 >= reg.cols[max(prev.col, 0)][1] - 1.5 * prev.size:
                cur.byline_lines.append(l)          # a byline run over two lines
                prev = l
                continue
            if (cur.title or cur.kicker) and not cur.paras:
                own_style = l.font != self.font or abs(l.size - self.body) > 0.2
                if (own_style or l.x1 < reg.cols[max(l.col, 0)][1] - 2 * l.size) and (
                        _standalone(text) or (bylines.is_name(flat) and len(flat) <= 12
                                              and not cur.byline_lines and own_style
                                              and l.x1 < reg.cols[max(l.col, 0)][1] - l.size)):
                    cur.byline_lines.append(l)
                    prev = l
                    continue
                nxt = reg.lines[i + 1] if i + 1 < len(reg.lines) else None
                if own_style and nxt is not None and nxt.font == l.font and abs(nxt.size - l.size) < 0.2 \
                        and 0 <= nxt.top - l.bottom < l.size and _standalone(_join([l, nxt])):
                    cur.byline_lines += [l, nxt]    # a byline line its narrow column wrapped
                    taken.add(id(nxt))
                    prev = nxt
                    continue
            if prev is None or not cur.paras or self.starts_para(prev, l, reg):
                if briefs and cur.paras and not (text[:1] in BULLETS and False):
                    label = cur.label
                    new()
                    cur.label = label
                cur.paras.append([l])
            else:
                cur.paras[-1].append(l)
            prev = l
        self.label_left = cur.label if cur.label and not (cur.title or cur.paras or cur.kicker) else None
        new()
        for s in stories:
            # a kicker with no title under it: it was the title
            if s.kicker and not s.title:
                s.title, s.kicker = s.kicker, []
            # beside a vertical headline kicker and subtitle both follow it, in one size: the
            # subtitle starts at its dash ('——'), or else after a line shorter than the next
            # (a wrapped line is full, so a shorter one ends its element); the lines before it
            # are the kicker (a lone line beside a vertical headline is taken for a kicker)
            if s.title and s.title[0].vertical and not s.kicker and s.subtitle:
                sub = s.subtitle
                cut = next((n for n, x in enumerate(sub) if x.text.startswith("——")), None)
                if cut is None:
                    cut = next((n + 1 for n in range(len(sub) - 1)
                                if sub[n].width < sub[n + 1].width - self.body), len(sub))
                s.kicker, s.subtitle = sub[:cut], sub[cut:]
        return stories

    # ── one story → SplitArticle ───────────────────────────────────────────────────────
    def article(self, s: _Story) -> PdfArticle:
        doubts: list[str] = []
        paras = [_clean(_join(p)) for p in s.paras]
        paras = [p for p in paras if p]
        credits: list[tuple[str, str]] = []
        bl_parts: list[str] = []
        photo = False
        runs: list[list[Line]] = []
        for l in s.byline_lines:            # lines of one byline run over a line break
            if runs and l.font == runs[-1][-1].font and _standalone(_clean(_join(runs[-1] + [l]))):
                runs[-1].append(l)
            else:
                runs.append([l])
        for run in runs:
            t = _clean(" ".join(x.text for x in run)) if len(run) == 1 else _clean(_join(run))
            b = _standalone(t)
            if b is not None:
                credits += b.credits
            elif bylines.is_name(t.replace(" ", "")):
                credits.append(("", t.replace(" ", "")))
            bl_parts.append(t)
        # the end: credit lines, signatures, author notes, photo credits
        tail_parts: list[str] = []
        while paras:
            last = paras[-1]
            names = bylines.parse_credit_line(last)
            b = bylines.parse_tail(last) or (_standalone(last) if len(paras) > 1 or s.title else None)
            if b is None and names is None and len(paras) > 2 and len(last) < 30 and len(paras[-2]) < 40:
                both = paras[-2] + last               # an author note or photo credit set over two lines
                b = bylines.parse_tail(both)
                names = None if b is not None else bylines.parse_credit_line(both)
                if b is not None or names:
                    paras[-2:] = [both]
                    last = both
            if names and len(paras) > 1:
                credits += [("摄影", n) for n in names]
                photo = True
            elif b is not None and len(paras) > 1:
                credits += b.credits
            else:
                break
            tail_parts.insert(0, last)
            paras.pop()
        if paras:
            ct = bylines.split_credit_tail(paras[-1])
            if ct:
                paras[-1], credit, names = ct
                credits += [("摄影", n) for n in names]
                tail_parts.insert(0, credit)
                photo = True
            else:
                tt = bylines.split_tail(paras[-1])
                if tt:
                    paras[-1], b = tt
                    credits += b.credits
                    tail_parts.insert(0, b.text)
        lead_part = None
        if paras:
            if paras[0][:1] in BULLETS:
                paras[0] = paras[0].lstrip(BULLETS + " 　")
            b = bylines.parse_lead(paras[0])
            if b is not None and b.rest:
                lead_part = paras[0][:len(paras[0]) - len(b.rest)].strip()
                credits += b.credits
                paras[0] = b.rest
        title = _clean(_join(s.title)) if s.title else None
        kicker = _clean(" ".join(_join([l]) for l in s.kicker)) if s.kicker else None
        subtitle = _clean(_join(s.subtitle)) if s.subtitle else None
        title_source = "headline"
        if not title:
            title = kinds.derive_title(paras[0] if paras else (lead_part or ""))
            title_source = "derived"
            doubts.append(f"no headline; title derived from the {'caption' if photo else 'first sentence'}: '{title}'")
        byline = " ".join(x for x in [lead_part] + bl_parts + tail_parts if x) or None
        authors = list(dict.fromkeys(n for _, n in credits))
        body = "\n\n".join(paras)
        label = s.label and s.label.replace(" ", "").strip("【】[]〔〕")
        if s.continued_from is not None:
            kind = "continuation"
        elif photo and len(body) <= 400:
            kind = "photo"
        elif label and kinds.is_brief_label(label):
            kind = "brief"
        elif s.boxed and not photo:
            kind = "commentary"            # a framed story that is not a 简讯 box
        elif kinds.is_notice(title):
            kind = "notice"
        elif kinds.is_commentary(title, kicker, byline, label):
            kind = "commentary"
        else:
            kind = "article"
        if not authors and not byline and kind not in ("continuation", "notice"):
            doubts.append("no byline found")
        lines = s.all_lines()
        nos = [l.no for l in lines] or [0]
        return PdfArticle(title=title, body=body, kind=kind, kicker=kicker, subtitle=subtitle,
                          authors=authors, credits=credits, byline=byline,
                          continued_from=s.continued_from, continued_to=s.continued_to,
                          lines=(min(nos), max(nos)), title_source=title_source, doubts=doubts,
                          regions=self.boxes(lines), page=self.page.number)

    def boxes(self, lines: list[Line]) -> list[list[float]]:
        """The boxes holding a story's lines: one per column it runs in (its headline with the
        first), as page fractions rounded to 4 places."""
        groups: dict[tuple[int, int], list[Line]] = {}
        for l in lines:
            groups.setdefault((l.region, max(l.col, 0)), []).append(l)
        W, H = self.page.width, self.page.height
        out = []
        for key in sorted(groups, key=lambda k: (k[0], k[1])):
            g = groups[key]
            x0, x1 = min(l.x0 for l in g), max(l.x1 for l in g)
            y0, y1 = min(l.top for l in g), max(l.bottom for l in g)
            out.append([round(max(0.0, min(1.0, v)), 4) for v in (x0 / W, y0 / H, x1 / W, y1 / H)])
        return out

    def right_under(self, above: Region, reg: Region, size: float | None) -> bool:
        """Is `reg` set right under `above`, whose lines stand over its columns (and, when
        `size` is given, opening with a head of that size: the next item of a 简讯 column)?"""
        if not above.lines or not reg.lines or reg.top < 0 or above.top < 0:
            return False
        b, first = self.body, reg.lines[0]
        bottom = max(l.bottom for l in above.lines)
        inside = all(reg.x0 - 2 * b <= l.x0 and l.x1 <= reg.x1 + 2 * b for l in above.lines)
        if size is not None and abs(first.size - size) < 0.3 and abs(reg.top - above.top) < 2 * b:
            # the box's next column, level with this one and right beside it
            gap = min(l.x0 for l in reg.lines) - max(l.x1 for l in above.lines)
            if -b <= gap < 3 * b:
                return True
        return inside and -0.5 * b <= reg.top - bottom < 3 * b and (size is None or abs(first.size - size) < 0.3)

    def level_order(self) -> list[Region]:
        """The regions top to bottom, those whose tops stand within a character of each other
        (level: a row's columns) left to right."""
        regs = sorted(self.regs, key=lambda g: g.top)
        out: list[list[Region]] = []
        for g in regs:
            if out and g.top - out[-1][-1].top < self.body:
                out[-1].append(g)
            else:
                out.append([g])
        return [g for row in out for g in sorted(row, key=lambda g: g.x0)]

    def result(self) -> SplitResult:
        self.furniture()
        arts: list[PdfArticle] = []
        # labels over regions of their own (a page without rules gives each 简讯 item its own
        # region): (label, the region it stands over, the head size of the items under it)
        open_labels: list[tuple[str, Region, float | None]] = []
        label_size: dict[int, float] = {}        # id(region) → the size of the label it ends with
        for reg in self.level_order():
            found = next(((lab, size, at) for lab, at, size in open_labels if self.right_under(at, reg, size)), None)
            label = found and found[:2]
            stories = self.region_stories(reg, label and label[0])
            if self.label_left:
                open_labels.append((self.label_left, reg, None))
                label_size[id(reg)] = max(l.size for l in reg.lines)
            elif label and stories and _brief_label(label[0]) and (stories[0].title or id(found[2]) in label_size):
                # items under a 简讯 label: the next ones open with a head of their first's size
                # (of the label's, when the first has none)
                open_labels.append((label[0], reg, stories[0].title[0].size if stories[0].title
                                    else label_size[id(found[2])]))
            for s in stories:
                if not s.paras and not s.title:
                    for l in s.all_lines():
                        self.dropped.append(Dropped("unrecognised", l.text, l.no))
                    continue
                if not s.paras:
                    for l in s.all_lines():
                        self.dropped.append(Dropped("header", l.text, l.no))
                    continue
                arts.append(self.article(s))
        self.dropped.sort(key=lambda d: d.line)
        res = SplitResult(articles=arts, dropped=self.dropped, doubts=self.doubts)
        if self.page.pages > 1:
            res.doubts.append(f"the PDF has {self.page.pages} pages; page {self.page.number} was read "
                              "(give each 版 as its own NN.pdf)")
        if not arts:
            res.doubts.append("no articles recognised on this page")
        return res


def split_pdf(path: str, page_no: int = 1) -> SplitResult:
    """One page PDF → its articles (`PdfArticle`, with `regions`) and dropped lines. PdfError
    (naming the file) when it cannot be read."""
    return _Reader(read_pdf(path, page_no)).result()
