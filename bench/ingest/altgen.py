"""A second, independent page generator: a proxy for the outside evaluator's unseen one.

The splitter's rules were tuned on pages of `pagegen.py`; the issue's evaluator writes its pages
with a generator of its own from the same issue text. This module was written from that text, the
two sample pages and their truths only (not from `pagegen.py`), so its figures say how far the
rules hold on layout choices nobody tuned them on. `make_alt_page(corpus, "S:i")` lays 3–7 real
corpus items out as the raw text a PDF extractor gives, in the Markdown shape (pymupdf4llm-like)
or the hard-wrapped column shape (pdftotext-like), with its truth in the eval YAML's format.

Stories are drawn first (`_draw_*`: head, byline form, kind, body paragraphs, every string
already in the page's punctuation), then laid out as a list of `Piece`s (one printed unit each:
furniture, label, kicker, title, subtitle, byline, body paragraph, caption, credit, jump line),
then printed by `_print_md` or `_print_col`. The truth is read off the stories, so whatever it
names stands on the page.
"""
from __future__ import annotations

import datetime as _dt
import random
import re
from dataclasses import dataclass, field

CLASSES = ("alt-md-hash", "alt-md-tight", "alt-md-loose", "alt-md-bare",
           "alt-col-above", "alt-col-below", "alt-col-foot", "alt-col-top",
           "alt-col-tight", "alt-col-airy")
MD_CLASSES = CLASSES[:4]

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬鑫斌宇浩凯秋佳雪琳晨阳欣悦思远志文博嘉俊晓露婷雯颖海涵蕾鹏飞亮健辉"
_ETHNIC_A = ("阿不都", "古丽", "热依拉", "买买提", "艾尔肯", "迪丽", "努尔", "巴图", "扎西", "娜迪拉", "吐尔逊", "帕提古丽")
_ETHNIC_B = ("热合曼", "阿布拉", "托合提", "吾斯曼", "卡德尔", "多吉", "巴特尔", "哈力克", "艾买提", "依明")
_CITIES = ("北京", "华盛顿", "纽约", "日内瓦", "东京", "布鲁塞尔", "伦敦", "上海", "乌鲁木齐", "台北", "首尔", "莫斯科")
_PAPERS = ("滨海日报", "天山晨报", "西部时报", "河畔日报", "北疆日报")
_SECTIONS = ("国际新闻", "要闻", "综合", "环球视野", "时事", "观察")
_KICKERS = ("聚焦国际局势", "关注全球公共卫生", "科技前沿", "大国博弈", "全球经济观察", "外交动态",
            "稳中求进 行稳致远", "直击现场", "深度关注", "热点追踪", "风险与挑战 机遇与应对")
_UNITS = ("某大学国际关系学院", "社会科学院世界经济研究所", "某师范大学新闻传播学院", "某市委党校")
_BANNERS = ("坚持高水平对外开放", "深入学习贯彻新发展理念", "奋力谱写新篇章")
_WEEKDAYS = "一二三四五六日"
_CN_NUM = "零一二三四五六七八九十"
_FULL_TO_HALF = str.maketrans("，：；！？（）", ",:;!?()")
_CLAUSE_END = "，。；：！？、,;:!?"


def flat(s: str | None) -> str:
    """Text without any whitespace: how the scorer compares strings."""
    return re.sub(r"\s+", "", s or "")


def _cn(n: int) -> str:
    return _CN_NUM[n] if n <= 10 else "十" + _CN_NUM[n - 10]


@dataclass
class Story:
    """One printed item with everything the truth says of it."""
    kind: str
    title: str | None
    paras: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    byline: str | None = None
    byline_at: str | None = None          # "lead" (opens paragraph 1), "above", "below" or None
    label: str | None = None              # column label (短评, 简讯) over the item
    inline_title: bool = False            # a brief's lead phrase run into its paragraph
    cont_from: int | None = None
    cont_to: int | None = None
    jump_from: str | None = None
    jump_to: str | None = None
    credit_first: bool = False            # a photo credit printed above its caption
    cuts: list[str] = field(default_factory=list)     # must_contain: text around each cut

    def truth(self) -> dict:
        t: dict = {}
        if self.title is not None:
            t["title"] = self.title
        if self.label is None:
            t["kicker"] = self.kicker
        t["subtitle"] = self.subtitle
        t["authors"] = list(self.authors)
        t["byline"] = self.byline
        t["kind"] = self.kind
        t["continued_from"] = self.cont_from
        t["continued_to"] = self.cont_to
        body = "\n".join(self.paras)
        t["starts"] = _first(body, 10)
        t["ends"] = _last(body, 10)
        if self.cuts:
            t["must_contain"] = list(self.cuts)
        return t


