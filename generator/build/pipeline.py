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
from generator.core.forkmap import HelperDied
from generator.core.config import SiteConfig
from generator.core.paths import UnsafeOutputPath
from generator.build import render_pool
from generator.build.enrich import enrich
from generator.build.errors import BuildFailed
from generator.build.full import build_full
from generator.build.commit import (commit, digest, remove_stale_siblings, sibling, swap_in)
from generator.build.records import (RecordUpdate, decode, issue_yaml_problems, update_issue_meta,
                                     update_records, yaml_stamps)
from generator.build.scan import scan_helpers, ScanError, scan_folders
from generator.build.state import NewState, State, load_state, output_tag
from generator.build.plan.inputs import inputs_digest
from generator.build.plan.loader import Loader, Stamps
from generator.build.plan.site_plan import NOT_LOADED, SitePlan, shard_of

                      # 100k-article parent, compiling templates and warming caches in each
                      # worker cost more than an added issue's ~300 units take in-process)


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
    # a full build's CPU per stage (`cpu_use.CpuUse`): how many cores each stage kept busy
    cpu: dict = field(default_factory=dict)
    changed_shards: Optional[list] = None         # search shards re-indexed (None = all)
    search: Optional[object] = None               # whatever index_site returned
    warnings: list = field(default_factory=list)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


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


def dry_run(config: SiteConfig, *, output: Optional[str] = None, clean: bool = False,
            today: Optional[_dt.date] = None) -> SitePlan:
    """Validate every changed article file and plan the build without writing anything (no
    render, no build state): `build --dry-run` reports what a build would do, and tools read
    the archive the build sees through `plan.load_all()`; `clean` plans every unit. Raises
    BuildFailed listing every content problem."""
    held = _lock(config, output)
    try:
        ctx = _context(config, output=output, search=False, clean=clean, workers=1,
                       base_url=None, progress=False, today=today, models=[])
        _scan(ctx)
        plan, _ = _plan_with_scope(ctx)
        plan.warnings = ctx.report.warnings
        return plan
    finally:
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


@dataclass
class BuildContext:
    """What one build knows, filled in stage by stage (each stage reads what earlier ones set)."""
    config: SiteConfig
    out: str                      # the site folder (absolute)
    cache_dir: str
    workers: int
    today: _dt.date
    search: bool
    clean: bool
    progress: bool
    report: BuildReport
    t0: float
    models: list
    t_load: float = 0.0
    prev: Optional[State] = None  # the previous build's state (None: first build)
    scan: dict = field(default_factory=dict)
    folders: dict = field(default_factory=dict)   # folder → digest of its entries
    stamps: dict = field(default_factory=dict)    # folder → its change time to store
    yamls: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    yaml_changed: set = field(default_factory=set)
    inputs: bytes = b""
    world: bytes = b""
    everything: bool = False      # plan and render every unit into a fresh folder
    plan: Optional[SitePlan] = None
    deleted: list = field(default_factory=list)
    changed_shards: Optional[set] = None   # search parts to re-index (None: all)

    def log(self, msg: str) -> None:
        if self.progress:
            print(msg, file=sys.stderr, flush=True)


def _build(config: SiteConfig, *, output, search, clean, workers, base_url, progress,
           today, models: list) -> BuildReport:
    ctx = _context(config, output=output, search=search, clean=clean, workers=workers,
                   base_url=base_url, progress=progress, today=today, models=models)
    _scan(ctx)                     # 1. what is there: one stat per file, issue.yaml, inputs
    if _nothing_changed(ctx):
        return ctx.report
    if _plan_units(ctx):           # 2. records, enrich, the plan of what to render
        _render_and_publish(ctx)   # 3. render into a staging folder, publish
    else:                          # 2+3. a full build: planned and rendered batch by batch,
        build_full(ctx)            #      indexed, swapped in
    _save_state(ctx)               # 4. the build state, with the search parts still to index
    _index_changed_parts(ctx)      # 5. incremental: index the changed parts of the live site
    ctx.report.changed_shards = None if ctx.changed_shards is None else sorted(ctx.changed_shards)
    ctx.report.seconds = time.perf_counter() - ctx.t0
    return ctx.report


def _context(config: SiteConfig, *, output, search, clean, workers, base_url, progress, today,
             models: list) -> BuildContext:
    t0 = time.perf_counter()
    if base_url:
        config = dataclasses.replace(config, base_url=base_url if base_url.endswith("/") else base_url + "/")
    if output:
        config = dataclasses.replace(config, output_dir=output)
    out = os.path.abspath(config.path(config.output_dir))
    report = BuildReport()
    report.output = out
    return BuildContext(config=config, out=out, cache_dir=config.path(config.cache_dir),
                        workers=workers or config.workers or os.cpu_count() or 1,
                        today=today or _dt.date.today(), search=search, clean=clean,
                        progress=progress, report=report, t0=t0, models=models)


