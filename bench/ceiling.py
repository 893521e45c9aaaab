"""Pagefind's own ceiling on an archive: its raw indexing rate on exactly the requests the build
sends for each search part, one process per core, with nothing else running.

Why: the search index can only be as fast as Pagefind; the build's rate means something only
next to this one. Each part's request stream (new index, its records, GetFiles) is built and
written to a file first, untimed; then every part is fed to `pagefind --service` from those
bytes, `workers` processes at a time, and the wall time from the first start to the last bundle
is the ceiling (`pagefind_ceiling_pages_per_s`). The bundles are read from the pipe and dropped.
A large archive is sampled: evenly spaced parts up to `--max-pages` pages (a rate per page needs
no more, and indexing a 1M archive twice would double the benchmark's longest step); the parts
are loaded one at a time, as the index loads them, so memory does not grow with the archive.
Run by `build.py bench` after the search index, as a process of its own:

    python -m bench.ceiling WORKDIR/site_config.yaml [--workers N] [--max-pages N] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import NamedTuple, Optional


class Stream(NamedTuple):
    key: str
    pages: int
    path: str        # the part's requests, as sent to Pagefind


DEFAULT_MAX_PAGES = 60_000


def sample_parts(sizes: dict[str, int], max_pages: int) -> list[str]:
    """Every k-th part in key order (dates), k the smallest step that keeps the sample within
    `max_pages` pages: spread over the whole archive, so its part sizes and text are the
    archive's. All parts when they fit."""
    keys = sorted(sizes)
    total = sum(sizes.values())
    step = max(1, -(-total // max(1, max_pages)))
    while step < len(keys) and sum(sizes[k] for k in keys[::step]) > max_pages:
        step += 1
    return keys[::step]


def write_streams(config_path: str, dest: str,
                  max_pages: int = DEFAULT_MAX_PAGES) -> tuple[list[Stream], int, int]:
    """The sampled parts' request streams, as the indexer builds them, in files under `dest`;
    with the number of parts and pages the archive has in all."""
    from generator.build.pipeline import dry_run, issue_loader
    from generator.core.config import load_config
    from generator.search.documents import part_input
    from generator.search.pagefind import get_files_request, new_index_request
    from generator.search.source import PartSource
    config = load_config(config_path)
    plan = dry_run(config, clean=True)        # the archive exactly as the build plans it
    names = dict(config.publication_names)
    for pub in plan.archive.publications:
        names.setdefault(pub.slug, pub.name)
    source = PartSource(plan.archive, config, issue_loader(plan))
    sizes = {key: source.size(key) for key in source.parts}
    streams = []
    for key in sample_parts(sizes, max_pages):
        arts, pages = source.load(key)
        try:
            inp = part_input(arts, config.root, names, pages)
        finally:
            source.release(key)
        path = os.path.join(dest, f"{key}.requests")
        with open(path, "wb") as fh:
            fh.write(new_index_request(inp.punct))
            fh.writelines(inp.requests)
            fh.write(get_files_request(len(inp.requests) + 1))
        streams.append(Stream(key, len(arts), path))
    return streams, len(sizes), sum(sizes.values())


def index_stream(stream: Stream) -> float:
    """Feed one part's requests to a fresh Pagefind and wait for its bundle; its CPU seconds.

    Pagefind stops at the end of its input without answering what is still queued, so the
    input stays open until the last answer (GetFiles) has come: one answer per request, each
    ending in a comma."""
    import psutil
    from generator.search.pagefind import pagefind_executable
    with open(stream.path, "rb") as fh:
        data = fh.read()
    want = stream.pages + 2
    proc = subprocess.Popen([pagefind_executable(), "--service"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    writer = threading.Thread(target=_write, args=(proc, data), daemon=True)
    writer.start()
    seen = 0
    while seen < want:
        chunk = proc.stdout.read1(1 << 20)
        if not chunk:
            raise RuntimeError(f"pagefind stopped before the bundle of part {stream.key}")
        seen += chunk.count(b",")
    t = psutil.Process(proc.pid).cpu_times()
    proc.kill()
    proc.wait()
    writer.join()
    return t.user + t.system


def _write(proc: subprocess.Popen, data: bytes) -> None:
    try:
        proc.stdin.write(data)
        proc.stdin.flush()
    except (OSError, ValueError):
        pass


def measure_ceiling(streams: list[Stream], workers: int) -> dict:
    """Index every stream, `workers` at a time (largest first, so the last ones are short)."""
    order = sorted(streams, key=lambda s: -s.pages)
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        cpu = list(pool.map(index_stream, order))
    seconds = time.perf_counter() - t0
    pages = sum(s.pages for s in streams)
    return {"pagefind_ceiling_pages_per_s": round(pages / seconds, 1) if seconds else None,
            "pagefind_ceiling_s": round(seconds, 2), "pagefind_ceiling_pages": pages,
            "pagefind_ceiling_workers": workers, "pagefind_ceiling_parts": len(streams),
            "pagefind_ceiling_cpu_s": round(sum(cpu), 2),
            "pagefind_cpu_ms_per_page": round(1000 * sum(cpu) / pages, 3) if pages else None,
            "loadavg": list(os.getloadavg())}


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("config")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    p.add_argument("--max-pages", type=int, default=DEFAULT_MAX_PAGES,
                   help="index evenly spaced parts up to this many pages (default %(default)s)")
    p.add_argument("--json", dest="json_out")
    args = p.parse_args(argv)
    dest = tempfile.mkdtemp(prefix="pagefind-ceiling-",
                            dir=os.path.dirname(os.path.abspath(args.config)))
    try:
        t0 = time.perf_counter()
        streams, parts, pages = write_streams(args.config, dest, args.max_pages)
        prepare_s = time.perf_counter() - t0
        result = {**measure_ceiling(streams, max(1, args.workers)),
                  "archive_parts": parts, "archive_pages": pages,
                  "prepare_s": round(prepare_s, 2)}
    finally:
        shutil.rmtree(dest, ignore_errors=True)
    text = json.dumps(result, indent=1)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