@dataclass
class Piece:
    """One printed unit: `role` says how it prints, `story` which story owns it (-1: none)."""
    role: str
    text: str
    story: int = -1
    para: int = -1
    lead: int = 0           # characters before the paragraph proper (a brief's run-in lead phrase)


def _first(s: str, n: int) -> str:
    out, k = "", 0
    for ch in s.replace("\n", ""):
        out += ch
        k += not ch.isspace()
        if k == n:
            break
    return out.strip()


def _last(s: str, n: int) -> str:
    return _first(s[::-1], n)[::-1]


class _Drawer:
    """Draws a page's stories from the corpus with one random stream."""

    def __init__(self, corpus: list[dict], rng: random.Random, half: bool):
        self.corpus, self.rng, self.half = corpus, rng, half
        self.used: set[int] = set()

    def p(self, s: str | None) -> str | None:
        """The page's punctuation: full-width as printed, or ASCII for ,:;!?() throughout."""
        return s.translate(_FULL_TO_HALF) if (s is not None and self.half) else s

    def item(self) -> dict:
        free = [i for i in range(len(self.corpus)) if i not in self.used] or list(range(len(self.corpus)))
        i = self.rng.choice(free)
        self.used.add(i)
        return self.corpus[i]

    def name(self) -> str:
        r = self.rng
        if r.random() < 0.15:
            return f"{r.choice(_ETHNIC_A)}·{r.choice(_ETHNIC_B)}"
        return r.choice(_SURNAMES) + "".join(r.choice(_GIVEN) for _ in range(r.choice((1, 2, 2))))

    def paras(self, item: dict, most: int) -> list[str]:
        ps = list(item["paragraphs"])
        return ps[: self.rng.randint(1, min(most, len(ps)))]

    def head(self, title: str) -> tuple[str | None, str, str | None]:
        """(kicker, title, subtitle) from a corpus headline: a clause before '：' or '，' may
        become the kicker, the one after it the subtitle; or a kicker of the paper's own."""
        r = self.rng
        kicker = sub = None
        m = re.match(r"^(.{4,16}?)[：:](.{6,})$", title)
        c = re.match(r"^(.{6,20}?)，(.{6,})$", title)
        roll = r.random()
        # a kicker is the shorter line over the headline; a subtitle follows a headline of its own
        if m and roll < 0.45 and len(m.group(1)) <= min(14, len(m.group(2))):
            kicker, title = m.group(1), m.group(2)
        elif m and roll < 0.7 and len(m.group(1)) >= 6:
            title, sub = m.group(1), m.group(2)
        elif c and roll < 0.3:
            title, sub = c.group(1), c.group(2)
        elif c and roll < 0.5 and len(c.group(1)) <= min(14, len(c.group(2))):
            kicker, title = c.group(1), c.group(2)
        elif r.random() < 0.2:
            kicker = r.choice(_KICKERS)
        if kicker is None and sub is None and r.random() < 0.12:
            kicker = r.choice(_KICKERS)
        if "，" in title and r.random() < 0.4:
            title = title.replace("，", " ")
        if sub is not None and r.random() < 0.65:
            sub = "——" + sub
        return self.p(kicker), self.p(title), self.p(sub)

    def dateline(self, item: dict) -> str:
        try:
            d = _dt.date.fromisoformat((item.get("date") or "")[:10]) - _dt.timedelta(days=1)
        except ValueError:
            d = _dt.date(2026, 5, 1 + self.rng.randrange(28))
        return f"{self.rng.choice(_CITIES)}{d.month}月{d.day}日电"

    def byline(self, item: dict, md: bool) -> tuple[str | None, str | None, list[str]]:
        """(byline text, where it prints, authors) in one of the forms papers print."""
        r = self.rng
        a, b = self.name(), self.name()
        form = r.choices(("xun-paren", "xun-said", "own-line", "box", "agency", "wentu", "none",
                          "xun-corr"), (18, 10, 14, 10, 16, 8, 18, 6))[0]
        sp = r.choice((" ", "", " "))
        if form == "xun-paren":
            two = r.random() < 0.6
            text = f"本报讯（记者{sp}{a}{' 通讯员' + sp + b if two else ''}）"
            return self.p(text), "lead", [a, b] if two else [a]
        if form == "xun-corr":
            return self.p(f"本报讯（通讯员{sp}{a}）"), "lead", [a]
        if form == "xun-said":
            two = r.random() < 0.5
            text = f"本报讯 记者{a}{'、通讯员' + b if two else ''}报道："
            return self.p(text), "lead", [a, b] if two else [a]
        if form == "own-line":
            names = [a, b] if r.random() < 0.4 else [a]
            gap = r.choice((" ", "  ", "　"))
            return self.p("本报记者" + gap + gap.join(names)), "above", names
        if form == "box":
            return self.p(r.choice(("□", "■", "□ ")) + "记者" + r.choice((" ", "")) + a), "above", [a]
        if form == "agency":
            agency = r.choice(("新华社", "新华社", "本报", "中新社"))
            names = [a, b] if r.random() < 0.5 else [a]
            text = f"{agency}{self.dateline(item)}（记者{sp}{'、'.join(names)}）"
            return self.p(text), ("above" if md and r.random() < 0.3 else "lead"), names
        if form == "wentu":
            return self.p("文/图" + r.choice((" ", "　", "")) + a), r.choice(("above", "below")), [a]
        return None, None, []


