"""`python build.py bench`: build a synthetic archive and measure the build, side by side with Pelican.

Why this shape: the figures must be the build's own, not the benchmark's. Every measured build
runs in a fresh subprocess (`python -m bench.run child …`), timed from outside (so Python's
start-up and imports count, as they do for an editor), and its memory is the peak of the whole
process tree (the build, its render workers and the Pagefind binary), sampled with psutil: the
sum of RSS (conservative: copy-on-write pages shared by forked workers count once per process)
and the sum of PSS (shared pages split between their users). The JSON keys listed in DESIGN.md
("bench --json") are a contract: every one is always present, `null` where not measured.

Steps: generate N articles → full HTML build (clean) → no-op rebuild → search index of every shard
→ add one issue (HTML, then search) → edit one title (HTML, then search) → Pelican full build and
add-one-issue rebuild on the first M articles of the same archive (its cache on).
"""
from __future__ import annotations

import compileall
import dataclasses
import datetime as _dt
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import Any, Optional

from bench.measure import Run, dir_size, machine_info, measure
from bench.pelican import convert_to_pelican, make_pelican_project, pelican_build

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CONTRACT_KEYS = (
    "articles", "full_build_s", "full_build_rss_mb", "noop_rebuild_s", "add_issue_html_s",
    "add_issue_search_s", "edit_title_s", "index_pages_per_s", "index_peak_rss_mb",
    "search_index_mb", "pelican_full_build_s", "pelican_add_issue_s", "pelican_articles",
)
TARGETS = {   # the build's targets at 100,000 articles on 2 cores
    "full_build_s": 90.0, "noop_rebuild_s": 3.0, "add_issue_html_s": 5.0,
    "add_issue_search_s": 20.0, "full_build_rss_mb": 2048.0, "index_peak_rss_mb": 4096.0,
}
ADD_ISSUE_ARTICLES = 60
# Queries for the latency figures: a frequent word, topic words, a phrase, a rare name, a miss.
# (all but the last occur in the synthetic bodies, which recombine the seed pages' sentences)
# A 1-character and a 2-character common query first (the hardest for a per-character index), then names,
# phrases and a query that matches nothing.
QUERIES = ("的", "发展", "医疗队", "经济", "营商环境", "急诊科", "援乌医疗队奔赴一线", "张进文", "量子计算机")
# Queries for the transfer figures, per length: (common, rare) in the synthetic archive — a
# common query fills the first screen from the newest part, a rare one has to visit every part.
TRANSFER_QUERIES = {"1char": ("的", "赖"), "2char": ("发展", "赖强"), "4char": ("乌鲁木齐", "记者赖强")}
# the figures of the contract's query keys: (key, phase, figure in query_transfer)
TRANSFER_KEYS = (("query_cold_first_ms", "cold", "first_ms"), ("query_cold_first_kb", "cold", "first_kb"),
                 ("query_cold_ms", "cold", "ms"), ("query_cold_kb", "cold", "kb"),
                 ("query_cold_requests", "cold", "requests"),
                 ("query_warm_ms", "warm", "ms"), ("query_warm_kb", "warm", "kb"),
                 ("query_warm_first_ms", "warm", "first_ms"), ("query_warm_first_kb", "warm", "first_kb"),
                 ("query_warm_requests", "warm", "requests"))


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ measuring one subprocess


# ------------------------------------------------------------------ the workdir project

@dataclass
class Workdir:
    root: str
    code: str                   # the snapshot of generator/ the measured builds run
    config: str
    articles: str
    site: str
    log: str
    report: str
    pelican: str


