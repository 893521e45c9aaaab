"""Part size against Pagefind's cost: the oldest N articles of an archive indexed as one part,
for several N — Pagefind's CPU per page (adding the records, then building the bundle), its
peak RSS and the bundle's size.

Why: a part's size sets both the indexing memory (Pagefind holds every word position of the
part until it writes) and, with per-character words, how much work each page costs; the
query side wants few, large parts. These figures say what each size costs at indexing.

    python -m bench.index_part_size WORKDIR/site_config.yaml --size 500 --size 2000 [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Optional


def main(argv: Optional[list[str]] = None) -> int:
    from generator.build.pipeline import dry_run
    from generator.core.config import load_config
    from generator.search.documents import page_names_of, part_input
    from generator.search.pagefind import run_pagefind
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("config")
    p.add_argument("--size", type=int, action="append", required=True)
    p.add_argument("--json", dest="json_out")
    args = p.parse_args(argv)
    config = load_config(args.config)
    archive = dry_run(config, clean=True).load_all()
    arts = sorted(archive.articles.values(), key=lambda a: (a.date, a.paper, a.page, a.seq))
    names = dict(config.publication_names)
    for pub in archive.publications:
        names.setdefault(pub.slug, pub.name)
    pages = page_names_of(archive)
    rows = []
    for n in args.size:
        inp = part_input(arts[:n], config.root, names, pages)
        files, peak, parse_cpu, cpu = run_pagefind(inp.requests, inp.punct)
        n = len(inp.requests)
        rows.append({"articles": n, "pagefind_cpu_s": round(cpu, 2),
                     "parse_ms_per_page": round(1000 * parse_cpu / n, 3),
                     "cpu_ms_per_page": round(1000 * cpu / n, 3),
                     "peak_rss_mb": round(peak), "peak_kb_per_page": round(1024 * peak / n),
                     "bundle_mb": round(sum(map(len, files.values())) / 2**20, 1)})
        print(json.dumps(rows[-1]), flush=True)
    result = {"rows": rows, "loadavg": list(os.getloadavg())}
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
