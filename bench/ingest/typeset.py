"""Extractor-realistic pages: generated stories typeset as an HTML/CSS newspaper page, printed to
PDF by headless Chromium, and the PDF's text extracted as an archive's pages would be.

`typeset_html(corpus, seed) → (html, truth)` sets the stories pagegen.Maker draws (the same
kinds, bylines, kickers, subtitles, photos, 简讯 boxes, commentaries, 上接/下转) on a page of 4–6
columns: headlines spanning 1–4 columns over bodies set in as many CSS columns, kickers and
subtitles in smaller type, photo boxes with captions and credits, bordered 简讯 and commentary
boxes, a page header (paper, date, 第N版, 版名, 责任编辑). `Typesetter` prints pages to PDF
(one Chromium for a run) and `extract(pdf)` gives the text of each extractor:

| class | extractor |
|---|---|
| `pdf-pdftotext` | poppler's `pdftotext` in its default (reading-order, non-layout) mode |
| `pdf-md` | `pymupdf4llm.to_markdown` (Markdown, the classic converter, not the layout engine) |

Everything is cached under `.cache/bench-ingest/typeset/` by seed and page (typesetting is the
slow part), keyed by `VERSION`, which changes whenever the page design changes.
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.ingest.split.text.normalize import fullwidth_punctuation

from .pagegen import Maker, Story, flat, truth_of

VERSION = "ts3"
PDF_VERSION = "ts4"       # the PDF bench's pages (pdfbench.py): ts3 + vertical headlines on either side, 1–2 a page
CHROMIUM = "/usr/bin/chromium"
EXTRACTORS = ("pdf-pdftotext", "pdf-md")
CACHE = Path(".cache") / "bench-ingest" / "typeset"
BODY_PX = 13              # body type size; a column holds COL_EM of it
COL_EM = 13
GAP_PX = 24


def missing_tools() -> list[str]:
    """What this machine lacks to typeset and extract (empty when all is there)."""
    out = []
    if not os.path.exists(CHROMIUM):
        out.append(f"{CHROMIUM} (apt-get install chromium fonts-noto-cjk)")
    if not shutil.which("pdftotext"):
        out.append("pdftotext (apt-get install poppler-utils)")
    for mod in ("playwright", "pymupdf4llm"):
        try:
            __import__(mod)
        except ImportError:
            out.append(f"{mod} (pip install -r requirements-dev.txt)")
    return out


def _e(s: str | None) -> str:
    return html.escape(s or "")


def paragraph_probes(st: Story, k: int = 2) -> list[str]:
    """16 characters from the middle of the longest paragraphs: a paragraph the typesetting ran
    across a column or box must still come out whole."""
    longest = sorted((p for p in st.paragraphs if len(flat(p)) >= 48), key=lambda p: -len(p))[:k]
    out = []
    for p in longest:
        f = flat(p)
        mid = len(f) // 2
        out.append(f[mid - 8:mid + 8])
    return out


@dataclass(frozen=True)
class Variant:
    """Layout choices beyond typeset.py's own page (the PDF bench's `pdf-varied` class), drawn
    apart from the stories so a seed's stories stay the same: stories in vertical sections
    (each a stack of stories over its own columns) instead of rows across the page, one or two
    headlines set vertically (at the left or the right of their story's text), a masthead over
    the page header."""
    sections: tuple[int, ...] = ()      # column count of each section, left to right; () = rows
    vertical: bool = False
    masthead: str | None = None         # the paper's name, set large at the top
    vertical_sides: tuple[str, ...] = ("left",)     # the side of each vertical headline, in page order


def draw_variant(seed, cols: int) -> Variant:
    """A page's Variant for `cols` columns, the same for the same seed."""
    import random
    r = random.Random(f"variant:{seed}")
    sections: tuple[int, ...] = ()
    if r.random() < 0.5:
        splits = [(a, cols - a) for a in range(2, cols - 1)]
        if cols >= 6:
            splits += [(2, cols - 4, 2), (cols - 4, 2, 2)]
        sections = r.choice(splits)
    from .pagegen import PAPERS
    vertical, masthead = r.random() < 0.6, r.choice(PAPERS) if r.random() < 0.4 else None
    # drawn apart, so the draws above stay those of the pages before this choice existed
    v = random.Random(f"variant-vertical:{seed}")
    sides = tuple(v.choice(("left", "right")) for _ in range(v.choice((1, 1, 2))))
    return Variant(sections, vertical, masthead, sides)


class _Page:
    def __init__(self, m: Maker, variant: Variant = Variant()):
        self.m, self.r = m, m.r
        self.cols = self.r.randint(4, 6)
        self.variant = variant
        self.vertical_done = not variant.vertical
        self.vertical_made = 0

    def header(self) -> str:
        m, r = self.m, self.r
        d = m.date
        from .pagegen import PAPERS, SECTIONS, WEEKDAYS
        cells = [r.choice(PAPERS), f"{d.year}年{d.month}月{d.day}日　星期{WEEKDAYS[d.weekday()]}",
                 m.page_num(m.page), r.choice(SECTIONS), f"责任编辑：{m.name()}"]
        if r.random() < 0.5:
            cells.append(f"美术编辑：{m.name()}")
        return "<header>" + "".join(f"<span>{_e(c)}</span>" for c in cells) + "</header>"

    def span(self, st: Story, limit: int | None = None) -> int:
        r, n = self.r, sum(len(p) for p in st.paragraphs)
        cols = min(self.cols, limit or self.cols)
        if st.kind == "photo":
            return min(cols, r.choice((1, 2, 2, 3)))
        if st.kind in ("brief", "commentary"):
            return min(cols, r.choice((1, 1, 2)))
        want = 1 if n < 400 else 2 if n < 900 else 3 if n < 1400 else 4
        return max(1, min(cols, 4, want + r.choice((-1, 0, 0, 1))))

    def vertical_head(self, st: Story) -> bool:
        """Set this story's headline vertically: the page's first plain stories (as many as the
        variant has sides) whose headline is one or two lines of 4–16 characters (two lines: two
        vertical columns, right to left)."""
        if self.vertical_done or st.kind not in ("article", "continuation") or st.spaced_title \
                or len(st.title_lines) > 2 or not all(4 <= len(t) <= 16 for t in st.title_lines):
            return False
        self.vertical_made += 1
        self.vertical_done = self.vertical_made >= len(self.variant.vertical_sides)
        return True

    def heads(self, st: Story, big: bool = True) -> list[str]:
        out = []
        if st.label and st.kind != "brief":
            out.append(f'<div class="label">{_e(st.label)}</div>')
        if st.continued_from:
            out.append(f'<div class="jump">（上接{_e(self.m.page_num(st.continued_from))}）</div>')
        if st.kicker:
            out.append(f'<div class="kicker">{_e(st.kicker)}</div>')
        if st.title:
            tag = "h2" if big else "h4"
            cls = ' class="spaced"' if st.spaced_title else ""
            out.append(f"<{tag}{cls}>" + "<br>".join(_e(t) for t in st.title_lines) + f"</{tag}>")
        if st.subtitle:
            out.append(f'<div class="sub">{"——" if st.dash else ""}{_e(st.subtitle)}</div>')
        if st.byline and st.byline_at == "line":
            out.append(f'<div class="byline">{_e(st.byline)}</div>')
        return out

    def paragraphs(self, st: Story) -> list[str]:
        out = []
        for n, p in enumerate(st.paragraphs):
            if n == 0 and st.byline_at == "lead":
                p = st.byline + p
            if st.bullet and n == 0:
                p = st.bullet + p
            if n == len(st.paragraphs) - 1 and st.credit and st.credit_inline:
                p += st.credit
            out.append(f"<p>{_e(p)}</p>")
        if st.credit and not st.credit_inline:
            out.append(f'<p class="credit">{_e(st.credit)}</p>')
        if st.byline and st.byline_at == "end":
            out.append(f'<p class="credit">{_e(st.byline)}</p>')
        if st.continued_to:
            out.append(f'<p class="jump">（下转{_e(self.m.page_num(st.continued_to))}）</p>')
        return out

    def story(self, st: Story, limit: int | None = None) -> str:
        k = self.span(st, limit)
        if st.kind == "photo":
            h = self.r.randint(120, 260)
            parts = self.heads(st, big=k > 1)
            return (f'<section class="photo" style="grid-column: span {k}">' + "".join(parts)
                    + f'<div class="pic" style="height:{h}px"></div><div class="caption">'
                    + "".join(self.paragraphs(st)) + "</div></section>")
        cls = "box" if st.kind == "commentary" else "story"
        if self.vertical_head(st):
            cls += " vhead" + (" vright" if self.variant.vertical_sides[self.vertical_made - 1] == "right" else "")
        return (f'<section class="{cls}" style="grid-column: span {k}">' + "".join(self.heads(st, big=True))
                + f'<div class="body" style="column-count:{k}">' + "".join(self.paragraphs(st))
                + "</div></section>")

    def briefs(self, items: list[Story], limit: int | None = None) -> str:
        k = min(self.cols, limit or self.cols, self.r.choice((1, 2)))
        label = next((s.label for s in items if s.label), "简讯")
        inner = "".join(f"<h4>{_e(s.title)}</h4>" + "".join(self.paragraphs(s)) if s.title else
                        "".join(self.paragraphs(s)) for s in items)
        return (f'<section class="box briefs" style="grid-column: span {k}"><div class="label">{_e(label)}</div>'
                f'<div class="body" style="column-count:{k}">{inner}</div></section>')

    def units(self, stories: list[Story]) -> list[list[Story]]:
        """The page's blocks: a story each, a run of 简讯 items together."""
        out: list[list[Story]] = []
        for st in stories:
            if st.kind == "brief" and out and out[-1][-1].kind == "brief":
                out[-1].append(st)
            else:
                out.append([st])
        return out

    def block(self, unit: list[Story], limit: int | None = None) -> str:
        return self.briefs(unit, limit) if unit[0].kind == "brief" else self.story(unit[0], limit)

    def sections(self, units: list[list[Story]]) -> str:
        """Vertical sections side by side, each stacking its share of the stories (by length,
        in order) over its own columns."""
        col = COL_EM * BODY_PX
        sizes = self.variant.sections
        weight = [sum(len(p) for st in u for p in st.paragraphs) + 200 for u in units]
        total, done, at = sum(weight), 0, 0
        parts: list[list[str]] = [[] for _ in sizes]
        for u, w in zip(units, weight):
            # move on when this section has its share and every later section can still get one
            while at < len(sizes) - 1 and parts[at] and \
                    done >= total * sum(sizes[:at + 1]) / sum(sizes) - w / 2:
                at += 1
            parts[at].append(self.block(u, sizes[at]))
            done += w
        return "".join(
            f'<div class="sec" style="grid-template-columns: repeat({k}, {col}px); width: {k * col + (k - 1) * GAP_PX}px">'
            + "".join(p) + "</div>" for k, p in zip(sizes, parts))

    def masthead(self) -> str:
        d, name = self.m.date, self.variant.masthead
        from .pagegen import WEEKDAYS
        return (f'<div class="mast"><div class="mast-name">{_e(name)}</div><div class="mast-info">'
                f"<span>{d.year}年{d.month}月{d.day}日 星期{WEEKDAYS[d.weekday()]}</span>"
                f"<span>第{1000 + d.toordinal() % 20000}期</span><span>今日{self.m.page + 4}版</span>"
                "</div></div>")

    def page(self, stories: list[Story]) -> str:
        units = self.units(stories)
        if self.variant.sections and sum(self.variant.sections) == self.cols:
            inner = self.sections(units)
            main_css = f"display: flex; column-gap: {GAP_PX}px; align-items: flex-start"
        else:
            inner = "".join(self.block(u) for u in units)
            main_css = ""
        col = COL_EM * BODY_PX
        width = self.cols * col + (self.cols - 1) * GAP_PX + 2 * 36
        serif = self.r.choice(("Noto Serif CJK SC", "Noto Sans CJK SC"))
        css = f"""
@page {{ margin: 0 }}
html, body {{ margin: 0; background: #fff }}
body {{ width: {width}px; padding: 28px 36px; box-sizing: border-box; font-family: '{serif}', serif;
       font-size: {BODY_PX}px; line-height: 1.5; color: #111 }}
header {{ display: flex; justify-content: space-between; border-bottom: 3px double #333;
          padding-bottom: 6px; margin-bottom: 12px; font-size: 12px; font-family: 'Noto Sans CJK SC' }}
main {{ display: grid; grid-template-columns: repeat({self.cols}, {col}px); column-gap: {GAP_PX}px;
        row-gap: 16px; grid-auto-flow: row dense; align-items: start; {main_css} }}
.sec {{ display: grid; column-gap: {GAP_PX}px; row-gap: 16px; grid-auto-flow: row dense; align-items: start }}
.vhead {{ display: grid; grid-template-columns: auto 1fr; column-gap: 10px }}
.vhead > h2 {{ writing-mode: vertical-rl; text-orientation: upright; margin: 0; grid-row: 1 / span 20;
               grid-column: 1; font-size: 26px; text-align: start }}
.vright {{ grid-template-columns: 1fr auto }}
.vright > h2 {{ grid-column: 2 }}
.mast {{ display: flex; align-items: flex-end; justify-content: space-between; margin-bottom: 6px }}
.mast-name {{ font-family: 'Noto Serif CJK SC', serif; font-weight: 900; font-size: 56px; letter-spacing: 0.1em }}
.mast-info {{ font-family: 'Noto Sans CJK SC'; font-size: 13px; display: flex; flex-direction: column;
              align-items: flex-end }}
section {{ border-top: 1px solid #555; padding-top: 6px }}
section.box {{ border: 1px solid #555; padding: 6px 8px }}
h2 {{ font-family: 'Noto Sans CJK SC'; font-weight: 700; font-size: 22px; line-height: 1.25;
      margin: 4px 0 6px; text-align: center }}
h2.spaced {{ letter-spacing: 0.6em }}
h4 {{ font-family: 'Noto Sans CJK SC'; font-size: 15px; margin: 6px 0 2px }}
.kicker, .sub {{ font-size: 14px; text-align: center; font-family: 'Noto Sans CJK SC' }}
.label {{ font-family: 'Noto Sans CJK SC'; font-weight: 700; font-size: 15px; background: #ddd;
          display: inline-block; padding: 0 6px; margin-bottom: 4px }}
.byline {{ font-family: 'Noto Sans CJK SC'; font-size: 12px; margin: 2px 0 4px }}
.body {{ column-gap: {GAP_PX}px; column-rule: 1px solid #bbb }}
p {{ margin: 0; text-indent: 2em; text-align: justify }}
p.credit, p.jump, div.jump {{ text-indent: 0; text-align: right; font-size: 12px }}
.pic {{ background: repeating-linear-gradient(45deg, #ccc 0 6px, #eee 6px 12px); margin: 4px 0 }}
.caption p {{ font-size: 12px; font-family: 'Noto Sans CJK SC' }}
"""
        return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style></head>'
                f"<body>{self.masthead() if self.variant.masthead else ''}{self.header()}<main>{inner}</main>"
                "</body></html>")


