"""`bench-ingest --pdf`: the PDF splitter (generator/ingest/pdf/) scored on typeset pages.

Each page is typeset by typeset.py (real news text, known truth) and printed to PDF by headless
Chromium (cached under .cache/bench-ingest/typeset/ like `--typeset`); `split_pdf` reads the PDF
itself (characters, sizes, positions) and the result is scored by score.py. Layout classes
(page n of a run gets class n mod 4):

| class | the page |
|---|---|
| `pdf-grid` (n mod 4 = 0) | typeset.py's page: 4–6 columns, stories in rows under a rule, boxes framed |
| `pdf-varied` (n mod 4 = 1) | 4–8 columns, rules or none; drawn per page (typeset.Variant): stories in vertical sections or rows across, one or two headlines set vertically (left or right of their text), a masthead |
| `pdf-wide` | the same stories on 7–8 narrower columns |
| `pdf-norules` | 4–6 columns with no rule and no frame: stories set apart by space only |

`ms_per_page` times `split_pdf` (reading the PDF included; `cpu_ms_per_page` its CPU time, steadier
on a busy machine); `page_image_ms_per_page` times the
build's page image of each page (`page_image.render_files`: the 1600 px WebP, the thumbnail and
the page's PDF; wall and CPU time, and the pixels made: a typeset page is as tall as its
stories, often three times a printed page's height); `peak_rss_mb` is the run's peak RSS (ru_maxrss), which stays flat in the
number of pages when nothing is kept from page to page."""
from __future__ import annotations

import os
import time
from collections import Counter, defaultdict
from pathlib import Path

from .typeset import CACHE, PDF_VERSION, VERSION, Typesetter, corpus_key, draw_variant, typeset_html, write_whole


CLASSES = ("pdf-grid", "pdf-varied", "pdf-wide", "pdf-norules")
NO_RULES = "section, section.box { border: none !important } .body { column-rule: none !important }"


def page_class(n: int) -> str:
    return CLASSES[n % len(CLASSES)]


def variant_html(corpus: list[dict], seed: int, n: int) -> tuple[str, dict]:
    import random
    cls = page_class(n)
    cols = random.Random(f"pdf-wide:{seed}:{n}").randint(7, 8) if cls == "pdf-wide" else None
    variant, bare = None, cls == "pdf-norules"
    if cls == "pdf-varied":
        r = random.Random(f"pdf-varied:{seed}:{n}")
        cols, bare = r.randint(4, 8), r.random() < 0.5
        variant = draw_variant(f"{seed}:{n}", cols)
    doc, truth = typeset_html(corpus, f"{seed}:{n}", cols=cols, extra_css=NO_RULES if bare else "",
                              variant=variant)
    if bare:
        truth["features"] = sorted(set(truth["features"]) | {"no-rules"})
    truth["layout"] = cls
    if cols:
        truth["columns"] = cols
    return doc, truth