def make_workdir(root: str, few_files: bool = False) -> Workdir:
    """A project folder whose config points into itself; templates are the repository's own.
    `few_files`: the site_files setting for hosts that limit file counts (no page twins, one
    citation pair per issue)."""
    import yaml
    os.makedirs(root, exist_ok=True)
    for name in ("content", "site", ".cache", "pelican"):
        shutil.rmtree(os.path.join(root, name), ignore_errors=True)
    for stale in os.listdir(root):   # interrupted builds leave staging folders behind
        if stale.startswith(("site.new-", "site.old-", "site.stage-")):
            shutil.rmtree(os.path.join(root, stale), ignore_errors=True)
    with open(os.path.join(ROOT, "site_config.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    data["paths"] = {"raw": "content/raw", "articles": "content/articles", "output": "site",
                     "cache": ".cache"}
    if few_files:
        data["site_files"] = {"json_twins": False, "citations": "issue"}
    config = os.path.join(root, "site_config.yaml")
    with open(config, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False)
    # A snapshot of the code and templates: the build digests both, so measuring a worktree that
    # others are editing would turn a no-op rebuild into a full one (and mix code versions).
    code = os.path.join(root, "code")
    for src, dest in ((os.path.join(ROOT, "generator"), os.path.join(code, "generator")),
                      (os.path.join(ROOT, "bench"), os.path.join(code, "bench")),
                      (os.path.join(ROOT, "templates"), os.path.join(root, "templates"))):
        if os.path.islink(dest):
            os.unlink(dest)
        shutil.rmtree(dest, ignore_errors=True)
        if os.path.isdir(src):
            shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "results"))
    # An installed program runs from cached bytecode (pip compiles what it installs; Python
    # caches what it imports). A machine that sets PYTHONDONTWRITEBYTECODE never caches the
    # snapshot's, so every timed build would compile ~170 modules first (~0.25 s of a no-op).
    compileall.compile_dir(code, quiet=1)
    os.makedirs(os.path.join(root, "content", "articles"), exist_ok=True)
    return Workdir(root=root, code=code, config=config, articles=os.path.join(root, "content", "articles"),
                   site=os.path.join(root, "site"), log=os.path.join(root, "bench.log"),
                   report=os.path.join(root, "child-report.json"),
                   pelican=os.path.join(root, "pelican"))


def _child_cmd(wd: Workdir, *flags: str) -> list[str]:
    return [sys.executable, "-m", "bench.run", "child", "--config", wd.config,
            "--report", wd.report, *flags]


def build(wd: Workdir, *, search: bool, clean: bool = False) -> Run:
    flags = (["--search"] if search else []) + (["--clean"] if clean else [])
    return measure(_child_cmd(wd, *flags), wd.code, wd.log, wd.report)


def oldest_first(paths: list[str], articles_dir: str) -> list[str]:
    """Article files by date, then paper and position (paths are <paper>/<YYYY>/<MM>/<DD>/NN-SS.md),
    so the first M are the archive's oldest M articles across papers."""
    def key(path: str) -> tuple:
        parts = os.path.relpath(path, articles_dir).split(os.sep)
        return (*parts[1:4], parts[0], *parts[4:]) if len(parts) == 5 else (path,)
    return sorted(paths, key=key)


def edit_title(path: str, suffix: str = "（更正）") -> str:
    """Change one article's title the way an editor would; returns the new title."""
    from generator.core import frontmatter
    with open(path, encoding="utf-8") as fh:
        doc = frontmatter.parse(fh.read(), path)
    doc.meta["title"] = f"{doc.meta['title']}{suffix}"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(frontmatter.dump(doc.meta, doc.body))
    return doc.meta["title"]


def _article_html(site: str, article_id: str) -> str:
    from generator.core.urls import article_url
    return os.path.join(site, article_url(article_id).strip("/"), "index.html")


def _contains(path: str, text: str) -> bool:
    try:
        with open(path, encoding="utf-8") as fh:
            return text in fh.read()
    except OSError:
        return False


# ------------------------------------------------------------------ Pelican, the peer


# ------------------------------------------------------------------ the benchmark


def _r(x: Optional[float], nd: int = 2) -> Optional[float]:
    return None if x is None else round(x, nd)