def typeset_html(corpus: list[dict], seed, cols: int | None = None, extra_css: str = "",
                 variant: Variant | None = None) -> tuple[str, dict]:
    """One page as HTML, and its truth (the scorer's shape, layout `typeset`). `cols` sets the
    page's column count (default: 4–6, drawn), `extra_css` is added to the page's style and
    `variant` sets sections, a vertical headline and a masthead (the PDF bench's layout
    variants); none changes the story draws, so a seed's stories stay the same."""
    import datetime
    m = Maker(corpus, f"typeset:{seed}")
    m.ascii = False              # a printed page uses the full-width marks
    m.date = datetime.date(2019, 1, 1) + datetime.timedelta(days=m.r.randint(0, 2500))
    stories = m.stories()
    for st in stories:
        # the corpus is web text with ASCII marks in Chinese ('(6月24日)'); a printed page sets
        # them full-width, and so does the truth
        st.paragraphs = [fullwidth_punctuation(p) for p in st.paragraphs]
        st.title = st.title and fullwidth_punctuation(st.title)
        m.prepare(st)
    page = _Page(m, variant or Variant())
    if cols:
        page.cols = cols
    doc = page.page(stories)
    if extra_css:
        doc = doc.replace("</style>", extra_css + "</style>", 1)
    arts = []
    for st in stories:
        t = truth_of(st)
        probes = paragraph_probes(st)
        if probes:
            t["must_contain"] = probes
        t["_run"] = "".join(flat(p) for p in ([st.lead()] + st.paragraphs[1:]))
        arts.append(t)
    features = set(m.features)
    if page.variant.sections and sum(page.variant.sections) == page.cols:
        features.add("sections")
    if page.variant.vertical and page.vertical_made:
        features.add("vertical-head")
        if "right" in page.variant.vertical_sides[:page.vertical_made]:
            features.add("vertical-head-right")
    if page.variant.masthead:
        features.add("masthead")
    truth = {"layout": "typeset", "page": m.page, "columns": page.cols,
             "features": sorted(features), "articles": arts}
    if page.variant.masthead:
        truth["masthead"] = page.variant.masthead
    return doc, truth


