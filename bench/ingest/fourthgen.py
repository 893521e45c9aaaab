"""A fourth page generator, written blind to the splitter and to the other three generators.

`make_fourth_page(corpus, seed_str) -> (text, truth)` lays 3–9 real news items of the bench corpus
out as the text a PDF extractor gives for one newspaper page. It is deterministic per seed string
(`random.Random(seed_str)` only). It was written from issue 12, the two sample pages and their
truths, and the scorer, so it judges whether the splitter's rules hold on a layout designer and an
extractor nobody tuned on.

Layout classes (`CLASSES`):
- `fourth-md-furniture`: Markdown-ish (pymupdf4llm): `#`/`##` headlines (a long one sometimes as two
  `##` lines of one rank), kicker as a plain line or `###` above, `——` subtitle, page header with
  版名/date/版次, `编辑：X 校对：Y` and a page number at the foot, a weather box or an ad, a photo group
  with one caption and credit, 编者按 notes, 相关链接/背景 sidebars, bold pull quotes, paragraphs cut
  by a page-column break mid-sentence.
- `fourth-md-interview`: Markdown-ish page holding a Q&A interview (`记者：`/`答：` paragraphs), a
  简讯 box of briefs (each a bold lead line and one paragraph), a commentary under a 短评/时评 label.
- `fourth-col-before`: hard-wrapped column text (pdftotext), 11–20 em, headline block before its
  story, blank lines between paragraphs, blank line at each column break (mid-sentence included).
- `fourth-col-after`: the same, each headline block printed after its story's text (the extractor
  read the headline box after the column), a photo's heading after its credit.
- `fourth-col-grouped`: every headline block grouped at the page's top or foot, in story order.
- `fourth-col-solid`: no blank lines at all; paragraphs begin with a full-width-space indent (`　　`);
  some justified lines letter-spaced; running header and 版次/编辑 furniture lines.
- `fourth-col-jump`: a story continued from an earlier page at the top (`（上接第一版）`), a story
  that jumps on (`（下转第六版）`), a 相关链接 sidebar, 编者按.
- `fourth-flow-halfwidth`: one paragraph per line (no hard wrap), half-width `, : ; ! ? ( )` between
  Han characters, double blank lines between stories, bylines `文·X`, `X／文`, `文/图 X`, `（完）` ends.

Editorial choices the truth makes (what a careful editor would record from the text alone):
- Title: the headline's text, all its wrapped lines joined; never the kicker or subtitle. A kicker is
  the line above the headline: a column label such as 国际观察, or (only where markup or a blank
  line sets it apart from the headline, never on solid, flowed or grouped-headline pages) a clause
  of the headline's own text;
  a subtitle is the line below it starting `——` (or a `###` line under a `##` headline). The scorer
  ignores a subtitle's leading dashes.
- Byline run into the lead (`本报讯（记者 X 通讯员 Y）`, `本报讯 记者X、通讯员Y报道：`,
  `新华社北京5月28日电（记者 X）`, `记者 X 通讯员 Y 报道：`, an agency dateline on a line of its own
  and its `（记者 X）` on the next): the body starts with it (the scorer also accepts it moved to
  `byline`). A byline on a line of its own (`本报记者 X  Y`, `■本报记者 X`, `□记者 X`,
  `本报通讯员 X 记者 Y`, `文·X`, `X／文`, `文/图 X`): not body; the body starts after it.
- Authors: every person named as author (记者, 通讯员, 实习记者, 文/图) in the byline, the closing
  `（记者 X）` or a photo credit `X 摄`; `本报评论员` names no person: authors `[]`.
- A closing `（完）` or `（记者 X）` run on at the end of the last paragraph is printed text of that
  paragraph: the body ends with it.
- 编者按 printed between headline and lead belongs to the story: the body starts with `编者按`.
- A 相关链接/背景 box printed right after a story, with no headline of its own, belongs to it: its
  text ends the story's body.
- A paragraph printed as a list, one sentence an item (`- ` in Markdown, `①②…` in columns, `(1)` in
  flowed text), stays body text, markers and all; it is never a story's first or last paragraph.
- A pull quote (a sentence of the story repeated in display type) is not body text; it is placed
  between paragraphs, so it never cuts a sentence the truth checks.
- A photo group with one caption: kind `photo`; its heading, when printed, is the title (else the
  truth gives no title); the body is the caption; the credit `X 摄` gives the authors.
- Briefs in a 简讯 box: each brief is an article of kind `brief`, title its lead line; the box label
  is page furniture (no kicker recorded).
- Commentary under a 短评/时评 label: kind `commentary`, the label is its kicker.
- A story continued here: kind `continuation`, `continued_from` the page number of `（上接第N版）`,
  title the repeated headline printed above the marker; no authors (the byline is on the first part).
  A story that jumps on: kind `article` with `continued_to`; the `（下转第N版）` line is not body.
- A notice (征稿启事/更正) is kind `notice`. Weather boxes, ads, page headers and footers, 编辑/校对
  lines and page numbers are not articles.
- Half-width punctuation is kept in the truth exactly as the page prints it (as the sample page's
  truth does); whitespace is ignored by the scorer.
- must_contain: whole sentences of one paragraph (often one a column break cuts), so a paragraph
  joined wrongly across a break fails.
"""
from __future__ import annotations

