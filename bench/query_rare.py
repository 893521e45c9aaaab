"""`python -m bench.query_rare SITE_DIR --json OUT`: the bench's transfer queries on one built
site, looked up both ways — Pagefind's phrase search alone (`rareFirst = false`) and the rarest
character first (rare-page lists, one chunk) — alternating, `--repeat` times each.

Why on one site: the bytes of the two lookups are then compared on the very same bundles, and
alternating the runs spreads the machine's load over both. Times on a shared machine are noisy
(medians and the load average are recorded); bytes are not.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from typing import Optional

from bench.run import TRANSFER_QUERIES
from generator.search.measure import served_site
from generator.search.transfer import query_figures

FIGURES = ("first_ms", "first_kb", "first_requests", "ms", "kb", "requests", "results")


def _median(runs: list[dict], phase: str, key: str) -> float:
    return round(statistics.median(r[phase][key] for r in runs), 1)


def compare(site_dir: str, repeat: int, primer: str = "乌鲁木齐") -> dict:
    """{"queries", "by_mode": {mode: {query: {phase: {figure: median}}}}, "loadavg"}."""
    queries = [q for pair in TRANSFER_QUERIES.values() for q in pair]
    runs: dict[str, dict[str, list[dict]]] = {"phrase": {q: [] for q in queries},
                                              "rare_first": {q: [] for q in queries}}
    loads = []
    with served_site(site_dir) as (browser, base_url, has_page):
        for _ in range(repeat):
            for mode in runs:
                loads.append(os.getloadavg()[0])
                got = query_figures(browser, base_url, queries, primer, has_page=has_page,
                                    rare_first=mode == "rare_first")
                for q in queries:
                    runs[mode][q].append(got[q])
    return {"queries": TRANSFER_QUERIES, "primer": primer, "repeat": repeat,
            "by_mode": {mode: {q: {phase: {k: _median(rs, phase, k) for k in FIGURES}
                                   for phase in ("cold", "warm")}
                               for q, rs in per_q.items()}
                        for mode, per_q in runs.items()},
            "loadavg": [round(min(loads), 2), round(max(loads), 2)],
            "time": time.strftime("%Y-%m-%d %H:%M:%S")}


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("site_dir")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--json", dest="json_out")
    args = p.parse_args(argv)
    out = compare(args.site_dir, args.repeat)
    text = json.dumps(out, ensure_ascii=False, indent=1)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    for mode, per_q in out["by_mode"].items():
        for q, phases in per_q.items():
            print(mode, q, {ph: (f["first_ms"], f["first_kb"]) for ph, f in phases.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