def _scan(ctx: BuildContext) -> None:
    """Article files and their stamps, the previous state, issue.yaml facts, the inputs digest
    and the digest of the whole world (no-op detection)."""
    config, report = ctx.config, ctx.report
    ctx.t_load = time.perf_counter()
    ctx.prev = load_state(ctx.cache_dir, ctx.out)
    try:
        found = scan_folders(config.path(config.articles_dir), scan_helpers(ctx.workers),
                             ctx.prev.dirs if ctx.prev is not None else None)
    except ScanError as exc:
        raise BuildFailed([str(p) for p in exc.problems] + [
            f"{len(exc.problems)} link problem(s) under {config.articles_dir}/; nothing was "
            f"published and {os.path.relpath(ctx.out)}/ is untouched"], status=2) from None
    except HelperDied as exc:
        raise BuildFailed([f"scanning {config.articles_dir}/ failed: {exc}; nothing was "
                           f"published and {os.path.relpath(ctx.out)}/ is untouched"], status=1) from None
    ctx.scan, ctx.folders, report.articles, ctx.stamps = found[:4]
    if not report.articles:
        report.warnings.append(f"no article files under {config.articles_dir}/ — "
                               "run `python build.py ingest` first")
    ctx.yamls, ctx.meta, ctx.yaml_changed = update_issue_meta(ctx.prev or State(),
                                                              config.path(config.raw_dir))
    report.warnings.extend(issue_yaml_problems(ctx.yamls))
    ctx.inputs = inputs_digest(config, os.path.join(config.root, "templates"))
    ctx.world = digest(ctx.inputs, ctx.today.toordinal(), list(ctx.folders.items()),
                       yaml_stamps(ctx.yamls))


def _nothing_changed(ctx: BuildContext) -> bool:
    """When no input changed at all (article files by stamp, issue.yaml, templates, code,
    config, today's date for 历史上的今天) the previous build is still exact."""
    prev, report = ctx.prev, ctx.report
    if prev is None or ctx.clean or prev.world != ctx.world or not os.path.isdir(ctx.out) \
            or (ctx.search and prev.pending != set()):
        return False
    report.mode = "noop"
    report.units, report.pages_skipped = prev.unit_count()
    report.timings["load"] = time.perf_counter() - ctx.t_load
    report.seconds = time.perf_counter() - ctx.t0
    ctx.log(f"build: nothing changed since the last build ({report.articles:,} articles)")
    return True


def _plan_units(ctx: BuildContext) -> bool:
    """The plan of an incremental build: only the groups whose inputs changed. False when
    the build must be a full one (a first build, --clean, the site folder gone, templates,
    code or configuration changed, or a paper appeared or vanished): `build_full` streams it."""
    report = ctx.report
    plan, up = _plan_with_scope(ctx, stream=True)
    if plan is None:
        return False
    ctx.plan = plan
    ctx.models.append(plan.archive)
    report.articles, report.parsed = plan.total_articles, len(up.parsed)
    up.decoded.clear()
    report.units = plan.unit_total
    report.timings["plan"] = time.perf_counter() - ctx.t_load
    report.mode = "incremental"
    if plan.deleted:
        live = {o for u in plan.units.values() for o in u.outputs}
        ctx.deleted = sorted(set(plan.deleted) - live)
    report.units_rendered = len(plan.todo)
    report.rendered = plan.todo
    ctx.log(f"build: {report.articles:,} articles ({report.parsed:,} parsed), "
            f"{plan.unit_total:,} units, {report.mode}: {len(plan.todo):,} to render, "
            f"{len(ctx.deleted):,} files to delete")
    return True


def _plan_with_scope(ctx: BuildContext, stream: bool = False) -> tuple[Optional[SitePlan], Optional[RecordUpdate]]:
    """Decide whether every unit is planned (first build, --clean, no site folder, changed
    templates, code or configuration, or a paper that appeared or vanished), then plan.
    With `stream`, a full plan is left to `build_full`: (None, None)."""
    prev = ctx.prev
    ctx.everything = prev is None or ctx.clean or not os.path.isdir(ctx.out) \
        or prev.inputs != ctx.inputs
    if ctx.everything and stream:
        return None, None
    if ctx.report.articles > 5000 and ctx.everything:
        ctx.log(f"load: {ctx.report.articles:,} article files (unchanged ones come from the build state)…")
    plan, up = _plan(ctx)
    if not ctx.everything and plan.global_digest != prev.g:
        ctx.everything = True
        if stream:
            ctx.models.append(plan.archive)
            return None, None
        plan, up = _plan(ctx)
    return plan, up