def _lead(byline: str | None, at: str | None, paras: list[str]) -> list[str]:
    if at == "lead" and byline:
        return [byline + paras[0]] + paras[1:]
    return paras


def _clause(text: str, lo: int, hi: int) -> str | None:
    """A clause of lo–hi characters from the text, cut at punctuation (for a subtitle or lead
    phrase)."""
    for part in re.split(r"[，。；：！？]", text):
        if lo <= len(part) <= hi and not re.search(r"[“”《》（）()]", part):
            return part
    return None


def _draw_article(d: _Drawer, md: bool) -> Story:
    item = d.item()
    kicker, title, sub = d.head(item["title"])
    paras = [d.p(x) for x in d.paras(item, 5)]
    if sub is None and d.rng.random() < 0.12:
        c = _clause(paras[-1], 8, 18)
        if c:
            sub = d.p("——" + c)
    byline, at, authors = d.byline(item, md)
    s = Story("article", title, _lead(byline, at, paras), kicker, sub, authors, byline, at)
    return s


def _short_head(d: _Drawer, hi: int) -> tuple[dict, str]:
    """An item with a short headline of its own (a clause of its title, whole words only):
    photos, briefs and continued stories print short heads."""
    item = d.item()
    for _ in range(12):
        if len(item["title"]) <= hi:
            return item, item["title"]
        first = re.split(r"[，：；、 ]", item["title"])[0]
        if 5 <= len(first) <= hi and not re.search(r"[“”《》]", first):
            return item, first
        item = d.item()
    return item, item["title"]


def _draw_photo(d: _Drawer) -> Story:
    item, head = _short_head(d, 18)
    sents = [x for x in re.split(r"(?<=[。！？])", item["paragraphs"][0]) if x]
    caption = d.p("".join(sents[: d.rng.randint(1, 2)]))
    title = None
    if d.rng.random() < 0.5:
        title = d.p(head)
    who = d.name()
    credit = d.p(d.rng.choice(("{} 摄", "{} 摄", "新华社记者 {} 摄", "本报记者 {} 摄")).format(who))
    s = Story("photo", title, [caption], None, None, [who], credit, None)
    s.credit_first = d.rng.random() < 0.2
    return s


def _draw_briefs(d: _Drawer) -> list[Story]:
    label = d.rng.choice(("简讯", "简讯", "快讯"))
    inline = d.rng.random() < 0.5
    out = []
    for _ in range(d.rng.randint(2, 4)):
        item, head = _short_head(d, 16)
        head = d.p(head)
        sents = [x for x in re.split(r"(?<=[。！？])", item["paragraphs"][0]) if x]
        para = d.p("".join(sents[: d.rng.randint(1, 3)]))
        s = Story("brief", head, [para], label=label, inline_title=inline)
        out.append(s)
    return out


