"""The sixth page generator: hard-wrapped column text, written blind to the other five and to the
splitter (only the seed pages, their truths, the scorer and the corpus loader were read).

A page is what a pdftotext-like extractor emits for one inside or front page of a Chinese daily set
in narrow columns: every column line is a line of text (hard wrap at a measure of 11–22 em, Han and
full-width characters 1 em, Latin letters and digits ½ em, no line opening with a closing mark),
columns follow one another with a blank line at each column break (which may fall mid-sentence),
heads (kicker / title wrapped over lines / subtitle) stand in their own blocks, bylines come in the
grammars dailies use, and running headers and footers frame the page.

`make_sixth_page(corpus, seed_str)` → (text, truth). The truth follows ../shared/eval/*.yaml:
per article `title` (or `title_contains` for a photo without a head), `kicker`, `subtitle`,
`authors`, `kind`, `starts`/`ends` (first/last ten characters of the body, whitespace removed; a
byline fused into the lead is part of the body, a byline on a line of its own or closing the story
is not; jump markers and photo credits are not), `must_contain` (sentences that stand inside one
paragraph, chosen across line and column breaks), `continued_from`/`continued_to`. A field whose
right value is a matter of convention between papers is left out rather than guessed.
"""
from __future__ import annotations

import random
import re

CLASSES = (
    "sixth-heads-before",    # head block above each story
    "sixth-heads-after",     # each story's head printed under its text
    "sixth-heads-grouped",   # all heads of the page in one run at its top or foot
    "sixth-briefs",          # a briefs column: short items with 【】/■/plain lead heads
    "sixth-notices",         # one or two stories and notices (更正, 启事, 声明)
    "sixth-photo-jump",      # continuation from another page, photos with credits, a story jumping on
    "sixth-commentary",      # a commentary column (label, signature) beside news stories
)

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建文斌宇浩凯晨琳雪婷欣悦佳怡瑶晶倩颖慧宁博峰鑫帆蕾薇茜露岩松柏海波涵越彬睿哲昊然璐蓉"
_MINORITY = ("阿依", "古丽", "努尔", "买买提", "热依拉", "阿布都", "艾力", "吐尔逊", "娜迪亚", "帕提",
             "阿合买提", "哈依拉提", "热西提", "巴特尔", "其其格", "索朗", "卓玛", "扎西", "迪力夏提")
_PLACES = ("北京", "上海", "华盛顿", "纽约", "伦敦", "巴黎", "东京", "日内瓦", "乌鲁木齐", "广州", "成都",
           "布鲁塞尔", "莫斯科", "首尔", "悉尼", "开罗", "柏林", "维也纳")
_PAPERS = ("天山晨报", "昌吉日报", "阿勒泰日报", "江南都市报", "北方时报", "西部商报", "滨海日报", "华中晚报")
_SECTIONS = ("要闻", "综合新闻", "国际新闻", "国内新闻", "经济", "社会", "文化", "民生", "时事", "环球视野")
_WEEK = "一二三四五六日"
_CN_NUM = "〇一二三四五六七八九十"
_CLOSERS = set("，。、；：？！”’）》」』…—·%")
_OPENERS = set("“‘（《「『")
_SENT_END = re.compile(r"(?<=[。！？])(?![”’」』）])|(?<=[。！？][”’」』）])")


def _w(ch: str) -> float:
    """Width of a character in em: Latin letters, digits and ASCII marks take half an em."""
    return 0.5 if ord(ch) < 0x2000 and ch != "·" else 1.0


def width(text: str) -> float:
    return sum(_w(c) for c in text)


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def _units(text: str) -> list[str]:
    """Latin words and numbers stay whole; every other character is a unit of its own."""
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9.,'\-%]*|.", text, flags=re.S)


def wrap(text: str, measure: float, first_indent: str = "") -> list[tuple[str, int]]:
    """Hard-wrap `text` at `measure` em: [(line as printed, offset of its first char in text)].
    A closing mark never opens a line (it hangs in the margin), an opening mark never ends one."""
    units = _units(text)
    lines: list[tuple[str, int]] = []
    cur: list[str] = []
    cur_w = width(first_indent)
    start = pos = 0
    for u in units:
        uw = width(u)
        if cur and cur_w + uw > measure and not (len(u) == 1 and u in _CLOSERS):
            # an opening mark at the end of the line moves down with what it opens
            carry = []
            while cur and len(cur[-1]) == 1 and cur[-1] in _OPENERS:
                carry.insert(0, cur.pop())
            if not cur:
                cur, carry = carry, []
            lines.append(("".join(cur), start))
            start = pos - sum(len(c) for c in carry)
            cur, cur_w = carry, width("".join(carry))
            if u == " " and not cur:
                pos += 1
                start = pos
                continue
        if uw > measure:      # a Latin run longer than the whole line is cut
            for ch in u:
                if cur and cur_w + _w(ch) > measure:
                    lines.append(("".join(cur), start))
                    start, cur, cur_w = pos, [], 0.0
                cur.append(ch)
                cur_w += _w(ch)
                pos += 1
            continue
        cur.append(u)
        cur_w += uw
        pos += len(u)
    if cur:
        lines.append(("".join(cur), start))
    out = []
    for i, (ln, off) in enumerate(lines):
        out.append(((first_indent if i == 0 else "") + ln.rstrip(" "), off))
    return out


