"""Incremental builds equal clean builds byte for byte; failing builds leave the site untouched."""
from __future__ import annotations

import datetime as dt
import os
import random
import re
from pathlib import Path

import pytest

from generator.core.config import load_config
from generator.core.frontmatter import parse
from generator.build.pipeline import BuildFailed, build_main

from tests.support.archives import build
from tests.support.archives import article_meta, body_for, make_project, write_article
from tests.support.html import read, tree


def _edit_title(path: Path, new_title: str) -> None:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^title: .*$", f"title: {new_title}", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")
    st = path.stat()                        # make sure the stamp moves even on coarse clocks
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def _add_issue(project: Path, date: dt.date, paper="changji-daily") -> list[str]:
    rng = random.Random(7)
    ids = []
    for p in (1, 2):
        for s in (1, 2):
            meta = article_meta(paper, date, p, s, f"新一期第{p}版第{s}篇", issue_no=9001)
            write_article(project / "content" / "articles", meta, body_for(rng))
            ids.append(meta["id"])
    return ids


def test_incremental_rebuild_is_byte_identical_to_a_clean_build(tmp_path):
    project = make_project(tmp_path / "p", papers=("changji-daily", "altay-daily"))
    (project / "site_config.yaml").write_text(
        (project / "site_config.yaml").read_text(encoding="utf-8").replace(
            "topic_page_size: 50", "topic_page_size: 4"), encoding="utf-8")
    first = build(project)
    assert first.mode == "full"
    noop = build(project)
    assert noop.mode == "noop" and noop.units_rendered == 0 and noop.pages_written == 0

    arts = project / "content" / "articles" / "changji-daily" / "2022" / "11"
    # 1. add a newest issue, 2. edit one title, 3. delete an article, 4. give one an alias
    _add_issue(project, dt.date(2022, 11, 20))
    edited = sorted((arts / "07").glob("01-01.md"))[0]
    _edit_title(edited, "更正后的标题")
    victim = next((arts / "08").glob("02-03.md"))
    victim.unlink()
    moved = next((arts / "08").glob("01-03.md"))
    text = moved.read_text(encoding="utf-8").replace("kind: article", "kind: article\naliases: [changji-daily/2022-11-08/09-09]")
    moved.write_text(text, encoding="utf-8")

    inc = build(project)
    assert inc.mode == "incremental"
    # only what changed: the other paper's pages are not touched
    assert inc.units_rendered and not [k for k in inc.rendered if k.startswith("altay-daily/")]
    assert "changji-daily/2022/11/07/01-01/index.html" in inc.rendered
    assert "changji-daily/2022/11/07/02-01/index.html" not in inc.rendered
    assert inc.files_deleted >= 2                        # the deleted article's page + twin

    clean = build(project, output=str(tmp_path / "clean"), clean=True)
    assert clean.mode == "full"
    a, b = tree(project / "site"), tree(tmp_path / "clean")
    assert sorted(a) == sorted(b)
    assert [k for k in a if a[k] != b[k]] == []
    # the edit shows on its page, its 版 page, its issue page
    assert read(project / "site", "/changji-daily/2022/11/07/01-01/").h1 == "更正后的标题"
    for url in ("/changji-daily/2022/11/07/01/", "/changji-daily/2022/11/07/"):
        assert "更正后的标题" in [x["_text"] for x in read(project / "site", url).anchors]
    redirect = read(project / "site", "/changji-daily/2022/11/08/09-09/")
    assert redirect.meta("") == [] and any("01-03" in l["href"] for l in redirect.links
                                            if l.get("rel") == "canonical")
    assert not (project / "site" / "changji-daily/2022/11/08/02-03").exists()


