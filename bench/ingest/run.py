"""`python build.py bench-ingest --pages N --seed S [--json OUT] [--dump DIR]`.

Generates N pages (bench/ingest/pagegen.py) over the real news corpus, runs the real splitter on
each in this process — the function `build.py split --json` calls — and scores the result as
../shared/eval/score_split.py does (bench/ingest/score.py). Prints accuracy per layout class, per
kind and per field; the last line is the summary. Page i of seed S is the same page on every run.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter, defaultdict

from .corpus import find_corpus, load_corpus
from .pagegen import CLASSES, make_page

from .generators import GENERATORS  # noqa: F401  (`--generator`: which page generator lays the pages out)


def generator(name: str):
    """(make(corpus, seed_str, short) -> (text, truth), layout classes) of a named generator."""
    if name == "alt":
        from .altgen import CLASSES as ALT_CLASSES, make_alt_page
        return (lambda corpus, seed_str, short=0.0: make_alt_page(corpus, seed_str)), ALT_CLASSES
    if name == "third":
        from .thirdgen import CLASSES as THIRD_CLASSES, make_third_page
        return (lambda corpus, seed_str, short=0.0: make_third_page(corpus, seed_str)), THIRD_CLASSES
    if name == "fourth":
        from .fourthgen import CLASSES as FOURTH_CLASSES, make_fourth_page
        return (lambda corpus, seed_str, short=0.0: make_fourth_page(corpus, seed_str)), FOURTH_CLASSES
    if name == "fifth":
        from .fifthgen import CLASSES as FIFTH_CLASSES, make_fifth_page
        return (lambda corpus, seed_str, short=0.0: make_fifth_page(corpus, seed_str)), FIFTH_CLASSES
    if name == "sixth":
        from .sixthgen import CLASSES as SIXTH_CLASSES, make_sixth_page
        return (lambda corpus, seed_str, short=0.0: make_sixth_page(corpus, seed_str)), SIXTH_CLASSES
    if name == "seventh":
        from .seventhgen import CLASSES as SEVENTH_CLASSES, make_seventh_page
        return (lambda corpus, seed_str, short=0.0: make_seventh_page(corpus, seed_str)), SEVENTH_CLASSES
    return make_page, CLASSES
from .score import FIELDS, fields_of, score

def splitter():
    """`text → [article JSON dict]` through the splitter `split --json` uses."""
    from generator.ingest.split import split_page
    return lambda text: [a.to_json() for a in split_page(text).articles]


def tally(sc: dict, cls: dict, by_kind: dict, by_field: dict, faults: Counter) -> None:
    """Add one page's score to its layout class and to the per-kind and per-field counts."""
    cls["right"] += sc["right"]
    cls["total"] += sc["total"]
    cls["extra"] += sc["extra"]
    cls["pages"] += 1
    for res in sc["results"]:
        t = res["truth"]
        by_kind[t["kind"]]["total"] += 1
        by_kind[t["kind"]]["right"] += res["right"]
        wrong = {f for f, _ in res["faults"]}
        for f in fields_of(t):
            by_field[f]["total"] += 1
            by_field[f]["right"] += f not in wrong
        faults.update(wrong)


def figures(pages: int, total: int, right: int, extra: int, by_class: dict, by_kind: dict,
            by_field: dict, faults: Counter, split_s_per_page, seed: int) -> dict:
    """The `bench-ingest --json` contract's fields."""
    return {
        "pages": pages, "articles": total, "right": right, "extra": extra,
        "accuracy": round(right / total, 4) if total else None,
        "by_class": {k: dict(v) for k, v in by_class.items()},
        "by_kind": {k: v for k, v in sorted(by_kind.items())},
        "by_field": by_field,
        "faults": dict(faults.most_common()),
        "ms_per_page": round(1000 * split_s_per_page, 1) if split_s_per_page is not None else None,
        "seed": seed,
    }


def page_seed(seed: int, n: int) -> str:
    return f"{seed}:{n}"


