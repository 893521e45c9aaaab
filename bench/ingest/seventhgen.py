"""The seventh page generator: real news text laid out as raw page text, written blind to the
splitter and to the other generators (a judge stand-in for an evaluator's hidden generator).

`make_seventh_page(corpus, seed_str) -> (text, truth)`: the same seed string gives the same page.
`truth` = {"generator": "seventh", "layout": class, "features": [...], "page": N,
"articles": [{title | title_contains, kicker?, subtitle?, authors?, kind, starts, ends,
must_contain?, continued_from?, continued_to?}]}, scored as ../shared/eval/score_split.py does.

Two shapes, seven layout classes:
- Markdown-ish (as a PDF→Markdown converter writes it): `seventh-md-front` (`##` headlines, kicker
  and subtitle lines, a banner, lead bylines, photo captions, column breaks inside paragraphs) and
  `seventh-md-mixed` (headlines as `#`/`###`/bold/plain lines, bylines alone or at the end, briefs,
  commentary, notices, interviews, rules and page furniture, some hard-wrapped paragraphs).
- Hard-wrapped column text (as pdftotext writes it): `seventh-col-head-first` (headlines over their
  stories, wrapped headlines, kickers and subtitles), `seventh-col-head-after` (headlines after
  their bodies, letter-spaced running headers, 上接/下转 jumps), `seventh-col-grouped` (all headlines
  grouped at the page foot or top), `seventh-col-mixed` (stories of very different lengths with
  briefs boxes, photo captions, commentary columns, notices, pull quotes, editor's notes, ads) and
  `seventh-col-measures` (every story its own column measure, interviews, numbered lists).

Text of a story's body is exactly the corpus text laid on the page (kept whole or cut at a paragraph
end); bylines, credits and jump lines on lines of their own belong to no body; a byline run into
the lead belongs to the body (it is what `starts` begins with). Furniture belongs to no article.
"""
from __future__ import annotations

import random
import re
import unicodedata

CLASSES = ("seventh-md-front", "seventh-md-mixed", "seventh-col-head-first",
           "seventh-col-head-after", "seventh-col-grouped", "seventh-col-mixed",
           "seventh-col-measures")
WEIGHTS = (15, 20, 15, 15, 10, 15, 10)

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红鹏建文辉力斌宇浩凯健俊帆帅旭宁龙林欣佳雪琳晨晓蕾瑶怡婷博雨阳泽昊然子轩思宏志海波峰瑞荣新亮成康飞彬鑫"
_UYGHUR = ("阿依古丽", "买买提", "热依拉", "艾尔肯", "努尔", "古丽巴哈尔", "吐尔逊", "阿布都热合曼",
           "巴合提", "叶尔兰", "哈力木拉提", "迪丽努尔", "阿不都", "麦尔丹", "帕提古丽", "热合曼",
           "艾力", "木拉提", "娜迪亚", "阿合买提", "加娜尔", "别克", "沙吾提", "玛依拉")
_CITIES = ("北京", "华盛顿", "纽约", "伦敦", "东京", "乌鲁木齐", "上海", "布鲁塞尔", "日内瓦", "巴黎",
           "柏林", "莫斯科", "首尔", "新德里", "开罗", "悉尼", "多伦多", "香港")
_UNITS = ("新疆大学", "华东师范大学国际关系学院", "某研究院", "自治区社会科学院", "北京外国语大学",
          "中国人民大学新闻学院", "复旦大学", "南开大学经济学院")
_CN_NUM = "〇一二三四五六七八九十"
_PAGE_NAMES = ("要闻", "国际", "国际新闻", "综合", "时事", "环球", "新闻", "视点", "观察", "专题")
_PAPERS = ("天山晨报", "北疆日报", "河西日报", "南城晚报", "东方时报", "西部日报")
_WEEK = "一二三四五六日"
_CLOSE = "，。、；：？！”’）》」』〉…—%,.;:?!)"
_OPEN = "“‘（《「『〈("
_SENT = re.compile(r"(?<=[。！？])(?![”’」』）])|(?<=[。！？][”’」』）])")
_CLAUSE = re.compile(r"[^，。、；：？！“”（）《》]+")


def whole_clauses(p: str, lo: int, hi: int) -> list[str]:
    """Clauses of a paragraph that a comma or a sentence end closes (not cut off at a quote)."""
    return [m.group() for m in _CLAUSE.finditer(p)
            if lo <= len(m.group()) <= hi and p[m.end():m.end() + 1] in ("，", "。", "；", "！", "？")]


