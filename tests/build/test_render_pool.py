"""The parent renders alongside its forked workers: same bytes, and a worker's failure (an error
or a crash) fails the build and leaves the previous site untouched."""
from __future__ import annotations

import os
import time

import pytest

import generator.build.render_pool as render_pool
import generator.build.render as render
from generator.build.pipeline import BuildFailed

from tests.support.archives import build
from tests.support.archives import make_project
from tests.support.html import tree


@pytest.fixture
def pooled(monkeypatch):
    """Force the pool on a small archive, with batches small enough for every process to work."""
    monkeypatch.setattr(render_pool, "POOL_MIN_UNITS", 0)
    monkeypatch.setattr(render_pool, "STREAM_POOL_MIN", 0)
    monkeypatch.setattr(render_pool, "BATCH", 2)


def _in_worker_only(monkeypatch, action) -> None:
    """Make Renderer.render call `action` in forked workers only; the parent renders slowly so
    that a worker surely gets batches even on a busy machine."""
    parent = os.getpid()
    real = render.Renderer.render

    def patched(self, unit):
        if os.getpid() != parent:
            action()
        else:
            time.sleep(0.02)
        return real(self, unit)
    monkeypatch.setattr(render.Renderer, "render", patched)


def test_parent_and_workers_render_the_same_site_as_one_process(tmp_path, monkeypatch, pooled):
    project = make_project(tmp_path / "p", papers=("changji-daily", "altay-daily"))
    assert build(project, workers=3).mode == "full"
    monkeypatch.setattr(render_pool, "POOL_MIN_UNITS", 10**9)
    monkeypatch.setattr(render_pool, "STREAM_POOL_MIN", 10**9)
    build(project, output=str(tmp_path / "one"), clean=True, workers=1)
    a, b = tree(project / "site"), tree(tmp_path / "one")
    assert sorted(a) == sorted(b)
    assert [k for k in a if a[k] != b[k]] == []


def test_an_error_in_a_worker_fails_the_build_and_keeps_the_site(tmp_path, monkeypatch, pooled):
    project = make_project(tmp_path / "p")
    build(project, workers=1)
    before = tree(project / "site")

    def fail():
        raise RuntimeError("worker-side failure")
    _in_worker_only(monkeypatch, fail)
    with pytest.raises(BuildFailed) as exc:
        build(project, clean=True, workers=2)
    assert "worker-side failure" in str(exc.value)
    assert tree(project / "site") == before
    assert not list(tmp_path.glob("p/site.*"))


def test_a_crashed_worker_fails_the_build_and_keeps_the_site(tmp_path, monkeypatch, pooled):
    project = make_project(tmp_path / "p")
    build(project, workers=1)
    before = tree(project / "site")
    _in_worker_only(monkeypatch, lambda: os._exit(3))
    with pytest.raises(BuildFailed) as exc:
        build(project, clean=True, workers=2)
    assert "exited unexpectedly" in str(exc.value)
    assert tree(project / "site") == before
    assert not list(tmp_path.glob("p/site.*"))