# ── printing and extracting ──────────────────────────────────────────────────────────────────

class Typesetter:
    """One headless Chromium for a run of pages: `pdf(html, path)`."""

    def __enter__(self):
        from playwright.sync_api import sync_playwright
        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                 args=["--no-sandbox", "--disable-gpu"])
        self._page = self._browser.new_page()
        return self

    def pdf(self, doc: str, path: str) -> None:
        pg = self._page
        pg.set_content(doc, wait_until="load")
        pg.evaluate("document.fonts.ready")
        w, h = pg.evaluate("[document.body.scrollWidth, document.body.scrollHeight]")
        # printed under a name of this process's own, then renamed: a reader (another test
        # worker sharing the cache) sees no file or a whole one
        tmp = f"{path}.{os.getpid()}.tmp"
        pg.pdf(path=tmp, width=f"{w}px", height=f"{h + 4}px", print_background=True)
        os.replace(tmp, path)

    def __exit__(self, *exc):
        self._browser.close()
        self._pw.stop()


def extract(pdf: str, extractor: str) -> str:
    """The PDF's text as `extractor` gives it."""
    if extractor == "pdf-pdftotext":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
    if extractor == "pdf-md":
        import pymupdf4llm
        # the classic converter: 1.28's layout engine repeats the tails of bold lines
        # ('本地简讯地简讯简讯讯') on Chromium's Type 3 fonts
        pymupdf4llm.use_layout(False)
        return pymupdf4llm.to_markdown(pdf, show_progress=False)
    raise ValueError(extractor)


