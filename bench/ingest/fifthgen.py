"""The fifth page generator (`bench-ingest --generator fifth`): the judging set.

Written blind: its author read neither the splitter (generator/ingest/), its tests, nor the four
other generators, only the two sample pages and their truths, the scorer, DESIGN.md and issue 12.
`make_fifth_page(corpus, seed_str) -> (text, truth)` lays 3–9 real corpus news items out as the
raw text a PDF extractor gives for one newspaper page; `random.Random(seed_str)` is its only
source of chance, so a seed string is always the same page.

Layout classes (CLASSES):
- fifth-md-front    pymupdf4llm-like Markdown front page: a `#` banner (truth `banners`, not an
                    article), `##` heads (some wrapped over two `##` lines), kickers as plain lines
                    or `###` above the head, `——`/dashless subtitles under it, run-in or standalone
                    (bold) bylines, photo news behind a picture placeholder, a 导读 box and header
                    furniture; one paragraph a line, column breaks as blank lines mid-paragraph.
- fifth-md-opinion  Markdown opinion/briefs page: 短评/时评/今日谈/编辑手记 columns with signatures
                    (`□X`, 本报评论员, 特约评论员 X, `（作者单位：…）`), a 简讯/快讯 box whose items are
                    `**lead phrase**` run into or above their text, a notice.
- fifth-col-head-first  hard-wrapped 11–20-character column lines, each head box before its story:
                    引题/主题/副题, heads wrapped over 2–3 lines at the head's measure, bylines alone
                    under the head or at the top of the column, blank line under a box or not.
- fifth-col-head-last   the same lines with every head box printed after its story (as the
                    extractor orders a head set low in its box).
- fifth-col-heads-grouped  all heads of the page grouped on lines of their own at the foot or the
                    top, in reading order (subtitle `——` lines kept with their head).
- fifth-col-jump    an inside page: a story continued from another page (`（上接第一版）` on its own
                    line or run into the text, maybe `（下转第4版）` at its end), a story jumping out
                    to a later page, running header repeated mid-page and a stray folio, footer.
- fifth-col-briefs  columns with a 简讯/快讯/要闻速览 box (items with ■/●/▲/【】 lead phrases, over or run
                    into their text), photo news with credits before/after/inside the caption,
                    notices (声明/公告/启事), a weather box and an advertisement.
- fifth-flow-wire   agency copy: `新华社…电（记者 X、Y）` datelines wrapped anywhere, half-width
                    punctuation between Han characters, `　　` indents and no blank lines, letter-spaced
                    justified lines round Latin words and numbers, end bylines in brackets.

Editorial choices of the truth (what a careful editor records from the page text alone):
- title: every printed line of the head joined (a wrapped head is one title); the truth keeps the
  head as printed (a comma a designer replaced by a space stays a space). The kicker (引题) is the
  smaller line above the head; the subtitle (副题) the line under it, with or without `——`.
  Truth lists `kicker`/`subtitle` only when the story has one (as the sample truths do).
- byline text run into the lead (`本报讯（记者 X 通讯员 Y）`, `本报讯 记者X报道：`, `新华社…电（…）`,
  `本报X月X日讯`) opens the body: `starts` begins with it. A byline on a line of its own (`□本报记者 X`,
  `■记者 X 摄影报道`, `文/图 X`, `文/X 图/Y`, a commentary signature, `本报评论员`) is not body, nor is a
  closing credit (`（记者 X）`, `（X）`, `（作者单位：…）`, `X 摄`): `starts`/`ends` stop short of them.
- authors: every person named as writer or photographer (记者, 实习记者, 通讯员, 摄影, 文/图, the
  commentary signature), as printed; `本报评论员`, agencies and 作者单位 are not persons.
- kind: article (news, a story jumping out to a later page has `continued_to`), brief (each item of
  a 简讯-like box; the box label is not an article), photo (head + caption + credit), commentary
  (a labelled opinion column; its label is furniture, no kicker recorded), continuation (a story
  continued from another page: `continued_from`, and `continued_to` when it jumps on), notice
  (声明/公告/启事). Banners, running headers/footers, 导读, weather, adverts, folios, picture
  placeholders are not articles.
- must_contain: the text round every place a column break cut a paragraph (it must be whole).
"""
from __future__ import annotations

import datetime
import random
import re

CLASSES = ("fifth-md-front", "fifth-md-opinion", "fifth-col-head-first", "fifth-col-head-last",
           "fifth-col-heads-grouped", "fifth-col-jump", "fifth-col-briefs", "fifth-flow-wire")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏飞宇浩然欣怡晨阳雪梅兰峰波志海燕琳瑶婷颖俊凯佳鑫淼睿哲晓东"
MINORITY = ("古丽娜·艾力", "阿依努尔·吐尔逊", "买买提·依明", "热依汗古丽·买买提", "努尔兰·哈力木",
            "巴合提亚尔·吐尔洪", "迪丽拜尔·阿不都", "叶尔兰·努尔别克", "阿力木江·卡德尔", "格桑卓玛",
            "扎西次仁", "乌兰托娅")
