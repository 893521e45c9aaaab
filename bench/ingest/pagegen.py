"""Random newspaper pages over real news text, with their truth: `make_page(corpus, seed)`.

A page lays 3–8 corpus items out as the raw text a PDF extractor gives, in one of the two shapes
of the seed pages: the Markdown-ish shape (`##` headlines, one line per paragraph) or hard-wrapped
column lines (11–20 em) whose headlines stand before their stories, after them, or grouped at the
top or foot of the page. On top come the variations layout and extraction produce: blank lines
between paragraphs or none or doubled, column breaks anywhere (mid-sentence too), headlines
wrapped over 2–3 lines, kickers and subtitles (with or without '——'), every byline form, photo
captions with 'X 摄', 简讯 boxes, commentaries, 上接/下转 continuations, running headers and page
furniture, first-line indents or none, full-width or ASCII punctuation.

The truth has the shape of ../shared/eval/*.yaml (title, kicker, subtitle, authors, byline, kind,
starts/ends/must_contain for the body, continued_from/to) plus the page's layout class. Kicker,
subtitle, authors and continued_from/to are always given (null or [] when the story has none),
so a splitter that invents one is wrong. Everything is a pure function of (corpus, seed).
"""
from __future__ import annotations

import datetime
import random
import re
from dataclasses import dataclass, field

MD_CLASSES = ("md-plain", "md-noblank", "md-doubled", "md-nohash")
COL_CLASSES = ("col-head-before", "col-head-after", "col-heads-foot", "col-heads-top",
               "col-noblank", "col-doubled")
CLASSES = MD_CLASSES + COL_CLASSES

# Name parts for invented bylines (no real person is meant).
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
            "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵严武戴孔汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建文斌宇浩凯晨琳雪梅鑫婷欣悦"
         "航帆瑞琪博瑶璐薇蕾馨怡嘉佳思源志国海峰波亮飞新春晓燕荣")
FIRST = ("阿依古丽", "热依拉", "迪丽努尔", "帕提古丽", "米热古丽", "阿迪力", "买买提江", "艾力", "吐尔逊",
         "阿力木", "努尔兰", "叶尔兰", "加娜尔", "别克", "哈力旦", "再努尔", "如克亚", "阿依努尔", "古扎丽")
LAST = ("阿布都热西提", "买买提", "吐尔洪", "阿合买提", "哈依拉提", "艾山", "热合曼", "吾斯曼", "托合提",
        "马汗", "沙比提", "卡德尔", "赛力克", "阿不力孜")
CITIES = ("北京", "乌鲁木齐", "上海", "广州", "伊宁", "喀什", "成都", "西安", "兰州", "阿勒泰")
PAPERS = ("边城日报", "天山晨报", "北庭日报", "河谷日报", "绿洲报")
SECTIONS = ("要闻", "综合", "时政", "经济", "社会", "民生", "文化", "县域")
UNITS = ("新疆大学", "自治区社会科学院", "昌吉学院", "伊犁师范大学", "地区党校")
BRIEF_LABELS = ("简讯", "本地简讯", "短讯", "快讯", "新闻速览")
COMMENT_LABELS = ("短评", "时评", "天山时评", "北庭时评", "快评")
CHINESE_NUM = "〇一二三四五六七八九十"
WEEKDAYS = "一二三四五六日"

ASCII_PUNCT = str.maketrans({"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"})
CLOSING = set("，。、；：！？）”’》」』,.;:!?)")
# a clause cut out of a longer phrase ('的工作会议', '方式发布在') is no kicker an editor would write
_NO_START = set("的地得了着过和与及并而或之其所也就都")
_NO_END = set("的地得和与及并而或在对把被将从向以为")
_CLAUSE = re.compile(r"[，。；！？：、“”（）《》,;:!?()\s]")


# Each printed line's role, recorded beside the page (`make_labeled`) for the line-role model.
ROLES = ("furniture", "kicker", "title", "subtitle", "byline", "body-first", "body", "caption",
         "continuation")


class Line(str):
    """A page line that knows its role: equal to its text, so tagging never changes a page."""
    role: str