def _draw_commentary(d: _Drawer, md: bool) -> Story:
    item = d.item()
    _, title, _ = d.head(item["title"])
    paras = [d.p(x) for x in d.paras(item, 4)]
    r = d.rng
    label = r.choice(("短评", "时评", "短评", None))
    if r.random() < 0.5:
        s = Story("commentary", title, paras, None, None, [], "本报评论员", r.choice(("above", "below")),
                  label=label)
    else:
        who = d.name()
        unit = d.p(f"（作者单位：{r.choice(_UNITS)}）")
        s = Story("commentary", title, paras, None, None, [who], who, "signed", label=label)
        s.jump_to = unit          # printed after the body, not part of it (see _pieces)
    return s


def _draw_continuation(d: _Drawer, page_no: int) -> Story:
    item, title = _short_head(d, 14)
    title = d.p(title)
    paras = [d.p(x) for x in item["paragraphs"][d.rng.randint(1, 2):][:4]] or [d.p(item["paragraphs"][-1])]
    s = Story("continuation", title, paras, None, None, [], None, None, cont_from=1)
    s.jump_from = d.p(f"（上接第{_cn(1)}版）" if d.rng.random() < 0.7 else "（上接第1版）")
    if d.rng.random() < 0.4:
        to = page_no + d.rng.randint(1, 4)
        s.cont_to = to
        s.jump_to = d.p(f"（下转第{_cn(to)}版）")
    return s


def _heads(s: Story) -> list[Piece]:
    out = []
    if s.kicker:
        out.append(Piece("kicker", s.kicker))
    if s.title is not None:
        out.append(Piece("title", s.title))
    if s.subtitle:
        out.append(Piece("subtitle", s.subtitle))
    return out


def _body(s: Story, k: int) -> list[Piece]:
    role = "caption" if s.kind == "photo" else "body"
    return [Piece(role, p, k, i) for i, p in enumerate(s.paras)]


def _pieces(stories: list[Story], heads_at: str, rng: random.Random) -> list[Piece]:
    """The page's stories as printed units in reading order. heads_at: "above" (each head over
    its story), "below" (after it), "foot"/"top" (all article heads grouped there)."""
    out: list[Piece] = []
    grouped: list[Piece] = []
    label_open = None
    bullet = sep = ""
    for k, s in enumerate(stories):
        own: list[Piece] = []
        if s.label and s.label != label_open:
            own.append(Piece("label", s.label))
        label_open = s.label
        if s.jump_from:
            own.append(Piece("jump", s.jump_from))
        heads = _heads(s)
        for h in heads:
            h.story = k
        if s.kind == "brief":
            if s.inline_title:
                if k == 0 or stories[k - 1].kind != "brief":
                    bullet, sep = rng.choice(("■", "●", "", "▲")), rng.choice(("　", " ", "  "))
                prefix = bullet + s.title + sep
                own.append(Piece("body", prefix + s.paras[0], k, 0, len(prefix)))
            else:
                own += heads + _body(s, k)
            out += own
            continue
        if s.kind == "photo":
            credit = Piece("credit", s.byline or "", k)
            own += heads
            own += ([credit] + _body(s, k)) if s.credit_first else (_body(s, k) + [credit])
            out += own
            continue
        above = [Piece("byline", s.byline, k)] if s.byline_at in ("above", "signed") else []
        below = [Piece("byline", s.byline, k)] if s.byline_at == "below" else []
        tail = [Piece("jump", s.jump_to, k)] if s.jump_to else []
        body = above + _body(s, k) + below + tail
        where = heads_at if s.kind in ("article", "continuation") else "above"
        if s.kind == "commentary":
            where = "above"
        if where in ("foot", "top"):
            grouped += heads
            own += body
        elif where == "below":
            own += body + heads
        else:
            own += heads + body
        out += own
    if grouped:
        marker = Piece("group", "")
        out = ([marker] + grouped + [marker] + out) if heads_at == "top" else (out + [marker] + grouped)
    return out


