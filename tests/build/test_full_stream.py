"""A full build streams the archive a batch at a time (records, issues, listings): however
small the batches, the site is the same bytes, and problems are found across batches."""
from __future__ import annotations

import pytest

import generator.build.full as full
import generator.build.plan.stream as stream
from generator.build.pipeline import BuildFailed
from tests.support.archives import article_meta, build, make_project
from tests.support.html import tree


@pytest.fixture
def tiny_batches(monkeypatch):
    """Every record batch a folder or two, every issue its own batch, listing pages rendered
    a few at a time."""
    monkeypatch.setattr(full, "RECORD_BATCH", 5)
    monkeypatch.setattr(stream, "ISSUE_BATCH", 1)
    monkeypatch.setattr(stream, "LISTING_LOADS", 7)


def _small_lists(project) -> None:
    """Topic and place lists of several pages (each of 3 articles)."""
    cfg = project / "site_config.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("topic_page_size: 50", "topic_page_size: 3"),
                   encoding="utf-8")


def _assert_same_as_one_batch(project, tmp_path, monkeypatch, report) -> None:
    """The site `report`'s build wrote equals, byte for byte, one built again in one batch by
    one process."""
    monkeypatch.setattr(full, "RECORD_BATCH", 10**9)
    monkeypatch.setattr(stream, "ISSUE_BATCH", 10**9)
    monkeypatch.setattr(stream, "LISTING_LOADS", 10**9)
    one = build(project, output=str(tmp_path / "one"), clean=True, workers=1)
    assert one.units == report.units
    a, b = tree(project / "site"), tree(tmp_path / "one")
    assert sorted(a) == sorted(b)
    assert [k for k in a if a[k] != b[k]] == []


def test_a_full_build_in_tiny_batches_gives_the_same_site_as_in_one(tmp_path, monkeypatch, tiny_batches):
    project = make_project(tmp_path / "p", issues=5, papers=("changji-daily", "altay-daily"))
    _small_lists(project)
    report = build(project, workers=2)
    assert report.mode == "full" and report.units_rendered == report.units
    _assert_same_as_one_batch(project, tmp_path, monkeypatch, report)


def test_the_state_a_streamed_build_saves_serves_the_next_builds(tmp_path, monkeypatch, tiny_batches):
    """No-op, then an edited title: the same units as after a build in one batch."""
    streamed = make_project(tmp_path / "s", issues=4)
    _small_lists(streamed)
    assert build(streamed).mode == "full"
    assert build(streamed).mode == "noop"
    monkeypatch.setattr(stream, "ISSUE_BATCH", 10**9)
    monkeypatch.setattr(stream, "LISTING_LOADS", 10**9)
    whole = make_project(tmp_path / "w", issues=4)
    _small_lists(whole)
    build(whole)
    rendered = []
    for project in (streamed, whole):
        path = sorted((project / "content" / "articles" / "changji-daily").rglob("01-01.md"))[1]
        path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: 改过的", 1),
                        encoding="utf-8")
        edited = build(project)
        assert edited.mode == "incremental"
        rendered.append(sorted(edited.rendered))
    assert rendered[0] == rendered[1] and 0 < len(rendered[0]) < 40
    assert tree(streamed / "site") == tree(whole / "site")


def test_a_duplicate_id_in_another_record_batch_is_reported_on_the_later_file(tmp_path, tiny_batches):
    import datetime as dt
    from generator.core.frontmatter import dump
    project = make_project(tmp_path / "p", issues=4)
    folders = sorted(p.parent for p in (project / "content" / "articles").rglob("*.md"))
    later = folders[-1] / "09-09.md"               # the last folder: several batches later
    meta = article_meta("changji-daily", dt.date(2022, 11, 7), 1, 1, "重复的编号")
    later.write_text(dump(meta, "正文。"), encoding="utf-8")
    with pytest.raises(BuildFailed) as exc:
        build(project)
    text = "\n".join(exc.value.messages)
    assert "duplicate id 'changji-daily/2022-11-07/01-01'" in text
    assert "09-09.md" in text and "nothing was published" in text
    assert not (project / "site").exists()


