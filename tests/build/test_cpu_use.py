"""A full build reports each stage's CPU split between the build process and its forked
helpers, so an idle core shows in the report (and the bench JSON) without a profiler."""
from __future__ import annotations

import os

import pytest

import generator.build.render_pool as render_pool
from generator.build import cpu_use
from tests.support.archives import build, make_project


def test_a_waited_for_child_counts_as_helper_cpu_not_as_the_build_process():
    start = cpu_use.mark()
    pid = os.fork()
    if pid == 0:             # a forked child's own CPU times start at zero
        while sum(os.times()[:2]) < 0.3:
            pass
        os._exit(0)
    os.waitpid(pid, 0)
    stretch = cpu_use.since(start, wait_s=0.25)
    assert stretch["helpers_cpu_s"] >= 0.2
    assert stretch["build_cpu_s"] < stretch["helpers_cpu_s"]
    assert stretch["wait_s"] == 0.25
    # cores is computed from unrounded seconds; the rounded fields can move it by a few thousandths
    expected = (stretch["build_cpu_s"] + stretch["helpers_cpu_s"]) / stretch["wall_s"]
    assert stretch["cores"] == pytest.approx(expected, abs=0.01)


def test_a_full_build_reports_the_cpu_of_its_render_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(render_pool, "STREAM_POOL_MIN", 1)
    project = make_project(tmp_path / "p", issues=3)
    report = build(project, workers=2)
    assert report.mode == "full"
    assert set(report.cpu) == {"records", "plan_render"}
    stage = report.cpu["plan_render"]
    assert stage["helpers_cpu_s"] > 0       # the forked workers rendered
    assert stage["build_cpu_s"] > 0         # this process planned
    assert 0 <= stage["wait_s"] <= stage["wall_s"]
    assert build(project).cpu == {}         # a no-op has no such stages
