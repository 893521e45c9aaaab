"""Rendering units in the build process *and* forked workers, results back to the parent.

Workers inherit the plan from the parent (copy-on-write, frozen out of the GC), claim batches
of unit keys, read article bodies themselves and write straight into the staging folder
(`generator.core.forkmap`: a Pool's parent only waits, while each forked worker's RSS counts
the model again). Small jobs (an added issue) render in-process: forking a big parent costs more.
"""
from __future__ import annotations

import gc
import sys
import time
from typing import Optional

from generator.build.commit import OutputWriter
from generator.build.errors import BuildFailed
from generator.build.plan.site_plan import SitePlan
from generator.core.paths import UnsafeOutputPath

PROGRESS_EVERY_S = 2.0
BATCH = 48            # units per task sent to a worker
STREAM_POOL_MIN = 64   # the same for a full build's batches: its process holds one batch, so
                       # forking it is cheap
POOL_MIN_UNITS = 1500  # below this, rendering in-process beats starting workers (forking a


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


def _progress(done: int, total: int, start: float, stream=sys.stderr) -> None:
    el = time.perf_counter() - start
    rate = done / el if el > 0 else 0
    print(f"  rendered {done:,}/{total:,} units ({rate:,.0f}/s, {el:.0f} s)", file=stream, flush=True)


def render_units(plan: SitePlan, keys: list[str], stage: str, live: Optional[str], workers: int,
            progress: bool, renderer=None, pool_min: int = POOL_MIN_UNITS) -> tuple[list[str], int]:
    """Render `keys` into `stage`; returns (files written, files whose bytes were unchanged).
    `renderer`: one kept by the caller across calls (a full build renders batch by batch);
    `pool_min`: the fewest units worth forking workers for (forking a big parent costs)."""
    global _PLAN, _STAGE, _LIVE, _RENDERER
    _PLAN, _STAGE, _LIVE, _RENDERER = plan, stage, live, renderer
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
        if workers <= 1 or len(keys) < pool_min:
            for batch in batches:
                collect(_render_batch(batch))
        else:
            _render_shared(batches, workers - 1, collect)
    finally:
        if _RENDERER is not None and _RENDERER is not renderer:
            _RENDERER.close()
        _PLAN = _RENDERER = None
    if progress and time.perf_counter() - start > PROGRESS_EVERY_S:
        _progress(done, len(keys), start)
    return written, same


class Detached:
    """Units being rendered by forked workers while the build process goes on planning
    (`start_units`); `wait` collects their results."""

    def __init__(self, running, total: int, progress: bool):
        self.running, self.total, self.progress = running, total, progress
        self.start = time.perf_counter()

    def wait(self) -> tuple[int, int]:
        """(files written, files whose bytes were unchanged) once every unit is rendered;
        raises BuildFailed when a worker reports an error or dies."""
        from generator.core.forkmap import HelperDied
        written = same = done = 0
        last = time.perf_counter()

        def collect(_i: int, result: tuple[int, int, int, Optional[str]]) -> None:
            nonlocal written, same, done, last
            n, w, s, err = result
            if err:
                raise BuildFailed([err], status=1)
            written += w
            same += s
            done += n
            if self.progress and time.perf_counter() - last > PROGRESS_EVERY_S:
                last = time.perf_counter()
                _progress(done, self.total, self.start)
        try:
            self.running.finish(collect)
        except HelperDied as exc:
            raise BuildFailed([f"rendering failed: {exc}"], status=1) from None
        if self.progress and time.perf_counter() - self.start > PROGRESS_EVERY_S:
            _progress(done, self.total, self.start)
        return written, same

    def close(self) -> None:
        """Stop the workers (the build failed or was interrupted meanwhile)."""
        self.running.close()


def start_units(plan: SitePlan, keys: list[str], stage: str, workers: int, progress: bool,
                renderer) -> Detached:
    """Fork `workers` processes rendering `keys` into `stage` from the plan as it is now, and
    return at once: the caller may change the plan meanwhile (each worker holds its own copy),
    so a full build plans its next batch while this one renders, and no core waits for the
    planner. Results are counts, not paths (a full build writes into an empty folder)."""
    global _PLAN, _STAGE, _LIVE, _RENDERER
    from generator.core.forkmap import start_map
    _PLAN, _STAGE, _LIVE, _RENDERER = plan, stage, None, renderer
    batches = [keys[i:i + BATCH] for i in range(0, len(keys), BATCH)]
    gc.freeze()   # keep the plan out of every worker's GC scans (and its pages shared)
    try:
        running = start_map(batches, _render_counted, workers, init=_worker_init,
                            is_error=lambda result: bool(result[3]))
    finally:
        _PLAN = _RENDERER = None
    return Detached(running, len(keys), progress)


def _render_counted(keys: list[str]) -> tuple[int, int, int, Optional[str]]:
    n, written, same, err = _render_batch(keys)
    return n, len(written), same, err


def _render_shared(batches: list[list[str]], children: int, collect) -> None:
    """Render `batches` in this process *and* `children` forked workers (`generator.core.forkmap`:
    a Pool's parent only waits while each forked worker's RSS counts the model again)."""
    global _RENDERER
    from generator.core.forkmap import HelperDied, shared_map
    from generator.build.render import Renderer, TemplateFailure
    if _RENDERER is None:
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