def cached_pdf(ts, corpus: list[dict], seed: int, n: int, cache: Path = CACHE) -> tuple[str, dict]:
    """(path of the page PDF, truth) for page n of seed, typeset once."""
    import json
    folder = cache / PDF_VERSION / corpus_key(corpus) / f"pdf-{seed}"
    stem = folder / f"{n:03d}-{page_class(n)}"
    pdf, truth_path = stem.with_suffix(".pdf"), stem.with_suffix(".truth.json")
    if pdf.exists() and truth_path.exists():
        return str(pdf), json.loads(truth_path.read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    doc, truth = variant_html(corpus, seed, n)
    if ts is None:
        raise RuntimeError("page not cached and no typesetter")
    ts.pdf(doc, str(pdf))
    write_whole(truth_path, json.dumps(truth, ensure_ascii=False))
    return str(pdf), truth


def _page_size(pdf: str) -> tuple[float, float]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[0].get_size()
    finally:
        doc.close()


def run_pdf(pages: int, seed: int, corpus_path: str | None = None, dump: str | None = None,
            cache: Path = CACHE) -> dict:
    import resource

    from generator.build.pages.page_image import render_files, sizes
    from generator.ingest.pdf import split_pdf

    from .corpus import find_corpus, load_corpus
    from .run import figures, tally, write_dump
    from .score import FIELDS, score

    corpus = load_corpus(corpus_path)
    total = right = extra = 0
    by_class: dict = defaultdict(lambda: {"right": 0, "total": 0, "pages": 0, "extra": 0})
    by_kind: dict = defaultdict(lambda: {"right": 0, "total": 0})
    by_field = {f: {"right": 0, "total": 0} for f in FIELDS}
    by_feature: dict = defaultdict(lambda: {"right": 0, "total": 0})
    by_cols: dict = defaultdict(lambda: {"right": 0, "total": 0})
    faults: Counter = Counter()
    split_s, split_cpu, worst, image_s, image_worst, image_cpu, image_mpx = 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
    ts = None
    try:
        for n in range(pages):
            try:
                pdf, truth = cached_pdf(ts, corpus, seed, n, cache)
            except RuntimeError:
                ts = Typesetter().__enter__()
                pdf, truth = cached_pdf(ts, corpus, seed, n, cache)
            t0, c0 = time.perf_counter(), time.process_time()
            res = split_pdf(pdf)
            dt = time.perf_counter() - t0
            split_cpu += time.process_time() - c0
            split_s += dt
            worst = max(worst, dt)
            t0, c0 = time.perf_counter(), time.process_time()
            w, h, tw, th = sizes(*_page_size(pdf))
            render_files(pdf, w, h, tw, th)
            dt = time.perf_counter() - t0
            image_s += dt
            image_cpu += time.process_time() - c0
            image_mpx += (w * h + tw * th) / 1e6
            image_worst = max(image_worst, dt)
            found = [a.to_json() for a in res.articles]
            sc = score(truth, found)
            total += sc["total"]
            right += sc["right"]
            extra += sc["extra"]
            tally(sc, by_class[truth["layout"]], by_kind, by_field, faults)
            cols = by_cols[f"{truth['columns']} columns"]
            cols["right"] += sc["right"]
            cols["total"] += sc["total"]
            for f in truth["features"] or ["plain"]:
                by_feature[f]["total"] += sc["total"]
                by_feature[f]["right"] += sc["right"]
            if dump and (sc["right"] < sc["total"] or sc["extra"]):
                clean = {**truth,
                         "articles": [{k: v for k, v in a.items() if k != "_run"} for a in truth["articles"]]}
                text = "\n".join(f"[{a.kind}] {a.kicker or ''} | {a.title} | {a.subtitle or ''}\n{a.body}\n"
                                 for a in res.articles)
                write_dump(dump, seed, n, text, clean, found, sc)
    finally:
        if ts is not None:
            ts.__exit__(None, None, None)
    out = figures(pages, total, right, extra, dict(sorted(by_class.items())), by_kind, by_field,
                  faults, split_s / pages if pages else None, seed)
    out.update(by_feature={k: dict(v) for k, v in sorted(by_feature.items())},
               by_columns={k: dict(v) for k, v in sorted(by_cols.items(), key=lambda kv: int(kv[0].split()[0]))},
               worst_ms=round(1000 * worst, 1),
               cpu_ms_per_page=round(1000 * split_cpu / pages, 1) if pages else None,
               page_image_ms_per_page=round(1000 * image_s / pages, 1) if pages else None,
               page_image_worst_ms=round(1000 * image_worst, 1),
               page_image_cpu_ms_per_page=round(1000 * image_cpu / pages, 1) if pages else None,
               page_image_megapixels_per_page=round(image_mpx / pages, 2) if pages else None,
               peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
               loadavg=[round(x, 2) for x in os.getloadavg()], typeset=PDF_VERSION, splitter="generator.ingest.pdf.split_pdf",
               corpus={"path": os.path.relpath(find_corpus(corpus_path)), "items": len(corpus)})
    return out


# ── `build.py bench --add-pdf-issue`: an issue of page PDFs added to the synthetic archive ──────

PDF_ISSUE_PAGES = 8


def pdf_issue_pages(folder: Path, pages: int = PDF_ISSUE_PAGES, cache: Path = CACHE) -> list[Path]:
    """`pages` page PDFs (01.pdf …) typeset from the committed fixture corpus (the news corpus is
    local only), printed once and then copied from the cache."""
    import json
    import shutil
    root = Path(__file__).resolve().parents[2]
    fixture = root / "tests" / "bench" / "corpus_fixture.jsonl"
    corpus = [json.loads(line) for line in fixture.read_text(encoding="utf-8").splitlines() if line.strip()]
    store = cache / VERSION / "pdf-issue"
    store.mkdir(parents=True, exist_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    out, ts = [], None
    try:
        for n in range(1, pages + 1):
            src = store / f"{n:02d}.pdf"
            if not src.exists():
                if ts is None:
                    ts = Typesetter().__enter__()
                doc, _ = typeset_html(corpus, f"pdf-issue:{n}")
                ts.pdf(doc, str(src))
            shutil.copyfile(src, folder / f"{n:02d}.pdf")
            out.append(folder / f"{n:02d}.pdf")
    finally:
        if ts is not None:
            ts.__exit__(None, None, None)
    return out


def add_pdf_issue(root: str, code: str, config: str, log_path: str, articles_dir: str,
                  build, step) -> dict:
    """Add an issue of 8 page PDFs to the archive at `root` the way an editor does — NN.pdf files
    in content/raw/<paper>/<date>/, then `build.py` (ingest, then the build: article pages and
    page images) — and time the ingest and the build, each in a fresh measured subprocess.
    `build` and `step` are bench.run's (a build of the workdir; a step's logging). Figures:
    `add_pdf_issue_{ingest,html_images,total}_s`, their CPU seconds and peak RSS, the pages and articles added
    and the page images rendered."""
    import datetime as _dt
    import sys

    import yaml

    from bench.measure import measure
    from bench.synthetic import DEFAULT_PAPERS, last_issue_date

    out: dict = {"add_pdf_issue_pages": PDF_ISSUE_PAGES}
    paper = DEFAULT_PAPERS[0]
    last = last_issue_date(articles_dir, paper)
    date = last + _dt.timedelta(days=1) if last else _dt.date(2019, 1, 1)
    folder = Path(root) / "content" / "raw" / paper / date.isoformat()
    try:
        pdf_issue_pages(folder)
    except Exception as exc:            # no Chromium here: the step is skipped, said so
        out["add_pdf_issue_error"] = f"typesetting the PDF pages failed: {exc}"
        return out
    (folder / "issue.yaml").write_text(yaml.safe_dump(
        {"paper": paper, "date": date, "pages": {n: f"第{n}版" for n in range(1, PDF_ISSUE_PAGES + 1)}},
        allow_unicode=True), encoding="utf-8")
    before = sum(len(f) for _, _, f in os.walk(articles_dir))
    cmd = [sys.executable, "-c", "import sys; from generator.cli import main; sys.exit(main(sys.argv[1:]))",
           "--config", config, "ingest"]
    ingest = step("add a PDF issue (ingest)", measure(cmd, code, log_path))
    html = step("add a PDF issue (HTML and page images)", build()) if ingest else None
    if ingest:
        out["add_pdf_issue_ingest_s"] = round(ingest.seconds, 2)
        out["add_pdf_issue_ingest_cpu_s"] = round(ingest.cpu_s, 2)
        out["add_pdf_issue_ingest_rss_mb"] = round(ingest.peak_rss_mb)
        out["add_pdf_issue_articles"] = sum(len(f) for _, _, f in os.walk(articles_dir)) - before
    if html:
        rep = html.report or {}
        out["add_pdf_issue_html_images_s"] = round(html.seconds, 2)
        out["add_pdf_issue_html_images_cpu_s"] = round(html.cpu_s, 2)
        out["add_pdf_issue_html_images_rss_mb"] = round(html.peak_rss_mb)
        out["add_pdf_issue_units_rendered"] = rep.get("units_rendered")
        out["add_pdf_issue_total_s"] = round(ingest.seconds + html.seconds, 2)
    return out