def test_the_next_batch_is_planned_while_forked_workers_render_the_last(tmp_path, monkeypatch, tiny_batches):
    """Planning issue batch n+1 comes before waiting for batch n's workers, the site-wide
    units are rendered here before waiting for the last listing batch's workers, and the site
    is the same bytes as one process building it in one batch."""
    import generator.build.render_pool as render_pool
    monkeypatch.setattr(render_pool, "STREAM_POOL_MIN", 0)
    monkeypatch.setattr(render_pool, "BATCH", 2)
    events: list[str] = []
    plan_issues, wait = stream.FullPlan._plan_issues, render_pool.Detached.wait
    here = render_pool.render_units

    def rendering_here(*args, **kw):
        events.append("here")
        return here(*args, **kw)

    def planning(self, batch):
        events.append("plan")
        return plan_issues(self, batch)

    def waiting(self):
        events.append("wait")
        return wait(self)
    monkeypatch.setattr(stream.FullPlan, "_plan_issues", planning)
    monkeypatch.setattr(render_pool.Detached, "wait", waiting)
    monkeypatch.setattr(render_pool, "render_units", rendering_here)
    project = make_project(tmp_path / "p", issues=4, papers=("changji-daily", "altay-daily"))
    _small_lists(project)
    report = build(project, workers=2)
    assert report.mode == "full" and report.units_rendered == report.units
    assert events[:3] == ["plan", "plan", "wait"]
    assert events.count("plan") == 8 and events.count("wait") >= 8    # 8 issues, then listings
    for i in range(1, 8):      # batch i+1 is planned before batch i's workers are waited for
        assert _nth(events, "plan", i + 1) < _nth(events, "wait", i)
    assert events[-2:] == ["here", "wait"]       # the site-wide units, then the last listings
    _assert_same_as_one_batch(project, tmp_path, monkeypatch, report)


def _nth(events: list[str], what: str, n: int) -> int:
    """The position of the n-th (1-based) `what` in `events`."""
    return [i for i, e in enumerate(events) if e == what][n - 1]


def test_a_helper_parses_the_next_record_batch_while_the_last_is_stored(tmp_path, monkeypatch, tiny_batches):
    """Each batch's files are handed to a forked helper before the batch ahead of it is
    stored; the site is the same as parsing everything in one process at once."""
    import os
    import generator.build.records as records
    import generator.core.articles as articles
    from generator.build.state import NewState
    project = make_project(tmp_path / "p", issues=4, papers=("changji-daily", "altay-daily"))
    _small_lists(project)
    monkeypatch.setattr(articles, "PARALLEL_MIN", 0)
    monkeypatch.setattr(articles, "PARSE_CHUNK", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    events: list[tuple[str, int]] = []
    start, add_rows = records.start_parse, NewState.add_rows

    def starting(paths, share=True):
        job = start(paths, share)
        events.append(("parse" if job.running is not None else "parse here", len(paths)))
        return job

    def storing(self, rows):
        events.append(("store", len(rows)))
        return add_rows(self, rows)
    monkeypatch.setattr(records, "start_parse", starting)
    monkeypatch.setattr(NewState, "add_rows", storing)
    assert build(project).mode == "full"
    kinds = [k for k, _ in events]
    assert kinds[:2] == ["parse", "parse"] and kinds.count("store") >= 4
    for i, kind in enumerate(kinds[1:-1], 1):         # parse n+1 comes before store n
        if kind == "store":
            assert kinds[i - 1] == "parse"
    assert sum(n for k, n in events if k == "parse") == sum(n for k, n in events if k == "store")
    monkeypatch.setattr(records, "start_parse", start)
    monkeypatch.setattr(NewState, "add_rows", add_rows)
    monkeypatch.setattr(articles, "PARALLEL_MIN", 10**9)
    monkeypatch.setattr(full, "RECORD_BATCH", 10**9)
    build(project, output=str(tmp_path / "one"), clean=True, workers=1)
    assert tree(project / "site") == tree(tmp_path / "one")