def cn(n: int) -> str:
    if n <= 10:
        return _CN_NUM[n]
    if n < 20:
        return "十" + (_CN_NUM[n % 10] if n % 10 else "")
    return _CN_NUM[n // 10] + "十" + (_CN_NUM[n % 10] if n % 10 else "")


def width(s: str) -> float:
    return sum(0.5 if ord(ch) < 0x2000 else 1.0 for ch in s)


def wrap(text: str, measure: float) -> list[str]:
    """Hard-wrap `text` at `measure` ems: closing marks never start a line (they overhang), opening
    marks never end one, a run of Latin letters/digits is kept whole when it fits a line."""
    lines, cur, w, i = [], "", 0.0, 0
    while i < len(text):
        ch = text[i]
        tok = ch
        if re.match(r"[A-Za-z0-9.%]", ch):
            m = re.match(r"[A-Za-z0-9.%]+", text[i:])
            if width(m.group()) <= measure * 0.8:
                tok = m.group()
        tw = width(tok)
        if cur and w + tw > measure and tok[0] not in _CLOSE:
            if cur[-1] in _OPEN and len(cur) > 1:
                lines.append(cur[:-1])
                cur, w = cur[-1], width(cur[-1])
            else:
                lines.append(cur)
                cur, w = "", 0.0
        cur += tok
        w += tw
        i += len(tok)
    if cur:
        lines.append(cur)
    return lines


def sentences(p: str) -> list[str]:
    return [s for s in _SENT.split(p) if s]


class Story:
    def __init__(self, kind: str, title: str | None, paras: list[str]):
        self.kind = kind
        self.title = title
        self.kicker = self.subtitle = None
        self.label = None                  # a column label (短评) over a commentary: no article's
        self.title_contains = None
        self.paras = paras                 # the body, exactly as it lies on the page
        self.byline_line = None            # a byline on a line of its own, over the body
        self.end_line = None               # a signature/credit line under the body
        self.authors: list[str] | None = []
        self.pre: list[str] = []           # jump line over the body (上接)
        self.post: list[str] = []          # jump line under the body (下转)
        self.continued_from = self.continued_to = None
        self.pull = None                   # (after paragraph i, quote text)
        self.must: list[str] = []
        self.breaks: list[tuple[int, int]] = []   # (paragraph, offset) where a column break fell
        self.subheads: set[int] = set()
        self.credit_inline = False         # a photo credit run on after the caption's last line

    def truth(self, rng: random.Random, ascii_punct: bool) -> dict:
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
        body = "\n".join(self.paras)
        t["starts"] = _safe_edge(body, 12, ascii_punct, head=True)
        t["ends"] = _safe_edge(body, 10, ascii_punct, head=False)
        must = []
        for pi, off in self.breaks:            # the sentences a column break cut in two
            p = self.paras[pi]
            pos = 0
            for s in sentences(p):
                if pos < off < pos + len(s):
                    must.append(s)
                pos += len(s)
        if len(self.paras) > 2 and rng.random() < 0.5:
            must.append(rng.choice(sentences(rng.choice(self.paras[1:]))))
        out = []
        for s in must:
            s = s.strip()
            if ascii_punct:
                pieces = [c for c in re.split(r"[，：；！？]", s) if len(c) >= 6]
                s = max(pieces, key=len) if pieces else ""
            if 6 <= len(s) <= 120 and s not in out:
                out.append(s)
        if out:
            t["must_contain"] = out[:3]
        if self.continued_from is not None:
            t["continued_from"] = self.continued_from
        if self.continued_to is not None:
            t["continued_to"] = self.continued_to
        return t


def _safe_edge(body: str, n: int, ascii_punct: bool, head: bool) -> str:
    """The first (last) n characters of a body, kept inside one paragraph; on a page printed with
    half-width punctuation, cut short of the first (last) mark that page changed."""
    para = body.split("\n")[0 if head else -1].strip()
    s = para[:n] if head else para[-n:]
    if ascii_punct:
        marks = [i for i, ch in enumerate(s) if ch in "，：；！？"]
        if head and marks and marks[0] >= 2:
            s = s[:marks[0]]
        elif not head and marks and len(s) - marks[-1] - 1 >= 3:
            s = s[marks[-1] + 1:]
        else:              # too short to cut: as the page prints it
            s = _ascii(s)
    return s.strip()


class Page:
    def __init__(self, rng: random.Random, corpus: list[dict]):
        self.rng = rng
        self.corpus = corpus
        self.used: set[int] = set()
        self.no = rng.choice([1, 2, 3, 3, 4, 5, 6, 7, 8, 10, 12])   # page 1 takes no 上接 story
        self.features: set[str] = set()
        self.day = (rng.randint(1, 12), rng.randint(1, 28), rng.choice(_WEEK))
        self.notices: set[str] = set()

    # ---- names and bylines -------------------------------------------------------------
    def name(self) -> str:
        r = self.rng
        if r.random() < 0.18:
            return "·".join(r.sample(_UYGHUR, 2))
        return r.choice(_SURNAMES) + "".join(r.choice(_GIVEN) for _ in range(r.choice((1, 2, 2))))

    def item(self, min_len: int = 0) -> dict:
        r = self.rng
        for _ in range(200):
            i = r.randrange(len(self.corpus))
            if i in self.used:
                continue
            if len("".join(self.corpus[i]["paragraphs"])) >= min_len:
                self.used.add(i)
                return self.corpus[i]
        i = r.randrange(len(self.corpus))
        return self.corpus[i]

    def date(self) -> tuple[int, int]:
        return self.rng.randint(1, 12), self.rng.randint(1, 28)

    def byline(self, story: Story, style: str) -> None:
        """Give `story` a byline in one of many forms: run into the lead, on a line of its own, or
        under the body."""
        r = self.rng
        a, b = self.name(), self.name()
        m, d = self.date()
        city = r.choice(_CITIES)
        sp = r.choice(("", " ", "  "))
        inline = [
            (f"本报讯 记者{a}报道：", [a]),
            (f"本报讯 记者{a}、通讯员{b}报道：", [a, b]),
            (f"本报讯（记者 {a} 通讯员 {b}）", [a, b]),
            (f"本报讯（记者{a}）", [a]),
            (f"本报讯（实习记者{a}通讯员{b}）", [a, b]),
            (f"本报{city}{m}月{d}日电 （记者{a}）", [a]),
            (f"新华社{city}{m}月{d}日电（记者{a}、{b}）", [a, b]),
            (f"本报驻{city}记者 {a} ", [a]),
            ("据新华社电 ", []),
            (f"本报讯 ", []),
            (f"本报讯（通讯员 {b} 记者 {a}）", [a, b]),
            (f"中新社{city}{m}月{d}日电 (记者 {a})", [a]),
            (f"本报讯 见习记者{a} 特约记者{b}", [a, b]),
        ]
        alone = [
            (f"本报记者{sp}{a}{sp or ' '}{b}", [a, b]),
            (f"□记者 {a}", [a]),
            (f"■本报记者 {a} 通讯员 {b}", [a, b]),
            (f"文/图 {a}", [a]),
            (f"文/{a} 图/{b}", [a, b]),
            (f"本报记者 {a}", [a]),
            (f"□ 本报特约撰稿人 {a}", [a]),
            (f"记者{sp}{a}", [a]),
            (f"本报通讯员 {b}  本报记者 {a}", [a, b]),
            (f"□ 见习记者 {a} 文/图", [a]),
        ]
        end = [
            (f"（记者 {a}）", [a]),
            (f"（本报记者 {a} {b}）", [a, b]),
            (f"文/{a}", [a]),
            (f"（{a}）", [a]),
            (f"（通讯员 {b} 记者 {a}）", [a, b]),
        ]
        if style == "inline":
            text, story.authors = r.choice(inline)
            story.paras[0] = text + story.paras[0]
            self.features.add("byline-inline")
        elif style == "alone":
            story.byline_line, story.authors = r.choice(alone)
            self.features.add("byline-alone")
        elif style == "end":
            story.end_line, story.authors = r.choice(end)
            self.features.add("byline-end")
        else:
            story.authors = []

    # ---- headlines ---------------------------------------------------------------------
    def heads(self, story: Story, it: dict, kicker: float, subtitle: float) -> None:
        """Headline from the corpus title; a kicker split off its first clause, or a subtitle
        drawn from the body (one of its clauses), each at a chance."""
        r = self.rng
        title = it["title"]
        m = re.match(r"^(.{3,20}?)[，：:](.{4,})$", title)
        if m and r.random() < kicker * 1.5:
            story.kicker, story.title = m.group(1), m.group(2)
            self.features.add("kicker")
        else:
            story.title = title.replace("，", " ") if r.random() < 0.4 else title
        if r.random() < subtitle:
            clauses = [c for p in story.paras[1:] for c in whole_clauses(p, 8, 22)]
            if clauses:
                story.subtitle = r.choice(clauses)
                self.features.add("subtitle")
        if story.kicker is None and r.random() < kicker * 0.5:
            clauses = [c for c in whole_clauses(story.paras[-1], 5, 14)
                       if c[0] not in "他她它但而这那并也还在据" and not re.search(r"[说称示]$", c)]
            if clauses:
                story.kicker = r.choice(clauses)
                self.features.add("kicker")

    # ---- stories -----------------------------------------------------------------------
    def body(self, it: dict, size: str) -> list[str]:
        r = self.rng
        ps = list(it["paragraphs"])
        if size == "short":
            ps = ps[:r.randint(1, 3)]
        elif size == "mid":
            ps = ps[:r.randint(3, 6)]
        return ps

    def article(self, size: str = "any", byline: str | None = None, kicker=0.3, subtitle=0.25) -> Story:
        r = self.rng
        it = self.item()
        s = Story("article", None, self.body(it, size))
        self.heads(s, it, kicker, subtitle)
        self.byline(s, byline or r.choice(("inline", "inline", "alone", "alone", "end", "none")))
        return s

    def photo(self, headline: float = 0.6) -> Story:
        r = self.rng
        it = self.item()
        sents = sentences(it["paragraphs"][0])
        cap = "".join(sents[:r.randint(1, 2)])
        if len(cap) > 160:
            cap = sents[0]
        s = Story("photo", None, [cap])
        if r.random() < headline:
            s.title = it["title"]
        else:
            # a run of Han characters out of the caption's first clause that is not its date
            runs = [x for c in _CLAUSE.findall(cap.split("。")[0])
                    for x in re.findall(r"[\u4e00-\u9fff]{4,}", c) if not re.search(r"[月日]$", x)]
            c = runs[0] if runs else cap[:5]
            k = r.randint(4, 6)
            s.title_contains = c[:k] if r.random() < 0.6 else c[-k:]
            self.features.add("photo-untitled")
        a = self.name()
        s.end_line = r.choice((f"{a} 摄", f"新华社记者 {a} 摄", f"本报记者 {a} 摄", f"（{a} 摄）",
                               f"{a}　摄", f"图/{a}"))
        s.authors = [a]
        s.credit_inline = r.random() < 0.15
        self.features.add("photo")
        return s

    def commentary(self) -> Story:
        r = self.rng
        it = self.item()
        s = Story("commentary", it["title"], self.body(it, r.choice(("short", "mid"))))
        s.label = r.choice(("短评", "时评", "今日谈", "【短评】", "评论员文章", "快评", "观点"))
        a = self.name()
        form = r.choice(("評", "alone", "end", "unit", "none"))
        if form == "評":
            s.byline_line, s.authors = "本报评论员", None
        elif form == "alone":
            s.byline_line, s.authors = r.choice((f"□ {a}", f"文/{a}", f"■{a}", a)), [a]
        elif form == "end":
            s.end_line, s.authors = r.choice((f"（{a}）", f"—— {a}", f"文/{a}")), [a]
        elif form == "unit":
            s.byline_line, s.end_line, s.authors = f"□ {a}", f"（作者单位：{r.choice(_UNITS)}）", [a]
        else:
            s.authors = []
        self.features.add("commentary")
        return s

    def briefs(self) -> tuple[str, list[Story]]:
        r = self.rng
        out = []
        for _ in range(r.randint(2, 5)):
            it = self.item()
            p = it["paragraphs"][0]
            if len(p) > 180:
                p = "".join(sentences(p)[:2])
            s = Story("brief", it["title"], [p])
            if r.random() < 0.35:
                self.byline(s, r.choice(("inline", "end")))
            out.append(s)
        self.features.add("briefs")
        return r.choice(("简讯", "本报简讯", "新闻速览", "■简讯", "环球简讯", "【简讯】")), out

    def notice(self) -> Story:
        r = self.rng
        it = self.item()
        m, d = self.date()
        sent = r.choice(sentences(r.choice(it["paragraphs"])))
        clause = max(_CLAUSE.findall(sent), key=len)[:16]
        # a page prints each kind of notice once at most; corrections differ by what they correct
        kind = r.choice([k for k in ("correction", "call", "reader") if k not in self.notices]
                        or ["correction"])
        self.notices.add(kind)
        if kind == "correction":
            title = r.choice(("更正", "更　正", "更正启事"))
            text = [f"本报{m}月{d}日第{cn(r.randint(1, 8))}版刊发的《{it['title']}》一文中，"
                    f"“{clause}”一句有误，特此更正，并向读者致歉。"]
        elif kind == "call":
            title = r.choice(("征稿启事", "读者来信征集", "启事"))
            text = [f"为更好地服务读者，本报“{r.choice(_PAGE_NAMES)}”版即日起面向社会征集新闻线索和稿件。"
                    f"来稿请注明真实姓名、联系方式，一经采用，即付稿酬。",
                    f"投稿邮箱：news{r.randint(10, 99)}@example.cn"]
        else:
            title = r.choice(("致读者", "告读者"))
            text = [f"因版面调整，原定于本期刊发的《{it['title']}》一文将顺延刊出，敬请读者谅解。"]
        s = Story("notice", title, text)
        if r.random() < 0.6:
            s.end_line = r.choice(("本报编辑部", f"{r.choice(_PAPERS)}社", "本报编辑部\n"
                                   f"2026年{m}月{d}日"))
        self.features.add("notice")
        return s

    def jump_in(self) -> Story:
        """A story continued from an earlier page: `（上接第N版）` over it, its title as a jump head."""
        r = self.rng
        it = self.item(600)
        ps = list(it["paragraphs"])
        k = r.randint(1, max(1, len(ps) // 2))
        s = Story("continuation", it["title"], ps[k:] or ps[-1:])
        s.continued_from = r.randint(1, max(1, self.no - 1))
        s.pre = [f"（上接第{cn(s.continued_from)}版）"]
        s.authors = None
        if r.random() < 0.4:
            s.continued_to = self.no + r.randint(1, 3)
            s.post = [f"（下转第{cn(s.continued_to)}版）"]
        self.features.add("jump-in")
        return s

    def jump_out(self, s: Story) -> None:
        """Cut a story short with `（下转第N版）` under it."""
        if len(s.paras) > 2:
            s.paras = s.paras[:max(2, len(s.paras) // 2)]
        s.continued_to = self.no + self.rng.randint(1, 4)
        s.post = [f"（下转第{cn(s.continued_to)}版）"]
        self.features.add("jump-out")

    def decorate(self, s: Story, interview=0.0, numbered=0.0, editors=0.0, pull=0.0, subhead=0.0):
        r = self.rng
        if len(s.paras) >= 4 and r.random() < interview:
            q = r.choice(("记者：", "问：", "■记者："))
            who = r.choice(("答：", f"{self.name()}：", "嘉宾："))
            s.paras = [s.paras[0]] + [(q if i % 2 == 0 else who) + p for i, p in enumerate(s.paras[1:])]
            self.features.add("interview")
        elif len(s.paras) >= 4 and r.random() < numbered:
            marks = r.choice(([f"{cn(i)}、" for i in range(1, 30)], [f"{i}." for i in range(1, 30)],
                              [f"（{cn(i)}）" for i in range(1, 30)], [f"{i}、" for i in range(1, 30)]))
            s.paras = [s.paras[0]] + [marks[i] + p for i, p in enumerate(s.paras[1:])]
            self.features.add("numbered")
        if len(s.paras) >= 3 and r.random() < editors and s.kind == "article" and s.byline_line is None:
            note = r.choice(("编者按：", "【编者按】", "编者按 "))
            other = r.choice(self.corpus)["paragraphs"][0]
            s.paras = [note + "".join(sentences(other)[:2])] + s.paras
            self.features.add("editors-note")
        if len(s.paras) >= 5 and r.random() < pull:
            i = r.randint(1, len(s.paras) - 3)
            cand = [x for x in sentences(s.paras[i + 1]) if 12 <= len(x) <= 40]
            if cand:
                s.pull = (i, cand[0])
                self.features.add("pull-quote")
        if len(s.paras) >= 6 and r.random() < subhead:
            i = r.randint(2, len(s.paras) - 2)
            clauses = [c for c in _CLAUSE.findall(s.paras[i]) if 5 <= len(c) <= 12]
            if clauses:
                s.paras.insert(i, r.choice(("■", "◆", "▲", "●")) + clauses[0])
                s.subheads.add(i)
                self.features.add("subhead")

    # ---- furniture ---------------------------------------------------------------------
    def furniture(self, where: str) -> list[str]:
        r = self.rng
        m, d, wd = self.day
        paper = r.choice(_PAPERS)
        pn = r.choice(_PAGE_NAMES)
        top = [f"第{self.no}版", f"{self.no:02d}", f"{pn}", f"2026年{m}月{d}日 星期{wd}",
               f"{paper}", f"责任编辑：{self.name()}", f"{m}月{d}日 星期{wd} {pn} 第{cn(self.no)}版",
               f"{' '.join(pn)}", f"本版编辑 {self.name()} 校对 {self.name()}",
               f"{paper} {pn} {self.no:02d}", f"2026.{m:02d}.{d:02d}"]
        foot = [f"本版责编：{self.name()} 美编：{self.name()}", f"- {self.no} -",
                f"新闻热线：0{r.randint(900, 999)}-{r.randint(2000000, 8999999)}",
                f"广告经营许可证：{r.randint(6500, 6599)}0{r.randint(1000, 9999)}号",
                f"{paper}数字报 www.example{r.randint(1, 99)}.cn", f"第{self.no}版", "广告",
                f"订阅热线 {r.randint(80000000, 89999999)}"]
        pool = top if where == "top" else foot
        k = r.choice((1, 1, 2, 2, 3))
        self.features.add("furniture")
        return r.sample(pool, k)


# ---------------------------------------------------------------------------------------------
# Column text (pdftotext-like)
# ---------------------------------------------------------------------------------------------
class Column:
    """Lays lines into columns: every `height` lines a column break (a blank line, two, or none)
    falls wherever it falls, mid-sentence included; a story's paragraph lines record it."""

    def __init__(self, rng: random.Random, height: int, brk: str):
        self.rng, self.height, self.brk = rng, height, brk
        self.out: list[str] = []
        self.n = 0

    def _tick(self, owner=None):
        self.n += 1
        if self.n >= self.height:
            self.n = 0
            mode = self.brk if self.rng.random() < 0.8 else self.rng.choice(("blank", "none", "double"))
            self.out += {"blank": [""], "none": [], "double": ["", ""]}[mode]
            return True
        return False

    def line(self, s: str) -> bool:
        self.out.append(s)
        return self._tick()

    def blank(self, k: int = 1):
        for _ in range(k):
            if self.out and self.out[-1] == "" and k == 1:
                return
            self.out.append("")


def _letterspace(line: str) -> str:
    return " ".join(re.findall(r"[A-Za-z0-9.%]+|.", line.strip()))


def col_head_lines(rng: random.Random, s: Story, under: bool) -> list[str]:
    """The head block of a story in column text: label, kicker, title (perhaps wrapped), subtitle."""
    out = []
    if s.label:
        out += [s.label, ""] if rng.random() < 0.5 else [s.label]
    if s.kicker:
        out.append(s.kicker)
        if rng.random() < 0.4:
            out.append("")
    if s.title and not s.title_contains:
        t = s.title
        if width(t) > 12 and rng.random() < 0.5:
            hm = rng.randint(max(6, int(width(t) / 3) + 1), max(7, int(width(t)) - 2))
            out += wrap(t, hm)
        else:
            out.append(t)
    if s.subtitle:
        if rng.random() < 0.3 and not under:
            out.append("")
        out.append(rng.choice(("——", "—— ", "", "")) + s.subtitle)
    return out


def col_body(col: Column, s: Story, measure: float, indent: str, psep: str, lspace: float) -> None:
    rng = col.rng
    for x in s.pre:
        col.line(x)
    if s.byline_line:
        col.line(s.byline_line)
        if rng.random() < 0.4:
            col.blank()
    for pi, p in enumerate(s.paras):
        if s.pull and pi == s.pull[0] + 1:
            col.blank()
            for ln in wrap("“" + s.pull[1].rstrip("。") + "”" if not s.pull[1].startswith("“") else s.pull[1],
                           max(8, measure - 2)):
                col.line(ln)
            col.blank()
        lines = wrap((indent if pi not in s.subheads else "") + p, measure)
        off = -len(indent) if pi not in s.subheads else 0
        for li, ln in enumerate(lines):
            shown = ln
            if lspace and rng.random() < lspace and 0 < li < len(lines) - 1:
                shown = _letterspace(ln)
            broke = col.line(shown)
            off += len(ln)
            if broke and li < len(lines) - 1 and off > 0:
                s.breaks.append((pi, off))
        if pi < len(s.paras) - 1:
            if psep == "blank":
                col.blank()
            elif psep == "double":
                col.blank(2)
    for x in s.post:
        col.line(x)
    if s.end_line and s.credit_inline and col.out and col.out[-1]:
        col.out[-1] += "　" + s.end_line
    elif s.end_line:
        for x in s.end_line.split("\n"):
            col.line(x)


def make_column_page(page: Page, cls: str) -> tuple[list[str], list[Story]]:
    r = page.rng
    measure = r.randint(11, 20)
    height = r.randint(22, 60)
    indent = r.choice(("　　", "　　", "  ", "", "", ""))
    psep = r.choice(("none", "none", "none", "blank", "blank", "double"))
    brk = r.choice(("blank", "blank", "blank", "none", "double"))
    lspace = r.choice((0.0, 0.0, 0.02, 0.04))
    col = Column(r, height, brk)
    stories: list[Story] = []
    order: list = []        # ("story", s) | ("box", label, [s]) | ("furn", lines) | ("ad", lines)

    def add(s):
        stories.append(s)
        order.append(("story", s))

    if r.random() < 0.8:
        order.append(("furn", page.furniture("top")))
    if page.no > 1 and (cls == "seventh-col-head-after" and r.random() < 0.6 or r.random() < 0.15):
        add(page.jump_in())
    n = {"seventh-col-mixed": r.randint(3, 6), "seventh-col-grouped": r.randint(3, 6)}.get(cls, r.randint(2, 5))
    for i in range(n):
        roll = r.random()
        if cls == "seventh-col-mixed" and roll < 0.15:
            label, items = page.briefs()
            stories.extend(items)
            order.append(("box", label, items))
            continue
        if cls == "seventh-col-mixed" and roll < 0.3 or roll < 0.1:
            add(page.photo())
            continue
        if cls == "seventh-col-mixed" and roll < 0.42 or roll < 0.15:
            add(page.commentary())
            continue
        if cls == "seventh-col-mixed" and roll < 0.5:
            add(page.notice())
            continue
        if cls == "seventh-col-mixed" and roll < 0.56:
            order.append(("ad", [r.choice(("广告", "公益广告", "")),
                                 f"{r.choice(_PAPERS)}全媒体 欢迎订阅",
                                 f"订阅电话：{r.randint(80000000, 89999999)}"]))
            page.features.add("ad")
        size = r.choice(("short", "mid", "any", "any")) if cls in ("seventh-col-mixed", "seventh-col-measures") \
            else r.choice(("mid", "any", "any"))
        # with the headlines grouped apart, a lead's byline is what shows where a story begins
        s = page.article(size, kicker=0.35, subtitle=0.3,
                         byline=r.choice(("inline", "alone")) if cls == "seventh-col-grouped" else None)
        page.decorate(s, interview=0.2 if cls == "seventh-col-measures" else 0.05,
                      numbered=0.2 if cls == "seventh-col-measures" else 0.05,
                      editors=0.1, pull=0.25 if cls == "seventh-col-mixed" else 0.08, subhead=0.1)
        if r.random() < 0.12 and s.end_line is None:
            page.jump_out(s)
        add(s)
    if not stories:
        add(page.article())

    if cls == "seventh-col-head-after" and r.random() < 0.5:
        # a letter-spaced running header printed in the flow, between two stories or at the end
        # (pdftotext puts it where it falls)
        name = r.choice(_PAGE_NAMES + tuple(s.title for s in stories if s.title and len(s.title) < 9))
        order.insert(r.randint(1, len(order)), ("furn", [" ".join(name)]))
        page.features.add("running-header")
    place = {"seventh-col-head-first": "before", "seventh-col-head-after": "after",
             "seventh-col-grouped": r.choice(("foot", "foot", "top"))}.get(cls, None)
    # one orientation a page: a headline over its story, or (as some extractions give it) under it
    orient = place or r.choice(("before", "before", "before", "after"))
    heads_at: list[list[str]] = []
    for entry in order:
        if entry[0] == "furn":
            if col.out:
                col.blank()
            for x in entry[1]:
                col.out.append(x)
            col.blank()
            continue
        if entry[0] == "ad":
            col.blank()
            for x in entry[1]:
                if x:
                    col.line(x)
            col.blank()
            continue
        if entry[0] == "box":
            col.blank(r.choice((1, 2)))
            col.line(entry[1])
            if r.random() < 0.5:
                col.blank()
            for s in entry[2]:
                col.line(s.title) if width(s.title) <= measure + 4 or r.random() < 0.5 else \
                    [col.line(x) for x in wrap(s.title, measure)]
                col_body(col, s, measure, indent, "none", lspace)
                col.blank()
            continue
        s = entry[1]
        m = r.randint(11, 20) if cls == "seventh-col-measures" else measure
        where = orient
        if s.kind == "photo" and s.title is None:
            where = "none"
        hl = col_head_lines(r, s, where == "after")
        if where in ("foot", "top") and s.kind != "continuation":
            heads_at.append(hl)
            hl_now = []
        else:
            hl_now = hl
        if s.kind == "continuation" and where in ("foot", "top"):
            where = "before"
        col.blank(r.choice((1, 1, 2)))
        if where == "before" and hl_now:
            for x in hl_now:
                col.line(x) if x else col.blank()
            if r.random() < 0.75:
                col.blank()
        col_body(col, s, m, indent, psep, lspace)
        if where == "after" and hl_now:
            col.blank()
            for x in hl_now:
                col.line(x) if x else col.blank()
        if where == "none":
            pass
    lines = col.out
    if heads_at:
        block = []
        for hl in heads_at:
            block += [""] + [x for x in hl if x] + [""]
        if place == "top":
            # heads come before the first story (after the page furniture)
            first = next((i for i, x in enumerate(lines) if x == ""), 0)
            lines = lines[:first] + block + lines[first:]
        else:
            lines = lines + block
        page.features.add("heads-grouped-" + place)
    if r.random() < 0.5:
        lines = lines + [""] + page.furniture("foot")
    return lines, stories


# ---------------------------------------------------------------------------------------------
# Markdown-ish (PDF→Markdown converter-like)
# ---------------------------------------------------------------------------------------------
def md_head(rng: random.Random, t: str, mixed: bool) -> str:
    if not mixed:
        return "## " + t
    mark = rng.choices(("## ", "# ", "### ", "**", ""), (50, 10, 10, 15, 15))[0]
    return mark + t + ("**" if mark == "**" else "")


def md_page(page: Page, cls: str) -> tuple[list[str], list[Story]]:
    r = page.rng
    mixed = cls == "seventh-md-mixed"
    out: list[str] = []
    stories: list[Story] = []
    order: list = []
    if mixed and r.random() < 0.7 or r.random() < 0.25:
        out += page.furniture("top") + [""]
    if r.random() < 0.3:
        out += ["## " + r.choice(_PAGE_NAMES), ""]
        page.features.add("banner")
    if page.no > 1 and r.random() < 0.15:
        s = page.jump_in()
        order.append(("story", s))
    for _ in range(r.randint(3, 6)):
        roll = r.random()
        if roll < 0.12:
            order.append(("story", page.photo(0.4)))
        elif mixed and roll < 0.24:
            order.append(("box",) + page.briefs())
        elif mixed and roll < 0.34 or roll < 0.16:
            order.append(("story", page.commentary()))
        elif mixed and roll < 0.4:
            order.append(("story", page.notice()))
        else:
            s = page.article(r.choice(("mid", "any", "any", "short")), kicker=0.3, subtitle=0.25,
                             byline=None if mixed else r.choice(("inline", "inline", "inline", "alone", "none")))
            page.decorate(s, interview=0.1 if mixed else 0.0, numbered=0.1 if mixed else 0.03,
                          editors=0.08, subhead=0.1 if mixed else 0.0)
            if r.random() < 0.1:
                page.jump_out(s)
            order.append(("story", s))
    hardwrap = mixed and r.random() < 0.25
    if hardwrap:
        page.features.add("md-hardwrap")
    breaks_rate = r.choice((0.0, 0.1, 0.2))

    def para_lines(s: Story, pi: int, p: str) -> list[str]:
        out_p: list[str]
        if breaks_rate and pi > 0 and len(p) > 40 and r.random() < breaks_rate:
            cut = r.randint(10, len(p) - 10)
            while cut < len(p) - 1 and p[cut] in _CLOSE:
                cut += 1
            s.breaks.append((pi, cut))
            page.features.add("md-column-break")
            return [p[:cut], "", p[cut:]]
        if hardwrap:
            return wrap(p, r.randint(22, 40)) if pi not in s.subheads else [p]
        return [p]

    def story_lines(s: Story, bold_paras=False) -> list[str]:
        o = []
        if s.label:
            o += [r.choice((s.label, f"**{s.label}**")), ""]
        if s.kicker:
            o += [s.kicker, ""] if r.random() < 0.7 else [s.kicker + "  "]
        if s.title and not s.title_contains:
            m = re.match(r"^(.{6,}?)[ ，：](.{6,})$", s.title) if len(s.title) > 16 else None
            if mixed and r.random() < 0.1 and (m or len(s.title) > 16):
                # a converter that writes a two-line headline as two header lines
                a, b = (m.group(1), s.title[len(m.group(1)):]) if m else \
                    (s.title[:len(s.title) // 2], s.title[len(s.title) // 2:])
                o += ["## " + a.strip(), "", "## " + b.strip(" "), ""]
                page.features.add("md-head-two-lines")
            else:
                o += [md_head(r, s.title, mixed), ""]
        if s.subtitle:
            o += [r.choice(("——", "—— ", "")) + s.subtitle, ""]
        o += [x for x in s.pre] + ([""] if s.pre else [])
        if s.byline_line:
            o += [s.byline_line, ""]
        for pi, p in enumerate(s.paras):
            if s.pull and pi == s.pull[0] + 1:
                o += ["> " + s.pull[1], ""]
            o += para_lines(s, pi, p) + [""]
        for x in s.post + ([s.end_line] if s.end_line else []):
            o += x.split("\n") + [""]
        return o

    for ei, entry in enumerate(order):
        if entry[0] == "story":
            s = entry[1]
            if s.kind == "photo":
                # the caption, its headline over it (or under it when nothing follows)
                if s.title and (ei < len(order) - 1 or r.random() < 0.5):
                    out += story_lines(s)
                else:
                    out += [s.paras[0], "", s.end_line, ""]
                    if s.title:
                        out += [md_head(r, s.title, mixed), ""]
                        page.features.add("photo-head-under")
            else:
                out += story_lines(s)
            stories.append(s)
        else:
            _, label, items = entry
            out += [r.choice((f"## {label}", f"**{label}**", label)), ""]
            for s in items:
                out += [r.choice((f"**{s.title}**", f"### {s.title}", s.title)), ""]
                for pi, p in enumerate(s.paras):
                    out += [p, ""]
                if s.end_line:
                    out += [s.end_line, ""]
                stories.append(s)
    if r.random() < 0.4:
        out += ["-----", ""]
    if r.random() < 0.4:
        out += page.furniture("foot")
    return out, stories


# ---------------------------------------------------------------------------------------------
# Kangxi radicals a PDF's Type 3 fonts extract in place of the ideographs they look like (⾼ for 高)
_KANGXI = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2F00, 0x2FD6)}


def _ascii(text: str) -> str:
    return text.translate(str.maketrans({"，": ",", "：": ":", "；": ";", "！": "!", "？": "?"}))


def make_seventh_page(corpus: list[dict], seed_str: str) -> tuple[str, dict]:
    rng = random.Random(f"seventh:{seed_str}")
    cls = rng.choices(CLASSES, WEIGHTS)[0]
    page = Page(rng, corpus)
    if cls.startswith("seventh-md"):
        lines, stories = md_page(page, cls)
    else:
        lines, stories = make_column_page(page, cls)
    text = "\n".join(ln.rstrip() for ln in lines).strip("\n") + "\n"
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    ascii_punct = cls.startswith("seventh-md") and rng.random() < 0.3
    if ascii_punct:
        # half-width marks in running text, as some converters write it (headlines keep theirs)
        heads = {x for s in stories for x in (s.title, s.kicker, s.subtitle, s.label) if x}
        text = "\n".join(ln if ln.strip().lstrip("#*—> ").rstrip("* ") in heads else _ascii(ln)
                         for ln in text.split("\n"))
        page.features.add("ascii-punct")
    if not cls.startswith("seventh-md") and rng.random() < 0.06:
        # every occurrence of the ideographs a Kangxi radical stands for, as such a PDF extracts
        text = "".join(_KANGXI.get(ch, ch) for ch in text)
        page.features.add("kangxi")
    arts = [s.truth(rng, ascii_punct) for s in stories]
    if ascii_punct:
        for a in arts:
            if "title_contains" in a:
                a["title_contains"] = re.split(r"[，：；！？]", a["title_contains"])[0] or a["title_contains"]
    truth = {"generator": "seventh", "layout": cls, "page": page.no,
             "features": sorted(page.features), "articles": arts}
    return text, truth


def story_bodies(corpus: list[dict], seed_str: str) -> list[str]:
    """The body text of every article of a page, in truth order (for the tests)."""
    rng = random.Random(f"seventh:{seed_str}")
    cls = rng.choices(CLASSES, WEIGHTS)[0]
    page = Page(rng, corpus)
    _, stories = (md_page if cls.startswith("seventh-md") else make_column_page)(page, cls)
    return ["\n".join(s.paras) for s in stories]