def tag(role: str, text: str) -> Line:
    line = Line(text)
    line.role = role
    return line


def width(text: str) -> float:
    """Width in em: ASCII half an em, everything else one."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def flat(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


@dataclass
class Story:
    kind: str                          # article photo brief commentary continuation
    title: str | None                  # None: a photo printed without a headline
    paragraphs: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    dash: bool = False                 # subtitle printed with a leading '——'
    title_lines: list[str] = field(default_factory=list)
    kicker_lines: list[str] = field(default_factory=list)     # a kicker set over two lines (training pages)
    subtitle_lines: list[str] = field(default_factory=list)   # a subtitle set over two lines (training pages)
    list_lines: list[str] = field(default_factory=list)       # names printed a few to a line after the lead (training pages)
    label: str | None = None           # 简讯 / 短评 label printed over the item
    byline: str | None = None          # as printed
    byline_at: str | None = None       # lead (opens the first paragraph) | line (above) | end (below)
    byline_break: bool = False         # an inline byline set on a line of its own (extraction)
    authors: list[str] = field(default_factory=list)
    credit: str | None = None          # photo credit line 'X 摄' or '（作者单位：…）' under the body
    credit_inline: bool = False        # the photo credit closes the caption's last line
    bullet: str = ""
    continued_from: int | None = None
    continued_to: int | None = None
    spaced_title: bool = False         # a running head printed letter-spaced ('政 府 工 作')
    cuts: list[str] = field(default_factory=list)   # sentences a column break went through

    def lead(self) -> str:
        """The first paragraph as printed (with an inline byline)."""
        first = self.paragraphs[0]
        return (self.byline or "") + first if self.byline_at == "lead" else first


class Maker:
    """One page's random choices; every draw goes through self.r, seeded per page."""

    def __init__(self, corpus: list[dict], seed, short: float = 0.0):
        self.r = random.Random(f"bench-ingest:{seed}")
        # the short-story draws have a stream of their own: with `short` 0 the pages are the
        # ones every fixed-seed test and earlier figure was made on
        self.short = short
        self.rs = random.Random(f"bench-ingest-short:{seed}")
        self.corpus = corpus
        self.layout = self.r.choice(CLASSES)
        self.md = self.layout.startswith("md-")
        self.ascii = self.r.random() < 0.3
        self.page = self.r.randint(2, 8)
        self.features: list[str] = []

    # ── names and phrases ──────────────────────────────────────────────────────────────
    def name(self) -> str:
        r = self.r
        if r.random() < 0.2:
            return f"{r.choice(FIRST)}·{r.choice(LAST)}"
        return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))

    def phrase(self, paras: list[str], lo: int, hi: int) -> str | None:
        """A clause of the story (lo–hi characters, Chinese only), as kickers and subtitles are."""
        clauses = [c for p in paras for c in _CLAUSE.split(p)
                   if lo <= len(c) <= hi and all("\u4e00" <= ch <= "\u9fff" for ch in c)
                   and c[0] not in _NO_START and c[-1] not in _NO_END]
        return self.r.choice(clauses) if clauses else None

    @staticmethod
    def short_title(title: str) -> str | None:
        """A brief's headline: the item's title when short, or its first clause of 6–16
        characters; None when it has neither."""
        if len(title) <= 18:
            return title
        for m in re.finditer(r"[，：；、“”\s]", title):
            if 6 <= m.start() <= 16:
                return title[:m.start()]
        return None

    def sentences_upto(self, para: str, limit: int) -> str:
        """The paragraph's leading whole sentences within `limit` characters (at least one)."""
        out = ""
        for s in re.findall(r"[^。！？]*[。！？][”’」]?|[^。！？]+$", para):
            if out and len(out) + len(s) > limit:
                break
            out += s
        return out

    # ── stories ────────────────────────────────────────────────────────────────────────
    def told(self, item: dict, most: int | None = None) -> tuple[str, list[str]]:
        """The headline and paragraphs a story prints. A daily runs many one- to
        three-paragraph stories under short headlines, where the corpus's items are long (VOA
        copy, headlines of 27 characters on median): with `short`, that share of stories keeps
        its first 1–3 paragraphs, and that share of headlines its first clause, so the page
        rules can be judged on stories that give them little text to read."""
        paras = list(item["paragraphs"][:most])
        title = item["title"]
        if not self.short:
            return title, paras
        rs = self.rs
        if rs.random() < self.short:
            paras = paras[:rs.randint(1, 3)]
        first = re.split(r"[，：；,:;]", title)[0]
        if (rs.random() < self.short and 6 <= len(first) < len(title)
                and first.count("“") == first.count("”") and first.count("《") == first.count("》")
                and first.count("(") + first.count("（") == first.count(")") + first.count("）")):
            title = first
        return title, paras

    def article(self, item: dict, kind: str = "article") -> Story:
        r = self.r
        st = Story(kind, *self.told(item))
        if r.random() < 0.3:
            if r.random() < 0.4:
                a, b = self.phrase(st.paragraphs, 4, 6), self.phrase(st.paragraphs, 4, 6)
                st.kicker = f"{a} {b}" if a and b and a != b else a
            else:
                st.kicker = self.phrase(st.paragraphs, 6, 14)
        if r.random() < 0.25:
            st.subtitle = self.phrase(st.paragraphs, 8, 18)
            st.dash = r.random() < 0.6
        self.sign(st)
        return st

    def sign(self, st: Story) -> None:
        r = self.r
        x, y = self.name(), self.name()
        two = r.random() < 0.4
        form = r.choice(("baoxun", "baoxun_report", "own_line", "box", "agency", "wentu", "none"))
        if form == "baoxun":
            st.byline = f"本报讯（记者 {x}{f' 通讯员 {y}' if two else ''}）"
            st.byline_at = "lead"
        elif form == "baoxun_report":
            st.byline = f"本报讯 记者{x}{f'、通讯员{y}' if two else ''}报道："
            st.byline_at = "lead"
        elif form == "own_line":
            st.byline = f"本报记者 {x}{f' 通讯员 {y}' if two else ''}"
            st.byline_at = "line"
        elif form == "box":
            st.byline = f"{r.choice('□■')}{r.choice(('记者 ', '本报记者 ', '记者'))}{x}{f' 通讯员 {y}' if two else ''}"
            st.byline_at = "line"
        elif form == "agency":
            d = self.date
            st.byline = f"新华社{r.choice(CITIES)}{d.month}月{d.day}日电（记者{r.choice(('', ' '))}{x}{f'、{y}' if two else ''}）"
            st.byline_at = "lead"
            st.byline_break = r.random() < 0.4
        elif form == "wentu":
            st.byline = f"{r.choice(('文/图 ', '文/图　', '文／图 ', '文 / 图 '))}{x}"
            st.byline_at = r.choice(("line", "end"))
            two = False
        else:
            return
        st.authors = [x, y] if two else [x]

    def photo(self, item: dict) -> Story:
        r = self.r
        caption = [self.sentences_upto(item["paragraphs"][0], 160)]
        if len(item["paragraphs"]) > 1 and r.random() < 0.5:
            caption.append(self.sentences_upto(item["paragraphs"][1], 160))
        headed = r.random() < 0.7
        st = Story("photo", item["title"] if headed else None, caption)
        x = self.name()
        st.authors = [x]
        st.credit = r.choice((f"{x} 摄", f"本报记者 {x} 摄", f"{x}　摄"))
        st.credit_inline = r.random() < 0.3
        if st.credit_inline:
            st.credit = f"（{st.credit}）"
        self.features.append("photo")
        return st

    def briefs(self, items: list[dict]) -> list[Story]:
        r = self.r
        label = r.choice(BRIEF_LABELS)
        label = r.choice((label, f"■{label}", f"· {label} ·", f"【{label}】"))
        bullet = r.choice(("", "", "■", "●", "◆"))
        out = []
        for n, item in enumerate(items):
            body = self.sentences_upto(item["paragraphs"][0], 260)
            if r.random() < 0.3:
                body = "本报讯 " + body
            st = Story("brief", self.short_title(item["title"]), [body], bullet=bullet)
            st.label = label if n == 0 else None
            out.append(st)
        self.features.append("briefs")
        return out

    def commentary(self, item: dict) -> Story:
        r = self.r
        st = Story("commentary", *self.told(item, 5))
        st.label = r.choice(COMMENT_LABELS) if r.random() < 0.7 else None
        form = r.choice(("staff", "staff_box", "unit", "none"))
        if form == "staff":
            st.byline, st.byline_at = "本报评论员", r.choice(("line", "end"))
        elif form == "staff_box":
            st.byline, st.byline_at = "□本报评论员", "line"
        elif form == "unit":
            x = self.name()
            st.byline, st.byline_at, st.authors = x, "line", [x]
            st.credit = f"（作者单位：{r.choice(UNITS)}）"
        self.features.append("commentary")
        return st

    def continuation(self, item: dict) -> Story:
        paras = item["paragraphs"][1:] or item["paragraphs"]
        st = Story("continuation", item["title"], list(paras))
        st.continued_from = self.r.choice((1, 1, max(1, self.page - 1)))
        st.spaced_title = self.r.random() < 0.3 and len(st.title) <= 12
        self.features.append("continued-from")
        return st

    def page_num(self, n: int) -> str:
        if self.r.random() < 0.5 and n <= 10:
            return f"第{CHINESE_NUM[n]}版"
        return f"第{n}版"

    # ── the page ───────────────────────────────────────────────────────────────────────
    def stories(self) -> list[Story]:
        r = self.r
        n = r.randint(3, 8)
        pool = r.sample(range(len(self.corpus)), min(len(self.corpus), n + 3))
        items = [self.corpus[i] for i in pool]
        out: list[Story] = []
        if r.random() < 0.25:
            out.append(self.continuation(items.pop()))
        short = [i for i in items if self.short_title(i["title"])]
        if n - len(out) >= 4 and len(short) >= 2 and r.random() < 0.3:
            k = r.randint(2, min(4, n - len(out) - 1, len(short)))
            briefs = self.briefs(short[:k])
            items = [i for i in items if i not in short[:k]]
        else:
            briefs = []
        while len(out) + len(briefs) < n:
            item = items.pop()
            roll = r.random()
            if roll < 0.15 and self.features.count("photo") < 2:
                out.append(self.photo(item))
            elif roll < 0.27:
                out.append(self.commentary(item))
            else:
                out.append(self.article(item))
        if briefs:
            at = r.randint(0, len(out))
            out[at:at] = briefs
        last = out[-1]
        if last.kind == "article" and r.random() < 0.3:
            last.continued_to = r.randint(self.page + 1, self.page + 4)
            self.features.append("continued-to")
        return out

    def make(self) -> tuple[str, dict]:
        text, truth, _ = self.make_labeled()
        return text, truth

    def make_labeled(self) -> tuple[str, dict, list[str]]:
        """(page text, truth, the role of each of the page's non-blank lines in order)."""
        r = self.r
        self.date = datetime.date(2019, 1, 1) + datetime.timedelta(days=r.randint(0, 2500))
        stories = self.stories()
        for st in stories:
            self.prepare(st)
        if self.ascii:
            self.features.append("ascii-punct")
        render = MarkdownRender(self) if self.md else ColumnRender(self)
        text = render.page(stories)
        truth = {"layout": self.layout, "page": self.page, "features": sorted(set(self.features)),
                 "articles": [truth_of(st) for st in stories]}
        printed = [x for x in text.split("\n") if x]
        if printed != [str(x) for x in render.lines]:
            raise AssertionError("line roles out of step with the page text")
        return text, truth, [getattr(x, "role", "body") for x in render.lines]

    def unbroken_column_page(self) -> tuple[str, list[bool]] | None:
        """A column page printed without any blank line, and for each of its lines whether a
        block (head stack, byline, body run, caption, furniture) starts there: the training shape
        for `generator/ingest/split/classify/breakmodel.py`. Paragraphs run on, as a page without blank
        lines prints them; a story's kicker, headline and subtitle are one block, as an extractor
        prints one headline box and as the head-stack rules read it. None for a Markdown page."""
        if self.md:
            return None
        self.date = datetime.date(2019, 1, 1) + datetime.timedelta(days=self.r.randint(0, 2500))
        stories = self.stories()
        render = ColumnRender(self)
        render.para_blank, render.break_rate, render.one_box = 0.0, 0.0, True
        for st in stories:
            self.prepare(st)
            if st.title and st.kind != "brief":
                self.box_forms(st, render.col)
            self.body_forms(st)
        lines, starts = [], []
        for block in render.blocks(stories):
            block = [x for x in block if x]
            lines += block
            starts += [True] + [False] * (len(block) - 1)
        return "\n".join(lines) + "\n", starts

    def box_forms(self, st: Story, col: int) -> None:
        """The shapes a headline box takes in extracted column text, beyond those of `article`:
        a pull quote or a two-line kicker over the headline, a headline set in larger type and
        so wrapped short of the body column (often mid-word), a subtitle over two lines."""
        r = self.r
        roll = r.random()
        if roll < 0.12:
            # a pull quote over the headline: a clause of the story, quoted, wrapped in a box of
            # its own width (often wider than the column)
            said = self.phrase(st.paragraphs, 6, 40)
            if said:
                quote, box = f"“{said}{r.choice('。！')}”", r.randint(10, 18)
                st.kicker, st.kicker_lines = quote, [quote[i:i + box] for i in range(0, len(quote), box)]
        elif roll < 0.24:
            # a kicker of two phrases, one a line: of the story, or a slogan of the page's theme
            src = st.paragraphs if r.random() < 0.5 else r.choice(self.corpus)["paragraphs"]
            a, b = self.phrase(src, 4, 12), self.phrase(src, 4, 8)
            if a and b and a != b:
                st.kicker, st.kicker_lines = f"{a} {b}", [a, b]
        elif st.kicker and " " in st.kicker and r.random() < 0.6:
            st.kicker_lines = st.kicker.split(" ", 1)
        lo, hi = max(5, (len(st.title) + 2) // 3), min(col, len(st.title) - 2)
        if lo <= hi and r.random() < 0.35:
            # a headline box narrower than the title in headline type: cut where the line is full
            n = r.randint(lo, hi)
            st.title_lines = [st.title[i:i + n] for i in range(0, len(st.title), n)]
        if st.subtitle and len(st.subtitle) >= 10 and r.random() < 0.2:
            k = r.randint(5, len(st.subtitle) - 4)
            st.subtitle_lines = [st.subtitle[:k], st.subtitle[k:]]

    def body_forms(self, st: Story) -> None:
        """Body shapes that look like head lines: a caption opened by '▲' or '图为', a list of
        names printed a few to a line after a paragraph ending in '：'."""
        r = self.r
        if st.kind == "photo" and r.random() < 0.3:
            st.paragraphs[0] = r.choice(("▲", "▲", "△", "图为")) + st.paragraphs[0]
        elif st.kind == "article" and len(st.paragraphs) > 1 and r.random() < 0.05:
            names = [self.name() for _ in range(r.randint(4, 12))]
            per = r.choice((2, 3, 4))
            st.paragraphs[0] = st.paragraphs[0].rstrip("。") + r.choice(("，名单如下：", "：", "，他们是："))
            st.list_lines = ["  ".join(names[i:i + per]) for i in range(0, len(names), per)]

    def prepare(self, st: Story) -> None:
        """Punctuation and headline line breaks, decided once so page and truth agree."""
        if self.ascii:
            tr = lambda s: s.translate(ASCII_PUNCT) if s else s
            st.paragraphs = [tr(p) for p in st.paragraphs]
            st.title, st.kicker, st.subtitle = tr(st.title), tr(st.kicker), tr(st.subtitle)
            st.byline, st.credit = tr(st.byline), tr(st.credit)
        if st.title:      # a brief's short head is never wrapped
            st.title_lines = [st.title] if st.kind == "brief" else self.wrap_title(st.title)

    def wrap_title(self, title: str) -> list[str]:
        """One line, or 2–3 lines: mostly cut where the sense breaks (after a mark or a space),
        as an editor sets a headline; sometimes where a narrow head box forces it."""
        r = self.r
        if len(title) < 12 or r.random() < 0.55:
            return [title]
        parts = 3 if len(title) >= 24 and r.random() < 0.5 else 2
        breaks = [m.end() for m in re.finditer(r"[，：；、,:;\s]", title) if 4 <= m.end() <= len(title) - 4]
        natural = bool(breaks) and r.random() < 0.75
        cuts = []
        for k in range(1, parts):
            target = len(title) * k // parts
            cuts.append(min(breaks, key=lambda b: abs(b - target)) if natural else target)
        cuts = sorted(set(c for c in cuts if 0 < c < len(title)))
        pieces = [title[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(title)])]
        return [p for p in pieces if p]