def corpus_key(corpus: list[dict]) -> str:
    h = hashlib.sha256()
    for item in corpus:
        h.update(item.get("title", "").encode())
    return h.hexdigest()[:10]


def cached_page(ts: "Typesetter | None", corpus: list[dict], seed: int, n: int,
                cache: Path = CACHE) -> tuple[dict, dict]:
    """(extractor → extracted text, truth) for page n of seed, typeset and extracted once and
    then read from the cache. `ts` is a Typesetter (or None when everything is cached)."""
    folder = cache / VERSION / corpus_key(corpus) / str(seed)
    stem = folder / f"{n:03d}"
    texts_path = stem.with_suffix(".json")
    if texts_path.exists():
        data = json.loads(texts_path.read_text(encoding="utf-8"))
        return data["texts"], data["truth"]
    folder.mkdir(parents=True, exist_ok=True)
    doc, truth = typeset_html(corpus, f"{seed}:{n}")
    (stem.with_suffix(".html")).write_text(doc, encoding="utf-8")
    if ts is None:
        raise RuntimeError("page not cached and no typesetter")
    pdf = str(stem.with_suffix(".pdf"))
    ts.pdf(doc, pdf)
    texts = {x: extract(pdf, x) for x in EXTRACTORS}
    write_whole(texts_path, json.dumps({"texts": texts, "truth": truth}, ensure_ascii=False))
    return texts, truth