PAPERS = ("东川日报", "滨海晚报", "南岭日报", "河西都市报", "青原日报", "澜沧江报")
PAGE_NAMES = ("要闻", "综合", "国际", "国际新闻", "时事", "评论", "社会", "经济", "天下", "观察")
CITIES = ("北京", "华盛顿", "纽约", "伦敦", "东京", "巴黎", "柏林", "莫斯科", "新德里", "首尔", "开罗")
KICKERS = ("聚焦国际热点", "关注", "记者观察", "多方表态", "局势追踪", "新闻背景", "海外视点",
           "各方回应引发关注", "回应关切", "一线直击", "深度", "焦点访谈", "热点追踪", "环球连线",
           "政策解读", "前方报道", "事件进展", "专家视角")
SUBTITLES = ("——来自现场的报道", "——各方反应综述", "——记者现场见闻", "——事件回顾与展望",
             "——专家解读最新动向", "——相关各方密切关注", "——系列报道之二", "——前方记者手记")
UNITS = ("东川大学国际关系学院", "南岭社会科学院", "滨海市委党校", "青原师范大学", "河西财经学院")
COMMENT_LABELS = ("短评", "时评", "今日谈", "编辑手记", "新闻观察", "一家之言")
BRIEF_LABELS = ("简讯", "快讯", "要闻速览", "国际简讯", "新闻速递")
NOTICES = (
    ("遗失声明", "{co}不慎遗失营业执照副本一份，统一社会信用代码：91{num}，特此声明作废。"),
    ("注销公告", "{co}经股东会决议，拟向登记机关申请注销登记，请债权人自本公告发布之日起45日内向本公司清算组申报债权。特此公告。"),
    ("招聘启事", "因业务发展需要，{co}现面向社会公开招聘文字编辑、摄影记者各2名。有意者请于本月底前将简历发送至本公司人事部，联系电话：0{tel}。"),
    ("停电公告", "因电网设备检修，{co}所辖区域将于本周六8时至18时停止供电，届时请用户提前做好准备。给您带来的不便，敬请谅解。"),
)
COMPANIES = ("东川市宏远商贸有限公司", "滨海市安达物流有限公司", "南岭县供电公司", "青原市博文文化传媒有限公司",
             "河西区恒信建材经营部")
CN_NUM = "零一二三四五六七八九十"
CLOSERS = set("，。、；：？！”’）》」』…·,.;:?!)%")
OPENERS = set("“‘（《「『(")
ASCII_RUN = re.compile(r"[A-Za-z0-9]+(?:[.,:/%\-][A-Za-z0-9]+)*%?")
PUNCT = set("，。、；：？！“”‘’（）《》「」『』…—,.;:?!()")


