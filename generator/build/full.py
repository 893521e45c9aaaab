"""The full build, streamed: records into the new build state, then plan and render a batch at
a time (`generator.build.plan.stream`), so memory stays flat however large the archive.

A full build is a first build, `--clean`, a missing site folder, or changed templates, code,
configuration or papers. Its output is the same as planning everything at once (the planners
are the same); only what is held at once differs.
"""
from __future__ import annotations

import os
import shutil
import time
from functools import partial
from typing import TYPE_CHECKING, Optional

from generator.build import cpu_use, prefetch, render_pool
from generator.build.commit import remove_stale_siblings, sibling
from generator.build.enrich import Enricher
from generator.build.errors import BuildFailed
from generator.build.plan.loader import Stamps
from generator.build.plan.stream import FullPlan, Outline
from generator.build.records import decode, decode_brief, encode, record_batches
from generator.build.state import NewState
from generator.core.frontmatter import ContentError

if TYPE_CHECKING:
    from generator.build.pipeline import BuildContext

RECORD_BATCH = 20_000     # article files read (parsed or decoded) together


def build_full(ctx: "BuildContext") -> None:
    """Records → issues, listings, site-wide units planned and rendered batch by batch into
    a new tree → (search) → swapped in. `ctx.plan` is the plan, its state still to be saved."""
    config, report, out = ctx.config, ctx.report, ctx.out
    new = NewState(ctx.prev, out, fresh=True)
    new.inputs, new.yamls, new.dir_digests = ctx.inputs, ctx.yamls, dict(ctx.folders)
    new.dir_stamps = ctx.stamps
    new.open_stream(ctx.cache_dir)
    stage = ""
    try:
        if report.articles > 5000:
            ctx.log(f"load: {report.articles:,} article files (unchanged ones come from the build state)…")
        start = cpu_use.mark()
        outlines = _records(ctx, new)
        report.cpu["records"] = cpu_use.since(start)
        full = FullPlan(config, root=config.root, today=ctx.today, new=new, outlines=outlines,
                        meta=ctx.meta, inputs=ctx.inputs, decode=decode_brief)
        ctx.plan = plan = full.plan
        ctx.models.append(plan.archive)
        report.timings["load"] = time.perf_counter() - ctx.t_load
        for stale in remove_stale_siblings(out):
            ctx.log(f"removed {stale}/ left by an interrupted build")
        stage = sibling(out, "new")
        shutil.rmtree(stage, ignore_errors=True)
        os.makedirs(stage)
        _plan_and_render(ctx, full, stage)
        full.loader.decode_with(decode)     # the search index reads whole articles, a part at a time
        ctx.log(f"build: {report.articles:,} articles ({report.parsed:,} parsed), "
                f"{report.units:,} units, full: {report.units_rendered:,} rendered")
        ctx.changed_shards = None
        t = time.perf_counter()
        from generator.build.pipeline import _publish_full
        t += _publish_full(ctx, stage)
        report.timings["commit"] = time.perf_counter() - t
    except BaseException:
        if stage:
            shutil.rmtree(stage, ignore_errors=True)
        new.abort()
        raise


def _records(ctx: "BuildContext", new: NewState) -> dict[tuple, Outline]:
    """Every record, parsed where its file changed, enriched and stored in the new state a
    batch at a time; returns each issue's outline. Raises BuildFailed listing every problem."""
    config, report = ctx.config, ctx.report
    enricher = Enricher(config, config.root)
    outlines: dict[tuple, Outline] = {}
    errors: list[ContentError] = []
    parsed = 0
    for batch in record_batches(new, ctx.scan, RECORD_BATCH):
        errors.extend(batch.errors)
        parsed += batch.parsed
        stamp = Stamps(ctx.scan)
        enricher.fill(batch.articles, {a.path: stamp.of(a.path) for a in batch.articles if a.missing})
        arts = batch.articles
        lost = new.add_rows([(a.id, a.path, encode(a)) for a in arts])
        for a in arts:
            other = lost.get(a.id)
            if other is not None and other != a.path:
                first, later = sorted((other, a.path))
                errors.append(ContentError(later, 2, f"duplicate id {a.id!r}, already used by {first}",
                                           "ids are permanent: give the newer file its own id"))
                continue
            key = (a.paper, a.date.toordinal())
            o = outlines.get(key)
            if o is None:
                o = outlines[key] = Outline()
            o.add(a)
    if errors:
        msgs = [str(e) for e in sorted(errors, key=lambda e: str(e))]
        msgs.append(f"{len(errors)} problem(s) in the content; nothing was published "
                    f"and {os.path.relpath(ctx.out)}/ is untouched")
        raise BuildFailed(msgs, status=2)
    enricher.save()
    report.parsed = parsed
    return outlines


def _plan_and_render(ctx: "BuildContext", full: FullPlan, stage: str) -> None:
    from generator.build.pages import listing
    from generator.build.pages.registry import prepare
    from generator.build.render import Renderer, TemplateFailure
    plan, report = full.plan, ctx.report
    try:
        renderer = Renderer(plan)
    except TemplateFailure as exc:
        raise BuildFailed([f"template error: {exc}"], status=1) from None
    renderer.preload()
    full.item_html = partial(listing.item_html, renderer)
    t_plan = t_render = t_wait = 0.0
    start = cpu_use.mark()
    written = same = files = 0
    batches = full.batches()
    job: Optional[render_pool.Detached] = None    # the batch forked workers are rendering
    try:
        while True:
            t = time.perf_counter()
            # plans the next batch (letting go of the one `job` renders: its workers hold a copy)
            step = next(batches, None)
            t_plan += time.perf_counter() - t
            t = time.perf_counter()
            keys, fork = step if step is not None else ([], False)
            forked = fork and ctx.workers > 1 and len(keys) >= render_pool.STREAM_POOL_MIN
            if keys:                   # what the units read, loaded while the last batch renders
                prepare(plan, keys)
            if forked:                 # the bodies its workers will read, from disk meanwhile
                prefetch.prefetch(prefetch.article_files(plan, keys))
            if keys and not forked:    # rendered here, beside the workers of the last batch
                w_paths, s = render_pool.render_units(plan, keys, stage, None, 1, ctx.progress,
                                                      renderer=renderer)
                written += len(w_paths)
                same += s
            if job is not None:
                t_job = time.perf_counter()
                w, s = job.wait()
                t_wait += time.perf_counter() - t_job
                job = None
                written += w
                same += s
            if step is None:
                t_render += time.perf_counter() - t
                break
            if forked:
                job = render_pool.start_units(plan, keys, stage, ctx.workers, ctx.progress, renderer)
            files += sum(len(plan.units[k].outputs) for k in keys)
            report.rendered.extend(keys)
            renderer.forget()
            t_render += time.perf_counter() - t
    finally:
        if job is not None:
            job.close()
        renderer.close()
    report.articles = plan.total_articles
    report.units = plan.unit_total
    report.units_rendered = len(report.rendered)
    report.pages_written = written
    report.pages_skipped = same + plan.file_total - files
    report.timings["plan"] = t_plan
    report.timings["render"] = t_render
    # wait_s: this process had nothing left to plan and waited for the render workers
    report.cpu["plan_render"] = cpu_use.since(start, t_wait)