def write_whole(path: Path, text: str) -> None:
    """Write `text` under a name of this process's own, then rename it to `path`: a reader
    (another test worker or bench run sharing the cache) sees no file or a whole one."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


_RUN_JUNK = re.compile(r"[\s*#_|>\-]+")


def kept_in_one_run(truth_article: dict, text: str) -> bool:
    """Did the extractor give this story's body as one run (its characters in order, nothing of
    another story inside)? Whitespace and Markdown marks do not count."""
    return _RUN_JUNK.sub("", truth_article["_run"]) in _RUN_JUNK.sub("", text)


# ── the run ─────────────────────────────────────────────────────────────────────────────────

def run_typeset(pages: int, seed: int, corpus_path: str | None = None, dump: str | None = None,
                cache: Path = CACHE) -> dict:
    """`bench-ingest --typeset`: every page typeset, printed and extracted by each extractor, the
    text decoded as ingest decodes a page (with its normalisation), split and scored. Also: the
    score without the normalisation, and the score on the stories the extractor kept in one run."""
    import time
    from collections import Counter, defaultdict

    from generator.ingest.split import split_page
    from generator.ingest.split.text.decode import decode_page, normalise, remove_invalid

    from .corpus import find_corpus, load_corpus
    from .run import write_dump
    from .run import figures, tally
    from .score import FIELDS, score

    corpus = load_corpus(corpus_path)
    total = right = extra = 0
    by_class: dict = defaultdict(lambda: {"right": 0, "total": 0, "pages": 0, "extra": 0})
    by_kind: dict = defaultdict(lambda: {"right": 0, "total": 0})
    by_field = {f: {"right": 0, "total": 0} for f in FIELDS}
    by_run: dict = defaultdict(lambda: {"right": 0, "total": 0})
    unnormalised: dict = defaultdict(lambda: {"right": 0, "total": 0})
    normalised: Counter = Counter()
    faults: Counter = Counter()
    split_s, typeset_s = 0.0, 0.0
    ts = None
    try:
        for n in range(pages):
            t0 = time.perf_counter()
            try:
                texts, truth = cached_page(ts, corpus, seed, n, cache)
            except RuntimeError:
                ts = Typesetter().__enter__()
                texts, truth = cached_page(ts, corpus, seed, n, cache)
            typeset_s += time.perf_counter() - t0
            for x in EXTRACTORS:
                raw = texts[x]
                notes: list[str] = []
                t1 = time.perf_counter()
                text = decode_page(raw.encode("utf-8"), f"{seed}-{n:03d}-{x}", notes)
                found = [a.to_json() for a in split_page(text).articles]
                split_s += time.perf_counter() - t1
                for note in notes:
                    for kind in ("Kangxi radical", "compatibility ideograph", "letter-spaced line",
                                 "full-width space", "half-width punctuation"):
                        m = re.search(rf"(\d+) {kind}", note)
                        if m:
                            normalised[f"{x}: {kind}"] += int(m.group(1))
                sc = score(truth, found)
                total += sc["total"]
                right += sc["right"]
                extra += sc["extra"]
                tally(sc, by_class[x], by_kind, by_field, faults)
                for res in sc["results"]:
                    kept = "kept" if kept_in_one_run(res["truth"], text) else "cut"
                    by_run[f"{x} {kept}"]["total"] += 1
                    by_run[f"{x} {kept}"]["right"] += res["right"]
                plain = remove_invalid(normalise(raw))[0]
                usc = score(truth, [a.to_json() for a in split_page(plain).articles])
                unnormalised[x]["right"] += usc["right"]
                unnormalised[x]["total"] += usc["total"]
                if dump and (sc["right"] < sc["total"] or sc["extra"]):
                    clean = {**truth, "layout": x,
                             "articles": [{k: v for k, v in a.items() if k != "_run"} for a in truth["articles"]]}
                    write_dump(dump, seed, n, text, clean, found, sc)
    finally:
        if ts is not None:
            ts.__exit__(None, None, None)
    out = figures(pages, total, right, extra,
                  {k: by_class[k] for k in EXTRACTORS if k in by_class}, by_kind, by_field, faults,
                  split_s / (pages * len(EXTRACTORS)) if pages else None, seed)
    out.update(by_run={k: dict(v) for k, v in sorted(by_run.items())},
               unnormalised={k: dict(v) for k, v in unnormalised.items()},
               normalised=dict(normalised), typeset_s=round(typeset_s, 1), typeset=VERSION,
               corpus={"path": os.path.relpath(find_corpus(corpus_path)), "items": len(corpus)})
    return out
