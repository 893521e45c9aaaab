"""Query transfer against the number of search parts, without a 1,000,000-article archive.

One synthetic archive is indexed with small parts (`search.max_shard_articles`), once per part
size, so a 20,000-article archive has as many parts as a much larger one would at the default
size; the transfer figures (generator/search/transfer.py: Chromium over HTTP, cold first screen,
every result, warm next query) are then taken for the bench's common and rare 1-, 2- and
4-character queries. What grows with the number of parts shows here.

    python -m bench.query_parts --articles 20000 --part-size 300 --part-size 150 \
        --workdir /tmp/qp --json bench/results/query-filter-after.json
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import yaml

from bench.measure import machine_info
from bench.run import TRANSFER_QUERIES, build, log, make_workdir
from bench.synthetic import write_synthetic_archive


def _set_part_size(config: str, size: int) -> None:
    with open(config, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    data.setdefault("search", {})["max_shard_articles"] = size
    with open(config, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False)


def _bundle_figures(site: str) -> dict:
    """Parts in the manifest, and the bytes and files of the part presence filter (if any)."""
    root = os.path.join(site, "pagefind")
    with open(os.path.join(root, "shards.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    parts = len(manifest["shards"])
    out = {"parts": parts}
    filt = os.path.join(root, "presence")
    if os.path.isdir(filt):
        size = files = 0
        for dirpath, _, names in os.walk(filt):
            for n in names:
                size += os.path.getsize(os.path.join(dirpath, n))
                files += 1
        bits = sum(os.path.getsize(os.path.join(root, s["key"], "presence.bin"))
                   for s in manifest["shards"] if os.path.exists(os.path.join(root, s["key"], "presence.bin")))
        out.update(filter_kb=round(size / 1024, 1), filter_files=files,
                   filter_kb_per_part=round(size / 1024 / max(1, parts), 2),
                   part_bits_kb_per_part=round(bits / 1024 / max(1, parts), 2))
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=int, default=20000)
    p.add_argument("--part-size", type=int, action="append", required=True)
    p.add_argument("--workdir", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", dest="json_out", required=True)
    a = p.parse_args(argv)
    from generator.search.transfer import measure_query_transfer
    wd = make_workdir(a.workdir)
    info = write_synthetic_archive(wd.articles, a.articles, seed=a.seed)
    log(f"wrote {info.articles} articles")
    out = {"articles": info.articles, "machine": machine_info(), "queries": TRANSFER_QUERIES,
           "runs": []}
    queries = [q for pair in TRANSFER_QUERIES.values() for q in pair]
    for size in a.part_size:
        _set_part_size(wd.config, size)
        load0 = list(os.getloadavg())
        r = build(wd, search=True, clean=True)
        if r.returncode:
            log(f"build failed for part size {size}: see {wd.log}")
            return 1
        run = {"part_size": size, "build_s": round(r.seconds, 1), "loadavg": load0}
        run.update(_bundle_figures(wd.site))
        log(f"part size {size}: {run['parts']} parts, built in {r.seconds:.0f} s; measuring")
        run["figures"] = measure_query_transfer(wd.site, queries)
        run["loadavg_end"] = list(os.getloadavg())
        for q in queries:
            c, w = run["figures"][q]["cold"], run["figures"][q]["warm"]
            log(f"  {q}: cold first {c['first_ms']} ms {c['first_kb']} KB, all {c['ms']} ms "
                f"{c['kb']} KB ({c['results']} hits); warm {w['ms']} ms {w['kb']} KB")
        out["runs"].append(run)
        with open(a.json_out, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
    out["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    with open(a.json_out, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