def _render_and_publish(ctx: BuildContext) -> None:
    """Render the changed units into a staging folder; a full build indexes search inside it
    and swaps it in, an incremental one commits the staged files. On any failure the staging
    folder goes and the live site stays as it was."""
    plan, report, out = ctx.plan, ctx.report, ctx.out
    t = time.perf_counter()
    for stale in remove_stale_siblings(out):
        ctx.log(f"removed {stale}/ left by an interrupted build")
    stage = sibling(out, "new" if ctx.everything else "stage")
    shutil.rmtree(stage, ignore_errors=True)
    os.makedirs(stage)
    from generator.build.pages.registry import prepare
    try:
        prepare(plan, plan.todo)
        written, same = render_pool.render_units(plan, plan.todo, stage,
                                                 None if ctx.everything else out,
                                                 ctx.workers, ctx.progress)
        report.pages_written = len(written)
        report.pages_skipped = same + plan.file_total \
            - sum(len(plan.units[k].outputs) for k in plan.todo)
        report.timings["render"] = time.perf_counter() - t
        ctx.changed_shards = None if ctx.everything else _changed_shards(ctx)
        t = time.perf_counter()
        if ctx.everything:
            t += _publish_full(ctx, stage)
        else:
            report.files_deleted = len(ctx.deleted)
            try:
                commit(stage, out, written, ctx.deleted)
            except UnsafeOutputPath as exc:
                raise BuildFailed([str(exc), f"nothing was committed; {os.path.relpath(out)}/ "
                                   "is untouched"], status=1) from None
        report.timings["commit"] = time.perf_counter() - t
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise


def _changed_shards(ctx: BuildContext) -> Optional[set]:
    """The search parts an incremental build changed (plus those still pending); None: all."""
    plan, config = ctx.plan, ctx.config
    if ctx.prev.pending is None:
        return None
    changed = set(ctx.prev.pending)
    for k in plan.todo:
        u = plan.units[k]
        if u.kind == "article":
            changed.add(shard_of(config, plan.archive.articles[u.arg].date))
    for k in plan.removed_units:
        if _is_article_key(k):
            changed.add(shard_of(config, _date_of_key(k)))
    return changed


def _publish_full(ctx: BuildContext, stage: str) -> float:
    """Index search inside the new tree (taking over, as hard links, the published bundles
    whose documents are unchanged) or keep the old index, then swap the tree in; returns the
    seconds spent indexing."""
    config, out, report = ctx.config, ctx.out, ctx.report
    bundle = config.search_bundle_dir.strip("/")
    spent = 0.0
    if ctx.search:
        ts = time.perf_counter()
        report.search = _index(config, ctx.plan.archive, stage, None, ctx.progress,
                               published=False, out=out, issues=issue_loader(ctx.plan))
        spent = report.timings["search"] = time.perf_counter() - ts
    elif bundle and os.path.isdir(os.path.join(out, bundle)):
        # keep the old (now stale) index rather than none; it is re-indexed later
        os.rename(os.path.join(out, bundle), os.path.join(stage, bundle))
    swap_in(stage, out)
    return spent


def _save_state(ctx: BuildContext) -> None:
    """Search parts still to index: none after a full build with search; all after a full
    build without; the changed ones (plus earlier pending ones) after an incremental build —
    saved before indexing so a failed or skipped index is retried by the next build."""
    state = ctx.plan.state
    state.world = ctx.world
    state.pending = (set() if ctx.search else None) if ctx.everything else ctx.changed_shards
    t = time.perf_counter()
    state.save(ctx.cache_dir)
    ctx.report.timings["save"] = time.perf_counter() - t


def _index_changed_parts(ctx: BuildContext) -> None:
    if not ctx.search or ctx.everything:
        return
    t = time.perf_counter()
    state = ctx.plan.state
    if ctx.changed_shards is None or ctx.changed_shards:
        ctx.report.search = _index(ctx.config, ctx.plan.archive, ctx.out, ctx.changed_shards,
                                   ctx.progress, published=True, out=ctx.out,
                                   issues=issue_loader(ctx.plan))
    if state.pending != set():
        state.pending = set()
        state.save(ctx.cache_dir)
    ctx.report.timings["search"] = time.perf_counter() - t