def truth_of(st: Story) -> dict:
    """What a right split of this story is, in the scorer's terms."""
    t: dict = {}
    if st.title:
        t["title"] = st.title
    if not st.label:      # a column label over the head ('短评', '简讯') may be read as a kicker
        t["kicker"] = st.kicker
    t["subtitle"] = st.subtitle
    t["authors"] = list(st.authors)
    t["byline"] = st.byline or st.credit
    t["kind"] = st.kind
    t["continued_from"] = st.continued_from
    t["continued_to"] = st.continued_to
    t["starts"] = flat(st.lead())[:10]
    t["ends"] = flat(st.paragraphs[-1])[-10:]
    if st.cuts:
        t["must_contain"] = st.cuts[:3]
    return t


# ── renderers ─────────────────────────────────────────────────────────────────────────────
class _Render:
    def __init__(self, m: Maker):
        self.m, self.r = m, m.r

    def furniture(self) -> list[str]:
        m, r = self.m, self.r
        d = m.date
        day = f"{d.year}年{d.month}月{d.day}日"
        week = f"星期{WEEKDAYS[d.weekday()]}"
        editor = f"责任编辑：{m.name()}"
        section = r.choice(SECTIONS)
        num = m.page_num(m.page)
        forms = (
            [f"{day}　{week}", num, section],
            [f"{day} {week}  {num}  {section}", editor],
            [r.choice(PAPERS), f"{num} {section}", f"{day}　{week}"],
            [f"{num}　{section}　　{editor}", f"{day} {week}"],
            [editor, f"美术编辑：{m.name()}"],
        )
        m.features.append("furniture")
        return [tag("furniture", x) for x in r.choice(forms)]

    @staticmethod
    def body_role(st: Story, first: bool) -> str:
        """A body line's role: a photo's text is its caption; a story's first line opens it."""
        return "caption" if st.kind == "photo" else "body-first" if first else "body"