def test_editing_a_title_re_renders_only_what_shows_it(tmp_path):
    project = make_project(tmp_path / "p")
    build(project)
    path = project / "content/articles/changji-daily/2022/11/08/02-02.md"
    _edit_title(path, "只改一个标题")
    rep = build(project)
    arts = sorted(k for k in rep.rendered if re.search(r"/\d\d-\d\d/index.html$", k))
    # the article, its two neighbours (their 上一篇/下一篇 show its title) and the story it
    # continues (its 下转 link shows the title), nothing else
    assert arts == ["changji-daily/2022/11/08/01-02/index.html",
                    "changji-daily/2022/11/08/02-01/index.html",
                    "changji-daily/2022/11/08/02-02/index.html",
                    "changji-daily/2022/11/08/02-03/index.html"]
    for key in ("changji-daily/2022/11/08/02/index.html", "changji-daily/2022/11/08/index.html",
                "feed.xml"):
        assert key in rep.rendered
    assert not [k for k in rep.rendered if k.startswith(("changji-daily/2022/11/07/",
                                                          "changji-daily/2022/11/09/"))]


def test_older_topic_pages_do_not_change_when_an_issue_is_added(tmp_path):
    project = make_project(tmp_path / "p", issues=6)
    cfg = project / "site_config.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("topic_page_size: 50", "topic_page_size: 3"),
                   encoding="utf-8")
    build(project)
    site = project / "site"
    older = sorted(site.glob("topics/*/page/*/index.html"))
    assert older, "small page size must paginate"
    before = {p: p.read_bytes() for p in older}
    _add_issue(project, dt.date(2022, 12, 1))
    build(project)
    # pages are numbered from the oldest: every existing numbered page keeps its content,
    # except the ones near the front page (their "newer" link and number bar may move)
    from generator.build.plan.listings import PAGER_SPAN
    changed = [p for p, data in before.items() if p.read_bytes() != data]
    assert len(changed) <= (1 + PAGER_SPAN) * len({p.parent.parent.parent for p in older})
    unchanged = [p for p, data in before.items() if p.read_bytes() == data]
    assert unchanged, "old pages far from the front must not change"


def test_canonical_urls_are_stable_across_rebuilds(tmp_path):
    project = make_project(tmp_path / "p")
    build(project)
    site = project / "site"

    def canon():
        out = {}
        for f in sorted(site.glob("changji-daily/2022/11/*/*-*/index.html")):
            page = read(site, "/" + str(f.parent.relative_to(site)) + "/")
            out[str(f.parent.relative_to(site))] = [l["href"] for l in page.links if l.get("rel") == "canonical"]
        return out
    first = canon()
    _add_issue(project, dt.date(2022, 11, 1))            # an *older* issue shifts nothing
    build(project, clean=True)
    second = canon()
    assert {k: v for k, v in second.items() if k in first} == first
    for k, v in first.items():
        assert v == [f"https://archive.example.org/{k}/"]


def _snapshot(site: Path) -> dict[str, bytes]:
    return tree(site)


def test_bad_front_matter_fails_naming_file_and_line_and_keeps_the_site(tmp_path, capsys):
    project = make_project(tmp_path / "p")
    build(project)
    before = _snapshot(project / "site")
    bad = project / "content/articles/changji-daily/2022/11/07/01-02.md"
    text = bad.read_text(encoding="utf-8").replace("page: 1\n", "page: one\n")
    bad.write_text(text, encoding="utf-8")
    cfg = load_config(str(project / "site_config.yaml"))

    class Args:
        no_search, clean, base_url, output, workers = True, False, None, None, None
    status = build_main(cfg, Args())
    err = capsys.readouterr().err
    assert status == 2
    line = next(i for i, l in enumerate(text.splitlines(), 1) if l.startswith("page:"))
    assert f"01-02.md:{line}:" in err and "page" in err
    assert _snapshot(project / "site") == before
    assert not list(tmp_path.glob("p/site.*"))          # no staging folder left behind


