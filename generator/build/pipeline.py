"""The build: scan → records → enrich → plan → render (in parallel) → commit → search.

Two phases as in Pelican (plan everything, then write), but incremental: the scan stats every
article file, the build state of the previous build (`generator.build.state`) says which records and
issues changed, the plan (`generator.build.plan`) re-signs only those groups of output units, and
only units whose digest changed are rendered.
Output safety is described in `generator.build.commit`: a full build renders into a sibling folder
and swaps it in; an incremental build stages changed files and commits them with `os.replace`.
Either way a failure (bad content, template error, Ctrl-C) leaves the previous site untouched.

Rendering runs in the build process and forked workers, one process per core by default
(`generator.core.forkmap`). Workers inherit the plan from the parent (copy-on-write), claim batches of
unit keys, read article bodies themselves and write straight into the staging folder.
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import datetime as _dt
import os
import shutil
import signal
import sys
import time
from dataclasses import dataclass, field
from typing import Optional

from generator.core import lock
from generator.core.config import SiteConfig
from generator.core.paths import UnsafeOutputPath
from generator.build.enrich import enrich
from generator.build.commit import (OutputWriter, commit, digest, remove_stale_siblings, sibling, swap_in)
from generator.build.records import (RecordUpdate, decode, issue_yaml_problems, update_issue_meta,
                                     update_records, yaml_stamps)
from generator.build.scan import ScanError, scan_articles
from generator.build.state import NewState, State, load_state, output_tag
from generator.build.pages.registry import prepare
from generator.build.plan import plan_site
from generator.build.plan.inputs import inputs_digest
from generator.build.plan.loader import Loader, Stamps
from generator.build.plan.site_plan import NOT_LOADED, SitePlan, shard_of

PROGRESS_EVERY_S = 2.0
BATCH = 48            # units per task sent to a worker
POOL_MIN_UNITS = 1500  # below this, rendering in-process beats starting workers (forking a
                      # 100k-article parent, compiling templates and warming caches in each
                      # worker cost more than an added issue's ~300 units take in-process)


class BuildFailed(Exception):
    """The build stopped; `messages` say what to fix; the previous site is untouched."""

    def __init__(self, messages: list[str], status: int = 2):
        super().__init__("\n".join(messages))
        self.messages, self.status = messages, status


@dataclass
class BuildReport:
    articles: int = 0
    parsed: int = 0                 # article files parsed (the rest came from the load cache)
    units: int = 0                  # output units in the site (a unit = a page and its twins)
    units_rendered: int = 0         # units whose inputs changed and were rendered
    rendered: list = field(default_factory=list, repr=False)   # their keys (primary outputs)
    pages_written: int = 0          # files written (new or changed bytes)
    pages_skipped: int = 0          # files left alone (inputs or bytes unchanged)
    files_deleted: int = 0
    mode: str = "full"              # "full" | "incremental"
    output: str = ""
    seconds: float = 0.0
    timings: dict = field(default_factory=dict)   # stage → seconds
    changed_shards: Optional[list] = None         # search shards re-indexed (None = all)
    search: Optional[object] = None               # whatever index_site returned
    warnings: list = field(default_factory=list)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


# ---- worker side (state inherited through fork) ----

_PLAN: Optional[SitePlan] = None
_STAGE: str = ""
_LIVE: Optional[str] = None
_RENDERER = None

BatchResult = tuple[int, list[str], int, Optional[str]]   # units, files written, same, error


def _worker_init() -> None:
    gc.enable()   # the inherited plan is frozen (not scanned); rendering garbage is collected


def _render_batch(keys: list[str]) -> BatchResult:
    global _RENDERER
    from generator.build.render import Renderer, TemplateFailure
    if _RENDERER is None:
        try:
            _RENDERER = Renderer(_PLAN)
        except TemplateFailure as exc:
            return len(keys), [], 0, f"template error: {exc}"
    writer = OutputWriter(_STAGE, _LIVE)
    for key in keys:
        unit = _PLAN.units[key]
        try:
            for rel, data in _RENDERER.render(unit):
                writer.write(rel, data)
        except TemplateFailure as exc:
            return len(keys), writer.written, writer.same, f"template error: {exc} (while rendering /{unit.key})"
        except UnsafeOutputPath as exc:
            return len(keys), writer.written, writer.same, f"{exc} (while rendering /{unit.key})"
        except OSError as exc:
            return len(keys), writer.written, writer.same, f"{exc.filename or unit.key}: {exc.strerror}"
        except Exception as exc:  # a bug: name the unit so it can be reproduced
            return len(keys), writer.written, writer.same, \
                f"error while rendering /{unit.key}: {type(exc).__name__}: {exc}"
    return len(keys), writer.written, writer.same, None


# ---- the build ----

def _progress(done: int, total: int, start: float, stream=sys.stderr) -> None:
    el = time.perf_counter() - start
    rate = done / el if el > 0 else 0
    print(f"  rendered {done:,}/{total:,} units ({rate:,.0f}/s, {el:.0f} s)", file=stream, flush=True)


def _render(plan: SitePlan, keys: list[str], stage: str, live: Optional[str], workers: int,
            progress: bool) -> tuple[list[str], int]:
    global _PLAN, _STAGE, _LIVE, _RENDERER
    _PLAN, _STAGE, _LIVE, _RENDERER = plan, stage, live, None
    written: list[str] = []
    same = 0
    start = last = time.perf_counter()
    batches = [keys[i:i + BATCH] for i in range(0, len(keys), BATCH)]
    done = 0

    def collect(result: BatchResult) -> None:
        nonlocal same, done, last
        n, w, s, err = result
        if err:
            raise BuildFailed([err], status=1)
        written.extend(w)
        same += s
        done += n
        if progress and time.perf_counter() - last > PROGRESS_EVERY_S:
            last = time.perf_counter()
            _progress(done, len(keys), start)

    try:
        if workers <= 1 or len(keys) < POOL_MIN_UNITS:
            for batch in batches:
                collect(_render_batch(batch))
        else:
            _render_shared(batches, workers - 1, collect)
    finally:
        if _RENDERER is not None:
            _RENDERER.close()
        _PLAN = _RENDERER = None
    if progress and time.perf_counter() - start > PROGRESS_EVERY_S:
        _progress(done, len(keys), start)
    return written, same


def _render_shared(batches: list[list[str]], children: int, collect) -> None:
    """Render `batches` in this process *and* `children` forked workers (`generator.core.forkmap`:
    a Pool's parent only waits while each forked worker's RSS counts the model again)."""
    global _RENDERER
    from generator.core.forkmap import HelperDied, shared_map
    from generator.build.render import Renderer, TemplateFailure
    try:    # before the fork: the workers inherit compiled templates
        _RENDERER = Renderer(_PLAN)
    except TemplateFailure as exc:
        raise BuildFailed([f"template error: {exc}"], status=1) from None
    _RENDERER.preload()
    gc.freeze()   # keep the plan out of every worker's GC scans (and its pages shared)
    gc.enable()   # the parent renders too: collect its garbage (the plan stays frozen)
    try:
        shared_map(batches, _render_batch, children, lambda i, result: collect(result),
                   init=_worker_init, is_error=lambda result: bool(result[3]))
    except HelperDied as exc:
        raise BuildFailed([f"rendering failed: {exc}"], status=1) from None
    finally:
        gc.disable()


def build_site(config: SiteConfig, *, output: Optional[str] = None, search: bool = True,
               clean: bool = False, workers: Optional[int] = None, base_url: Optional[str] = None,
               progress: bool = True, today: Optional[_dt.date] = None) -> BuildReport:
    """Build (or update) the site; raises BuildFailed with messages when it cannot."""
    # The build allocates millions of long-lived objects and frees almost none; the cyclic GC
    # would rescan them over and over (unpickling the 100k-article cache is 4x slower with it).
    # The model's only reference cycles are the prev/next links; `models` collects each archive
    # so they can be cut before returning: then reference counting frees the whole model at once
    # instead of leaving ~1.2M objects (100k articles) for a cyclic-GC pass that costs ~0.8 s.
    held = _lock(config, output)
    enabled = gc.isenabled()
    gc.disable()
    models: list = []
    try:
        return _build(config, output=output, search=search, clean=clean, workers=workers,
                      base_url=base_url, progress=progress, today=today, models=models)
    finally:
        for archive in models:
            _unlink(archive)
        models.clear()
        gc.unfreeze()
        if enabled:
            gc.enable()
        lock.release(held)


def _lock(config: SiteConfig, output: Optional[str]) -> int:
    """One build per site folder at a time (see `generator.core.lock`): two would each commit files
    and then save a build state that describes only their own changes."""
    out = os.path.abspath(config.path(output or config.output_dir))
    path = os.path.join(config.path(config.cache_dir), f"build-{output_tag(out)}.lock")
    try:
        return lock.acquire(path)
    except lock.Busy as busy:
        raise BuildFailed([f"another build of {os.path.relpath(out)}/ is running (pid {busy.pid}); "
                           "wait for it to finish, then build again"], status=1) from None


def _unlink(archive) -> None:
    """Cut the prev/next links (the model's reference cycles) of an archive no longer in use."""
    for pub in archive.publications:
        for issue in pub.issues:
            issue.prev = issue.next = None
            for page in issue.pages:
                page.prev = page.next = None
                if page.articles is not NOT_LOADED:
                    for a in page.articles:
                        a.prev = a.next = None


def _build(config: SiteConfig, *, output, search, clean, workers, base_url, progress,
           today, models: list) -> BuildReport:
    t0 = time.perf_counter()
    report = BuildReport()
    if base_url:
        config = dataclasses.replace(config, base_url=base_url if base_url.endswith("/") else base_url + "/")
    if output:
        config = dataclasses.replace(config, output_dir=output)
    root = config.root
    out = os.path.abspath(config.path(config.output_dir))
    cache_dir = config.path(config.cache_dir)
    report.output = out
    workers = workers or config.workers or os.cpu_count() or 1
    today = today or _dt.date.today()
    log = (lambda msg: print(msg, file=sys.stderr, flush=True)) if progress else (lambda msg: None)

    # 1. what is there: one stat per article file, issue.yaml facts, templates + code + config
    t = time.perf_counter()
    try:
        scan = scan_articles(config.path(config.articles_dir))
    except ScanError as exc:
        raise BuildFailed([str(p) for p in exc.problems] + [
            f"{len(exc.problems)} link problem(s) under {config.articles_dir}/; nothing was "
            f"published and {os.path.relpath(out)}/ is untouched"], status=2) from None
    n_files = sum(len(e) for e in scan.values())
    if not n_files:
        report.warnings.append(f"no article files under {config.articles_dir}/ — "
                               "run `python build.py ingest` first")
    prev = load_state(cache_dir, out)
    yamls, meta, yaml_changed = update_issue_meta(prev or State(), config.path(config.raw_dir))
    report.warnings.extend(issue_yaml_problems(yamls))
    inputs = inputs_digest(config, os.path.join(root, "templates"))
    # No-op fast path: when no input changed at all (article files by stamp, issue.yaml,
    # templates, code, config, today's date for 历史上的今天) the previous build is still exact.
    world = digest(inputs, today.toordinal(), scan, yaml_stamps(yamls))
    if prev is not None and not clean and prev.world == world and os.path.isdir(out) \
            and (not search or prev.pending == set()):
        report.mode = "noop"
        report.units, report.pages_skipped = prev.unit_count()
        report.articles = n_files
        report.timings["load"] = time.perf_counter() - t
        report.seconds = time.perf_counter() - t0
        log(f"build: nothing changed since the last build ({n_files:,} articles)")
        return report
    # everything is planned (and rendered into a fresh folder) on a first build, with --clean,
    # when the site folder is gone, or when templates, code or configuration changed
    everything = prev is None or clean or not os.path.isdir(out) or prev.inputs != inputs
    if n_files > 5000 and everything:
        log(f"load: {n_files:,} article files (unchanged ones come from the build state)…")
    plan, up = _plan(config, root, today, prev, scan, yamls, meta, yaml_changed, inputs,
                     everything, out)
    if not everything and plan.global_digest != prev.g:   # a paper appeared or vanished
        everything = True
        plan, up = _plan(config, root, today, prev, scan, yamls, meta, yaml_changed, inputs,
                         everything, out)
    models.append(plan.archive)
    report.articles, report.parsed = plan.total_articles, len(up.parsed)
    up.decoded.clear()
    if everything:
        # write the new state now and drop its blobs, so render workers do not inherit them
        plan.state.stage(cache_dir)
        plan.loader.blobs.clear()
    report.units = plan.unit_total
    report.timings["plan"] = time.perf_counter() - t

    # 2. what changed
    full = everything
    report.mode = "full" if full else "incremental"
    todo = plan.todo
    deleted: list[str] = []
    if not full and plan.deleted:
        live = {o for u in plan.units.values() for o in u.outputs}
        deleted = sorted(set(plan.deleted) - live)
    report.units_rendered = len(todo)
    report.rendered = todo
    log(f"build: {report.articles:,} articles ({report.parsed:,} parsed), {plan.unit_total:,} units, "
        f"{report.mode}: {len(todo):,} to render, {len(deleted):,} files to delete")

    # 3. render into a staging folder
    t = time.perf_counter()
    for stale in remove_stale_siblings(out):
        log(f"removed {stale}/ left by an interrupted build")
    stage = sibling(out, "new" if full else "stage")
    shutil.rmtree(stage, ignore_errors=True)
    os.makedirs(stage)
    changed_shards: Optional[set] = None
    try:
        prepare(plan, todo)
        written, same = _render(plan, todo, stage, None if full else out, workers, progress)
        report.pages_written = len(written)
        report.pages_skipped = same + plan.file_total \
            - sum(len(plan.units[k].outputs) for k in todo)
        report.timings["render"] = time.perf_counter() - t

        # which search shards changed
        if full:
            changed_shards = None
        else:
            changed_shards = set()
            for k in todo:
                u = plan.units[k]
                if u.kind == "article":
                    changed_shards.add(shard_of(config, plan.archive.articles[u.arg].date))
            for k in plan.removed_units:
                if _is_article_key(k):
                    changed_shards.add(shard_of(config, _date_of_key(k)))
            if prev.pending is None:
                changed_shards = None
            else:
                changed_shards |= prev.pending

        # 4a. full build: index search inside the new tree, then swap it in
        t = time.perf_counter()
        bundle = config.search_bundle_dir.strip("/")
        if full:
            if search:
                ts = time.perf_counter()
                report.search = _index(config, plan.load_all(), stage, None, progress,
                                       published=False, out=out)
                report.timings["search"] = time.perf_counter() - ts
                t += report.timings["search"]
            elif bundle and os.path.isdir(os.path.join(out, bundle)):
                # keep the old (now stale) index rather than none; it is re-indexed later
                os.rename(os.path.join(out, bundle), os.path.join(stage, bundle))
            swap_in(stage, out)
        else:
            report.files_deleted = len(deleted)
            try:
                commit(stage, out, written, deleted)
            except UnsafeOutputPath as exc:
                raise BuildFailed([str(exc), f"nothing was committed; {os.path.relpath(out)}/ "
                                   "is untouched"], status=1) from None
        report.timings["commit"] = time.perf_counter() - t
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise

    # search shards still to index: none after a full build with search; all after a full
    # build without; the changed ones (plus earlier pending ones) after an incremental build —
    # saved before indexing so a failed or skipped index is retried by the next build
    state = plan.state
    state.world = world
    state.pending = (set() if search else None) if full else changed_shards
    t = time.perf_counter()
    state.save(cache_dir)
    report.timings["save"] = time.perf_counter() - t

    # 4b. incremental: index the changed shards of the committed site
    if search and not full:
        t = time.perf_counter()
        if changed_shards is None or changed_shards:
            report.search = _index(config, plan.load_all(), out, changed_shards, progress,
                                   published=True, out=out)
        if state.pending != set():
            state.pending = set()
            state.save(cache_dir)
        report.timings["search"] = time.perf_counter() - t
    report.changed_shards = None if changed_shards is None else sorted(changed_shards)
    report.seconds = time.perf_counter() - t0
    return report


def _plan(config: SiteConfig, root: str, today: _dt.date, prev: Optional[State], scan: dict,
          yamls: dict, meta: dict, yaml_changed: set, inputs: bytes, everything: bool,
          out: str) -> tuple[SitePlan, RecordUpdate]:
    """Records brought up to date (parsing changed files only), derived fields filled, then
    the plan; raises BuildFailed listing every content problem."""
    new = NewState(prev, out, fresh=everything)
    new.inputs, new.yamls = inputs, yamls
    up = update_records(new, scan, everything)
    if up.errors:
        msgs = [str(e) for e in sorted(up.errors, key=lambda e: str(e))]
        msgs.append(f"{len(up.errors)} problem(s) in the content; nothing was published "
                    f"and {os.path.relpath(out)}/ is untouched")
        raise BuildFailed(msgs, status=2)
    fresh = [a for arts in up.decoded.values() for a in arts.values()] if everything else up.parsed
    stamp = Stamps(scan)
    enrich(fresh, config, root, {a.path: stamp.of(a.path) for a in fresh if a.missing})
    up.store(new, everything)
    old = State() if everything or prev is None else prev
    loader = Loader(new, old, decode, up.decoded, up.arrivals, meta)
    dirty = set(up.arrivals) if everything else up.dirty | yaml_changed
    plan = plan_site(config, root=root, today=today, old=old, new=new, loader=loader,
                     dirty=dirty, inputs=inputs, everything=everything)
    return plan, up


def _index(config: SiteConfig, archive, site_dir: str, changed: Optional[set], progress: bool,
           *, published: bool, out: str):
    """Index search into `site_dir`. `published` says whether the HTML of this build is already
    live (an incremental build indexes after committing; a full build before swapping in), so a
    failure says truthfully what the reader's site now holds."""
    try:
        from generator.search.index import index_site
    except ImportError as exc:
        raise BuildFailed([f"search indexing is unavailable ({exc}); "
                           "build with --no-search or install requirements.txt"], status=1) from None
    try:
        return index_site(config, archive, site_dir, changed_shards=changed, progress=progress)
    except (BuildFailed, KeyboardInterrupt):
        raise
    except Exception as exc:   # the search module's own errors say what to do
        if published:
            then = (f"the HTML of this build is published in {os.path.relpath(out)}/; the search "
                    "index is retried by the next build (or build with --no-search)")
        else:
            then = (f"nothing was published: {os.path.relpath(out)}/ is unchanged; fix the problem "
                    "and build again (or build with --no-search)")
        raise BuildFailed([f"search indexing failed: {exc}", then], status=1) from exc


def _is_article_key(key: str) -> bool:
    parts = key.split("/")
    return len(parts) == 6 and parts[5] == "index.html" and "-" in parts[4]


def _date_of_key(key: str) -> _dt.date:
    parts = key.split("/")
    return _dt.date(int(parts[1]), int(parts[2]), int(parts[3]))


def build_main(config: SiteConfig, args: argparse.Namespace) -> int:
    """`python build.py build`: exit 0 on success, 2 on bad content, 1 on other failures."""
    def on_term(signum, frame):     # `kill` cleans up like Ctrl-C: the previous site stays
        raise KeyboardInterrupt
    try:
        signal.signal(signal.SIGTERM, on_term)
    except ValueError:              # not the main thread
        pass
    try:
        report = build_site(config, output=getattr(args, "output", None),
                            search=not getattr(args, "no_search", False),
                            clean=bool(getattr(args, "clean", False)),
                            workers=getattr(args, "workers", None),
                            base_url=getattr(args, "base_url", None))
    except BuildFailed as exc:
        for m in exc.messages:
            print(f"error: {m}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("interrupted; the previous site is untouched", file=sys.stderr)
        return 130
    for w in report.warnings:
        print(f"warning: {w}", file=sys.stderr)
    tm = ", ".join(f"{k} {v:.1f} s" for k, v in report.timings.items())
    print(f"built {os.path.relpath(report.output)}/ ({report.mode}): {report.articles:,} articles, "
          f"{report.units_rendered:,}/{report.units:,} units rendered, {report.pages_written:,} files "
          f"written, {report.files_deleted:,} deleted in {report.seconds:.1f} s ({tm})")
    base_path = config.base_path
    if getattr(args, "base_url", None):
        base_path = dataclasses.replace(config, base_url=args.base_url).base_path
    serve = "python build.py serve" + (f" --output {args.output}" if getattr(args, "output", None) else "")
    print(f"view it: {serve}   → http://127.0.0.1:8000{base_path}")
    return 0
