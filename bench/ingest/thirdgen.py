"""The third page generator (`bench-ingest --generator third`), written blind: without reading
pagegen.py, altgen.py, typeset.py, the bench README, the splitter or its tests — only the issue's
list of layout forms, the two sample pages and their truths, the scorer and the corpus format.
It exists to tell whether rules tuned on the first two generators generalize.

`make_third_page(corpus, seed_str) -> (text, truth)`: one page of 3–8 stories of real corpus text,
the same page for the same seed string. The truth is in the scorer's format (title, kicker,
subtitle, authors, kind, starts/ends of the body, must_contain sentences a column break cut,
continued_from/to) plus `layout` (one of CLASSES), `generator` ("third") and `features`.

Layout classes (each picks its own column width, blank-line habit, indents, furniture, …):
- third-md-heads     PDF→Markdown of a front page: `#`/`##`/`###` heads, a banner slogan, kickers as
                     plain lines or `###`, `——` subtitles, one paragraph a line, a paragraph cut
                     by a column break now and then, picture placeholders, slogan boxes.
- third-md-bold      Markdown whose heads are `**bold**` lines (no `#`), briefs as a bullet list
                     (`- **lead phrase** text`), header lines (版名, 第N版, date with 星期) as text.
- third-col-before   pdftotext of hard-wrapped columns (11–20 em), headline block before its story,
                     heads wrapped at their own width (some letter-spaced), bylines on lines of their
                     own under the headline, running header at the top and/or footer at the foot.
- third-col-after    inside page, pdftotext order puts each headline block after its story (as in
                     the second sample), a story continued from an earlier page (上接), now and
                     then one continued to a later page (下转) too.
- third-col-grouped  all headlines grouped together at the foot (or at the top) of the page, in
                     story order, each between blank lines.
- third-col-dense    narrow columns (11–14 em), no blank lines between paragraphs (indent or a short
                     first line only), column breaks as blank lines, half-width punctuation between
                     Han characters on most pages; agency datelines wrap over lines as they fall.
- third-flow-indent  "electronic edition" text: one paragraph a line with a `　　` indent, no blank
                     lines anywhere, heads and bylines as unindented lines, furniture lines between.
- third-briefs-opinion  an inside page of a 简讯/快讯 box (several one-paragraph items, each with a
                     lead phrase as its title), a commentary column (短评/时评/评论员文章 label,
                     本报评论员 or a named signature), photos with `X 摄` credits, in either shape.

Choices a careful editor would make, and this truth makes:
- A lead byline/dateline run into the first paragraph (`本报讯（记者 X）…`, `新华社北京…电（记者 X）`)
  is the start of the body (`starts` begins with it). Every other byline or credit
  is not body, its names are the authors: on a line of its own (`本报记者 X Y`, `□记者 X`,
  `文/图 X`, `记者 X 报道` at the end, `X 摄`, `（作者单位：…）`) or in brackets run into the last
  paragraph (`…。（记者 X）`: `ends` stops before it — the one judgement call here that a
  splitter could defensibly make the other way).
- `（上接第N版）`/`（下转第N版）` markers are not body; they give continued_from/continued_to.
- Column labels (简讯, 短评, …) are not kickers: briefs and labelled commentaries leave `kicker`
  unscored; every other story says its kicker (None when there is none).
- Only what the text still shows is asked for: kickers and subtitles are blocks of their own
  (a blank line between) in column text, where a subtitle always has its `——`; a dashless
  subtitle only in Markdown, a heading level below its headline's; pages without blank lines or
  with headlines grouped apart have no kicker cut from the headline and no dashless subtitle.
- 本报评论员 / 评论员 is not a person: no author.
- Running headers/footers, banners, slogan boxes and picture placeholders are not articles.
- starts/ends/must_contain never include half-width punctuation the page put between Han
  characters (the project normalizes it; its truth should not depend on that).
"""
from __future__ import annotations

import random
import re

CLASSES = ("third-md-heads", "third-md-bold", "third-col-before", "third-col-after",
           "third-col-grouped", "third-col-dense", "third-flow-indent", "third-briefs-opinion")

GEN = "third"

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞建国文辉力宁波斌宇浩凯俊帆璐晨欣怡然瑶婷雪琳晓峰海波亮春梅兰志刚永健新")
MINORITY = ["阿依古丽·买买提", "热合曼·艾力", "古丽娜尔·吐尔逊", "艾尔肯·阿不都拉", "迪丽拜尔·卡德尔",
            "努尔兰·巴合提", "阿力木·依明", "帕提古丽·热依木", "买买提江·吾守尔", "巴音·朝鲁",
            "其其格", "扎西次仁", "格桑卓玛", "吐尔洪·司马义"]
PLACES = ["北京", "上海", "广州", "乌鲁木齐", "成都", "武汉", "西安", "南京", "华盛顿", "纽约", "日内瓦",
          "布鲁塞尔", "东京", "莫斯科", "伦敦", "巴黎", "联合国", "香港", "台北", "开罗", "新德里"]