def _name(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return "·".join(rng.sample(_MINORITY, 2))
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _clauses(text: str, lo: int, hi: int) -> list[str]:
    return [c for c in re.split(r"[，。；：！？、“”（）《》\s]", text)
            if lo <= len(c) <= hi and not re.search(r"[A-Za-z0-9()%]", c)]


def _sentences(para: str) -> list[str]:
    return [s for s in _SENT_END.split(para) if s]


def _trim_body(rng: random.Random, paras: list[str], lo: int, hi: int, skip: int = 0) -> list[str]:
    """Whole paragraphs of a corpus item up to about `hi` characters (at least one; a first paragraph
    longer than that is cut at a sentence end)."""
    # a web sub-heading kept as a paragraph (short, no sentence end) is no newspaper paragraph
    good = [p for p in paras if p.strip() and (len(p) >= 30 or p.rstrip("”’」』）)").endswith(("。", "！", "？")))]
    paras = good[skip:] or good or paras
    limit = rng.randint(lo, hi)
    out: list[str] = []
    for p in paras:
        if out and len("".join(out)) + len(p) > limit:
            break
        out.append(p)
    if len(out[0]) > limit:
        keep = ""
        for s in _sentences(out[0]):
            if keep and len(keep) + len(s) > limit:
                break
            keep += s
        out[0] = keep
    return out


def _short_title(rng: random.Random, title: str) -> str:
    """A daily's short headline: the corpus headline, or its first part when that stands alone."""
    if rng.random() < 0.3:
        parts = re.split(r"[，：:、]", title)
        if len(parts) > 1 and 5 <= len(parts[0]) <= 16:
            return parts[0]
    return title


def _justify_spaced(line: str) -> str:
    """A justified line as an extractor emits it when the glyphs were spread: a space between
    characters, Latin words and numbers kept whole, punctuation kept on the character it follows
    (as in `急 难 愁 盼 诉 求 474 万 余 件、办 结 率`)."""
    out = ""
    for u in _units(line):
        if u == " ":
            continue
        if out and not ({u, out[-1]} & (_CLOSERS | _OPENERS)):
            out += " "
        out += u
    return out


def _spaced(text: str) -> str:
    return " ".join(text)


def _cn(n: int) -> str:
    if n <= 10:
        return _CN_NUM[n]
    return ("十" if n < 20 else _CN_NUM[n // 10] + "十") + (_CN_NUM[n % 10] if n % 10 else "")


class Page:
    """Lines of the page being set, with the column model: after `height` lines a column ends."""

    def __init__(self, rng: random.Random, features: set):
        self.rng = rng
        self.features = features
        self.lines: list[str] = []
        self.height = rng.randint(18, 55)
        self.in_col = 0
        self.measure = rng.randint(11, 22)
        self.vary = rng.random() < 0.35
        if self.vary:
            features.add("measure-per-column")
        self.indent = rng.choice(("　　", "　　", "  ", ""))
        features.add({"　　": "indent-fullwidth", "  ": "indent-ascii", "": "indent-none"}[self.indent])
        self.para_gap = rng.choice((0, 0, 1, 2))
        features.add(("para-gap-none", "para-gap-blank", "para-gap-double")[self.para_gap])
        if self.indent == "" and self.para_gap == 0:
            features.add("pure-hard-wrap")
        self.letterspace = rng.random() < 0.3

    def blank(self, n: int = 1) -> None:
        """At least `n` blank lines under the last line set."""
        if not self.lines:
            return
        have = 0
        while have < len(self.lines) and self.lines[-1 - have] == "":
            have += 1
        self.lines += [""] * max(0, n - have)

    def column_break(self) -> None:
        self.blank()
        self.in_col = 0
        if self.vary:
            self.measure = max(11, min(22, self.measure + self.rng.choice((-3, -2, -1, 1, 2, 3))))

    def raw(self, line: str) -> None:
        self.lines.append(line)
        self.in_col += 1

    def paragraphs(self, paras: list[str], breaks: list) -> None:
        """Set body paragraphs; record (paragraph index, offset) of every line start after a line
        or column break, for must_contain windows."""
        for pi, para in enumerate(paras):
            if pi and self.para_gap:
                self.blank(self.para_gap)
            lines = wrap(para, self.measure, self.indent)
            i = 0
            while i < len(lines):
                ln, off = lines[i]
                if self.in_col >= self.height and self.lines and self.lines[-1] != "":
                    # the column is full: the rest of the paragraph goes on in the next one
                    self.column_break()
                    self.features.add("column-break")
                    if i:
                        self.features.add("column-break-mid-paragraph")
                        breaks.append((pi, off, True))
                        rest = para[off:]
                        lines = [(l2, o2 + off) for l2, o2 in wrap(rest, self.measure)]
                        i = 0
                        ln, off = lines[0]
                if i and not (i == len(lines) - 1) and self.letterspace and self.rng.random() < 0.03:
                    ln = _justify_spaced(ln)
                    self.features.add("letterspaced-line")
                if i:
                    breaks.append((pi, off, False))
                self.raw(ln)
                i += 1


class Story:
    def __init__(self, title: str, paras: list[str], kind: str = "article"):
        self.title = title
        self.paras = paras            # body paragraphs as truth (the lead may open with a byline)
        self.kind = kind
        self.kicker = None
        self.subtitle = None
        self.sub_dash = True
        self.authors: list[str] | None = []
        self.top_byline = None        # a byline line of its own above the text
        self.end_byline = None        # (text, on a line of its own)
        self.lead_len = 0             # characters of the lead that are a fused byline
        self.credit = None            # a photo's credit line
        self.title_contains = None
        self.jump_from = None
        self.jump_to = None
        self.jump_to_text = None
        self.breaks: list = []
        self.score_ends = True
        self.signed = False

    def truth(self) -> dict:
        t: dict = {}
        if self.title_contains:
            t["title_contains"] = self.title_contains
        else:
            t["title"] = self.title
        if self.kicker:
            t["kicker"] = self.kicker
        if self.subtitle:
            t["subtitle"] = self.subtitle
        if self.authors is not None:
            t["authors"] = list(self.authors)
        t["kind"] = self.kind
        if self.jump_from is not None:
            t["continued_from"] = self.jump_from
        if self.jump_to is not None:
            t["continued_to"] = self.jump_to
        body = flat("".join(self.paras))
        t["starts"] = body[:10]
        if self.score_ends:
            t["ends"] = body[-10:]
        must = self._must_contain()
        if must:
            t["must_contain"] = must
        return t

    def _must_contain(self) -> list[str]:
        """Up to two sentences' worth of text across a break: column breaks first, then a line
        break from the middle of the story (never inside a fused lead byline)."""
        out = []
        ok = [b for b in self.breaks if b[1] - 7 >= (self.lead_len if b[0] == 0 else 0)
              and b[1] + 7 <= len(self.paras[b[0]])]
        cols = [b for b in ok if b[2]]
        picks = cols[:2] or ok[len(ok) // 2:len(ok) // 2 + 1]
        for pi, off, _col in picks:
            para = self.paras[pi]
            lo = max(self.lead_len if pi == 0 else 0, off - 7)
            hi = min(len(para), off + 7)
            s = para[lo:hi].strip()
            if len(flat(s)) >= 8 and s not in out:
                out.append(s)
        return out


# ---------------------------------------------------------------- bylines

def _reporters(rng: random.Random, n: int) -> list[str]:
    names = []
    while len(names) < n:
        x = _name(rng)
        if x not in names:
            names.append(x)
    return names


def _lead_byline(rng: random.Random, date: tuple[int, int]) -> tuple[str, list[str], str]:
    """A byline printed at the start of the lead: (text, authors, form)."""
    m, d = date
    form = rng.choice(("bbx-paren", "bbx-paren-tx", "bbx-report", "xinhua", "bbx-date", "bbx-paren-2"))
    if form == "bbx-paren":
        a = _reporters(rng, 1)
        sep = rng.choice((" ", ""))
        return f"本报讯（{rng.choice(('记者', '记者', '实习记者'))}{sep}{a[0]}）", a, form
    if form == "bbx-paren-2":
        a = _reporters(rng, 2)
        return f"本报讯（记者 {a[0]} {a[1]}）" if rng.random() < 0.5 else f"本报讯（记者{a[0]}、{a[1]}）", a, form
    if form == "bbx-paren-tx":
        a = _reporters(rng, 2)
        sep = rng.choice((" ", ""))
        return f"本报讯（记者{sep}{a[0]}{sep}通讯员{sep}{a[1]}）", a, form
    if form == "bbx-report":
        a = _reporters(rng, rng.choice((1, 2)))
        who = f"记者{a[0]}" + (f"、通讯员{a[1]}" if len(a) > 1 else "")
        return f"本报讯 {who}报道：", a, form
    if form == "xinhua":
        a = _reporters(rng, rng.choice((1, 1, 2)))
        who = ("记者" + "、".join(a)) if rng.random() < 0.5 else ("记者 " + " ".join(a))
        return f"新华社{rng.choice(_PLACES)}{m}月{d}日电（{who}）", a, form
    a = _reporters(rng, 1)
    return f"本报{m}月{d}日讯（记者 {a[0]}）", a, form


def _line_byline(rng: random.Random) -> tuple[str, list[str], str]:
    """A byline on a line of its own: (text, authors, form)."""
    form = rng.choice(("bbjz", "bbjz-2", "square", "square-tx", "jz-tx", "wen", "wen-tu", "wentu"))
    if form == "bbjz":
        a = _reporters(rng, 1)
        return f"本报记者 {a[0]}", a, form
    if form == "bbjz-2":
        a = _reporters(rng, 2)
        return f"本报记者  {a[0]}  {a[1]}", a, form
    if form == "square":
        a = _reporters(rng, 1)
        return f"□{rng.choice(('记者', '本报记者', '记者 '))} {a[0]}".replace("  ", " "), a, form
    if form == "square-tx":
        a = _reporters(rng, 2)
        return f"□本报记者 {a[0]} 通讯员 {a[1]}", a, form
    if form == "jz-tx":
        a = _reporters(rng, 2)
        return f"记者 {a[0]} 通讯员 {a[1]}", a, form
    if form == "wen":
        a = _reporters(rng, 1)
        return f"文/{a[0]}", a, form
    if form == "wen-tu":
        a = _reporters(rng, 2)
        return f"文/{a[0]}  图/{a[1]}", a, form
    a = _reporters(rng, 1)
    return f"文/图 {a[0]}", a, form


def _end_byline(rng: random.Random) -> tuple[str, list[str], str]:
    form = rng.choice(("paren-jz", "paren-name", "paren-bbjz"))
    a = _reporters(rng, 1)
    text = {"paren-jz": f"（记者 {a[0]}）", "paren-name": f"（{a[0]}）", "paren-bbjz": f"（本报记者 {a[0]}）"}[form]
    return text, a, form


def _byline(rng: random.Random, story: Story, date, features: set, need_start: bool = False) -> None:
    """Give a story its byline: fused into the lead, on a line above the text, closing it, or none."""
    r = rng.random()
    where = "lead" if r < 0.45 else "line" if r < 0.75 else "end" if r < 0.88 else "none"
    if need_start and where in ("end", "none"):
        where = rng.choice(("lead", "line"))
    if where == "lead":
        text, a, form = _lead_byline(rng, date)
        story.paras[0] = text + story.paras[0]
        story.lead_len = len(text)
        story.authors = a
        features.add("byline-lead-" + form)
    elif where == "line":
        text, a, form = _line_byline(rng)
        story.top_byline = text
        story.authors = a
        features.add("byline-line-" + form)
    elif where == "end":
        text, a, form = _end_byline(rng)
        own = rng.random() < 0.5
        story.end_byline = (text, own)
        story.authors = a
        features.add("byline-end-" + ("line-" if own else "fused-") + form)
    else:
        story.authors = []
        features.add("byline-none")


# ---------------------------------------------------------------- heads

def _dress_head(rng: random.Random, story: Story, features: set, allow_sub=True) -> None:
    body = "".join(story.paras[1:] or story.paras)
    r = rng.random()
    if r < 0.3:
        cands = _clauses(body, 6, 14)
        if cands:
            story.kicker = rng.choice(cands)
            features.add("kicker")
    if allow_sub and rng.random() < 0.3:
        cands = [c for c in _clauses(body, 8, 20) if c != story.kicker]
        if cands:
            story.subtitle = rng.choice(cands)
            # a subtitle without its dash is told from a wrapped title only by standing under one
            story.sub_dash = not story.kicker or rng.random() < 0.5
            features.add("subtitle-dash" if story.sub_dash else "subtitle-plain")


def _head_lines(rng: random.Random, story: Story, page: Page, features: set) -> list[list[str]]:
    """The head as blocks (lines inside a block are adjacent, blocks are set apart by a blank
    line): kicker, title (wrapped over one to three lines), subtitle."""
    blocks = []
    if story.kicker:
        blocks.append([story.kicker])
    title = story.title
    hm = rng.randint(9, 24)
    if len(title) <= 7 and rng.random() < 0.5:
        lines = [_spaced(title)]
        features.add("head-letterspaced")
    else:
        lines = _head_wrap(title, hm)
        if len(lines) > 1:
            features.add("title-wrapped")
    blocks.append(lines)
    if story.subtitle:
        sub = ("——" + story.subtitle) if story.sub_dash else story.subtitle
        if story.sub_dash and rng.random() < 0.5:
            blocks[-1] = blocks[-1] + [sub]
            features.add("subtitle-tight")
        else:
            blocks.append([sub])
    return blocks


def _head_wrap(title: str, hm: int) -> list[str]:
    """A headline over one to three lines, broken as an editor breaks it: at a comma or space
    when there is one near the middle, else into lines of about equal length."""
    if width(title) <= hm:
        return [title]
    for sep in ("，", " ", "：", "、"):
        if sep in title:
            i = title.index(sep)
            a, b = title[:i + (sep != " ")], title[i + 1:]
            if min(len(a.strip()), len(b.strip())) >= 4 and max(width(a), width(b)) <= hm + 2:
                return [a.strip(), b.strip()]
    n = min(3, -(-int(width(title)) // hm))
    per = width(title) / n
    lines = [ln.strip() for ln, _ in wrap(title, per + 0.5)]
    while len(lines) > n:
        last = lines.pop()
        lines[-1] += last
    return lines


def _emit_head(page: Page, blocks: list[list[str]]) -> None:
    for i, b in enumerate(blocks):
        if i:
            page.blank()
        for ln in b:
            page.raw(ln)


def _emit_text(page: Page, story: Story, rng: random.Random) -> None:
    if story.top_byline:
        page.raw(story.top_byline)
        if rng.random() < 0.3:
            page.blank()
            page.features.add("byline-line-blank-under")
    paras = list(story.paras)
    if story.end_byline and not story.end_byline[1]:
        set_paras = paras[:-1] + [paras[-1] + story.end_byline[0]]
    else:
        set_paras = paras
    page.paragraphs(set_paras, story.breaks)
    # a break recorded inside the closing byline is no truth break
    story.breaks = [b for b in story.breaks if b[1] < len(paras[b[0]])]
    if story.end_byline and story.end_byline[1]:
        page.raw((" " * rng.randint(0, 8)) + story.end_byline[0])
    if story.jump_to is not None:
        page.raw(story.jump_to_text)


# ---------------------------------------------------------------- furniture

def _furniture(rng: random.Random, paper: str, section: str, pno: int, date, features: set):
    y, m, d, wd = date
    editor = _name(rng)
    pieces_top = [f"{y}年{m}月{d}日", f"星期{_WEEK[wd]}", rng.choice((f"第{pno}版", f"{pno:02d}", f"A{pno}")),
                  section, paper]
    rng.shuffle(pieces_top)
    top = rng.choice(("  ", "   ", "　")).join(pieces_top[:rng.randint(2, 5)])
    header = [top]
    if rng.random() < 0.4:
        header.append(f"责任编辑：{editor}" + (f"  版式：{_name(rng)}" if rng.random() < 0.5 else ""))
    footer = []
    if rng.random() < 0.5:
        footer.append(rng.choice((f"责任编辑：{editor}  校对：{_name(rng)}",
                                  f"本版编辑：{editor}  美术编辑：{_name(rng)}",
                                  f"本版邮箱：news{pno}@{rng.choice(('tsdaily', 'xbsb', 'bhrb'))}.com")))
    if rng.random() < 0.5:
        footer.append(rng.choice((str(pno), f"— {pno} —", f"{paper}  {y}年{m}月{d}日")))
    place = rng.choice(("top", "top", "foot", "both"))
    features.add("furniture-" + place)
    if place == "top":
        return header, []
    if place == "foot":
        return [], header + footer
    return header, footer


# ---------------------------------------------------------------- stories from the corpus

def _pick(rng: random.Random, corpus: list[dict], used: set, short=False) -> dict:
    for _ in range(200):
        it = rng.choice(corpus)
        if it["title"] in used:
            continue
        if short and len(it["title"]) > 24 and rng.random() < 0.8:
            continue
        used.add(it["title"])
        return it
    return rng.choice(corpus)


def _news(rng, corpus, used, features, date, lo=180, hi=900, need_start=False) -> Story:
    it = _pick(rng, corpus, used)
    s = Story(_short_title(rng, it["title"]), _trim_body(rng, it["paragraphs"], lo, hi))
    _byline(rng, s, date, features, need_start)
    _dress_head(rng, s, features)
    return s


def _photo(rng, corpus, used, features) -> tuple[Story, list[str] | None]:
    it = _pick(rng, corpus, used)
    sents = _sentences(it["paragraphs"][0])
    cap = ""
    for s in sents:
        if cap and len(cap) + len(s) > 110:
            break
        cap += s
    cap = cap[:160]
    s = Story("", [cap], kind="photo")
    a = _reporters(rng, 1)
    s.authors = a
    form = rng.choice(("plain", "xinhua", "bbjz", "fused"))
    s.credit = {"plain": f"{a[0]} 摄", "xinhua": f"新华社记者 {a[0]} 摄", "bbjz": f"本报记者 {a[0]} 摄",
                "fused": f"（{a[0]} 摄）"}[form]
    features.add("photo-credit-" + form)
    head = None
    if rng.random() < 0.5:
        cands = _clauses(it["title"], 4, 12) or _clauses(cap, 4, 10)
        if cands:
            s.title = rng.choice(cands)
            head = [_spaced(s.title)] if len(s.title) <= 5 and rng.random() < 0.4 else [s.title]
            features.add("photo-head")
    if head is None:
        # no head: what names the photo is the opening of its caption (past a date clause)
        runs = [r for r in re.split(r"[，。；：！？、“”‘’（）《》()\s\dA-Za-z.·%-]+", cap) if len(r) >= 5]
        s.title_contains = (runs[0] if runs else flat(cap))[:6]
        features.add("photo-no-head")
    return s, head


def _emit_photo(page: Page, rng, s: Story, head) -> None:
    if head:
        for ln in head:
            page.raw(ln)
        if rng.random() < 0.5:
            page.blank()
    if s.credit.startswith("（"):
        page.paragraphs([s.paras[0] + s.credit], s.breaks)
        s.breaks = [b for b in s.breaks if b[1] < len(s.paras[0])]
    else:
        page.paragraphs(s.paras, s.breaks)
        if rng.random() < 0.4:
            page.blank()
        page.raw((" " * rng.randint(0, 10)) + s.credit)


# ---------------------------------------------------------------- layouts

def _jump_text(rng, n: int, to: bool) -> str:
    num = _cn(n) if rng.random() < 0.5 else str(n)
    word = ("下转" if to else "上接")
    return f"（{word}第{num}版）"


def _set_stories(rng, page: Page, stories: list, heads_at: str, features: set) -> None:
    """Set stories with their heads before / after each text, or grouped at the top / foot."""
    heads = [(s, _head_lines(rng, s, page, features)) for s in stories]
    tight = page.indent != "" and rng.random() < 0.3
    if tight:
        features.add("heads-tight")
    if heads_at == "top":
        for s, h in heads:
            page.blank(rng.choice((1, 2)))
            _emit_head(page, h)
        page.blank(2)
    for i, (s, h) in enumerate(heads):
        if heads_at == "before":
            if not tight:
                page.blank(rng.choice((1, 1, 2)))
            _emit_head(page, h)
            if not tight:
                page.blank()
        elif i:
            page.blank(rng.choice((1, 1, 2)))
        _emit_text(page, s, rng)
        if heads_at == "after":
            page.blank(rng.choice((1, 2)))
            _emit_head(page, h)
    if heads_at == "foot":
        page.blank(2)
        for s, h in heads:
            _emit_head(page, h)
            page.blank(rng.choice((1, 2)))


def make_sixth_page(corpus: list[dict], seed_str: str) -> tuple[str, dict]:
    rng = random.Random(seed_str)
    cls = rng.choice(CLASSES)
    features: set = set()
    used: set = set()
    y = rng.choice((2024, 2025, 2026))
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    wd = rng.randint(0, 6)
    pno = rng.randint(2, 16)
    paper, section = rng.choice(_PAPERS), rng.choice(_SECTIONS)
    header, footer = _furniture(rng, paper, section, pno, (y, m, d, wd), features)
    page = Page(rng, features)
    for ln in header:
        page.raw(ln)
    if header:
        page.blank()
    date = (m, d)
    stories: list[Story] = []

    if cls in ("sixth-heads-before", "sixth-heads-after", "sixth-heads-grouped"):
        n = rng.randint(2, 5)
        heads_at = {"sixth-heads-before": "before", "sixth-heads-after": "after"}.get(cls) \
            or rng.choice(("top", "foot"))
        features.add("heads-" + heads_at)
        stories = [_news(rng, corpus, used, features, date, need_start=heads_at in ("top", "foot"))
                   for _ in range(n)]
        _set_stories(rng, page, stories, heads_at, features)
        if heads_at in ("before", "after") and rng.random() < 0.3:
            page.blank(2)
            p, head = _photo(rng, corpus, used, features)
            _emit_photo(page, rng, p, head)
            stories.append(p)

    elif cls == "sixth-briefs":
        if rng.random() < 0.5:
            lead = _news(rng, corpus, used, features, date, 200, 600)
            stories.append(lead)
            _set_stories(rng, page, [lead], rng.choice(("before", "after")), features)
            page.blank(2)
        label = rng.choice(("简讯", "本地快讯", "要闻简报", "新闻速递", "综合简讯", "一 周 要 闻"))
        page.raw(label)
        page.blank()
        style = rng.choice(("bracket", "square", "line"))
        features.add("briefs-" + style)
        for k in range(rng.randint(3, 6)):
            it = _pick(rng, corpus, used, short=True)
            title = _short_title(rng, it["title"])
            s = Story(title, _trim_body(rng, it["paragraphs"][:1], 60, 220), kind="brief")
            if rng.random() < 0.4:
                text, a, form = _end_byline(rng)
                s.end_byline = (text, False)
                s.authors = a
                features.add("brief-end-byline")
            else:
                s.authors = []
            if k:
                page.blank(rng.choice((0, 1)) if style != "line" else 1)
            if style == "bracket":
                head = f"【{title}】"
                # the head is set in the first line of the item, not part of its text
                lines = wrap(head + s.paras[0] + (s.end_byline[0] if s.end_byline else ""),
                             page.measure, page.indent)
                for i, (ln, off) in enumerate(lines):
                    if i:
                        o = off - len(head)
                        if 0 < o < len(s.paras[0]):
                            s.breaks.append((0, o, False))
                    page.raw(ln)
            else:
                if style == "square":
                    page.raw("■" + title)
                else:
                    # a bold lead line: within the column, apart from the text when nothing else
                    # (an indent) sets the text off from it
                    for ln in _head_wrap(title, page.measure):
                        page.raw(ln)
                    if page.indent == "":
                        page.blank()
                _emit_text(page, s, rng)
            stories.append(s)

    elif cls == "sixth-notices":
        for _ in range(rng.randint(1, 2)):
            stories.append(_news(rng, corpus, used, features, date, 200, 700))
        _set_stories(rng, page, stories, rng.choice(("before", "after")), features)
        for _ in range(rng.randint(1, 2)):
            page.blank(2)
            s = _notice(rng, corpus, used, (y, m, d), features)
            head = _spaced(s.title) if rng.random() < 0.6 else s.title
            page.raw(head)
            page.blank(rng.choice((0, 1)))
            sig = s.paras.pop() if s.signed else None
            page.paragraphs(s.paras, s.breaks)
            if sig:
                for part in sig.split("\n"):
                    page.raw(" " * rng.randint(4, 12) + part)
                s.paras.append(sig.replace("\n", ""))
            stories.append(s)

    elif cls == "sixth-photo-jump":
        # a story continued from an earlier page opens the page
        it = _pick(rng, corpus, used)
        frm = rng.randint(1, max(1, pno - 1))
        c = Story(_short_title(rng, it["title"]),
                  _trim_body(rng, it["paragraphs"], 200, 800, skip=min(2, len(it["paragraphs"]) - 1)),
                  kind="continuation")
        c.authors = None
        c.jump_from = frm
        mark = _jump_text(rng, frm, False)
        hb = [[_spaced(c.title)]] if len(c.title) <= 7 else [_head_wrap(c.title, rng.randint(12, 24))]
        form = rng.choice(("head-mark", "mark-head", "mark-body-head"))
        features.add("continuation-" + form)
        if form == "head-mark":
            _emit_head(page, hb)
            page.raw(mark)
        elif form == "mark-head":
            page.raw(mark)
            _emit_head(page, hb)
        else:
            page.raw(mark)
        if form != "mark-body-head" or rng.random() < 0.5:
            page.blank()
        page.paragraphs(c.paras, c.breaks)
        if form == "mark-body-head":
            page.blank()
            _emit_head(page, hb)
        stories.append(c)
        heads_at = rng.choice(("before", "after"))
        features.add("heads-" + heads_at)
        rest = [_news(rng, corpus, used, features, date, 200, 700) for _ in range(rng.randint(1, 2))]
        last = rest[-1]
        if rng.random() < 0.7:
            last.jump_to = rng.randint(pno + 1, pno + 8)
            last.jump_to_text = _jump_text(rng, last.jump_to, True)
            features.add("jump-to")
        for s in rest:
            page.blank(2)
            if rng.random() < 0.7:
                p, head = _photo(rng, corpus, used, features)
                _emit_photo(page, rng, p, head)
                stories.append(p)
                page.blank(2)
            _set_stories(rng, page, [s], heads_at, features)
            stories.append(s)

    else:  # sixth-commentary
        label = rng.choice(("短评", "时评", "今日谈", "观点", "本报评论员文章", "新 论", "快 评"))
        it = _pick(rng, corpus, used)
        s = Story(_short_title(rng, it["title"]), _trim_body(rng, it["paragraphs"], 250, 800),
                  kind="commentary")
        form = rng.choice(("square", "wen", "end-paren", "end-line", "pinglunyuan"))
        features.add("commentary-" + form)
        nm = _name(rng)
        page.raw(label)
        page.blank(rng.choice((0, 1)))
        blocks = _head_lines(rng, s, page, features)
        _emit_head(page, blocks)
        page.blank()
        if form == "square":
            s.top_byline, s.authors = f"□ {nm}", [nm]
        elif form == "wen":
            s.top_byline, s.authors = f"文/{nm}", [nm]
        elif form == "pinglunyuan":
            s.top_byline, s.authors = "本报评论员", None
        elif form == "end-paren":
            s.end_byline, s.authors = (f"（{nm}）", rng.random() < 0.5), [nm]
        else:
            s.end_byline, s.authors = (f"（作者单位：{rng.choice(('北京大学', '武汉大学', '中山大学', '复旦大学'))}）", True), None
            s.top_byline = f"□ {nm}"
            s.authors = [nm]
            s.score_ends = False      # whether a 作者单位 note closes the text is a paper's choice
        _emit_text(page, s, rng)
        stories.append(s)
        page.blank(2)
        more = [_news(rng, corpus, used, features, date, 200, 700) for _ in range(rng.randint(1, 3))]
        heads_at = rng.choice(("before", "after"))
        features.add("heads-" + heads_at)
        _set_stories(rng, page, more, heads_at, features)
        stories += more

    if footer:
        page.blank(rng.choice((1, 2)))
        for ln in footer:
            page.raw(ln)
    text = "\n".join(page.lines).strip("\n") + "\n"
    truth = {"generator": "sixth", "layout": cls, "features": sorted(features),
             "articles": [s.truth() for s in stories]}
    return text, truth


def _notice(rng, corpus, used, date, features) -> Story:
    y, m, d = date
    kind = rng.choice(("更正", "启事", "声明"))
    features.add("notice-" + kind)
    it = _pick(rng, corpus, used)
    if kind == "更正":
        a, b = _name(rng), _name(rng)
        pd = max(1, d - rng.randint(1, 5))
        body = [f"本报{m}月{pd}日第{rng.randint(1, 16)}版刊发的《{it['title']}》一文中，"
                f"“{a}”应为“{b}”。特此更正，并向读者致歉。"]
        title = "更正"
    elif kind == "启事":
        title = rng.choice(("征稿启事", "启事", "招聘启事"))
        topic = (_clauses(it["title"], 4, 12) or ["新闻线索"])[0]
        body = [f"为做好“{topic}”专题报道，本报即日起面向社会各界征集相关稿件及线索。来稿请注明作者姓名、"
                f"单位及联系方式，一经采用，稿酬从优。",
                f"征集时间：{y}年{m}月{d}日至{y + (m == 12)}年{m % 12 + 1}月{d}日。投稿邮箱：tougao{rng.randint(10, 99)}@163.com。"]
    else:
        title = rng.choice(("声明", "遗失声明", "严正声明"))
        org = rng.choice(("本报社", "本报编辑部", "本报新媒体中心"))
        body = [f"近期，有不法分子冒用{org}名义，以采访、约稿、发布信息等为由向基层单位收取费用。"
                f"{org}从未委托任何机构或个人开展此类活动，特此声明。",
                "如有疑问，请拨打本报热线核实。"]
    s = Story(title, body, kind="notice")
    s.authors = None
    s.signed = kind != "更正" and rng.random() < 0.7 or kind == "更正" and rng.random() < 0.3
    if s.signed:
        features.add("notice-signed")
        # whether the issuer's signature and date close the text or stand apart as its byline is a
        # paper's (and an archive's) choice: the body's end is not scored on a signed notice
        s.score_ends = False
        s.paras.append(rng.choice(("本报编辑部", f"{rng.choice(_PAPERS)}社")) + "\n" + f"{y}年{m}月{d}日")
    return s