class MarkdownRender(_Render):
    """The shape of a Markdown-ish extraction: '##' heads, one line per paragraph."""

    def page(self, stories: list[Story]) -> str:
        m, r = self.m, self.r
        hashes = m.layout != "md-nohash"
        gap = {"md-noblank": 0, "md-doubled": 2}.get(m.layout, 1)
        out: list[str] = []

        def block(lines: list[str], least: int = 0) -> None:
            if out:
                out.extend([""] * max(gap, least))
            out.extend(lines)

        if r.random() < 0.6:
            block(self.furniture())
        for st in stories:
            if st.label:
                block([tag("furniture", f"## {st.label}" if hashes and r.random() < 0.5 else st.label)])
            if st.continued_from:
                block([tag("continuation", f"（上接{m.page_num(st.continued_from)}）")])
            if st.kicker:
                block([tag("kicker", st.kicker)])
            if st.title:
                lines = [st.bullet + st.title_lines[0]] + st.title_lines[1:]
                if len(lines) > 1 and r.random() < 0.5:
                    lines = [" ".join(lines)]       # the lines of one text block, joined
                # every line of a headline is set in the headline's type: each is a heading
                block([tag("title", f"## {l}" if hashes else l) for l in lines])
            if st.subtitle:
                sub = ("——" if st.dash else "") + st.subtitle
                if len(st.subtitle) >= 8 and r.random() < 0.3:      # set on two lines, as in the seed
                    k = len(sub) // 2
                    block([tag("subtitle", sub[:k] + "  "), tag("subtitle", sub[k:])])
                else:
                    block([tag("subtitle", sub)])
            if st.byline and st.byline_at == "line":
                block([tag("byline", st.byline)])
            for n, p in enumerate(st.paragraphs):
                lines = []
                if n == 0 and st.byline_at == "lead":
                    if st.byline_break:
                        lines.append(tag("byline", st.byline))
                    else:
                        p = st.byline + p
                if n == len(st.paragraphs) - 1 and st.credit and st.credit_inline:
                    p += st.credit
                role = self.body_role(st, n == 0)
                if len(p) > 40 and r.random() < 0.12:        # a page or column break inside it
                    k = r.randint(10, len(p) - 10)
                    block(lines + [tag(role, p[:k])])
                    block([tag(self.body_role(st, False), p[k:])], least=1)
                    st.cuts.append(flat(p[max(0, k - 8):k + 8]))
                else:
                    block(lines + [tag(role, p)])
            if st.credit and not st.credit_inline:
                block([tag("caption", st.credit)])
            if st.byline and st.byline_at == "end":
                block([tag("byline", st.byline)])
            if st.continued_to:
                block([tag("continuation", f"（下转{m.page_num(st.continued_to)}）")])
        self.lines = [x for x in out if x]
        return "\n".join(out).strip("\n") + "\n"