PAPERS = ["临江日报", "北原日报", "南州晨报", "金川日报", "西岭都市报", "滨海日报", "河西日报", "东陵晚报"]
PAGE_NAMES = ["要闻", "国际新闻", "综合新闻", "时事", "经济", "评论", "社会", "国际·观察", "环球视野", "地方新闻"]
KICKERS = ["聚焦热点", "国际观察", "关注", "一线见闻", "深度", "环球热点", "记者手记", "新闻背景",
           "持续关注", "时事追踪", "锐观察", "外交动态", "民生关注 温暖人心", "以实干 促发展",
           "凝心聚力 共谋发展", "关注中东局势"]
SLOGANS = ["凝心聚力 团结奋斗", "全面推进高质量发展", "守正创新 笃行实干", "讲好新闻故事 传播时代声音",
           "奋力谱写新篇章", "同心协力 共建家园"]
BRIEF_LABELS = ["简讯", "快讯", "本地简讯", "要闻简报", "新闻速览", "国际简讯"]
OPINION_LABELS = ["短评", "时评", "评论员文章", "今日谈", "快评", "观点", "编辑手记"]
AFFILIATIONS = ["某大学新闻学院", "省社会科学院", "市委党校", "某大学国际关系学院", "某研究院"]
CN_NUM = "零一二三四五六七八九十"
WEEKDAYS = "一二三四五六日"
HAN = re.compile(r"[\u4e00-\u9fff]")
ASCII_PUNCT = ",:;!?"
HANGING = "，。、；：！？）》”’」』,.;:!?)%"
OPENING = "（《“‘「『("