def _furniture(rng: random.Random, page_no: int, date: _dt.date, half: bool) -> tuple[list[str], list[str]]:
    """Running header and foot lines: paper, 第N版, 版名, date with 星期, 责任编辑."""
    paper, section = rng.choice(_PAPERS), rng.choice(_SECTIONS)
    day = f"{date.year}年{date.month}月{date.day}日 星期{_WEEKDAYS[date.weekday()]}"
    ban = rng.choice((f"第{page_no}版", f"第{_cn(page_no)}版", f"{page_no:02d}"))
    editor = f"责任编辑：{rng.choice(_SURNAMES)}{rng.choice(_GIVEN)}{rng.choice(_GIVEN)}"
    if half:
        editor = editor.translate(_FULL_TO_HALF)
    parts = [paper, ban, section, day]
    rng.shuffle(parts)
    style = rng.random()
    if style < 0.35:
        top = ["  ".join(parts)]
    elif style < 0.7:
        top = parts[: rng.randint(2, 4)]
    else:
        top = []
    foot = [editor] if rng.random() < 0.6 else []
    if not top:
        foot = ["  ".join(parts[:2])] + foot
    if rng.random() < 0.3 and foot:
        top, foot = top + foot, []
    return top, foot


# ---------------------------------------------------------------- the column (pdftotext) shape