class ColumnRender(_Render):
    """The shape of a column extraction: lines hard-wrapped at the column width."""

    def __init__(self, m: Maker):
        super().__init__(m)
        r = self.r
        self.col = r.randint(11, 20)
        self.indent = r.choice(("short", "short", "fullwidth", "none"))
        lay = m.layout
        self.heads = {"col-head-before": "before", "col-head-after": "after",
                      "col-heads-foot": "foot", "col-heads-top": "top"}.get(lay) \
            or r.choice(("before", "after"))
        self.para_blank = {"col-noblank": 0.0, "col-doubled": 1.0}.get(lay, r.choice((0.0, 0.5, 1.0)))
        if self.indent == "none" and self.para_blank < 1.0:
            self.indent = "short"      # unindented paragraphs are set apart by space, always
        self.break_rate = 0.0 if lay == "col-noblank" else r.uniform(0.02, 0.08)
        self.doubled = lay == "col-doubled"
        self.one_box = False        # a story's head lines as one block (training pages)
        m.features.append(f"col{self.col}")
        m.features.append(f"indent-{self.indent}")

    def wrap(self, text: str, first_indent: float) -> list[tuple[str, int]]:
        """Lines of the paragraph with the character offset each starts at; a closing mark never
        opens a line (it hangs at the end of the line before, as justified type sets it)."""
        lines, cur, start, limit = [], "", 0, self.col - first_indent
        for i, ch in enumerate(text):
            if cur and width(cur + ch) > limit and ch not in CLOSING:
                lines.append((cur, start))
                cur, start, limit = "", i, self.col
            cur += ch
        if cur:
            lines.append((cur, start))
        return lines

    def para_lines(self, st: Story, text: str, first: bool = False) -> list[str]:
        """A paragraph's lines; '' marks a column break inside it (recorded as a cut). `first`:
        the story's first paragraph, whose first line is tagged as the one opening the story."""
        ind = {"short": 2.0, "fullwidth": 0.0, "none": 0.0}[self.indent]
        prefix = "　　" if self.indent == "fullwidth" else ""
        lines = self.wrap(prefix + text, ind)
        out = []
        for n, (line, start) in enumerate(lines):
            if n and self.r.random() < self.break_rate:
                out.append("")
                k = start - len(prefix)
                st.cuts.append(flat(text[max(0, k - 8):k + 8]))
            out.append(tag(self.body_role(st, first and n == 0), line))
        return out

    def head_lines(self, st: Story) -> list[list[str]]:
        blocks = []
        if st.kicker:
            blocks.append([tag("kicker", x) for x in st.kicker_lines or [st.kicker]])
        if st.title:
            if st.spaced_title:
                blocks.append([tag("title", " ".join(st.title))])
            else:
                blocks.append([tag("title", x) for x in [st.bullet + st.title_lines[0]] + st.title_lines[1:]])
        if st.subtitle:
            sub = st.subtitle_lines or [st.subtitle]
            blocks.append([tag("subtitle", x) for x in [("——" if st.dash else "") + sub[0]] + sub[1:]])
        return [[x for b in blocks for x in b]] if self.one_box and blocks else blocks

    def body_blocks(self, st: Story) -> list[list[str]]:
        m, r = self.m, self.r
        blocks = []
        if st.continued_from:
            blocks.append([tag("continuation", f"（上接{m.page_num(st.continued_from)}）")])
        if st.byline and st.byline_at == "line":
            blocks.append([tag("byline", st.byline)])
        para_block: list[str] = []
        for n, p in enumerate(st.paragraphs):
            if n == 0 and st.byline_at == "lead":
                p = st.byline + p
            if n == len(st.paragraphs) - 1 and st.credit and st.credit_inline:
                p += st.credit
            lines = self.para_lines(st, p, first=n == 0)
            if para_block and r.random() < self.para_blank:
                blocks.append(para_block)
                para_block = []
            para_block += lines + ([tag("body", x) for x in st.list_lines] if n == 0 else [])
        blocks.append(para_block)
        if st.credit and not st.credit_inline:
            blocks.append([tag("caption", st.credit)])
        if st.byline and st.byline_at == "end":
            blocks.append([tag("byline", st.byline)])
        if st.continued_to:
            blocks.append([tag("continuation", f"（下转{m.page_num(st.continued_to)}）")])
        return blocks

    def page(self, stories: list[Story]) -> str:
        blocks = self.blocks(stories)
        self.lines = [x for b in blocks for x in b if x]
        return self.join(blocks, self.gap())

    def gap(self) -> int:
        """Blank lines the page prints between blocks."""
        return 0 if self.m.layout == "col-noblank" else (2 if self.doubled else 1)

    def blocks(self, stories: list[Story]) -> list[list[str]]:
        """The page's blocks in reading order; '' inside a block marks a column break."""
        r = self.r
        blocks: list[list[str]] = []
        foot = r.random() < 0.3
        furniture = self.furniture() if r.random() < 0.7 else []
        if furniture and not foot:
            blocks.append(furniture)
        grouped = []
        for st in stories:
            own_heads = st.kind == "brief" or self.heads == "before"
            if st.label:
                blocks.append([tag("furniture", st.label)])
            heads = self.head_lines(st)
            if own_heads:
                blocks += heads
            elif self.heads == "after":
                pass
            else:
                grouped += heads
            blocks += self.body_blocks(st)
            if not own_heads and self.heads == "after":
                blocks += heads
        if self.heads == "top":
            at = 1 if furniture and not foot else 0
            blocks[at:at] = grouped
        elif grouped:
            blocks += grouped
        if furniture and foot:
            blocks.append(furniture)
        return blocks

    @staticmethod
    def join(blocks: list[list[str]], gap: int) -> str:
        """The page text: blocks `gap` blank lines apart, a column break at least one."""
        out: list[str] = []
        for b in blocks:
            if out and b:
                out += [""] * gap
            for line in b:
                if line == "":
                    out += [""] * max(gap, 1)
                else:
                    out.append(line)
        return "\n".join(out).strip("\n") + "\n"


def make_page(corpus: list[dict], seed, short: float = 0.0) -> tuple[str, dict]:
    """(page text, truth) for one seed: the same seed always gives the same page. `short`: the
    share of stories cut short and of headlines cut to a clause (`Maker.told`)."""
    return Maker(corpus, seed, short).make()


def make_labeled_page(corpus: list[dict], seed) -> tuple[str, dict, list[str]]:
    """`make_page` plus each non-blank line's role (`ROLES`), for training the line-role model."""
    return Maker(corpus, seed).make_labeled()
