"""CPU seconds of the build process and of its forked helpers over a stretch of a build.

Why: a stage's wall time alone cannot say whether a core sat idle (the 1M full build used
~1.4 of 2 cores); the build process's own CPU, its finished helpers' CPU and the time it spent
blocked waiting for them can. Helpers are counted once they have been waited for (`os.times`
children), which every forked helper of a build is before its stage ends.
"""
from __future__ import annotations

import os
import time
from typing import NamedTuple


class CpuMark(NamedTuple):
    wall: float
    own: float        # this process's user + system seconds
    helpers: float    # finished (waited-for) child processes' user + system seconds


def mark() -> CpuMark:
    t = os.times()
    return CpuMark(time.perf_counter(), t.user + t.system, t.children_user + t.children_system)


def since(start: CpuMark, wait_s: float = 0.0) -> dict:
    """The stretch from `start` to now: wall, the build process's CPU, its helpers' CPU, how many
    cores that kept busy on average, and `wait_s` (the build process blocked on its helpers)."""
    end = mark()
    wall = end.wall - start.wall
    own, helpers = end.own - start.own, end.helpers - start.helpers
    return {"wall_s": round(wall, 3), "build_cpu_s": round(own, 3), "helpers_cpu_s": round(helpers, 3),
            "cores": round((own + helpers) / wall, 3) if wall > 0 else 0.0,
            "wait_s": round(wait_s, 3)}