import random
import re

CLASSES = ("fourth-md-furniture", "fourth-md-interview", "fourth-col-before", "fourth-col-after",
           "fourth-col-grouped", "fourth-col-solid", "fourth-col-jump", "fourth-flow-halfwidth")

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍建文辉红新宇晨欣怡浩然子轩思雨佳琪梓涵一诺博文志远海燕晓东春梅立国雪峰丹凤俊秀学军晶晶"
_MINORITY = ("古扎丽·阿布都热西提", "荷苒·马汗", "阿依努尔·买买提", "努尔兰·哈力别克", "米热古丽·艾力",
             "巴特尔·那顺", "吾尔古丽·阿合买提", "娜迪亚·哈依拉提", "叶尔兰·努尔达吾列提")
_LABELS = ("国际观察", "聚焦", "关注", "环球视点", "新闻眼", "深度")
_BANMING = ("国际新闻", "要闻", "综合新闻", "环球", "时事", "国际·视点")
_WEEK = "一二三四五六日"
_CN_NUM = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
           "十五", "十六")
_CITIES = ("北京", "华盛顿", "纽约", "伦敦", "布鲁塞尔", "东京", "日内瓦", "巴黎")
_QUESTIONS = ("这件事的来龙去脉是怎样的？", "各方对此有什么反应？", "接下来可能会怎样发展？",
              "您如何看待这一变化？", "这对普通人意味着什么？", "外界最关心的是什么？",
              "目前还有哪些不确定因素？")