def _w(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def _tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m and m.end() > i:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def wrap(text: str, width: int) -> list[str]:
    """Hard-wrap a paragraph at `width` ems, Latin words and numbers whole, no line opening on a
    closing mark (it hangs on the line above) nor ending on an opening one."""
    lines, cur, cw = [], [], 0.0
    for tok in _tokens(text):
        tw = sum(_w(c) for c in tok)
        if cur and cw + tw > width and not (len(tok) == 1 and tok in CLOSERS):
            carry = []
            while cur and len(cur[-1]) == 1 and cur[-1] in OPENERS:
                carry.insert(0, cur.pop())
            if cur:
                lines.append("".join(cur))
                cur, cw = carry, sum(_w(c) for t in carry for c in t)
        cur.append(tok)
        cw += tw
    if cur:
        lines.append("".join(cur))
    return lines


def letter_space(line: str) -> str:
    """A justified line as an extractor gives it: a space between the characters, none round
    punctuation, Latin words and numbers kept whole."""
    toks = _tokens(line)
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        out += ("" if a[-1] in PUNCT or b[0] in PUNCT else " ") + b
    return out


def halfwidth(text: str) -> str:
    """，：；！？ between Han characters set half-width, as some papers' fonts extract."""
    table = {"，": ",", "：": ":", "；": ";", "！": "!", "？": "?"}
    return re.sub(r"(?<=[\u4e00-\u9fff])[，：；！？](?=[\u4e00-\u9fff“])", lambda m: table[m.group()], text)


class Page:
    def __init__(self, rng: random.Random, corpus: list[dict], cls: str):
        self.rng, self.corpus, self.cls = rng, corpus, cls
        self.lines: list[str] = []
        self.arts: list[dict] = []
        self.features: set[str] = set()
        self.used: list[int] = []
        self.wire = False
        self.grouped = False

    # --- material -------------------------------------------------------------------------
    def item(self, min_paras: int = 1) -> dict:
        rng, n = self.rng, len(self.corpus)
        order = list(range(n))
        rng.shuffle(order)
        fresh = [i for i in order if i not in self.used and len(self.corpus[i]["paragraphs"]) >= min_paras]
        pick = fresh[0] if fresh else rng.choice([i for i in order if len(self.corpus[i]["paragraphs"]) >= min_paras] or order)
        self.used.append(pick)
        return self.corpus[pick]

    def name(self) -> str:
        rng = self.rng
        if rng.random() < 0.12:
            return rng.choice(MINORITY)
        return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))

    def body(self, it: dict, budget: int, start: int = 0) -> list[str]:
        paras = it["paragraphs"][start:]
        out = [paras[0]]
        for p in paras[1:]:
            if len("".join(out)) + len(p) > budget:
                break
            out.append(p)
        return list(out)

    # --- bylines ------------------------------------------------------------------------
    def byline(self, where: str) -> dict:
        """A byline: `lead` run into the first paragraph (body), `top` a line of its own over the
        story, `end` a closing credit (not body), with the authors it names."""
        rng = self.rng
        a, b = self.name(), self.name()
        while b == a:
            b = self.name()
        sp = rng.choice((" ", "", "　"))
        forms = {
            "lead": [
                (f"本报讯（记者{sp}{a}{sp or ' '}通讯员{sp}{b}）", [a, b]),
                (f"本报讯（记者{sp}{a}）", [a]),
                (f"本报讯 记者{a}报道：", [a]),
                (f"本报讯 记者{a}、通讯员{b}报道：", [a, b]),
                (f"本报讯（实习记者{sp}{a}）", [a]),
                (f"本报{rng.randint(1, 12)}月{rng.randint(1, 28)}日讯（记者 {a} {b}）", [a, b]),
                (f"新华社{rng.choice(CITIES)}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电（记者{a}、{b}）", [a, b]),
                (f"新华社{rng.choice(CITIES)}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电（记者{sp}{a}）", [a]),
                (f"新华社{rng.choice(CITIES)}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电" + rng.choice((" ", "　", "")), []),
                ("本报讯", []),
            ],
            "top": [
                (f"□本报记者 {a}", [a]),
                (f"■记者 {a} 摄影报道", [a]),
                (f"本报记者  {a}  {b}", [a, b]),
                (f"□记者 {a}", [a]),
                (f"◎本报记者 {a} 通讯员 {b}", [a, b]),
                (f"文/图 {a}", [a]),
                (f"文/{a}　图/{b}", [a, b]),
                (f"记者 {a} 实习生 {b}", [a, b]),
            ],
            "end": [
                (f"（记者 {a}）", [a]),
                (f"（{a}）", [a]),
                (f"（本报记者 {a} {b}）", [a, b]),
                (f"（记者{a} 通讯员{b}）", [a, b]),
            ],
        }
        text, authors = rng.choice(forms[where])
        return {"where": where, "text": text, "authors": authors}

    def pick_byline(self, weights=(0.45, 0.3, 0.15, 0.1)) -> dict | None:
        r = self.rng.random()
        if r < weights[0]:
            by = self.byline("lead")
            while self.wire and not by["text"].startswith("新华社"):
                by = self.byline("lead")
            return by
        if r < weights[0] + weights[1]:
            return self.byline("top")
        if r < weights[0] + weights[1] + weights[2]:
            return self.byline("end")
        return None

    # --- stories -------------------------------------------------------------------------
    def story(self, kind: str = "article", heads: str = "full") -> dict:
        """A story as printed: head (kicker/title lines/subtitle), byline, paragraphs."""
        rng = self.rng
        s: dict = {"kind": kind, "kicker": None, "subtitle": None, "top": None, "end": None,
                   "authors": [], "extra": {}}
        if kind == "notice":
            title, tpl = rng.choice(NOTICES)
            s["title"] = title
            s["paras"] = [tpl.format(co=rng.choice(COMPANIES), num=rng.randint(10 ** 15, 10 ** 16 - 1),
                                     tel=f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}")]
            if rng.random() < 0.6:      # the signature and date close the notice's text
                s["paras"] += [rng.choice(COMPANIES), f"{rng.randint(2025, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
            return s
        it = self.item(3 if kind == "continuation" else 1)
        s["title"] = it["title"]
        if kind == "brief":
            p = it["paragraphs"][0]
            sents = [x for x in re.split(r"(?<=[。！？])", p) if x]
            s["paras"] = ["".join(sents[:rng.randint(1, 3)])]
            if rng.random() < 0.3:
                s["end"] = self.byline("end")
            return s
        if kind == "photo":
            p = it["paragraphs"][0]
            sents = [x for x in re.split(r"(?<=[。！？])", p) if x]
            s["paras"] = ["".join(sents[:rng.randint(1, 2)])]
            a = self.name()
            s["credit"] = rng.choice((f"{a} 摄", f"本报记者 {a} 摄", f"新华社记者 {a} 摄", f"{a}　摄",
                                      f"（{a} 摄）", f"本报记者 {a} 摄影"))
            s["authors"] = [a]
            s["credit_at"] = "inline" if s["credit"].startswith("（") else rng.choice(("before", "after", "after"))
            return s
        n_par = len(it["paragraphs"])
        start = rng.randint(1, max(1, min(3, n_par - 2))) if kind == "continuation" and n_par > 1 else 0
        s["paras"] = self.body(it, rng.choice((300, 500, 800, 1200)), start)
        if kind == "commentary":
            a = self.name()
            form = rng.choice(("sig", "staff", "special", "unit", "endname"))
            s["label"] = rng.choice(COMMENT_LABELS)
            if form == "sig":
                s["top"] = {"text": rng.choice((f"□{a}", f"◎ {a}", f"■ {a}")), "authors": [a]}
            elif form == "staff":
                s["top"] = {"text": "本报评论员", "authors": []}
            elif form == "special":
                s["top"] = {"text": f"特约评论员 {a}", "authors": [a]}
            elif form == "unit":
                s["top"] = {"text": f"□{a}", "authors": [a]}
                s["end"] = {"text": f"（作者单位：{rng.choice(UNITS)}）", "authors": [], "line": True}
            else:
                s["end"] = {"text": f"（{a}）", "authors": [a]}
            s["authors"] = [a] if form != "staff" else []
            return s
        if heads == "full":
            if rng.random() < 0.3:
                s["kicker"] = rng.choice(KICKERS)
            if rng.random() < 0.3:
                if rng.random() < 0.6:
                    s["subtitle"] = rng.choice(SUBTITLES)
                else:      # a dashless deck: a clause of the lead restated
                    clauses = [c for c in re.split(r"[，。；：、！？,]", s["paras"][0]) if 6 <= len(c) <= 20
                               and not ASCII_RUN.search(c)]
                    if clauses:
                        s["subtitle"] = clauses[0]
        elif heads == "sub" and rng.random() < 0.3:
            s["subtitle"] = rng.choice(SUBTITLES)
        if kind == "continuation":
            s["extra"]["from"] = rng.randint(1, max(1, self.page_no - 1))
            if rng.random() < 0.4:
                s["extra"]["to"] = rng.randint(self.page_no + 1, self.page_no + 4)
            by = self.byline("end") if rng.random() < 0.4 else None
        else:
            by = self.pick_byline((0.6, 0.4, 0.0, 0.0) if self.grouped else (0.45, 0.3, 0.15, 0.1))
        if by:
            s["authors"] = by["authors"]
            if by["where"] == "lead":
                s["paras"][0] = by["text"] + s["paras"][0]
            elif by["where"] == "top":
                s["top"] = by
            else:
                s["end"] = by
        return s

    def head_lines(self, title: str, measure: int) -> list[str]:
        """A head set at `measure` characters: one line, or 2–3 broken at a comma or space (the
        comma often set as a space), else at the balanced middle."""
        rng = self.rng
        t = title
        if "，" in t and rng.random() < 0.5:
            t = t.replace("，", rng.choice(("　", " ")))
        if len(t) <= measure:
            return [t]
        n = 2 if len(t) <= 2 * measure else 3
        lines, rest = [], t
        for k in range(n - 1, 0, -1):
            target = len(rest) // (k + 1)
            cuts = [i + 1 for i, c in enumerate(rest) if c in "，：　 ；、" and 3 <= i + 1 <= len(rest) - 3]
            cut = min(cuts, key=lambda i: abs(i - target)) if cuts and rng.random() < 0.8 else target
            while 0 < cut < len(rest) and (rest[cut] in CLOSERS or ASCII_RUN.match(rest, cut - 1)
                                           and rest[cut - 1].isascii() and rest[cut].isascii()):
                cut += 1
            lines.append(rest[:cut].rstrip())
            rest = rest[cut:].lstrip()
        lines.append(rest)
        return [x for x in lines if x]

    def truth_of(self, s: dict, title_lines: list[str], paras: list[str], must: list[str]) -> dict:
        t = {"title": "".join(title_lines), "kind": s["kind"]}
        if s.get("kicker"):
            t["kicker"] = s["kicker"]
        if s.get("subtitle"):
            t["subtitle"] = s["subtitle"]
        t["authors"] = list(s["authors"])
        body = "".join(paras)
        flat = re.sub(r"\s+", "", body)
        t["starts"] = flat[:12]
        t["ends"] = flat[-10:]
        must = [m for m in must if re.sub(r"\s+", "", m) in flat]
        if must:
            t["must_contain"] = must
        if "from" in s["extra"]:
            t["continued_from"] = s["extra"]["from"]
        if "to" in s["extra"]:
            t["continued_to"] = s["extra"]["to"]
        return t

    # --- column text ---------------------------------------------------------------------------
    def setup_columns(self, width: int | None = None) -> None:
        rng = self.rng
        self.W = width or rng.randint(11, 20)
        self.col_h = rng.randint(18, 55)
        self.col_pos = rng.randint(0, self.col_h - 1)
        self.indent = rng.choice(("", "", "　　", "  "))
        self.sep = rng.choice(("blank", "blank", "none", "double"))
        self.spaced = rng.random() < 0.3
        self.artefacts = 0.06
        self.features.update({f"width-{self.W}", f"indent-{ {'': 'none', '　　': 'fullwidth', '  ': 'ascii'}[self.indent]}",
                              f"paras-{self.sep}"})

    def column_break(self, out: list[str], mid_para: bool) -> None:
        """A blank line where the column ends; between paragraphs the extractor may also give the
        page's folio or running header there (kept out of a paragraph so every truth string
        stays one run of page text)."""
        out.append("")
        r = self.rng.random()
        if r < self.artefacts and not mid_para:
            out += [self.rng.choice((str(self.page_no), f"— {self.page_no} —", self.header_line())), ""]
            self.features.add("artefact-mid-page")

    def col_body(self, paras: list[str], end: dict | None = None, force_first_break: bool = False) -> tuple[list[str], list[str]]:
        """Body paragraphs as column lines, cut by column breaks; (lines, must_contain)."""
        rng, out, must = self.rng, [], []
        inline_end = end and not end.get("line") and rng.random() < 0.6
        for pi, para in enumerate(paras):
            text = para + (end["text"] if inline_end and pi == len(paras) - 1 else "")
            lines = wrap(text, self.W)
            off = 0
            for li, ln in enumerate(lines):
                shown = ln
                if self.spaced and ASCII_RUN.search(ln) and rng.random() < 0.35 and li < len(lines) - 1:
                    shown = letter_space(ln)
                    self.features.add("letter-spaced")
                out.append((self.indent if li == 0 else "") + shown)
                off += len(ln)
                self.col_pos += 1
                brk = self.col_pos >= self.col_h or (force_first_break and pi == 0 and li == 0)
                if brk:
                    self.col_pos = 0
                    mid = li < len(lines) - 1 and off < len(para)
                    if mid:
                        seg = para[max(0, off - 8):off + 8]
                        if seg.strip():
                            must.append(seg)
                    self.column_break(out, mid)
            if pi < len(paras) - 1 and out and out[-1] != "":
                out += {"none": [], "blank": [""], "double": ["", ""]}[self.sep]
        if end and not inline_end:
            out += [rng.choice(("", "    ", "　　　　")) + end["text"]]
        return out, must

    def col_head(self, s: dict, measure: int, kicker_gap: bool) -> tuple[list[str], list[str]]:
        lines = []
        if s.get("kicker"):
            lines.append(s["kicker"])
            if kicker_gap:
                lines.append("")
        tl = self.head_lines(s["title"], measure)
        lines += tl
        if s.get("subtitle"):
            lines.append(s["subtitle"])
        return lines, tl

    def add(self, s: dict, tl: list[str], must: list[str]) -> None:
        self.arts.append(self.truth_of(s, tl, s["paras"], must))

    def col_story(self, s: dict, order: str) -> None:
        """One story in columns: head box `before` or `after` its text, or `none` (grouped)."""
        rng = self.rng
        measure = rng.randint(8, 22)
        head, tl = self.col_head(s, measure, rng.random() < 0.5)
        if s.get("label"):
            head = [rng.choice(("{}", "【{}】", "■{}")).format(s["label"]), ""] + head
        if len(tl) > 1:
            self.features.add("head-wrapped")
        top = []
        if s.get("top"):
            top = [s["top"]["text"]] + ([""] if rng.random() < 0.5 else [])
        force = bool(s.get("top")) and rng.random() < 0.25
        body, must = self.col_body(s["paras"], s.get("end"), force)
        if order == "before":
            self.lines += head + ([""] if rng.random() < 0.75 else []) + top + body + [""]
        elif order == "after":
            self.lines += top + body + [""] + head + [""]
        else:
            self.lines += top + body + [""]
        self.add(s, tl, must)

    def col_photo(self, s: dict, order: str) -> None:
        rng = self.rng
        tl = self.head_lines(s["title"], rng.randint(12, 24))
        cap = s["paras"][0] + (s["credit"] if s["credit_at"] == "inline" else "")
        lines = wrap(cap, rng.randint(14, 30))
        credit = [] if s["credit_at"] == "inline" else [s["credit"]]
        if s["credit_at"] == "before":
            block = credit + lines
        else:
            block = lines + credit
        self.features.add(f"photo-credit-{s['credit_at']}")
        self.lines += (tl + [""] + block if order == "before" else block + [""] + tl) + [""]
        self.add(s, tl, [])

    def header_line(self) -> str:
        return self.hdr[0]

    def furniture(self, md: bool = False) -> None:
        rng = self.rng
        d = self.date
        wd = "星期" + "一二三四五六日"[d.weekday()]
        ds = rng.choice((f"{d.year}年{d.month}月{d.day}日", f"{d.year}.{d.month:02d}.{d.day:02d}",
                         f"{d.year}年{d.month}月{d.day}日　{wd}"))
        if wd not in ds and rng.random() < 0.8:
            ds += rng.choice((" ", "　", "  ")) + wd
        pn = rng.choice((f"第{self.page_no}版", f"第 {self.page_no} 版", f"A{self.page_no}",
                         f"{self.page_no:02d}", f"第{cn(self.page_no)}版"))
        ed = f"责任编辑：{self.name()}" + rng.choice(("", f"　美编：{self.name()}", f"  校对：{self.name()}"))
        parts = [self.paper, ds, pn, self.page_name]
        rng.shuffle(parts)
        if rng.random() < 0.5:
            hdr = [rng.choice(("  ", "　", "   ")).join(parts)]
        else:
            hdr = parts[:]
        if rng.random() < 0.5:
            hdr.append(ed)
            ed = None
        self.hdr = hdr
        if md:
            hdr = [rng.choice(("**{}**", "{}", "### {}")).format(h) for h in hdr]
        self.lines += [x for h in hdr for x in (h, "")] if md else hdr + [""]
        self.footer = [ed] if ed else []
        if rng.random() < 0.5:
            self.footer.append(rng.choice((str(self.page_no), f"- {self.page_no} -")))

    def end_furniture(self) -> None:
        if self.footer:
            self.lines += [""] + self.footer

    def guide(self, md: bool = False) -> None:
        """A 导读 box naming stories on other pages (not articles)."""
        rng = self.rng
        lines = [rng.choice(("导读", "今日导读", "■导读"))]
        for _ in range(rng.randint(2, 4)):
            t = rng.choice(self.corpus)["title"][:rng.randint(8, 16)]
            lines.append(rng.choice(("▶", "◆", "·", "")) + t + rng.choice(("  ", "　", " …… ")) + f"第{rng.randint(2, 12)}版")
        self.lines += ([f"**{x}**" if i == 0 else x for i, x in enumerate(lines)] if md else lines)
        self.lines.append("")
        self.features.add("guide-box")

    def weather_ad(self) -> None:
        rng = self.rng
        if rng.random() < 0.6:
            w = rng.choice(("晴", "多云", "阴", "小雨", "晴转多云", "阵雨"))
            self.lines += ["天气预报", f"今天　{w}　{rng.randint(-5, 15)}℃～{rng.randint(16, 33)}℃　{rng.choice('东南西北')}风{rng.randint(1, 4)}级",
                           f"明天　{rng.choice(('晴', '多云', '小雨'))}　{rng.randint(-5, 15)}℃～{rng.randint(16, 33)}℃", ""]
            self.features.add("weather")
        if rng.random() < 0.6:
            self.lines += ["广告", f"{rng.choice(('金桥', '华联', '百佳', '安居'))}{rng.choice(('家居城', '电器', '超市'))}  周年店庆  全场五折起",
                           f"订购热线：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}", ""]
            self.features.add("advert")


# --- Markdown (pymupdf4llm-like) -------------------------------------------------------------
def md_body(page: Page, paras: list[str], end: dict | None) -> tuple[list[str], list[str]]:
    rng, out, must = page.rng, [], []
    inline_end = end and not end.get("line") and rng.random() < 0.5
    for pi, para in enumerate(paras):
        text = para + (end["text"] if inline_end and pi == len(paras) - 1 else "")
        if len(para) > 40 and rng.random() < 0.15:
            cut = rng.randint(10, len(para) - 10)
            while ASCII_RUN.match(para, cut - 1) and para[cut - 1].isascii() and para[cut].isascii():
                cut += 1
            out += [text[:cut], "", text[cut:], ""]
            must.append(para[max(0, cut - 8):cut + 8])
            page.features.add("md-column-break")
        else:
            out += [text, ""]
    if end and not inline_end:
        out += [rng.choice(("{}", "**{}**")).format(end["text"]), ""]
    return out, must


def md_story(page: Page, s: dict) -> None:
    rng = page.rng
    out = []
    if s.get("label"):
        out += [rng.choice(("### {}", "**{}**", "{}", "【{}】")).format(s["label"]), ""]
    if s.get("kicker"):
        out += [rng.choice(("{}", "### {}")).format(s["kicker"])] + ([""] if rng.random() < 0.7 else [])
    tl = page.head_lines(s["title"], rng.randint(10, 30)) if rng.random() < 0.4 else [s["title"]]
    marks = ("## ", "## ", "**") if page.banners else ("## ", "## ", "# ", "**")      # under a `#` banner no story head is `#`
    mark = {"brief": "**", "notice": "## "}.get(s["kind"]) or rng.choice(marks)
    for x in tl:
        out += [f"**{x}**" if mark == "**" else mark + x, ""]
    if len(tl) > 1:
        page.features.add("md-head-wrapped")
    if s.get("subtitle"):
        out += [rng.choice(("{}", "### {}")).format(s["subtitle"]), ""]
    if s.get("top"):
        out += [rng.choice(("{}", "**{}**")).format(s["top"]["text"]), ""]
    body, must = md_body(page, s["paras"], s.get("end"))
    page.lines += out + body
    page.add(s, tl, must)


def md_photo(page: Page, s: dict) -> None:
    rng = page.rng
    out = [f"**==> picture [{rng.randint(200, 600)} x {rng.randint(150, 400)}] intentionally omitted <==**", ""]
    head = [rng.choice(("## {}", "**{}**")).format(s["title"]), ""]
    cap = s["paras"][0] + (s["credit"] if s["credit_at"] == "inline" else "")
    if s["credit_at"] == "before":
        block = [s["credit"], "", cap, ""]
    elif s["credit_at"] == "after":
        block = [cap, "", s["credit"], ""]
    else:
        block = [cap, ""]
    page.lines += out + head + block
    page.features.add(f"photo-credit-{s['credit_at']}")
    page.add(s, [s["title"]], [])


def md_briefs(page: Page, n: int) -> None:
    rng = page.rng
    page.lines += [rng.choice(("### {}", "**{}**", "## {}")).format(rng.choice(BRIEF_LABELS)), ""]
    runin = rng.random() < 0.5
    for _ in range(n):
        s = page.story("brief")
        body, must = md_body(page, s["paras"], s.get("end"))
        if runin:
            body[0] = f"**{s['title']}**" + rng.choice(("　", " ", "")) + body[0]
            page.lines += body
        else:
            page.lines += [f"**{s['title']}**", ""] + body
        s["authors"] = s["end"]["authors"] if s.get("end") else []
        page.add(s, [s["title"]], must)
    page.features.add("briefs-runin" if runin else "briefs-head-over")


# --- page classes --------------------------------------------------------------------------
BANNERS = ("奋力谱写高质量发展新篇章", "凝心聚力　共创美好未来", "坚定信心　实干笃行", "扎实推进各项工作落地见效")


def make_md_front(p: Page) -> None:
    rng = p.rng
    p.furniture(md=True)
    banner = rng.choice(BANNERS)
    p.lines += [f"# {banner}", ""]
    p.banners = [banner]
    p.features.add("banner")
    if rng.random() < 0.3:
        p.guide(md=True)
    n = rng.randint(3, 6)
    photo_at = rng.randint(0, n) if rng.random() < 0.6 else -1
    half = rng.random() < 0.35      # a font whose commas extract half-width, as on the 昌吉 page
    for i in range(n):
        s = p.story("photo") if i == photo_at else p.story("article")
        if half:
            s["paras"] = [halfwidth(x) for x in s["paras"]]
            p.features.add("halfwidth")
        (md_photo if i == photo_at else md_story)(p, s)
    if rng.random() < 0.4:
        p.guide(md=True)


def make_md_opinion(p: Page) -> None:
    rng = p.rng
    p.furniture(md=True)
    for _ in range(rng.randint(1, 2)):
        md_story(p, p.story("commentary"))
    if rng.random() < 0.5:
        md_story(p, p.story("article", heads="sub"))
    md_briefs(p, rng.randint(2, 4))
    if rng.random() < 0.5:
        md_story(p, p.story("notice"))


def make_col(p: Page, order: str) -> None:
    rng = p.rng
    p.setup_columns()
    p.furniture()
    n = rng.randint(3, 7)
    photo_at = rng.randint(0, n) if rng.random() < 0.4 else -1
    if order == "before" and rng.random() < 0.3:
        p.guide()
    for i in range(n):
        if i == photo_at:
            p.col_photo(p.story("photo"), order)
        kind = "commentary" if rng.random() < 0.12 else "article"
        p.col_story(p.story(kind), order)
    p.features.add(f"heads-{order}")
    p.end_furniture()


def make_grouped(p: Page) -> None:
    rng = p.rng
    p.setup_columns()
    p.furniture()
    p.grouped = True      # every story signed at its head (lead or own line): its start is on the page
    stories = [p.story("article", heads="sub") for _ in range(rng.randint(3, 6))]
    top = rng.random() < 0.3
    heads = []
    for s in stories:
        tl = [s["title"]] if rng.random() < 0.8 else p.head_lines(s["title"], rng.randint(10, 16))
        heads += [""] + tl + ([s["subtitle"]] if s.get("subtitle") else [])
        s["_tl"] = tl
    if top:
        p.lines += heads[1:] + [""]
    body_start = len(p.arts)
    for s in stories:
        p.col_story(s, "none")
    for s, t in zip(stories, p.arts[body_start:]):
        t["title"] = "".join(s["_tl"])
    if not top:
        p.lines += heads + [""]
    p.features.add("heads-grouped-top" if top else "heads-grouped-foot")
    p.end_furniture()


def cn(n: int) -> str:
    return CN_NUM[n] if n <= 10 else "十" + CN_NUM[n - 10] if n < 20 else str(n)


def jump_marker(n: int, to: bool, rng: random.Random) -> str:
    num = cn(n) if rng.random() < 0.5 else str(n)
    return ("（下转第{}版）" if to else rng.choice(("（上接第{}版）", "（紧接第{}版）", "（接第{}版）"))).format(num)


def make_jump(p: Page) -> None:
    rng = p.rng
    p.page_no = rng.randint(2, 8)
    p.setup_columns()
    p.artefacts = 0.25
    p.furniture()
    order = rng.choice(("before", "after"))
    s = p.story("continuation", heads="none")
    mark_from = jump_marker(s["extra"]["from"], False, rng)
    runin = rng.random() < 0.4
    paras = list(s["paras"])
    body, must = p.col_body([mark_from + paras[0]] + paras[1:] if runin else paras, s.get("end"))
    if not runin:
        body = [mark_from] + body
    if "to" in s["extra"]:
        body += [jump_marker(s["extra"]["to"], True, rng)]
    tl = p.head_lines(s["title"], rng.randint(10, 22))
    if order == "before":
        p.lines += tl + [""] + body + [""]
    else:
        p.lines += body + [""] + tl + [""]
    p.add(s, tl, must)
    for _ in range(rng.randint(2, 4)):
        p.col_story(p.story("article"), order)
    if rng.random() < 0.7:      # a story that starts here and jumps on
        s = p.story("article")
        para = s["paras"][-1]
        cut = rng.randint(len(para) // 3, max(len(para) // 3 + 1, len(para) - 5))
        while cut < len(para) and (para[cut] in CLOSERS or para[cut].isascii()):
            cut += 1
        s["paras"][-1] = para[:cut]
        to = rng.randint(p.page_no + 1, 12)
        s["extra"]["to"] = to
        if s.get("end"):      # the closing credit would stand on the later page
            s["end"], s["authors"] = None, []
        head, tl = p.col_head(s, rng.randint(8, 20), True)
        top = [s["top"]["text"]] if s.get("top") else []
        body, must = p.col_body(s["paras"])
        while body and body[-1] == "":
            body.pop()
        body[-1] += jump_marker(to, True, rng)
        p.lines += (head + [""] + top + body if order == "before" else top + body + [""] + head) + [""]
        p.add(s, tl, must)
        p.features.add("jump-out")
    p.features.add(f"heads-{order}")
    p.end_furniture()


def make_briefs(p: Page) -> None:
    rng = p.rng
    p.setup_columns()
    p.furniture()
    order = rng.choice(("before", "before", "after"))
    for _ in range(rng.randint(1, 2)):
        p.col_story(p.story("article"), order)
    for _ in range(rng.randint(0, 1) + (1 if rng.random() < 0.5 else 0)):      # photos set like the stories
        p.col_photo(p.story("photo"), order)
    label = rng.choice(BRIEF_LABELS)
    p.lines += [rng.choice(("{}", "■{}", "【{}】", "{}　")).format(label).strip(), ""]
    marker = rng.choice(("■", "●", "▲", "◆", ""))
    runin = rng.random() < 0.45
    gap = rng.random() < 0.5
    for _ in range(rng.randint(2, 4)):
        s = p.story("brief")
        s["authors"] = s["end"]["authors"] if s.get("end") else []
        if runin:
            lead = rng.choice((f"【{s['title']}】", f"{marker or '■'}{s['title']}　"))
            body, must = p.col_body([lead + s["paras"][0]], s.get("end"))
        else:
            body, must = p.col_body(s["paras"], s.get("end"))
            body = [marker + s["title"]] + body
        p.lines += body + ([""] if gap else [])
        p.add(s, [s["title"]], must)
    p.features.add("briefs-runin" if runin else "briefs-head-over")
    if p.lines[-1] != "":
        p.lines.append("")
    for _ in range(rng.randint(0, 2)):
        if len(p.arts) >= 9:
            break
        s = p.story("notice")
        tl = [s["title"]]
        body, must = p.col_body(s["paras"])
        p.lines += tl + [""] + body + [""]
        p.add(s, tl, must)
    p.weather_ad()
    p.end_furniture()


def make_wire(p: Page) -> None:
    rng = p.rng
    p.setup_columns()
    p.indent = rng.choice(("　　", "　　", "  "))
    p.sep = rng.choice(("none", "none", "blank"))
    p.spaced = True
    p.features.add(f"wire-indent-{len(p.indent)}-{p.sep}")
    p.furniture()
    order = rng.choice(("before", "after"))
    half = rng.random() < 0.6
    p.wire = True
    for _ in range(rng.randint(3, 6)):
        s = p.story("article")
        if half:
            s["paras"] = [halfwidth(x) for x in s["paras"]]
            if s.get("subtitle"):
                s["subtitle"] = halfwidth(s["subtitle"])
        p.col_story(s, order)
    if half:
        p.features.add("halfwidth")
    p.features.add(f"heads-{order}")
    p.end_furniture()


def make_fifth_page(corpus: list[dict], seed_str: str) -> tuple[str, dict]:
    """One page of layout class drawn from `seed_str`: (page text, truth)."""
    rng = random.Random(seed_str)
    cls = rng.choice(CLASSES)
    p = Page(rng, corpus, cls)
    p.paper = rng.choice(PAPERS)
    p.page_name = rng.choice(PAGE_NAMES)
    p.date = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 540))
    p.page_no = 1 if cls == "fifth-md-front" else rng.randint(1, 12)
    p.banners = []
    {"fifth-md-front": make_md_front, "fifth-md-opinion": make_md_opinion,
     "fifth-col-head-first": lambda q: make_col(q, "before"),
     "fifth-col-head-last": lambda q: make_col(q, "after"),
     "fifth-col-heads-grouped": make_grouped, "fifth-col-jump": make_jump,
     "fifth-col-briefs": make_briefs, "fifth-flow-wire": make_wire}[cls](p)
    if cls.startswith("fifth-md"):
        p.end_furniture()
    lines = [x.rstrip() for x in p.lines]
    while lines and lines[-1] == "":
        lines.pop()
    text = re.sub(r"\n{4,}", "\n\n\n", "\n".join(lines)) + "\n"
    truth = {"generator": "fifth", "layout": cls, "features": sorted(p.features), "articles": p.arts}
    if p.banners:
        truth["banners"] = p.banners
    return text, truth