def _w(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


_NO_START = set("，。、；：？！）》”’…—,.;:?!)]%")
_NO_END = set("（《“‘([")


def _wrap(text: str, width: int, first: float) -> list[tuple[int, str]]:
    """Greedy column wrap at `width` em (`first` em on the first line): ASCII runs are not cut,
    closing marks never open a line, opening marks never end one. Returns (offset, line)."""
    tokens = re.findall(r"[A-Za-z0-9.%]{1,12}|.", text)
    lines: list[tuple[int, str]] = []
    cur, cw, start, pos = "", 0.0, 0, 0
    cap = first
    for tok in tokens:
        tw = sum(_w(c) for c in tok)
        if cur and cw + tw > cap and not (tok[0] in _NO_START and cw + tw <= cap + 2):
            carry = ""
            while cur and cur[-1] in _NO_END and len(cur) > 1:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append((start, cur))
            start += len(cur)
            cur, cw, cap = carry, sum(_w(c) for c in carry), width
        cur += tok
        cw += tw
        pos += len(tok)
    if cur:
        lines.append((start, cur))
    return lines


def _wrap_head(text: str, cap: int, rng: random.Random) -> list[str]:
    """A headline over as many lines as its box needs: at a sense break (space or punctuation
    near the middle) when there is one, else where the box ends."""
    if len(text) <= cap:
        return [text]
    marks = [i + 1 for i, ch in enumerate(text) if ch in " 　" + _CLAUSE_END and 3 <= i < len(text) - 3]
    if marks and rng.random() < 0.7:
        mid = min(marks, key=lambda i: abs(i - len(text) / 2))
        if mid <= cap + 2:
            return [text[:mid].rstrip()] + _wrap_head(text[mid:].lstrip(), cap, rng)
    cut = cap
    while cut < len(text) - 1 and text[cut] in _NO_START:
        cut += 1
    return [text[:cut]] + _wrap_head(text[cut:], cap, rng)


def _print_col(pieces: list[Piece], stories: list[Story], top: list[str], foot: list[str],
               cls: str, rng: random.Random) -> str:
    width = rng.randint(11, 20)
    indent = rng.choice(("short", "short", "ideo", "none"))
    if cls == "alt-col-tight" and indent == "none":
        indent = "short"
    blank = {"alt-col-tight": 0, "alt-col-airy": 2}.get(cls, 1)
    para_gap = cls == "alt-col-airy" or indent == "none" or rng.random() < 0.25
    # a head box's lines apart (pdftotext prints each type size as a block), except in a group of
    # heads, where only the boxes stand apart: there the blank lines tell whose head is whose
    head_gap = rng.random() < 0.5 and cls not in ("alt-col-foot", "alt-col-top")
    # (text, piece index, offset of the line in the piece's text, a column may end after it)
    rows: list[tuple] = []

    def gap(n: int = 1) -> None:
        if blank and rows and rows[-1][0] != "":
            rows.extend([("", -1, 0, True)] * (blank * n))

    for line in top:
        rows.append((line, -1, 0, False))
        gap()
    head_cap = {}
    prev = None
    for idx, pc in enumerate(pieces):
        role = pc.role
        if role == "group":
            gap()
            prev = None
            continue
        if role in ("body", "caption"):
            same = prev is not None and prev.role == role and prev.story == pc.story
            if not same or para_gap:
                gap()
            lead = indent != "none" and role == "body"
            text = ("　　" + pc.text) if indent == "ideo" and lead else pc.text
            first = width - 2 if indent == "short" and lead else width
            shift = len(text) - len(pc.text)
            for off, line in _wrap(text, width, first):
                rows.append((line, idx, off - shift, True))
        elif role in ("kicker", "title", "subtitle"):
            inside = (prev is not None and prev.role in ("kicker", "title", "subtitle")
                      and prev.story == pc.story and not head_gap)
            if not inside:
                gap()
            cap = head_cap.setdefault(pc.story, rng.choice((width, width, int(width * 1.5), 2 * width, 3 * width)))
            if role == "title" and rng.random() < 0.15 and len(pc.text) <= 8:
                lines = [" ".join(pc.text)]            # letter-spaced
            else:
                lines = _wrap_head(pc.text, cap if role == "title" else 2 * width, rng)
            rows += [(x, -1, 0, False) for x in lines]
        else:
            gap()
            for _, line in _wrap(pc.text, width, width) if len(pc.text) > width + 2 else [(0, pc.text)]:
                rows.append((line, -1, 0, False))
        prev = pc
    gap()
    for line in foot:
        rows.append((line, -1, 0, False))
        gap()
    while rows and rows[-1][0] == "":
        rows.pop()
    rows = _column_breaks(rows, pieces, stories, blank, rng)
    return "\n".join(r[0] for r in rows) + "\n"


def _column_breaks(rows: list[tuple], pieces: list[Piece], stories: list[Story], blank: int,
                   rng: random.Random) -> list[tuple]:
    """A blank line where one column ends and the next begins — after any line of running text,
    mid-sentence too; a break inside a paragraph adds the text around it to must_contain."""
    height = rng.randint(18, 45)
    out, since = [], 0
    for i, r in enumerate(rows):
        out.append(r)
        since += 1
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if since < height + rng.randint(-3, 3) or nxt is None or not r[3] or r[0] == "" or nxt[0] == "":
            continue
        since = 0
        if not blank:
            continue
        out.extend([("", -1, 0, True)] * blank)
        if r[1] >= 0 and r[1] == nxt[1]:
            _add_cut(pieces[r[1]], nxt[2], stories)
    return out


def _add_cut(pc: Piece, at: int, stories: list[Story]) -> None:
    """must_contain for a break at `at` in a piece's paragraph: 8 characters either side."""
    if pc.story < 0 or at - 8 < pc.lead:
        return
    s = stories[pc.story]
    cut = pc.text[at - 8: at + 8]
    if len(flat(cut)) >= 6 and flat(cut) not in [flat(c) for c in s.cuts]:
        s.cuts.append(cut)


# ---------------------------------------------------------------- the Markdown (pymupdf4llm) shape

def _print_md(pieces: list[Piece], stories: list[Story], top: list[str], foot: list[str],
              cls: str, rng: random.Random) -> str:
    blank = {"alt-md-tight": 0, "alt-md-loose": 2}.get(cls, 1)
    hashes = cls != "alt-md-bare"
    blocks: list[str] = [("## " + x if hashes and x in _BANNERS else x) for x in top]
    breaks = rng.randint(0, 2)
    bodies = [i for i, pc in enumerate(pieces) if pc.role == "body" and len(pc.text) > 60]
    cut_at = set(rng.sample(bodies, min(breaks, len(bodies))))
    for i, pc in enumerate(pieces):
        if pc.role == "group":
            continue
        if pc.role == "title":
            mark = ("## " if rng.random() < 0.85 else "# ") if hashes else ""
            text = pc.text
            if len(text) > 18 and rng.random() < 0.3:
                parts = _wrap_head(text, max(10, len(text) // 2 + 1), rng)
                if rng.random() < 0.5:
                    blocks += [mark + x for x in parts]
                    continue
                text = " ".join(parts)
            blocks.append(mark + text)
        elif pc.role in ("kicker", "subtitle") and len(pc.text) > 10 and rng.random() < 0.25:
            mid = len(pc.text) // 2
            sp = pc.text.find(" ")
            mid = sp if 2 < sp < len(pc.text) - 2 else mid
            blocks.append(pc.text[:mid].rstrip() + "  \n" + pc.text[mid:].lstrip())
        elif i in cut_at:
            at = _md_cut(pc.text, rng)
            _add_cut(pc, at, stories)
            blocks += [pc.text[:at], pc.text[at:]]
        else:
            blocks.append(pc.text)
    blocks += foot
    sep = "\n" + "\n" * blank
    return "\n" * rng.choice((0, 1, 2)) + sep.join(blocks) + "\n"


def _md_cut(text: str, rng: random.Random) -> int:
    """Where a page break cuts a paragraph: mid-sentence, never after a sentence end."""
    for _ in range(20):
        at = rng.randint(20, len(text) - 20)
        if text[at - 1] not in "。！？!?”" and text[at] not in "，。、；：？！）”,.;:?!)":
            return at
    return len(text) // 2


# ---------------------------------------------------------------- the page

@dataclass
class AltPage:
    """A generated page with what it was made of: `top + pieces + foot` is everything printed,
    in reading order (tests check no character is lost or added)."""
    text: str
    truth: dict
    stories: list[Story]
    pieces: list[Piece]
    top: list[str]
    foot: list[str]


def make_alt_page_parts(corpus: list[dict], seed_str: str) -> AltPage:
    """The page, its truth, its stories and the printed pieces (for tests and study)."""
    rng = random.Random(f"altgen:{seed_str}")
    cls = rng.choice(CLASSES)
    md = cls in MD_CLASSES
    half = rng.random() < 0.3
    d = _Drawer(corpus, rng, half)
    page_no = rng.randint(2, 12)
    stories: list[Story] = []
    features: list[str] = ["half-width"] if half else []
    if rng.random() < 0.2:
        stories.append(_draw_continuation(d, page_no))
        features.append("continued-from")
    for _ in range(rng.randint(2, 5)):
        stories.append(_draw_article(d, md))
    if rng.random() < 0.2:
        s = rng.choice([x for x in stories if x.kind == "article"])
        to = page_no + rng.randint(1, 4)
        s.paras = s.paras[: max(1, len(s.paras) - 1)]
        s.cont_to, s.jump_to = to, d.p(f"（下转第{_cn(to)}版）")
        if s.byline_at == "below":
            s.byline_at, s.byline, s.authors = None, None, []
        features.append("continued-to")
    extras = []
    if rng.random() < 0.4:
        extras.append([_draw_photo(d)])
        features.append("photo")
    if rng.random() < 0.25:
        extras.append(_draw_briefs(d))
        features.append("briefs")
    if rng.random() < 0.25:
        extras.append([_draw_commentary(d, md)])
        features.append("commentary")
    for group in extras:
        at = rng.randint(1 if stories and stories[0].kind == "continuation" else 0, len(stories))
        stories[at:at] = group
    heads_at = {"alt-col-below": "below", "alt-col-foot": "foot", "alt-col-top": "top"}.get(cls, "above")
    if cls == "alt-col-tight":
        heads_at = rng.choice(("above", "below"))
    pieces = _pieces(stories, heads_at, rng)
    date = _dt.date(2026, 1, 1) + _dt.timedelta(days=rng.randint(0, 364))
    top, foot = _furniture(rng, page_no, date, half)
    for s in stories:
        if s.kind == "article" and s.byline_at:
            features.append(f"byline-{s.byline_at}")
        if s.kicker:
            features.append("kicker")
        if s.subtitle:
            features.append("subtitle")
    banners = [rng.choice(_BANNERS)] if md and rng.random() < 0.15 else []
    top += banners
    text = (_print_md if md else _print_col)(pieces, stories, top, foot, cls, rng)
    truth = {"layout": cls, "generator": "alt", "features": sorted(set(features)),
             "articles": [s.truth() for s in stories]}
    if banners:
        truth["banners"] = banners
    return AltPage(text, truth, stories, pieces, top, foot)


def make_alt_page(corpus: list[dict], seed_str: str) -> tuple[str, dict]:
    """Page text and truth for one seed string (`"S:i"`): the same string, the same page."""
    page = make_alt_page_parts(corpus, seed_str)
    return page.text, page.truth