_OPEN_PUNCT = "“‘（《「『("
_CLOSE_PUNCT = "，。、；：！？”’）》」』,.;:!?)"
_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"})
_SENT = re.compile(r"[^。！？!?]*[。！？!?]”?")


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def _name(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(_MINORITY)
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _width(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def _wrap(text: str, width: int, first: int) -> list[str]:
    """Cut a paragraph into column lines of `width` em, the first `first` em (its indent dropped);
    a closing punctuation mark never starts a line (it stays on the line before) and an opening
    one never ends it (it goes on to the next)."""
    lines, cur, w, limit = [], "", 0.0, first
    for ch in text:
        cw = _width(ch)
        if cur and w + cw > limit and ch not in _CLOSE_PUNCT:
            carry = ""
            if len(cur) > 1 and cur[-1] in _OPEN_PUNCT:
                cur, carry = cur[:-1], cur[-1]
            lines.append(cur)
            cur, w, limit = carry, sum(_width(c) for c in carry), width
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def _sentences(para: str) -> list[str]:
    return [s for s in _SENT.findall(para) if s.strip()]


def _opening(para: str, limit: int) -> str:
    """The paragraph's opening whole sentences up to about `limit` characters (at least one)."""
    out = ""
    for s in _sentences(para):
        if out and len(out) + len(s) > limit:
            break
        out += s
    return out or para


# --------------------------------------------------------------------------- stories

def _byline(rng: random.Random, form: str, date: tuple[int, int]) -> tuple[str, str, list[str]]:
    """(lead-in run into the first paragraph, byline line of its own, authors) for one form."""
    a, b = _name(rng), _name(rng)
    m, d = date
    city = rng.choice(_CITIES)
    if form == "lead-paren":
        return f"本报讯（记者 {a} 通讯员 {b}）", "", [a, b]
    if form == "lead-paren1":
        return f"本报讯（记者 {a}）", "", [a]
    if form == "lead-report":
        return f"本报讯 记者{a}、通讯员{b}报道：", "", [a, b]
    if form == "lead-agency":
        return f"新华社{city}{m}月{d}日电（记者 {a}、{b}）", "", [a, b]
    if form == "lead-plain":
        return f"记者 {a} 通讯员 {b} 报道：", "", [a, b]
    if form == "line-two":
        return "", f"本报记者  {a}  {b}", [a, b]
    if form == "line-square":
        return "", f"■本报记者 {a}", [a]
    if form == "line-box":
        return "", f"□记者 {a}", [a]
    if form == "line-corr":
        return "", f"本报通讯员 {b} 记者 {a}", [b, a]
    if form == "line-wen-dot":
        return "", f"文·{a}", [a]
    if form == "line-slash":
        return "", f"{a}／文", [a]
    if form == "line-wentu":
        return "", f"文/图 {a}", [a]
    return "", "", []


def _heads(rng: random.Random, title: str) -> tuple[str | None, str, str | None]:
    """(kicker, title, subtitle) from a corpus headline: a headline of two clauses is sometimes set
    as kicker + title or title + `——` subtitle; else a column label may stand over it."""
    parts = re.split(r"[，,]", title)
    r = rng.random()
    if len(parts) == 2 and all(4 <= len(p) <= 24 for p in parts):
        if r < 0.35 and len(parts[0]) <= 14:
            return parts[0], parts[1], None
        if r < 0.65:
            return None, parts[0], parts[1]
    if rng.random() < 0.2:
        return rng.choice(_LABELS), title, None
    return None, title, None


def _story(rng, item, *, kind="article", byforms=(), extras=(), maxlen=900, date=(5, 28)) -> dict:
    paras, total = [], 0
    for p in item["paragraphs"]:
        if paras and total + len(p) > maxlen:
            break
        paras.append(p)
        total += len(p)
    kicker, title, subtitle = _heads(rng, item["title"])
    form = rng.choice(byforms) if byforms else "none"
    lead, line, authors = _byline(rng, form, date)
    s = {"kind": kind, "title": title, "kicker": kicker, "subtitle": subtitle, "lead": lead,
         "byline": line, "authors": authors, "paras": paras, "note": None, "sidebar": None,
         "pull": None, "closing": "", "from": None, "to": None, "list": None,
         "features": [form]}
    if "closing" in extras and not line and rng.random() < 0.4:
        if authors:
            s["closing"] = "（完）"
        else:
            c = _name(rng)
            s["closing"] = f"（记者 {c}）"
            s["authors"] = [c]
        s["features"].append("closing")
    if "list" in extras and len(paras) >= 4 and rng.random() < 0.25:
        j = rng.randint(1, len(paras) - 2)
        if len(_sentences(paras[j])) >= 3 and "".join(_sentences(paras[j])) == paras[j]:
            s["list"] = j                           # printed as one item a sentence
            s["features"].append("list")
    if "pull" in extras and len(paras) >= 3 and rng.random() < 0.4:
        cands = [x for x in _sentences(paras[1]) if 12 <= len(x) <= 40 and not re.search("[“”‘’]", x)]
        if cands:
            s["pull"] = (2, rng.choice(cands))      # printed before paragraph index 2
            s["features"].append("pull-quote")
    return s


def _sidebar(rng, item) -> tuple[str, list[str]]:
    label = rng.choice(("相关链接", "背景", "链接"))
    return label, [_opening(item["paragraphs"][0], 160)]


def _brief(rng, item) -> dict:
    s = _story(rng, item, kind="brief", maxlen=0)
    s.update(kicker=None, subtitle=None, title=item["title"], paras=[_opening(item["paragraphs"][0], 110)])
    if rng.random() < 0.5:
        lead, _, authors = _byline(rng, "lead-paren1", (5, 28))
        s["lead"], s["authors"] = lead, authors
    return s


def _photo(rng, item, heading: bool) -> dict:
    a = _name(rng)
    cap = _opening(item["paragraphs"][0], 90)
    if rng.random() < 0.5:
        cap = "上图：" + cap + "下图：" + _opening(item["paragraphs"][-1], 60)
    s = {"kind": "photo", "title": _short_title(item["title"]) if heading else None, "kicker": None,
         "subtitle": None, "lead": "", "byline": "", "authors": [a], "paras": [cap], "note": None,
         "sidebar": None, "pull": None, "closing": "", "from": None, "to": None,
         "credit": rng.choice((f"{a} 摄", f"本报记者 {a} 摄", f"新华社记者 {a} 摄")),
         "features": ["photo-group"]}
    return s


def _short_title(title: str) -> str | None:
    """A photo's heading: the headline's first clause when it is short, else none."""
    head = re.split(r"[，,：:]", title)[0]
    return head if 4 <= len(head) <= 16 else None


def _interview(rng, item) -> dict:
    s = _story(rng, item, byforms=("line-two", "line-square", "line-box"), maxlen=1100)
    paras = s["paras"]
    if len(paras) >= 2:
        out = [paras[0]]
        qs = rng.sample(_QUESTIONS, k=min(len(_QUESTIONS), len(paras) - 1))
        for q, p in zip(qs, paras[1:]):
            out += ["记者：" + q, "答：" + p]
        s["paras"] = out
    s["features"].append("interview")
    return s


def _commentary(rng, item) -> dict:
    s = _story(rng, item, kind="commentary", maxlen=700)
    s["subtitle"] = None
    s["kicker"] = rng.choice(("短评", "时评", "快评"))
    if rng.random() < 0.5:
        s["byline"], s["authors"] = "本报评论员", []
    else:
        a = _name(rng)
        s["byline"], s["authors"] = rng.choice((f"文·{a}", f"■{a}")), [a]
    s["lead"] = ""
    s["features"].append("commentary")
    return s


def _notice(rng) -> dict:
    tel = f"0{rng.randint(10, 99)}-{rng.randint(2000000, 8999999)}"
    paras = [f"为进一步办好本版，即日起面向广大读者征集国际时事评论稿件，字数以{rng.choice((800, 1000, 1200))}字以内为宜。",
             f"来稿请注明真实姓名和联系方式。联系电话：{tel}。"]
    return {"kind": "notice", "title": "征稿启事", "kicker": None, "subtitle": None, "lead": "",
            "byline": "", "authors": [], "paras": paras, "note": None, "sidebar": None, "pull": None,
            "closing": "", "from": None, "to": None, "features": ["notice"]}


def _halfwidth(s: dict) -> None:
    for key in ("title", "kicker", "subtitle", "lead", "byline", "closing", "note"):
        if s.get(key):
            s[key] = s[key].translate(_HALF)
    s["paras"] = [p.translate(_HALF) for p in s["paras"]]
    if s.get("sidebar"):
        s["sidebar"] = (s["sidebar"][0], [p.translate(_HALF) for p in s["sidebar"][1]])
    if s.get("pull"):
        s["pull"] = (s["pull"][0], s["pull"][1].translate(_HALF))


# --------------------------------------------------------------------------- truth

def _body_paras(s: dict) -> list[str]:
    """The story's body paragraphs as the truth reads them (byline lead-in run into the first)."""
    paras = list(s["paras"])
    paras[0] = s["lead"] + paras[0]
    paras[-1] = paras[-1] + s["closing"]
    if s.get("note"):
        paras = [s["note"]] + paras
    if s.get("sidebar"):
        paras += [s["sidebar"][0]] + s["sidebar"][1]
    return paras


def _truth_article(rng, s: dict) -> dict:
    paras = _body_paras(s)
    body = _flat("".join(paras))
    t: dict = {}
    if s["title"]:
        t["title"] = s["title"]
    if s["kicker"]:
        t["kicker"] = s["kicker"]
    if s["subtitle"]:
        t["subtitle"] = s["subtitle"]
    if s["kind"] != "continuation":
        t["authors"] = list(s["authors"])
    t["kind"] = s["kind"]
    if s["from"] is not None:
        t["continued_from"] = s["from"]
    if s["to"] is not None:
        t["continued_to"] = s["to"]
    t["starts"] = body[:12]
    t["ends"] = body[-10:]
    real = [p for p in paras if not p.startswith("编者按") and p != (s.get("sidebar") or ("",))[0]]
    sents = [x for p in real for x in _sentences(p) if 14 <= len(_flat(x)) <= 70]
    if sents:
        t["must_contain"] = [_flat(x) for x in rng.sample(sents, k=min(2, len(sents)))]
    return t


# --------------------------------------------------------------------------- page shapes

def _md_page(rng, stories: list[dict], cls: str, header: list[str], footer: list[str]) -> str:
    out: list[str] = []
    out += header + [""] if header else []
    rank = "#" if rng.random() < 0.3 else "##"
    for i, s in enumerate(stories):
        if s["kind"] == "brief" and (i == 0 or stories[i - 1]["kind"] != "brief"):
            out += ["**" + rng.choice(("简讯", "国际简讯", "新闻速览")) + "**", ""]
        if s["kind"] == "brief":
            out += [f"**{s['title']}**", "", s["lead"] + s["paras"][0], ""]
            continue
        if s["kind"] == "photo":
            if s["title"]:
                out += [f"### {s['title']}", ""]
            out += [s["paras"][0], "", s["credit"], ""]
            continue
        if s["kicker"]:
            out += [rng.choice((s["kicker"], "### " + s["kicker"])), ""]
        if len(s["title"]) > 14 and rng.random() < 0.25:
            cut = len(s["title"]) // 2
            out += [f"{rank} {s['title'][:cut]}", "", f"{rank} {s['title'][cut:]}", ""]
            s["features"].append("head-run")
        else:
            out += [f"{rank} {s['title']}", ""]
        if s["subtitle"]:
            out += [rng.choice(("——" + s["subtitle"], "### " + s["subtitle"])), ""]
        if s["from"] is not None:
            out += [f"（上接第{_CN_NUM[s['from']]}版）", ""]
        if s["byline"]:
            out += [rng.choice((s["byline"], f"**{s['byline']}**")), ""]
        if s["note"]:
            out += [s["note"], ""]
        for j, p in enumerate(s["paras"]):
            if s["pull"] and s["pull"][0] == j:
                out += [f"**“{s['pull'][1].strip('“”')}”**", ""]
            text = (s["lead"] if j == 0 else "") + p + (s["closing"] if j == len(s["paras"]) - 1 else "")
            if s.get("list") == j:
                out += [f"- {x}" for x in _sentences(p)] + [""]
                continue
            if len(text) > 80 and rng.random() < 0.12:       # a column break mid-sentence
                cut = rng.randint(20, len(text) - 20)
                while cut < len(text) - 5 and text[cut - 1] in "。！？”":
                    cut += 1
                out += [text[:cut], "", text[cut:], ""]
                s["features"].append("md-break")
            else:
                out += [text + ("  " if rng.random() < 0.1 else ""), ""]
        if s["sidebar"]:
            out += [f"**{s['sidebar'][0]}**", ""] + [x for p in s["sidebar"][1] for x in (p, "")]
        if s["to"] is not None:
            out += [f"（下转第{_CN_NUM[s['to']]}版）", ""]
    out += footer
    return "\n".join(out).rstrip() + "\n"


def _letterspace(line: str) -> str:
    return " ".join(line)


def _col_lines(rng, s: dict, width: int, indent: bool, blank_paras: bool, spaced: float) -> list[str]:
    """One story's body (and byline) as column lines."""
    lines: list[str] = []
    sep = [""] if blank_paras else []
    pre = "　　" if indent else ""
    if s["from"] is not None:
        lines += [f"（上接第{_CN_NUM[s['from']]}版）"]
    if s["byline"]:
        lines += [s["byline"]] + sep
    paras = list(s["paras"])
    if s["note"]:
        for ln in _wrap(s["note"], width, width - 2):
            lines.append(ln)
        lines += sep
    lead = s["lead"]
    if lead and rng.random() < 0.3 and lead.startswith("新华社"):
        # an agency dateline set on a line of its own, its credit wrapped onto the next
        cut = lead.index("（")
        lines += [lead[:cut + 1], lead[cut + 1:]]
        s["features"].append("dateline-wrapped")
        lead = ""
    for j, p in enumerate(paras):
        if s["pull"] and s["pull"][0] == j:
            q = "“" + s["pull"][1].strip("“”") + "”"
            lines += [""] + _wrap(q, max(8, width - 4), max(8, width - 4)) + [""]
        text = (lead if j == 0 else "") + p + (s["closing"] if j == len(paras) - 1 else "")
        if s.get("list") == j:
            for k, x in enumerate(_sentences(p)):
                lines += _wrap("①②③④⑤⑥⑦⑧⑨⑩"[k % 10] + x, width, width)
            if j < len(paras) - 1:
                lines += sep
            continue
        wl = _wrap(text, width, width - 2)
        for k, ln in enumerate(wl):
            if (spaced and 0 < k < len(wl) - 1 and not re.search("[A-Za-z0-9]", ln)
                    and rng.random() < spaced):
                ln = _letterspace(ln)
                s["features"].append("letter-spaced")
            lines.append((pre if k == 0 else "") + ln)
        if j < len(paras) - 1:
            lines += sep
    if s["sidebar"]:
        lines += sep + [s["sidebar"][0]]
        for p in s["sidebar"][1]:
            lines += [(pre if k == 0 else "") + ln for k, ln in enumerate(_wrap(p, width, width - 2))]
    if s["to"] is not None:
        lines += [f"（下转第{_CN_NUM[s['to']]}版）"]
    return lines


def _head_lines(rng, s: dict, width: int, kicker_gap: bool) -> list[str]:
    """The headline block: kicker (a blank line under it on airy pages, as smaller type set apart
    extracts), headline (one line, or wrapped when much wider than a column), subtitle."""
    out = []
    if s["kind"] == "brief":
        return ["■" + s["title"]]
    if s["kicker"]:
        out += [s["kicker"]] + ([""] if kicker_gap else [])
    title = s["title"]
    if s["kind"] != "photo" and len(title) > width + 6 and rng.random() < 0.6:
        out += _wrap(title, width + 4, width + 4)
        s["features"].append("head-wrapped")
    elif title:
        out.append(title)
    if s["subtitle"]:
        out.append("——" + s["subtitle"])
    return out


def _col_page(rng, stories, cls, header, footer) -> str:
    width = rng.randint(11, 20)
    solid = cls == "fourth-col-solid"
    blank_paras = not solid and rng.random() < 0.6
    spaced = 0.03 if solid else 0.0
    order = "before"
    if cls == "fourth-col-after":
        order = "after"
    elif cls == "fourth-col-grouped":
        order = rng.choice(("top", "foot"))
    blocks: list[list[str]] = []
    heads: list[list[str]] = []
    gap = [] if solid else [""]
    for i, s in enumerate(stories):
        if s["kind"] == "brief" and (i == 0 or stories[i - 1]["kind"] != "brief"):
            blocks.append([rng.choice(("简讯", "新闻速览"))] + gap)
        body = _col_lines(rng, s, width, solid, blank_paras, spaced)
        if s["kind"] == "photo":
            body = body + [s["credit"]]
        head = _head_lines(rng, s, width, not solid) if (s["title"] or s["kicker"]) else []
        if s["kind"] == "photo" and order == "after":
            # on a page whose headlines follow their text, a photo's heading follows its credit
            blocks.append(body + gap + head + gap if head else body + gap)
            continue
        if s["kind"] in ("brief", "photo", "notice") or order == "before" or (s["from"] is not None):
            # a brief's lead line, a photo's heading, a notice's title and a continued story's
            # repeated headline stay printed over their text in every other order
            blocks.append((head + gap if head else []) + body + gap)
            continue
        if order == "after":
            blocks.append(body + gap + head + gap)
        else:
            blocks.append(body + gap)
            heads.append(head)
    lines: list[str] = []
    for b in blocks:
        lines += b
    # column breaks: a blank line every `height` lines of text (mid-sentence included)
    if not solid:
        height = rng.randint(18, 40)
        out, run = [], 0
        for ln in lines:
            if ln == "":
                run = 0
                out.append(ln)
                continue
            if run >= height:
                out.append("")
                run = 0
            out.append(ln)
            run += 1
        lines = out
    grouped: list[str] = []
    for h in heads:
        grouped += h + gap
    if order == "top" and heads:
        lines = grouped + gap + lines
    elif heads:
        lines = lines + gap + grouped
    text_lines = header + gap + lines + gap + footer if header else lines + gap + footer
    text = "\n".join(text_lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"


def _flow_page(rng, stories, cls, header, footer) -> str:
    out = header + ["", ""] if header else []
    for i, s in enumerate(stories):
        if s["kind"] == "brief" and (i == 0 or stories[i - 1]["kind"] != "brief"):
            out += ["简讯", ""]
        if s["kind"] == "photo":
            if s["title"]:
                out += [s["title"], ""]
            out += [s["paras"][0], s["credit"], "", ""]
            continue
        if s["kind"] == "brief":
            out += ["■" + s["title"], s["lead"] + s["paras"][0], ""]
            continue
        if s["kicker"]:
            out.append(s["kicker"])
        out.append(s["title"])
        if s["subtitle"]:
            out.append("——" + s["subtitle"])
        out.append("")
        if s["byline"]:
            out += [s["byline"], ""]
        if s["note"]:
            out += [s["note"], ""]
        for j, p in enumerate(s["paras"]):
            text = (s["lead"] if j == 0 else "") + p + (s["closing"] if j == len(s["paras"]) - 1 else "")
            if s.get("list") == j:
                out += [f"({k + 1}){x}" for k, x in enumerate(_sentences(p))] + [""]
                continue
            out += [text, ""]
        if s["sidebar"]:
            out += [s["sidebar"][0]] + s["sidebar"][1] + [""]
        out.append("")
    out += footer
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- page

def _furniture(rng, page: int, banming: str, date: tuple[int, int, int]) -> tuple[list[str], list[str]]:
    y, m, d = date
    wd = _WEEK[rng.randrange(7)]
    editor, checker = _name(rng), _name(rng)
    style = rng.random()
    if style < 0.4:
        header = [f"{y}年{m}月{d}日  星期{wd}", f"第{page}版  {banming}"]
    elif style < 0.7:
        header = [f"{banming}  {y}年{m}月{d}日 星期{wd}  {_CN_NUM[page]}"]
    else:
        header = [f"第{_CN_NUM[page]}版", banming, f"责任编辑：{editor}"]
    footer = []
    if rng.random() < 0.6:
        footer.append(f"编辑：{editor}  校对：{checker}")
    footer.append(rng.choice((str(page), f"— {page} —", f"第{page}版")))
    return header, footer


def _weather(rng) -> list[str]:
    lo = rng.randint(-5, 18)
    return ["今日天气", f"晴转多云  {lo}℃～{lo + rng.randint(6, 14)}℃", f"西北风{rng.randint(2, 5)}级"]


def _ad(rng) -> list[str]:
    return ["广告", "诚聘驾驶员数名 待遇从优", f"电话：{rng.randint(13000000000, 18999999999)}"]


def make_fourth_page(corpus: list[dict], seed_str: str) -> tuple[str, dict]:
    rng = random.Random(seed_str)
    cls = rng.choice(CLASSES)
    items = [it for it in corpus if it.get("paragraphs") and len(it.get("title") or "") >= 4]
    picks = rng.sample(items, k=min(len(items), 14))
    page = rng.randint(2, 8)
    year, month, day = 2026, rng.randint(1, 12), rng.randint(1, 28)
    md = cls.startswith("fourth-md")
    col = cls.startswith("fourth-col")
    n = rng.randint(2, 4) if cls == "fourth-md-interview" else rng.randint(3, 7)
    n = max(2, min(n, len(picks) - (6 if cls == "fourth-md-interview" else 3)))   # a small corpus
    stories: list[dict] = []
    extras = ("pull", "closing", "list")
    lead_forms = ("lead-paren", "lead-paren1", "lead-report", "lead-agency", "lead-plain")
    line_forms = ("line-two", "line-square", "line-box", "line-corr")
    sign_forms = ("line-wen-dot", "line-slash", "line-wentu")
    forms = lead_forms + line_forms + ("none",)
    if cls == "fourth-flow-halfwidth":
        forms = sign_forms + lead_forms
    for _ in range(n):
        stories.append(_story(rng, picks.pop(), byforms=forms, extras=extras, date=(month, day),
                              maxlen=rng.choice((500, 800, 1100))))
    if cls == "fourth-md-interview":
        stories.insert(rng.randrange(len(stories) + 1), _interview(rng, picks.pop()))
        for _ in range(rng.randint(2, 3)):
            if len(picks) > 1:
                stories.append(_brief(rng, picks.pop()))
        stories.insert(rng.randrange(len(stories) + 1), _commentary(rng, picks.pop()))
    if picks and (cls in ("fourth-md-furniture", "fourth-col-jump") or rng.random() < 0.3):
        host = rng.choice([s for s in stories if s["kind"] == "article"])
        host["sidebar"] = _sidebar(rng, picks.pop())
        host["features"].append("sidebar")
    photo_page = cls in ("fourth-md-furniture", "fourth-col-before", "fourth-col-after")
    if picks and len(stories) < 9 and (photo_page or rng.random() < 0.3):
        stories.insert(rng.randrange(len(stories) + 1), _photo(rng, picks.pop(), heading=rng.random() < 0.5))
    if cls == "fourth-col-jump":
        first = stories[0]
        first.update(kind="continuation", kicker=None, subtitle=None, lead="", byline="",
                     note=None, sidebar=None, pull=None, closing="", **{"from": rng.randint(1, page - 1)})
        first["features"].append("continued-from")
        last = next(s for s in reversed(stories) if s["kind"] == "article" and s is not first)
        if len(last["paras"]) > 1:
            last["sidebar"] = None
            last["to"] = rng.randint(page + 1, 16)
            last["features"].append("continued-to")
    if cls in ("fourth-md-furniture", "fourth-col-solid") and len(stories) < 9 and rng.random() < 0.5:
        stories.append(_notice(rng))
    if cls in ("fourth-md-furniture", "fourth-col-jump") or rng.random() < 0.25:
        host = rng.choice([s for s in stories if s["kind"] in ("article", "continuation")
                           and s["from"] is None])
        host["note"] = (f"编者按：{host['title']}一事连日来受到各方关注。本版今起刊发相关报道，"
                        f"敬请读者留意。")
        host["features"].append("editor-note")
    if cls in ("fourth-col-solid", "fourth-col-grouped", "fourth-flow-halfwidth"):
        # with no blank line to set it apart (or among a group of headlines), a kicker cut from
        # the headline's own clause could not be told from the headline's first wrapped line:
        # these pages print such a headline whole; only a column label stays a kicker
        for s in stories:
            if s["kicker"] and s["kicker"] not in _LABELS and s["kind"] != "commentary":
                s["title"], s["kicker"] = s["kicker"] + "，" + s["title"], None
    if cls == "fourth-flow-halfwidth":
        for s in stories:
            _halfwidth(s)
    for s in stories:
        if s["kind"] == "article" and not s["authors"] and s["byline"] == "" and not s["lead"]:
            s["features"].append("no-byline")
    header, footer = _furniture(rng, page, rng.choice(_BANMING), (year, month, day))
    if cls in ("fourth-md-furniture", "fourth-col-solid"):
        footer = (_weather(rng) if rng.random() < 0.5 else _ad(rng)) + [""] + footer
    if md:
        text = _md_page(rng, stories, cls, header, footer)
    elif col:
        text = _col_page(rng, stories, cls, header, footer)
    else:
        text = _flow_page(rng, stories, cls, header, footer)
    arts = [_truth_article(rng, s) for s in stories]
    features = sorted({f for s in stories for f in s["features"] if f != "none"})
    truth = {"generator": "fourth", "layout": cls, "page": page, "features": features,
             "articles": arts}
    return text, truth