class Bench:
    """Runs the steps in order, collecting figures; a failing step is recorded, not fatal."""

    def __init__(self, wd: Workdir, n: int, pelican_n: int, search: bool, seed: int = 0,
                 pdf_issue: bool = False, first_screens: bool = False):
        self.wd, self.n, self.pelican_n, self.search, self.seed = wd, n, pelican_n, search, seed
        self.pdf_issue = pdf_issue
        # queries timed to their first screen only (`bench --first-screens`, for 1M archives)
        self.first_screens = first_screens
        self.out: dict[str, Any] = {k: None for k in CONTRACT_KEYS}
        self.out.update(articles=n, pelican_articles=None, search=search, seed=seed,
                        first_screens_only=first_screens,
                        machine=machine_info(), loadavg_start=list(os.getloadavg()), date=_dt.datetime.now().isoformat(timespec="seconds"))
        self.errors: list[str] = []
        self.checks: dict[str, bool] = {}

    def fail(self, step: str, run: Optional[Run] = None, message: str = "") -> None:
        tail = ""
        if run is not None:
            try:
                with open(run.log_path, encoding="utf-8", errors="replace") as fh:
                    tail = fh.read()[-1500:]
            except OSError:
                pass
        text = f"{step}: {message or f'exit status {run.returncode if run else None}'}"
        self.errors.append(text)
        log(f"FAILED {text}\n{tail}")

    def step(self, name: str, run: Run) -> Optional[Run]:
        if not run.ok:
            self.fail(name, run)
            return None
        log(f"{name}: {run.seconds:.2f} s (CPU {run.cpu_s:.1f} s), peak RSS {run.peak_rss_mb:.0f} MB "
            f"(PSS {run.peak_pss_mb:.0f} MB)")
        self.out.setdefault("cpu_s", {})[name] = _r(run.cpu_s)
        self.out.setdefault("peak_pss_mb", {})[name] = _r(run.peak_pss_mb, 0)
        return run

    def run(self) -> dict:
        from generator.core.articles import article_files
        from bench.synthetic import add_synthetic_issue, write_synthetic_archive
        wd, o = self.wd, self.out
        log(f"generating {self.n:,} synthetic articles in {wd.articles}")
        info = write_synthetic_archive(wd.articles, self.n, seed=self.seed)
        o["generate_s"] = _r(info.seconds)
        o["generate_articles_per_s"] = _r(info.articles / info.seconds, 0) if info.seconds else None
        o["issues"] = info.issues
        o["archive"] = {"first_date": str(info.first_date), "last_date": str(info.last_date),
                        "papers": info.papers, "content_mb": _r(info.bytes_written / 2**20, 1),
                        "mean_body_chars": round(info.body_chars / max(1, info.articles))}
        log(f"generated {info.articles:,} articles in {info.issues:,} issues "
            f"({info.first_date} … {info.last_date}) in {info.seconds:.1f} s")

        # Pelican's copy is taken now, before our steps add or edit anything.
        pelican_files = oldest_first(article_files(wd.articles), wd.articles)[:self.pelican_n] \
            if self.pelican_n else []

        # 1. full HTML build from nothing
        r = self.step("full build (HTML)", build(wd, search=False, clean=True))
        if r:
            o["full_build_s"] = _r(r.seconds)
            o["full_build_rss_mb"] = _r(r.peak_rss_mb, 0)
            o["full_build_maxrss_single_mb"] = _r(r.maxrss_mb, 0)
            o["full_build_pss_mb"] = _r(r.peak_pss_mb, 0)
            o["articles_per_s"] = _r(self.n / r.seconds, 0)
            o["full_build_report"] = r.report
            size, files = dir_size(wd.site)
            o["site_mb"], o["site_files"] = _r(size / 2**20, 1), files
            o["site_files_per_article"] = _r(files / self.n, 2)
            o["site_kb_per_article"] = _r(size / 1024 / self.n, 1)
        # 2. nothing changed
        r = self.step("no-op rebuild", build(wd, search=False))
        if r:
            o["noop_rebuild_s"] = _r(r.seconds)
            o["noop_rebuild_rss_mb"] = _r(r.peak_rss_mb, 0)
            o["noop_rebuild_report"] = r.report
            self.checks["noop_rendered_nothing"] = r.report.get("units_rendered") == 0
        # 3. search index over every shard
        if self.search:
            r = self.step("search index (all shards)", build(wd, search=True))
            if r:
                self._search_figures(r, prefix="index")
                if o.get("search_index_mb") is None:
                    size, files = dir_size(os.path.join(wd.site, "pagefind"))
                    o["search_index_mb"], o["search_index_files"] = _r(size / 2**20, 1), files
            self._pagefind_ceiling()
            if not self.first_screens:   # every result of each query, three times warm
                self._query_times()
            self._query_transfer()
        # 4. one new issue
        new = add_synthetic_issue(wd.articles, n_articles=ADD_ISSUE_ARTICLES, seed=self.seed)
        o["add_issue_articles"] = new.articles
        r = self.step("add one issue (HTML)", build(wd, search=False))
        if r:
            o["add_issue_html_s"] = _r(r.seconds)
            o["add_issue_html_report"] = r.report
            self.checks["new_issue_rendered"] = os.path.exists(_article_html(wd.site, new.ids[-1]))
        if self.search:
            r = self.step("add one issue (search)", build(wd, search=True))
            if r:
                o["add_issue_search_s"] = _r(r.seconds)
                self._search_figures(r, prefix="add_issue_search")
                shards = (o.get("add_issue_search_stats") or {}).get("shards_indexed")
                self.checks["add_issue_reindexed_one_shard"] = shards is not None and len(shards) == 1
        if self.pdf_issue:   # 4b. an issue of 8 page PDFs: ingest, then HTML and page images
            from bench.ingest.pdfbench import add_pdf_issue
            o.update(add_pdf_issue(wd.root, wd.code, wd.config, wd.log, wd.articles,
                                   lambda: build(wd, search=False), self.step))
        # 5. one title edited (an article in the middle of the archive)
        files = article_files(wd.articles)
        target = files[len(files) // 2]
        from generator.core.articles import load_file
        art = load_file(target)
        new_title = edit_title(target)
        r = self.step("edit one title (HTML)", build(wd, search=False))
        if r:
            o["edit_title_s"] = _r(r.seconds)
            o["edit_title_report"] = r.report
            self.checks["edited_title_rendered"] = _contains(_article_html(wd.site, art.id), new_title)
        if self.search:
            r = self.step("edit one title (search)", build(wd, search=True))
            if r:
                o["edit_title_search_s"] = _r(r.seconds)
        # 6. the peer
        if pelican_files:
            self._pelican(pelican_files)
        o["loadavg_end"] = list(os.getloadavg())
        o["checks"] = self.checks
        o["errors"] = self.errors
        self._ratios()
        return o

    def _query_times(self) -> None:
        """Search latency in headless Chromium (cold first visitor, warm repeat), if available."""
        try:
            from generator.search.index import measure_query_times
            from generator.core.config import load_config
            cfg = load_config(self.wd.config)
            times = measure_query_times(self.wd.site, QUERIES, repeat=3, base_path=cfg.base_path)
        except Exception as exc:   # optional figure: a missing browser must not sink the run
            log(f"query timing skipped: {type(exc).__name__}: {exc}")
            return
        self.out["query_times"] = times
        cold = sorted(v["cold_ms"] for v in times.values() if v.get("cold_ms") is not None)
        warm = sorted(v["warm_ms"] for v in times.values() if v.get("warm_ms") is not None)
        if cold:
            self.out["query_cold_ms_median"] = cold[len(cold) // 2]
            self.out["query_cold_ms_max"] = cold[-1]
        if warm:
            self.out["query_warm_ms_median"] = warm[len(warm) // 2]
        for label, q in (("1char", QUERIES[0]), ("2char", QUERIES[1])):
            for phase in ("cold", "first", "warm"):
                self.out[f"query_{label}_{phase}_ms"] = times.get(q, {}).get(f"{phase}_ms")
        log(f"query times: cold median {self.out.get('query_cold_ms_median')} ms, "
            f"warm median {self.out.get('query_warm_ms_median')} ms")

    def _query_transfer(self) -> None:
        """Per query length, the time to the first screen and to every result, and the bytes
        transferred, cold and warm, over HTTP in headless Chromium (generator/search/transfer.py).
        The top-level keys hold, per length, the worse of the common and the rare query."""
        try:
            from generator.core.config import load_config
            from generator.search.transfer import measure_query_transfer
            cfg = load_config(self.wd.config)
            queries = [q for pair in TRANSFER_QUERIES.values() for q in pair]
            figures = measure_query_transfer(self.wd.site, queries, base_path=cfg.base_path,
                                             first_only=self.first_screens)
        except Exception as exc:   # optional figure: a missing browser must not sink the run
            log(f"query transfer skipped: {type(exc).__name__}: {exc}")
            return
        self.out["query_transfer"] = {"queries": TRANSFER_QUERIES, "figures": figures}
        for key, phase, fig in TRANSFER_KEYS:
            if any(figures[q][phase][fig] is None for pair in TRANSFER_QUERIES.values() for q in pair):
                continue   # an every-result figure of a first-screens run: not measured
            self.out[key] = {label: max(figures[q][phase][fig] for q in pair)
                             for label, pair in TRANSFER_QUERIES.items()}
        o = self.out
        log(f"query transfer: cold first screen {o.get('query_cold_first_ms')} ms, "
            f"{o.get('query_cold_first_kb')} KB; every result {o.get('query_cold_ms')} ms, "
            f"{o.get('query_cold_kb')} KB; warm first screen {o.get('query_warm_first_ms')} ms, "
            f"{o.get('query_warm_first_kb')} KB")

    def _search_figures(self, r: Run, prefix: str) -> None:
        """Pages/s and memory of an indexing run; per-shard figures come from the SearchReport
        the child's BuildReport carries (found by its fields, wherever the pipeline nests it)."""
        o = self.out
        search = _find_search_report(r.report) or {}
        pages = search.get("pages_indexed")
        seconds = search.get("seconds") or r.seconds
        per_shard = search.get("peak_rss_mb") or {}
        stats = {"shards_indexed": search.get("shards_indexed"), "shards_total": search.get("shards_total"),
                 "pages_indexed": pages, "search_s": _r(search.get("seconds")),
                 "pagefind_peak_rss_mb_per_shard": per_shard,
                 "shard_stats": search.get("shard_stats")}
        if prefix == "index":
            o["index_s"] = _r(r.seconds)
            o["index_peak_rss_mb"] = _r(max([r.peak_rss_mb, *per_shard.values()]), 0)
            o["index_pages"] = pages
            o["index_pages_per_s"] = _r(pages / seconds, 1) if pages and seconds else None
            o["index_stats"] = stats
            o["index_breakdown"] = _index_breakdown(search.get("breakdown"), r, pages)
            if search.get("index_bytes") is not None:
                o["search_index_mb"] = _r(search["index_bytes"] / 2**20, 1)
                o["search_index_files"] = search.get("files")
        else:
            o[f"{prefix}_peak_rss_mb"] = _r(r.peak_rss_mb, 0)
            o[f"{prefix}_stats"] = stats

    def _pagefind_ceiling(self) -> None:
        """Pagefind alone on the requests of the same parts, one process per core
        (bench/ceiling.py, a process of its own), and the index's rate as a share of it."""
        wd, o = self.wd, self.out
        out = os.path.join(wd.root, "ceiling.json")
        r = self.step("Pagefind ceiling", measure([sys.executable, "-m", "bench.ceiling", wd.config,
                                                   "--json", out], wd.code, wd.log))
        if not r:
            return
        try:
            with open(out, encoding="utf-8") as fh:
                ceiling = json.load(fh)
        except (OSError, ValueError) as exc:
            self.fail("Pagefind ceiling", message=f"no figures: {exc}")
            return
        o["pagefind_ceiling_pages_per_s"] = ceiling.get("pagefind_ceiling_pages_per_s")
        o["pagefind_ceiling"] = {**ceiling, "peak_rss_mb": _r(r.peak_rss_mb, 0)}
        rate, top = o.get("index_pages_per_s"), o["pagefind_ceiling_pages_per_s"]
        o["index_share_of_ceiling"] = _r(rate / top, 3) if rate and top else None
        mine = (o.get("index_breakdown") or {}).get("cpu_ms_per_page")
        theirs = ceiling.get("pagefind_cpu_ms_per_page")
        o["index_cpu_share_of_ceiling"] = _r(theirs / mine, 3) if mine and theirs else None
        log(f"Pagefind ceiling: {top} pages/s ({ceiling.get('pagefind_cpu_ms_per_page')} ms CPU a "
            f"page); the index ran at {o['index_share_of_ceiling']} of it")

    def _pelican(self, files: list[str]) -> None:
        from bench.synthetic import add_synthetic_issue
        wd, o = self.wd, self.out
        make_pelican_project(wd)
        content = os.path.join(wd.pelican, "content")
        t0 = time.perf_counter()
        n = convert_to_pelican(files, content)
        log(f"converted {n:,} articles to Pelican's format in {time.perf_counter() - t0:.1f} s")
        o["pelican_articles"] = n
        try:
            import pelican
            o["pelican_version"] = getattr(pelican, "__version__", None) or _pkg_version("pelican")
        except ImportError:
            self.fail("pelican", message="pelican is not installed (pip install -r requirements-dev.txt)")
            return
        r = self.step("Pelican full build", pelican_build(wd))
        if not r:
            return
        o["pelican_full_build_s"] = _r(r.seconds)
        o["pelican_full_build_rss_mb"] = _r(r.peak_rss_mb, 0)
        o["pelican_articles_per_s"] = _r(n / r.seconds, 0)
        # the same kind of new issue, dated after the last one Pelican has
        scratch = tempfile.mkdtemp(prefix="pelican-issue-", dir=wd.root)
        parts = os.path.relpath(files[-1], wd.articles).split(os.sep)   # the newest file
        paper, (y, m, d) = parts[0], parts[1:4]
        last = _dt.date(int(y), int(m), int(d))
        add_synthetic_issue(scratch, paper=paper, date=last + _dt.timedelta(days=1),
                                  n_articles=ADD_ISSUE_ARTICLES, seed=self.seed + 1)
        from generator.core.articles import article_files
        convert_to_pelican(article_files(scratch), content)
        shutil.rmtree(scratch, ignore_errors=True)
        r = self.step("Pelican add one issue", pelican_build(wd))
        if r:
            o["pelican_add_issue_s"] = _r(r.seconds)

    def _ratios(self) -> None:
        """ours/Pelican; per article when Pelican ran on a smaller archive than ours."""
        o = self.out
        ours, peer = o.get("full_build_s"), o.get("pelican_full_build_s")
        pn = o.get("pelican_articles")
        if ours and peer and pn:
            per_ours, per_peer = ours / self.n, peer / pn
            o["ratio_full_build_per_article"] = _r(per_ours / per_peer, 3)
            o["speedup_full_build_vs_pelican"] = _r(per_peer / per_ours, 1)
            if pn == self.n:
                o["ratio_full_build"] = _r(ours / peer, 3)
        ours, peer = o.get("add_issue_html_s"), o.get("pelican_add_issue_s")
        if ours and peer:
            o["ratio_add_issue"] = _r(ours / peer, 3)
            o["speedup_add_issue_vs_pelican"] = _r(peer / ours, 1)


def _index_breakdown(parts: Optional[dict], run: Run, pages: Optional[int]) -> Optional[dict]:
    """Where the index step's time went: CPU seconds per stage summed over the parts (reading
    bodies, the per-character text and records, Pagefind adding records, Pagefind indexing and
    returning the bundle, our output), the rest of the step's CPU (loading the archive,
    planning, digests: `other_cpu_s`), and each stage's share of the step's CPU."""
    if not parts:
        return None
    out = dict(parts)
    stages = ("read_cpu_s", "text_cpu_s", "pagefind_parse_cpu_s", "pagefind_index_cpu_s",
              "output_cpu_s")
    total = run.cpu_s or 0.0
    out["step_cpu_s"] = _r(total)
    out["step_wall_s"] = _r(run.seconds)
    out["other_cpu_s"] = _r(max(0.0, total - sum(parts.get(k) or 0.0 for k in stages)))
    # CPU per page: compared with Pagefind's own (pagefind_ceiling.pagefind_cpu_ms_per_page), a
    # figure a busy machine moves far less than wall time
    out["cpu_ms_per_page"] = _r(1000 * total / pages, 3) if pages else None
    if total:
        out["share"] = {k: _r((out.get(k) or 0.0) / total, 3) for k in (*stages, "other_cpu_s")}
    return out


def _find_search_report(report: Any) -> Optional[dict]:
    """The SearchReport (as a dict) inside a BuildReport: the dict that has `pages_indexed`."""
    if isinstance(report, dict):
        if "pages_indexed" in report:
            return report
        for v in report.values():
            found = _find_search_report(v)
            if found is not None:
                return found
    return None


def _pkg_version(name: str) -> Optional[str]:
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:
        return None


def format_table(o: dict) -> str:
    """The human-readable summary: our figure, the target, Pelican's and the ratio."""
    def f(v, unit=""):
        if v is None:
            return "—"
        if isinstance(v, float):
            return f"{v:,.0f}{unit}" if abs(v) >= 100 else f"{v:,.2f}{unit}"
        return f"{v:,}{unit}"

    n, pn = o.get("articles"), o.get("pelican_articles")
    rows = [
        ("full build, HTML", f(o.get("full_build_s"), " s"), "≤ 90 s @100k",
         f(o.get("pelican_full_build_s"), " s"), f(o.get("ratio_full_build_per_article"), "×/article")),
        ("  articles/s", f(o.get("articles_per_s")), "≥ 1,100", f(o.get("pelican_articles_per_s")), ""),
        ("  peak RSS", f(o.get("full_build_rss_mb"), " MB"), "≤ 2,048 MB",
         f(o.get("pelican_full_build_rss_mb"), " MB"), ""),
        ("no-op rebuild", f(o.get("noop_rebuild_s"), " s"), "≤ 3 s", "", ""),
        ("add one issue, HTML", f(o.get("add_issue_html_s"), " s"), "≤ 5 s",
         f(o.get("pelican_add_issue_s"), " s"), f(o.get("ratio_add_issue"), "×")),
        ("add one issue, search", f(o.get("add_issue_search_s"), " s"), "≤ 20 s", "", ""),
        ("edit one title, HTML", f(o.get("edit_title_s"), " s"), "", "", ""),
        ("search index, all shards", f(o.get("index_s"), " s"), "", "", ""),
        ("  pages/s", f(o.get("index_pages_per_s")), "", "", ""),
        ("  Pagefind ceiling, pages/s", f(o.get("pagefind_ceiling_pages_per_s")), "index ≥ 90% of it",
         "", f(o.get("index_share_of_ceiling"))),
        ("  peak RSS", f(o.get("index_peak_rss_mb"), " MB"), "≤ 4,096 MB", "", ""),
        ("  index size", f(o.get("search_index_mb"), " MB"), "", "", ""),
        ("  index files", f(o.get("search_index_files")), "", "", ""),
        ("query, cold (median)", f(o.get("query_cold_ms_median"), " ms"), "", "", ""),
        ("query, warm (median)", f(o.get("query_warm_ms_median"), " ms"), "", "", ""),
    ]
    for label in TRANSFER_QUERIES:
        v = {key: (o.get(key) or {}).get(label) for key, _, _ in TRANSFER_KEYS}
        rows.append((f"query {label}, cold: first screen", f"{f(v['query_cold_first_ms'], ' ms')}, "
                     f"{f(v['query_cold_first_kb'], ' KB')}", "≤ 1 s, ≤ 1,536 KB @1M", "", ""))
        rows.append((f"query {label}, cold: every result", f"{f(v['query_cold_ms'], ' ms')}, "
                     f"{f(v['query_cold_kb'], ' KB')}", "≤ 5 s @1M", "", ""))
        rows.append((f"query {label}, warm: first screen", f"{f(v['query_warm_first_ms'], ' ms')}, "
                     f"{f(v['query_warm_first_kb'], ' KB')}", "≤ 300 ms, ≤ 300 KB @1M", "", ""))
    head = ("measure", f"ours ({f(n)} articles)", "target", f"Pelican ({f(pn)})", "ours/Pelican")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(5)]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(head, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in rows]
    m = o.get("machine") or {}
    lines.append(f"machine: {m.get('cores')} cores, {m.get('memory_gb')} GB, Python {m.get('python')}")
    for err in o.get("errors") or []:
        lines.append(f"error: {err}")
    return "\n".join(lines)


def bench_main(args) -> int:
    n = int(args.articles)
    if n < 1:
        print("error: --articles must be at least 1", file=sys.stderr)
        return 2
    pn = args.pelican_articles
    pn = min(n, 10_000) if pn is None else max(0, min(int(pn), n))
    created = not args.workdir
    root = os.path.abspath(args.workdir) if args.workdir else tempfile.mkdtemp(prefix="archive-bench-")
    few = bool(getattr(args, "few_files", False))
    wd = make_workdir(root, few_files=few)
    log(f"workdir {root}; {n:,} articles, Pelican on {pn:,}, search {'off' if args.no_search else 'on'}")
    bench = Bench(wd, n, pn, search=not args.no_search, pdf_issue=getattr(args, "add_pdf_issue", False),
                  first_screens=bool(getattr(args, "first_screens", False)))
    bench.out["site_files_setting"] = {"json_twins": not few, "citations": "issue" if few else "article"}
    try:
        out = bench.run()
        print(format_table(out), flush=True)
        if args.json_out:   # written before the (slow, 100k-file) cleanup
            os.makedirs(os.path.dirname(os.path.abspath(args.json_out)), exist_ok=True)
            with open(args.json_out, "w", encoding="utf-8") as fh:
                json.dump(out, fh, ensure_ascii=False, indent=2, default=str)
                fh.write("\n")
            log(f"wrote {args.json_out}")
    finally:
        if not args.keep:
            log("removing the synthetic project (--keep keeps it)")
            if created:
                shutil.rmtree(root, ignore_errors=True)
            else:
                for name in ("content", "site", ".cache", "pelican", "code", "templates"):
                    shutil.rmtree(os.path.join(root, name), ignore_errors=True)
    return 1 if out.get("errors") else 0


# ------------------------------------------------------------------ the measured child

def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        items = list(value)
        return [_jsonable(v) for v in items[:200]]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def child_main(argv: list[str]) -> int:
    """One build, exactly as `python build.py build` would run it, reporting its BuildReport."""
    import argparse
    p = argparse.ArgumentParser(prog="bench.run child")
    p.add_argument("--config", required=True)
    p.add_argument("--report")
    p.add_argument("--search", action="store_true")
    p.add_argument("--clean", action="store_true")
    a = p.parse_args(argv)
    from generator.core.config import load_config
    from generator.core.frontmatter import ContentError
    from generator.build.pipeline import BuildFailed, build_site
    try:
        report = build_site(load_config(a.config), search=a.search, clean=a.clean, progress=True)
    except ContentError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except BuildFailed as exc:
        for m in exc.messages:
            print(f"error: {m}", file=sys.stderr)
        return exc.status or 1
    if a.report:
        with open(a.report, "w", encoding="utf-8") as fh:
            json.dump(_jsonable(report), fh, ensure_ascii=False, default=str)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        sys.exit(child_main(sys.argv[2:]))
    print("usage: python -m bench.run child --config FILE [--search] [--clean]", file=sys.stderr)
    sys.exit(2)
