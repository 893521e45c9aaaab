"""`bench-ingest --pdf`: the PDF splitter (generator/ingest/pdf/) scored on typeset pages.

Each page is typeset by typeset.py (real news text, known truth) and printed to PDF by headless
Chromium (cached under .cache/bench-ingest/typeset/ like `--typeset`); `split_pdf` reads the PDF
itself (characters, sizes, positions) and the result is scored by score.py. Layout classes
(page n of a run gets class n mod 4):

| class | the page |
|---|---|
| `pdf-grid` (n mod 4 = 0) | typeset.py's page: 4–6 columns, stories in rows under a rule, boxes framed |
| `pdf-varied` (n mod 4 = 1) | 4–8 columns, rules or none; drawn per page (typeset.Variant): stories in vertical sections or rows across, a headline set vertically, a masthead |
| `pdf-wide` | the same stories on 7–8 narrower columns |
| `pdf-norules` | 4–6 columns with no rule and no frame: stories set apart by space only |

`ms_per_page` times `split_pdf` (reading the PDF included)."""
from __future__ import annotations

import os
import time
from collections import Counter, defaultdict
from pathlib import Path

from .typeset import CACHE, VERSION, Typesetter, corpus_key, draw_variant, typeset_html


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
    folder = cache / VERSION / corpus_key(corpus) / f"pdf-{seed}"
    stem = folder / f"{n:03d}-{page_class(n)}"
    pdf, truth_path = stem.with_suffix(".pdf"), stem.with_suffix(".truth.json")
    if pdf.exists() and truth_path.exists():
        return str(pdf), json.loads(truth_path.read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    doc, truth = variant_html(corpus, seed, n)
    if ts is None:
        raise RuntimeError("page not cached and no typesetter")
    ts.pdf(doc, str(pdf))
    truth_path.write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    return str(pdf), truth


def run_pdf(pages: int, seed: int, corpus_path: str | None = None, dump: str | None = None,
            cache: Path = CACHE) -> dict:
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
    split_s, worst = 0.0, 0.0
    ts = None
    try:
        for n in range(pages):
            try:
                pdf, truth = cached_pdf(ts, corpus, seed, n, cache)
            except RuntimeError:
                ts = Typesetter().__enter__()
                pdf, truth = cached_pdf(ts, corpus, seed, n, cache)
            t0 = time.perf_counter()
            res = split_pdf(pdf)
            dt = time.perf_counter() - t0
            split_s += dt
            worst = max(worst, dt)
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
               worst_ms=round(1000 * worst, 1), typeset=VERSION, splitter="generator.ingest.pdf.split_pdf",
               corpus={"path": os.path.relpath(find_corpus(corpus_path)), "items": len(corpus)})
    return out