def test_template_error_fails_and_keeps_the_site(tmp_path):
    project = make_project(tmp_path / "p")
    build(project)
    before = _snapshot(project / "site")
    tpl = project / "templates/article.html"
    tpl.write_text(tpl.read_text(encoding="utf-8").replace("{{ a.title }}", "{{ a.title.nope() }}", 1),
                   encoding="utf-8")
    with pytest.raises(BuildFailed) as exc:
        build(project)
    assert "article.html" in str(exc.value) or "template" in str(exc.value)
    assert _snapshot(project / "site") == before
    with pytest.raises(BuildFailed):
        build(project, clean=True)                       # a full build fails safely too
    assert _snapshot(project / "site") == before
    assert not list(tmp_path.glob("p/site.*"))


def test_interrupted_build_keeps_the_site(tmp_path, monkeypatch):
    project = make_project(tmp_path / "p")
    build(project)
    before = _snapshot(project / "site")
    path = project / "content/articles/changji-daily/2022/11/08/02-02.md"
    _edit_title(path, "中断时的标题")
    import generator.build.render as render

    def boom(self, unit):
        raise KeyboardInterrupt
    monkeypatch.setattr(render.Renderer, "render", boom)
    with pytest.raises(KeyboardInterrupt):
        build(project)
    assert _snapshot(project / "site") == before
    assert not list(tmp_path.glob("p/site.*"))
    monkeypatch.undo()
    build(project)                                      # and the next build catches up
    assert read(project / "site", "/changji-daily/2022/11/08/02-02/").h1 == "中断时的标题"


def test_pooled_and_in_process_rendering_give_identical_sites(tmp_path, monkeypatch):
    """Small archives render in-process; large ones (and their incremental builds) in a worker
    pool that stages files flat — both paths must produce the same bytes as a clean build."""
    import generator.build.render_pool as render_pool
    project = make_project(tmp_path / "p", papers=("changji-daily", "altay-daily"))
    monkeypatch.setattr(render_pool, "POOL_MIN_UNITS", 0)
    monkeypatch.setattr(render_pool, "STREAM_POOL_MIN", 0)
    monkeypatch.setattr(render_pool, "BATCH", 3)
    assert build(project, workers=2).mode == "full"
    _add_issue(project, dt.date(2022, 11, 21))
    arts = project / "content" / "articles" / "changji-daily" / "2022" / "11"
    _edit_title(sorted((arts / "07").glob("01-01.md"))[0], "池中改过的标题")
    inc = build(project, workers=2)
    assert inc.mode == "incremental" and inc.pages_written
    assert not [p for p in (tmp_path / "p").iterdir() if ".stage-" in p.name]
    monkeypatch.setattr(render_pool, "POOL_MIN_UNITS", 10**9)
    clean = build(project, output=str(tmp_path / "clean"), clean=True, workers=1)
    assert clean.mode == "full"
    a, b = tree(project / "site"), tree(tmp_path / "clean")
    assert sorted(a) == sorted(b)
    assert [k for k in a if a[k] != b[k]] == []
    assert read(project / "site", "/changji-daily/2022/11/07/01-01/").h1 == "池中改过的标题"