def _plan(ctx: BuildContext) -> tuple[SitePlan, RecordUpdate]:
    """Records brought up to date (parsing changed files only), derived fields filled, then
    the plan; raises BuildFailed listing every content problem."""
    config, prev, scan, everything, out = ctx.config, ctx.prev, ctx.scan, ctx.everything, ctx.out
    inputs, root = ctx.inputs, config.root
    new = NewState(prev, out, fresh=everything)
    new.inputs, new.yamls, new.dir_digests = inputs, ctx.yamls, dict(ctx.folders)
    new.dir_stamps = ctx.stamps
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
    loader = Loader(new, old, decode, up.decoded, up.arrivals, ctx.meta)
    dirty = set(up.arrivals) if everything else up.dirty | ctx.yaml_changed
    from generator.build.plan.planner import plan_site
    plan = plan_site(config, root=root, today=ctx.today, old=old, new=new, loader=loader,
                     dirty=dirty, inputs=inputs, everything=everything)
    return plan, up


def issue_loader(plan: SitePlan):
    """The plan's issues as the search index loads them: only the days of the part it reads,
    and the issues it loaded let go after (an issue the plan had loaded before stays)."""
    from generator.search.index import IssueLoader
    counts: dict = {}
    for (_, ordinal), summary in plan.state.summaries.items():
        day = _dt.date.fromordinal(ordinal)
        counts[day] = counts.get(day, 0) + summary.n_articles
    by_day: dict = {}
    for pub in plan.archive.publications:
        for issue in pub.issues:
            by_day.setdefault(issue.date, []).append(issue)
    loaded: dict = {}   # day → the issues loaded for the index

    def load_days(days: set) -> None:
        for day in days:
            for issue in by_day.get(day, ()):
                if issue.pages and issue.pages[0].articles is NOT_LOADED:
                    loaded.setdefault(day, []).append(issue)
                plan.load_issue(issue)

    def release_days(days: set) -> None:
        for day in days:
            for issue in loaded.pop(day, ()):
                plan.release_issue(issue)

    return IssueLoader(counts, load_days, release_days)


def _index(config: SiteConfig, archive, site_dir: str, changed: Optional[set], progress: bool,
           *, published: bool, out: str, issues=None):
    """Index search into `site_dir`. `published` says whether the HTML of this build is already
    live (an incremental build indexes after committing; a full build before swapping in), so a
    failure says truthfully what the reader's site now holds."""
    try:
        from generator.search.index import index_site
    except ImportError as exc:
        raise BuildFailed([f"search indexing is unavailable ({exc}); "
                           "build with --no-search or install requirements.txt"], status=1) from None
    try:
        # a full build indexes into a new tree: the published bundles are offered for reuse
        reuse = out if not published and os.path.isdir(out) else None
        return index_site(config, archive, site_dir, changed_shards=changed, progress=progress,
                          reuse_from=reuse, issues=issues)
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
        before = signal.signal(signal.SIGTERM, on_term)
    except ValueError:              # not the main thread
        return _build_main(config, args)
    try:
        return _build_main(config, args)
    finally:
        # a caller that goes on (tests, a server) keeps its own SIGTERM: one inherited by the
        # workers it forks later would turn a pool's terminate into a KeyboardInterrupt inside
        # a worker that may hold the pool's queue lock
        signal.signal(signal.SIGTERM, before)


def _build_main(config: SiteConfig, args: argparse.Namespace) -> int:
    if getattr(args, "dry_run", False):
        return _dry_run_main(config, args)
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


def _dry_run_main(config: SiteConfig, args: argparse.Namespace) -> int:
    """`python build.py build --dry-run`: every problem, and what a build would render."""
    try:
        plan = dry_run(config, output=getattr(args, "output", None),
                       clean=bool(getattr(args, "clean", False)))
    except BuildFailed as exc:
        for m in exc.messages:
            print(f"error: {m}", file=sys.stderr)
        return exc.status
    for w in plan.warnings:
        print(f"warning: {w}", file=sys.stderr)
    kinds: dict[str, int] = {}
    for k in plan.todo:
        kinds[plan.units[k].kind] = kinds.get(plan.units[k].kind, 0) + 1
    what = ", ".join(f"{n:,} {kind}" for kind, n in sorted(kinds.items(), key=lambda t: -t[1]))
    print(f"dry run: {plan.total_articles:,} articles valid; a build would render "
          f"{len(plan.todo):,} of {plan.unit_total:,} units ({what or 'nothing'}) and delete "
          f"{len(plan.deleted):,} files; nothing was written")
    return 0