def run(pages: int, seed: int, corpus_path: str | None = None, dump: str | None = None,
        short: float = 0.0, gen: str = "pagegen") -> dict:
    corpus = load_corpus(corpus_path)
    make, classes = generator(gen)
    split = splitter()
    total = right = extra = 0
    by_class: dict = defaultdict(lambda: {"right": 0, "total": 0, "pages": 0, "extra": 0})
    by_kind: dict = defaultdict(lambda: {"right": 0, "total": 0})
    by_field = {f: {"right": 0, "total": 0} for f in FIELDS}
    faults: Counter = Counter()
    split_s = split_cpu = 0.0
    for n in range(pages):
        text, truth = make(corpus, page_seed(seed, n), short)
        t0, c0 = time.perf_counter(), time.process_time()
        found = split(text)
        split_s += time.perf_counter() - t0
        split_cpu += time.process_time() - c0
        sc = score(truth, found)
        total += sc["total"]
        right += sc["right"]
        extra += sc["extra"]
        tally(sc, by_class[truth["layout"]], by_kind, by_field, faults)
        if dump and (sc["right"] < sc["total"] or sc["extra"]):
            write_dump(dump, seed, n, text, truth, found, sc)
    cpu_ms = round(1000 * split_cpu / pages, 1) if pages else None
    out = figures(pages, total, right, extra, {k: by_class[k] for k in classes if k in by_class},
                  by_kind, by_field, faults, split_s / pages if pages else None, seed)
    out["cpu_ms_per_page"] = cpu_ms      # the split's CPU time: comparable on a busy machine
    out["short"] = short
    out["generator"] = gen
    out["corpus"] = {"path": os.path.relpath(find_corpus(corpus_path)), "items": len(corpus),
                     "sources": dict(Counter(i["source"] for i in corpus))}
    return out


def write_dump(folder: str, seed: int, n: int, text: str, truth: dict, found: list, sc: dict) -> None:
    """A failing page as files score_split.py can be run on: page .txt, truth .yaml, the split's
    JSON and one line per wrong article."""
    import yaml
    os.makedirs(folder, exist_ok=True)
    stem = os.path.join(folder, f"{seed}-{n:03d}-{truth['layout']}")
    with open(stem + ".txt", "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(stem + ".yaml", "w", encoding="utf-8") as fh:
        fh.write(f"# bench-ingest page {page_seed(seed, n)}: generated, with its truth\n")
        yaml.safe_dump(truth, fh, allow_unicode=True, sort_keys=False)
    with open(stem + ".split.json", "w", encoding="utf-8") as fh:
        json.dump(found, fh, ensure_ascii=False, indent=1)
    with open(stem + ".why.txt", "w", encoding="utf-8") as fh:
        for res in sc["results"]:
            if not res["right"]:
                t = res["truth"]
                fh.write(f"WRONG [{t['kind']}] {t.get('title') or t.get('starts')}: "
                         f"{'; '.join(w for _, w in res['faults'])}\n")
        fh.write(f"extra={sc['extra']}\n")


def _pct(d: dict) -> str:
    return f"{d['right']}/{d['total']} ({100 * d['right'] / d['total']:.1f}%)" if d["total"] else "—"


def report(r: dict) -> str:
    out = ["layout class        pages  right/articles        extra"]
    out += [f"  {k:<18}{v['pages']:>5}  {_pct(v):<22}{v['extra']:>5}" for k, v in r["by_class"].items()]
    out.append("kind")
    out += [f"  {k:<18}       {_pct(v)}" for k, v in r["by_kind"].items()]
    out.append("field")
    out += [f"  {k:<18}       {_pct(v)}" for k, v in r["by_field"].items() if v["total"]]
    if "by_feature" in r:
        out.append("page feature")
        out += [f"  {k:<18}       {_pct(v)}" for k, v in r["by_feature"].items()]
    if "by_columns" in r:
        out.append("columns on the page")
        out += [f"  {k:<18}       {_pct(v)}" for k, v in r["by_columns"].items()]
    if "by_run" in r:
        out.append("stories the extractor kept in one run / cut apart")
        out += [f"  {k:<24} {_pct(v)}" for k, v in r["by_run"].items()]
        out.append("without the ingest normalisation")
        out += [f"  {k:<24} {_pct(v)}" for k, v in r["unnormalised"].items()]
        if r.get("normalised"):
            out.append("normalised: " + ", ".join(f"{k} ×{v}" for k, v in r["normalised"].items()))
    out.append(f"bench-ingest: {r['right']}/{r['articles']} articles right "
               f"({100 * (r['accuracy'] or 0):.1f}%), extra={r['extra']}, {r['pages']} pages, "
               f"{r['ms_per_page']} ms/page, seed {r['seed']}")
    return "\n".join(out)


def bench_ingest_main(args) -> int:
    try:
        if getattr(args, "pdf", False):
            from .typeset import missing_tools
            from .pdfbench import run_pdf
            missing = [m for m in missing_tools() if "pdftotext" not in m and "pymupdf" not in m]
            if missing:
                print("error: --pdf needs " + ", ".join(missing), file=sys.stderr)
                return 2
            r = run_pdf(args.pages, args.seed, args.corpus, args.dump)
        elif getattr(args, "typeset", False):
            from .typeset import missing_tools, run_typeset
            missing = missing_tools()
            if missing:
                print("error: --typeset needs " + ", ".join(missing), file=sys.stderr)
                return 2
            r = run_typeset(args.pages, args.seed, args.corpus, args.dump)
        else:
            r = run(args.pages, args.seed, args.corpus, args.dump, getattr(args, "short", 0.0),
                    getattr(args, "generator", "pagegen"))
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(r, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(report(r))
    return 0