def test_build_state_round_trips_and_a_corrupt_one_means_a_full_build(tmp_path):
    from generator.build.state import NewState, folder_digest, load_state, state_path
    out, cache = str(tmp_path / "site"), str(tmp_path / "c")
    summary = (1, False, ((1, "要闻"),), 1, ("article",), b"d", "", (), (None, None), 3, 6)
    st = NewState(None, out, fresh=True)
    st.units = {"a/index.html": (b"\x01" * 16, ("a/index.html", "a/index.json"))}
    st.pending, st.world = {"2022"}, b"w"
    st.entries = {"/p": (("01-01.md", 5, 6),)}
    st.start_ids()
    st.set_id("x/2022-01-01/01-01", "/p/01-01.md", b"row")
    st.set_issue(("x", 738156), summary, b"blob")
    st.set_listing(("topic", "t"), ("话题", 1, 2, 2), b"head", {0: b"p0", 1: b"p1"}, 2)
    st.save(cache)
    back = load_state(cache, out)
    assert (back.units, back.pending, back.world) == (st.units, st.pending, st.world)
    assert back.dir_digests == {"/p": folder_digest(st.entries["/p"])}     # read every build
    assert back.entries_of("/p") == st.entries["/p"]                       # read when changed
    assert back.path_of("x/2022-01-01/01-01") == "/p/01-01.md"
    assert back.rows(["x/2022-01-01/01-01", "nope"]) == {"x/2022-01-01/01-01": ("/p/01-01.md", b"row")}
    assert back.rows_in("/p") == [("x/2022-01-01/01-01", "/p/01-01.md", b"row")]
    assert back.summaries == {("x", 738156): summary} and back.issue_blob(("x", 738156)) == b"blob"
    assert back.unit_count() == (6, 10)

    # a later build writes only its changes, on top of the previous state
    nxt = NewState(back, out, fresh=False)
    nxt.entries = {"/p": back.entries_of("/p")}
    nxt.del_id("x/2022-01-01/01-01")
    nxt.set_id("x/2022-01-02/01-01", "/p/01-02.md", b"row2")
    nxt.drop_issue(("x", 738156))
    nxt.pending = None
    nxt.save(cache)
    again = load_state(cache, out)
    assert again.pending is None and again.summaries == {}
    assert again.path_of("x/2022-01-01/01-01") is None
    assert again.rows(["x/2022-01-02/01-01"]) == {"x/2022-01-02/01-01": ("/p/01-02.md", b"row2")}
    assert again.listing_blob(("topic", "t")) == b"head"
    assert again.parts(("topic", "t"), 0, 5) == {0: b"p0", 1: b"p1"}
    # a listing that shrinks to one part loses the other
    last = NewState(again, out, fresh=False)
    last.entries = {"/p": again.entries_of("/p")}
    last.set_listing(("topic", "t"), ("话题", 1, 1, 1), b"head2", {0: b"q0"}, 1)
    assert last.parts(("topic", "t"), 0, 5) == {0: b"q0"}
    last.save(cache)
    assert load_state(cache, out).parts(("topic", "t"), 0, 5) == {0: b"q0"}
    assert load_state(cache, str(tmp_path / "other")) is None

    project = make_project(tmp_path / "p")
    assert build(project).mode == "full"
    cfg = load_config(str(project / "site_config.yaml"))
    path = state_path(cfg.path(cfg.cache_dir), os.path.abspath(cfg.path(cfg.output_dir)))
    assert os.path.exists(path)
    Path(path).write_bytes(b"\x00not a build state")
    assert build(project).mode == "full"


def test_a_second_build_of_the_same_site_is_refused_while_one_runs(tmp_path):
    import fcntl
    project = make_project(tmp_path / "p")
    build(project)
    cfg = load_config(str(project / "site_config.yaml"))
    locks = list(Path(cfg.path(cfg.cache_dir)).glob("build-*.lock"))
    assert len(locks) == 1
    with open(locks[0], "r+") as fh:          # another build holds the lock
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fh.write("4242")
        fh.flush()
        with pytest.raises(BuildFailed) as err:
            build(project)
        assert "another build" in str(err.value) and "4242" in str(err.value)
    assert build(project).mode == "noop"      # released: builds again


def test_a_replaced_site_is_deleted_in_the_background_once(tmp_path):
    import time
    project = make_project(tmp_path / "p")
    build(project)
    build(project, clean=True)                # swaps a new tree in, the old one goes
    deadline = time.time() + 20
    while time.time() < deadline:
        left = [p.name for p in project.iterdir() if p.name.startswith("site.")]
        if not left:
            break
        assert all(".trash-" in n for n in left), left   # renamed while its rm works
        time.sleep(0.2)
    assert [p.name for p in project.iterdir() if p.name.startswith("site.")] == []
    assert (project / "site" / "index.html").exists()