def flat(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def cn(n: int) -> str:
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def em(ch: str) -> float:
    """Width of a character in a column: full-width 1 em, ASCII half."""
    return 0.5 if ord(ch) < 0x2000 else 1.0


def name(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(MINORITY)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


# ----------------------------------------------------------------------------------------------
# stories

class Story:
    """One printed piece: its heads, bylines, body paragraphs and what the truth says of it."""

    def __init__(self, kind: str):
        self.kind = kind
        self.title = ""
        self.title_print = ""            # the title as printed (spaces, letter-spacing)
        self.kicker: str | None = None
        self.subtitle: str | None = None  # as printed, with its dashes if any
        self.label: str | None = None     # column label (简讯/短评) printed over it, not a kicker
        self.authors: list[str] = []
        self.above: list[str] = []        # byline lines printed with the heads (not body)
        self.tail: list[str] = []         # credit lines after the body (not body)
        self.tail_inline = ""             # a credit run into the last paragraph (not body)
        self.credit_first: str | None = None   # photo credit before the caption (not body)
        self.paras: list[str] = []        # body paragraphs as printed (lead byline included)
        self.cont_from: int | None = None
        self.cont_to: int | None = None
        self.mark_from: str | None = None
        self.mark_to: str | None = None
        self.mark_to_inline = False
        self.must: list[str] = []
        self.brief_inline = False         # a brief whose lead phrase runs into its paragraph
        self.kicker_scored = True


def date_of(item: dict, rng: random.Random) -> tuple[int, int]:
    m = re.match(r"\d{4}-(\d\d)-(\d\d)", item.get("date") or "")
    if m:
        return int(m.group(1)), int(m.group(2))
    return rng.randint(1, 12), rng.randint(1, 28)


def clause_from(paras: list[str], rng: random.Random) -> str | None:
    cands = []
    for p in paras[:3]:
        for c in re.split(r"[，。；：！？,;:!?]", p):
            c = c.strip()
            if 8 <= len(c) <= 20 and not re.search(r"[“”\"()（）《》]", c):
                cands.append(c)
    return rng.choice(cands) if cands else None


def lead_byline(rng: random.Random, item: dict, authors: list[str]) -> tuple[str, str]:
    """(form, text to put before the lead's first word); the authors are filled in."""
    mo, d = date_of(item, rng)
    a = [name(rng) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
    forms = ["bx-paren", "bx-paren-tx", "bx-report", "agency", "own-dateline", "bx-intern", "agency-none"]
    form = rng.choice(forms)
    sep = rng.choice((" ", "", "　"))
    if form == "bx-paren":
        authors += a[:2]
        return form, f"本报讯（记者{sep}{'、'.join(a[:2])}）"
    if form == "bx-paren-tx":
        authors += [a[0], a[-1]] if len(a) > 1 else [a[0]]
        tx = f"通讯员{sep}{a[-1]}" if len(a) > 1 else ""
        return form, f"本报讯（记者{sep}{a[0]}{' ' + tx if tx else ''}）"
    if form == "bx-report":
        authors += a[:2]
        who = f"记者{a[0]}" + (f"、通讯员{a[1]}" if len(a) > 1 else "")
        return form, f"本报讯 {who}报道：" if rng.random() < 0.7 else f"本报讯　{who}报道　"
    if form == "agency":
        authors += a[:2]
        place = rng.choice(PLACES)
        return form, f"新华社{place}{mo}月{d}日电（记者{sep}{'、'.join(a[:2])}）"
    if form == "own-dateline":
        authors += a[:1]
        return form, f"本报{rng.choice(PLACES)}{mo}月{d}日电　记者{a[0]}报道："
    if form == "bx-intern":
        authors += a[:2]
        tail = f"　通讯员{a[1]}" if len(a) > 1 else ""
        return form, f"本报讯（实习记者{a[0]}{tail}）"
    return form, rng.choice(("据新华社电　", "本报讯　", "据央视新闻报道，"))


def own_byline(rng: random.Random, authors: list[str]) -> str:
    a = [name(rng) for _ in range(rng.choice((1, 2, 2)))]
    authors += a
    form = rng.randrange(7)
    if form == 0:
        return "本报记者  " + "  ".join(a)
    if form == 1:
        return "□记者 " + " ".join(a)
    if form == 2:
        return "■本报记者 " + a[0] + (f" 通讯员 {a[1]}" if len(a) > 1 else "")
    if form == 3:
        return "文/图  " + "　".join(a)
    if form == 4:
        return "文/本报记者 " + "、".join(a)
    if form == 5:
        return "◎本报记者 " + " ".join(a)
    return "本报特约记者　" + "　".join(a)


def body_of(item: dict, rng: random.Random, lo: int, hi: int, max_chars: int) -> list[str]:
    paras = [p.strip() for p in item["paragraphs"] if p.strip()]
    k = rng.randint(lo, hi)
    out, n = [], 0
    for p in paras[:k]:
        if out and n + len(p) > max_chars:
            break
        out.append(p)
        n += len(p)
    return out


def shape_title(rng: random.Random, title: str) -> str:
    t = title.strip()
    if "，" in t and rng.random() < 0.4:
        t = t.replace("，", rng.choice(("　", " ")))
    return t


def make_article(rng: random.Random, item: dict, feats: set, md: bool, flow: bool = False,
                 bare_heads: bool = False) -> Story:
    """`flow`: no blank lines on the page, so no kicker cut from the headline and no subtitle
    without its dashes; `bare_heads`: heads grouped apart from the stories, one line each, so
    neither kicker nor dashless subtitle (nothing on the page would tell them from headlines)."""
    s = Story("article")
    title = item["title"].strip()
    if ("，" in title and len(title.partition("，")[0]) <= 18 and rng.random() < 0.35
            and not flow and not bare_heads):
        k, _, t = title.partition("，")
        s.kicker, title = k, t
        feats.add("kicker-from-title")
    elif rng.random() < 0.2 and not bare_heads:
        s.kicker = rng.choice(KICKERS)
        feats.add("kicker")
    s.title = s.title_print = shape_title(rng, title)
    paras = body_of(item, rng, 2, 8, 1600)
    if rng.random() < 0.22:
        c = clause_from(paras, rng)
        if c:
            # without its dashes only where the Markdown heading level still sets it apart: in
            # column text nothing would tell it from a headline under a kicker
            s.subtitle = ("——" + c) if rng.random() < 0.6 or not md or flow or bare_heads else c
            feats.add("subtitle-dash" if s.subtitle.startswith("—") else "subtitle-plain")
    r = rng.random()
    if r < 0.5:
        form, lead = lead_byline(rng, item, s.authors)
        feats.add("byline-lead:" + form)
        own_line = form == "agency" and rng.random() < 0.4
        if own_line:                    # a bold dateline on its own line over the lead
            feats.add("dateline-own-line")
            paras = [lead] + paras
        else:
            paras = [lead + paras[0]] + paras[1:]
    elif r < 0.78:
        s.above.append(own_byline(rng, s.authors))
        feats.add("byline-own-line")
    elif r < 0.86:
        a = [name(rng) for _ in range(rng.choice((1, 2)))]
        s.authors += a
        s.tail.append(rng.choice(("记者 ", "本报记者 ")) + " ".join(a) + rng.choice((" 报道", "")))
        feats.add("byline-tail-line")
    elif r < 0.93:
        a = name(rng)
        s.authors.append(a)
        s.tail_inline = rng.choice((f"（{a}）", f"（记者 {a}）", f"（本报记者 {a}）"))
        feats.add("byline-tail-inline")
    else:
        feats.add("byline-none")
    s.paras = paras
    return s


def _opening(text: str, limit: int) -> str:
    """The whole sentences opening `text` that fit in `limit` characters (at least the first)."""
    out = ""
    for x in (x for x in re.split(r"(?<=[。！？])", text) if x):
        if out and len(out) + len(x) > limit:
            break
        out += x
    return out


def make_photo(rng: random.Random, item: dict, feats: set) -> Story:
    s = Story("photo")
    first = item["paragraphs"][0]
    cap = _opening(first, 140)[:200]
    mo, d = date_of(item, rng)
    if not re.match(r"\d", cap) and rng.random() < 0.5:
        cap = f"{mo}月{d}日，" + cap
    title = item["title"].strip()
    if len(title) > 16 and "，" in title:
        title = title.split("，")[-1]
    s.title = title
    s.title_print = title
    s.kicker = None
    a = [name(rng) for _ in range(rng.choice((1, 1, 2)))]
    s.authors = a
    form = rng.randrange(5)
    credit = [f"{' '.join(a)} 摄", f"本报记者 {'　'.join(a)} 摄", f"新华社记者 {' '.join(a)} 摄",
              f"新华社发（{' '.join(a)} 摄）", f"通讯员 {a[0]} 摄" + (f"  记者 {a[1]} 摄" if len(a) > 1 else "")][form]
    feats.add("photo")
    where = rng.random()
    if where < 0.3:
        s.credit_first = credit
        feats.add("photo-credit-first")
    else:
        s.tail.append(credit)
    s.paras = [cap]
    return s


def make_brief(rng: random.Random, item: dict, feats: set) -> Story:
    s = Story("brief")
    s.kicker_scored = False
    t = item["title"].strip()
    if "，" in t:
        t = t.split("，")[rng.randrange(2)]
    s.title = s.title_print = t
    p = item["paragraphs"][0]
    body = _opening(p, 160)
    r = rng.random()
    if r < 0.3:
        body = rng.choice(("本报讯　", "本报讯 ", "据新华社电　")) + body
    if rng.random() < 0.3:
        a = name(rng)
        s.authors.append(a)
        s.tail_inline = rng.choice((f"（{a}）", f"（通讯员 {a}）", f"（记者 {a}）"))
        feats.add("brief-credit")
    s.paras = [body]
    feats.add("brief")
    return s


def make_commentary(rng: random.Random, item: dict, feats: set) -> Story:
    s = Story("commentary")
    s.label = rng.choice(OPINION_LABELS)
    s.kicker_scored = False
    s.title = s.title_print = shape_title(rng, item["title"].strip())
    paras = body_of(item, rng, 2, 5, 1100)
    form = rng.randrange(5)
    if form == 0:
        s.above.append("本报评论员")
    elif form == 1:
        a = name(rng)
        s.authors.append(a)
        s.above.append(rng.choice(("□ ", "◎", "■", "")) + a)
    elif form == 2:
        a = name(rng)
        s.authors.append(a)
        s.tail.append(a)
        if rng.random() < 0.5:
            s.tail.append(f"（作者单位：{rng.choice(AFFILIATIONS)}）")
            feats.add("affiliation")
    elif form == 3:
        a = name(rng)
        s.authors.append(a)
        s.above.append(a)
        s.tail.append(f"（作者单位：{rng.choice(AFFILIATIONS)}）")
        feats.add("affiliation")
    else:
        s.tail.append("本报评论员")
    feats.add("commentary")
    s.paras = paras
    return s


def make_continuation(rng: random.Random, item: dict, page_no: int, feats: set) -> Story:
    s = Story("continuation")
    s.title = s.title_print = shape_title(rng, item["title"].strip())
    paras = body_of(item, rng, 3, 9, 1800)
    s.paras = paras[1:] if len(paras) > 2 else paras
    s.cont_from = rng.randrange(1, page_no)
    marker = rng.choice(("（上接第{}版）", "（上接第{}版）", "(上接第{}版)", "（上接{}版）"))
    s.mark_from = marker.format(cn(s.cont_from) if rng.random() < 0.6 else s.cont_from)
    if rng.random() < 0.5:
        s.cont_to = page_no + rng.randint(1, 6)
        s.mark_to = "（下转第{}版）".format(cn(s.cont_to) if rng.random() < 0.6 else s.cont_to)
        s.mark_to_inline = rng.random() < 0.5
    feats.add("continued-from")
    return s


def add_continued_to(rng: random.Random, s: Story, page_no: int, feats: set) -> None:
    s.cont_to = page_no + rng.randint(1, 7)
    s.mark_to = rng.choice(("（下转第{}版）", "（转第{}版）", "(下转第{}版)")).format(
        cn(s.cont_to) if rng.random() < 0.6 else s.cont_to)
    s.mark_to_inline = rng.random() < 0.5 and not s.tail_inline
    feats.add("continued-to")


# ----------------------------------------------------------------------------------------------
# page furniture

def furniture(rng: random.Random, page_no: int, item_date: tuple[int, int]) -> tuple[list[str], list[str]]:
    paper = rng.choice(PAPERS)
    pname = rng.choice(PAGE_NAMES)
    mo, d = item_date
    year = rng.choice((2024, 2025, 2026))
    wd = WEEKDAYS[rng.randrange(7)]
    date = rng.choice((f"{year}年{mo}月{d}日 星期{wd}", f"{year}年{mo}月{d}日　星期{wd}",
                       f"{year}.{mo:02d}.{d:02d} 星期{wd}"))
    pg = rng.choice((f"第{page_no}版", f"第{cn(page_no)}版", f"{page_no:02d}", f"A{page_no}", f"第 {page_no} 版"))
    eds = [f"责任编辑：{name(rng)}", f"版式：{name(rng)}", f"校对：{name(rng)}"]
    if rng.random() < 0.4:
        eds = [f"本版编辑：{name(rng)}"] + (["美编：" + name(rng)] if rng.random() < 0.5 else [])
    style = rng.randrange(5)
    if style == 0:
        top = [f"{paper}　{pname}　{date}　{pg}"]
        foot = ["　".join(eds)]
    elif style == 1:
        top = [pg, pname, date, "  ".join(eds)]
        foot = []
    elif style == 2:
        top = [f"{date}  {pg}", pname]
        foot = [" ".join(eds), paper]
    elif style == 3:
        top = []
        foot = [f"{pg}　{pname}", " ".join(eds), date]
    else:
        top = [paper, f"{pg}　{pname}　责任编辑　{name(rng)}"]
        foot = [date]
    return top, foot


# ----------------------------------------------------------------------------------------------
# text shaping

def half_width(text: str) -> str:
    """，：；！？ between two Han characters printed half-width, as some pages extract."""
    table = dict(zip("，：；！？", ASCII_PUNCT))
    out = list(text)
    for i in range(1, len(out) - 1):
        if out[i] in table and HAN.match(out[i - 1]) and HAN.match(out[i + 1]):
            out[i] = table[out[i]]
    return "".join(out)


def wrap(text: str, width: float, first: float) -> list[str]:
    """Hard-wrap `text` into lines of at most `width` em (the first `first` em)."""
    lines, cur, w, lim = [], "", 0.0, first
    for ch in text:
        e = em(ch)
        # no line starts with closing punctuation: it hangs at the end of the line above
        if cur and w + e > lim and ch not in HANGING:
            carry = ""
            if len(cur) > 1 and cur[-1] in OPENING:     # nor ends with an opening bracket
                cur, carry = cur[:-1], cur[-1]
            lines.append(cur)
            cur, w, lim = carry, em(carry) if carry else 0.0, width
        cur += ch
        w += e
    if cur:
        lines.append(cur)
    return lines


def letterspace(t: str) -> str:
    return " ".join(t)


class Page:
    def __init__(self, rng: random.Random, cls: str, md: bool):
        self.rng, self.cls, self.md = rng, cls, md
        self.out: list[str] = []
        self.width = rng.randint(11, 20)
        self.head_width = rng.randint(10, 28)
        self.blank = rng.choice((0, 1, 1, 1, 2))
        self.indent = rng.choice(("spaces", "short", "none", "ascii"))
        self.col_h = rng.randint(14, 60)
        self.col_blank = rng.choice((1, 1, 2))
        self.since_break = rng.randint(0, self.col_h)
        self.halfw = False
        self.flow = False                # one paragraph a line, no wrapping
        self.spaced_line = rng.random() < 0.15

    # low-level ------------------------------------------------------------------------------
    def blank_lines(self, n: int) -> None:
        for _ in range(n):
            self.out.append("")

    def sep(self) -> None:
        """Between blocks (heads, bylines, stories): a blank line, unless the page has none."""
        if self.flow:
            return
        if self.out and self.out[-1] != "":
            self.out.append("")

    def text_line(self, line: str) -> None:
        self.out.append(line)

    def head(self, text: str, level: str = "title") -> None:
        """A head line (kicker, title, subtitle, label), wrapped at the head width in columns."""
        if self.md:
            self.out.append(text)
            return
        if self.flow:
            self.out.append(text)
            return
        if level == "title" and len(flat(text)) > self.head_width:
            for ln in wrap(text, self.head_width, self.head_width):
                self.out.append(ln.strip())
        else:
            self.out.append(text)

    def para(self, text: str, story: Story, first_para: bool) -> None:
        """One body paragraph in the page's shape; records where a column break cut it."""
        rng = self.rng
        if self.halfw:
            text = half_width(text)
        if self.md:
            if len(text) > 40 and rng.random() < 0.18:
                cut = rng.randint(10, len(text) - 10)
                self.out.append(text[:cut])
                self.out.append("")
                self.out.append(text[cut:])
                self.note_cut(story, text, cut)
            else:
                self.out.append(text)
            self.out.append("")
            return
        if self.flow:
            self.out.append("　　" + text)
            return
        ind = self.indent
        first_w = self.width - 2 if ind in ("spaces", "short", "ascii") else self.width
        lines = wrap(text, self.width, first_w)
        if ind == "spaces":
            lines[0] = "　　" + lines[0]
        elif ind == "ascii":
            lines[0] = "  " + lines[0]
        for i, ln in enumerate(lines):
            if self.spaced_line and len(ln) <= self.width - 4 and i < len(lines) - 1 and rng.random() < 0.3:
                ln = letterspace(ln)
                self.spaced_line = False
            self.out.append(ln)
            self.since_break += 1
            if self.since_break >= self.col_h:
                self.since_break = 0
                self.col_h = max(10, self.col_h + rng.randint(-4, 4))
                self.blank_lines(self.col_blank)
                if i < len(lines) - 1:
                    cut = sum(len(x) for x in lines[: i + 1])
                    if ind in ("spaces", "ascii"):
                        cut -= 2
                    self.note_cut(story, text, cut)
        trailing = 0
        while trailing < len(self.out) and self.out[-1 - trailing] == "":
            trailing += 1
        for _ in range(self.blank - trailing):
            self.out.append("")

    def note_cut(self, story: Story, text: str, cut: int) -> None:
        a, b = max(0, cut - 8), min(len(text), cut + 8)
        piece = text[a:b].strip()
        if any(c in piece for c in ASCII_PUNCT) or len(flat(piece)) < 8:
            return
        if len(story.must) < 2:
            story.must.append(piece)


# ----------------------------------------------------------------------------------------------
# laying out stories

def heads_of(page: Page, s: Story, feats: set, level_title: str | None = None) -> None:
    """Kicker, title, subtitle and the byline lines printed with them."""
    rng, md = page.rng, page.md
    if s.label:
        page.sep()
        lab = s.label
        if md:
            lab = rng.choice((f"### {lab}", f"**{lab}**", lab))
        elif rng.random() < 0.3:
            lab = letterspace(lab)
        page.head(lab, "label")
        page.sep()
    lvl = None
    if md:
        lvl = level_title or rng.choice(("##", "##", "#", "###"))
    if s.kicker:
        # a kicker is set smaller than its headline: its own text block in a column page (a blank
        # line between), a lower heading level or plain text in Markdown
        if md:
            forms = [s.kicker, s.kicker] + ([f"### {s.kicker}"] if lvl in ("#", "##") else [])
            page.head(rng.choice(forms), "kicker")
            if rng.random() < 0.5:
                page.sep()
        else:
            page.head(s.kicker, "kicker")
            page.sep()
    title = s.title_print
    if not md and not page.flow and len(flat(title)) <= 10 and rng.random() < 0.35:
        title = letterspace(flat(title))
        feats.add("title-letterspaced")
    if md:
        if len(title) > 18 and rng.random() < 0.2:
            cut = rng.randint(6, len(title) - 6)
            while cut < len(title) - 1 and title[cut] in HANGING:
                cut += 1
            for part in (title[:cut].strip(), title[cut:].strip()):
                page.head(f"**{part}**" if lvl == "**" else f"{lvl} {part}", "title")
            feats.add("title-wrapped-md")
        else:
            page.head(f"{lvl} {title}" if lvl != "**" else f"**{title}**", "title")
    else:
        page.head(title, "title")
        if len(flat(title)) > page.head_width and not page.flow:
            feats.add("title-wrapped")
    if s.subtitle:
        dash = s.subtitle.startswith("—")
        if not dash or rng.random() < 0.6:
            page.sep()
        if md:
            if dash:
                forms = [s.subtitle, f"### {s.subtitle}", f"**{s.subtitle}**"]
            else:   # a subtitle without dashes, set smaller than its headline
                forms = [s.subtitle] + ([f"### {s.subtitle}"] if lvl in ("#", "##") else [])
            page.head(rng.choice(forms), "subtitle")
        else:
            page.head(s.subtitle, "subtitle")
    if s.above:
        if rng.random() < 0.7:
            page.sep()
        for b in s.above:
            page.text_line(f"**{b}**" if md and rng.random() < 0.4 else b)
    page.sep()


def body_block(page: Page, s: Story, feats: set) -> None:
    rng = page.rng
    if s.mark_from:
        page.text_line(s.mark_from)
        if rng.random() < 0.4:
            page.sep()
    if s.credit_first:
        page.text_line(s.credit_first)
        if rng.random() < 0.5:
            page.sep()
    paras = list(s.paras)
    inline_to = bool(s.mark_to and s.mark_to_inline)
    for i, p in enumerate(paras):
        last = i == len(paras) - 1
        if last and s.tail_inline:
            p = p + s.tail_inline
        if last and inline_to:
            p = p + s.mark_to
        page.para(p, s, i == 0)
    if s.mark_to and not inline_to:
        page.text_line(s.mark_to)
    inline_credit = s.kind == "photo" and s.tail and rng.random() < 0.3 and not page.md
    if s.tail:
        if inline_credit:      # the credit set after the caption's last line, on the same line
            while page.out and page.out[-1] == "":
                page.out.pop()
            page.out[-1] = page.out[-1] + rng.choice(("  ", " ", "　")) + s.tail[0]
            feats.add("photo-credit-inline")
            rest = s.tail[1:]
        else:
            rest = s.tail
        if rest and page.out and page.out[-1] != "" and rng.random() < 0.5:
            page.sep()
        for t in rest:
            page.text_line(t)
    page.sep()


def truth_of(s: Story, halfw: bool) -> dict:
    body = flat(body_text(s, halfw))
    # first/last 10 characters, short of any half-width punctuation the page set between Han
    st = body[:10]
    m = re.search(r"(?<=[\u4e00-\u9fff])[,:;!?](?=[\u4e00-\u9fff])", st)
    if m and m.start() >= 1:
        st = st[:m.start()]
    en = body[-10:]
    for m in re.finditer(r"(?<=[\u4e00-\u9fff])[,:;!?](?=[\u4e00-\u9fff])", en):
        if len(en) - m.end() >= 1:
            en = en[m.end():]
    t: dict = {"title": s.title}
    if s.kicker_scored:
        t["kicker"] = s.kicker
    t["subtitle"] = s.subtitle.lstrip("—") if s.subtitle else None
    t["authors"] = list(s.authors)
    t["kind"] = s.kind
    t["continued_from"] = s.cont_from
    t["continued_to"] = s.cont_to
    t["starts"] = st
    t["ends"] = en
    musts = [m for m in s.must if flat(m) in body]
    if musts:
        t["must_contain"] = musts
    return t


# ----------------------------------------------------------------------------------------------
# classes

def pick_items(rng: random.Random, corpus: list[dict], n: int) -> list[dict]:
    usable = [it for it in corpus if it.get("paragraphs") and it.get("title")]
    return rng.sample(usable, min(n, len(usable)))


def compose(rng: random.Random, corpus: list[dict], cls: str, page_no: int, feats: set,
            md: bool) -> list[Story]:
    n = rng.randint(3, 8)
    items = pick_items(rng, corpus, n)
    stories: list[Story] = []
    if cls == "third-briefs-opinion":
        k_brief = rng.randint(2, min(5, max(2, n - 1)))
        rest = items[k_brief:]
        if rest:
            stories.append(make_commentary(rng, rest[0], feats))
        for it in rest[1:]:
            stories.append(make_photo(rng, it, feats) if rng.random() < 0.5 else make_article(rng, it, feats, md))
        briefs = [make_brief(rng, it, feats) for it in items[:k_brief]]
        label = rng.choice(BRIEF_LABELS)
        at = rng.randint(0, len(stories))
        stories[at:at] = briefs
        briefs[0].label = label
        return stories
    for i, it in enumerate(items):
        r = rng.random()
        if cls == "third-col-after" and i == 0 and page_no > 1:
            stories.append(make_continuation(rng, it, page_no, feats))
            continue
        if r < 0.13:
            stories.append(make_photo(rng, it, feats))
        elif r < 0.2 and cls != "third-col-grouped":
            stories.append(make_commentary(rng, it, feats))
        else:
            stories.append(make_article(rng, it, feats, md, cls == "third-flow-indent",
                                        cls == "third-col-grouped"))
    arts = [s for s in stories if s.kind == "article"]
    if arts and rng.random() < 0.3:
        add_continued_to(rng, rng.choice(arts), page_no, feats)
    if cls not in ("third-col-after",) and page_no > 1 and rng.random() < 0.12:
        stories.append(make_continuation(rng, pick_items(rng, corpus, 1)[0], page_no, feats))
    return stories


def make_third_page(corpus: list[dict], seed_str: str) -> tuple[str, dict]:
    """(page text, truth) of page `seed_str`: the same page for the same seed string."""
    text, truth, _ = make_third_page_parts(corpus, seed_str)
    return text, truth


def body_text(s: Story, halfw: bool) -> str:
    """A story's body as the truth means it: its paragraphs (lead byline included, bylines and
    continuation markers standing apart left out), half-width punctuation as the page prints it."""
    paras = [half_width(p) if halfw else p for p in s.paras]
    return "\n\n".join(paras)


def make_third_page_parts(corpus: list[dict], seed_str: str) -> tuple[str, dict, list[str]]:
    """(page text, truth, each truth article's body text in the truth's order)."""
    rng = random.Random(f"third:{seed_str}")
    cls = rng.choice(CLASSES)
    feats: set = set()
    md = cls in ("third-md-heads", "third-md-bold") or (cls == "third-briefs-opinion" and rng.random() < 0.4)
    page_no = 1 if cls == "third-md-heads" and rng.random() < 0.6 else rng.randint(2, 16)
    page = Page(rng, cls, md)
    if cls == "third-col-dense":
        page.width = rng.randint(11, 14)
        page.blank = 0
        page.indent = rng.choice(("spaces", "short", "none"))
        page.halfw = rng.random() < 0.6
    if cls == "third-flow-indent":
        page.flow = True
    if cls in ("third-md-heads", "third-md-bold") and rng.random() < 0.3:
        page.halfw = True
    if page.halfw:
        feats.add("half-width")
    stories = compose(rng, corpus, cls, page_no, feats, md)
    top, foot = furniture(rng, page_no, date_of(pick_items(rng, corpus, 1)[0], rng))
    banners: list[str] = []
    out = page.out

    # the top of the page
    if md and cls == "third-md-heads":
        if rng.random() < 0.5:
            top = []
        if rng.random() < 0.6:
            banners.append(rng.choice(SLOGANS))
    for ln in top:
        page.text_line(ln)
        if md or rng.random() < 0.5:
            page.sep()
    page.sep()
    for b in banners:
        page.text_line(f"# {b}" if md else b)
        page.sep()

    bold_heads = cls == "third-md-bold"
    grouped = cls == "third-col-grouped"
    heads_at_top = grouped and rng.random() < 0.35
    after = cls == "third-col-after"
    slogan_at = rng.randrange(len(stories)) if md and rng.random() < 0.25 else -1
    picture_at = rng.randrange(len(stories)) if md and rng.random() < 0.3 else -1

    def head_only(s: Story) -> None:
        heads_of(page, s, feats, "**" if md and bold_heads else None)

    if heads_at_top:
        feats.add("heads-grouped-top")
        for s in stories:
            h = Story(s.kind)
            h.kicker, h.title_print, h.subtitle = s.kicker, s.title_print, s.subtitle
            heads_of(page, h, feats)
            page.sep()
    for idx, s in enumerate(stories):
        if idx == picture_at:
            page.text_line("**==> picture [%d x %d] intentionally omitted <==**" % (rng.randint(200, 560), rng.randint(120, 400)))
            page.sep()
            feats.add("picture-placeholder")
        if s.kind == "brief":
            lay_brief(page, s, feats, bold_heads)
            continue
        if grouped or after:
            # byline lines and label stay over the body; the head block prints elsewhere
            if s.label:
                page.sep()
                page.head(s.label, "label")
                page.sep()
            if s.above:
                for b in s.above:
                    page.text_line(b)
                if rng.random() < 0.6:
                    page.sep()
            body_block(page, s, feats)
            if after:
                h = Story(s.kind)
                h.kicker, h.title_print, h.subtitle = s.kicker, s.title_print, s.subtitle
                page.sep()
                heads_of(page, h, feats)
                feats.add("heads-after")
        else:
            head_only(s)
            body_block(page, s, feats)
        if idx == slogan_at:
            a, b = rng.choice([x for x in SLOGANS if " " in x]).split(" ", 1)
            page.text_line(a + "  ")
            page.text_line(b)
            page.sep()
            feats.add("slogan-box")
    if grouped and not heads_at_top:
        feats.add("heads-grouped-foot")
        page.sep()
        for s in stories:
            if s.kind == "brief":
                continue
            h = Story(s.kind)
            h.kicker, h.title_print, h.subtitle = s.kicker, s.title_print, s.subtitle
            heads_of(page, h, feats)
            page.sep()
    page.sep()
    for ln in foot:
        page.text_line(ln)
        if md:
            page.sep()
    # collapse runs of more than two blank lines the joins made
    text = "\n".join(out)
    text = re.sub(r"\n{4,}", "\n\n\n", text).strip("\n") + "\n"
    truth = {
        "generator": GEN,
        "layout": cls,
        "running_header": top[:1] + foot[:1],
        "banners": banners,
        "articles": [truth_of(s, page.halfw) for s in stories],
        "features": sorted(feats),
    }
    return text, truth, [body_text(s, page.halfw) for s in stories]


def lay_brief(page: Page, s: Story, feats: set, bold: bool) -> None:
    rng = page.rng
    if s.label:
        page.sep()
        lab = s.label
        if page.md:
            lab = rng.choice((f"## {lab}", f"### {lab}", f"**{lab}**"))
        elif rng.random() < 0.4:
            lab = letterspace(lab)
        page.text_line(lab)
        page.sep()
        page.brief_form = rng.randrange(4)
    form = getattr(page, "brief_form", 0)
    body = s.paras[0] + s.tail_inline
    if page.halfw:
        body = half_width(body)
    if page.md:
        if form == 0:
            page.text_line(f"- **{s.title}** {body}")
            s.brief_inline = True
        elif form == 1:
            page.text_line(f"**{s.title}**")
            page.text_line(body)
        elif form == 2:
            page.text_line(f"■{s.title}")
            page.text_line("")
            page.text_line(body)
        else:
            page.text_line(f"**{s.title}**　{body}")
            s.brief_inline = True
        page.sep()
        feats.add(f"brief-md-{form}")
        return
    marks = ("■", "▲", "●", "")
    mark = marks[form]
    if form == 3 or rng.random() < 0.3:
        page.sep()
    page.head(mark + s.title_print, "title")
    if rng.random() < 0.3:
        page.sep()
    page.para(s.paras[0] + s.tail_inline, s, True)
    page.sep()
    feats.add(f"brief-col-{form}")
