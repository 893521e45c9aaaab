"""The article scan: the same answer however many processes walk the years, and every file's
own stamp read, so an edit in place is seen whatever its folder's stamp says."""
from __future__ import annotations

import datetime as dt
import pytest
import os
import time

from generator.build.scan import (SCAN_MIN_HELPERS, folder_digest, folder_stamp, scan_articles,
                                  scan_folders, scan_helpers)
from tests.support.archives import build, make_project


def test_forked_scan_equals_the_single_process_one(tmp_path):
    project = make_project(tmp_path / "p", issues=4, pages=1, per_page=2,
                           papers=("changji-daily", "altay-daily"), start=dt.date(2021, 12, 30))
    arts = project / "content" / "articles"
    (arts / "altay-daily" / "2023").mkdir()      # an empty year
    (arts / "altay-daily" / ".git").mkdir()      # hidden: skipped
    for year in ("2019", "2020"):                # enough year folders to fork helpers
        (arts / "changji-daily" / year / "01" / "01").mkdir(parents=True)
        (arts / "changji-daily" / year / "01" / "01" / "01-01.md").write_text("x", encoding="utf-8")
    one = scan_folders(str(arts), helpers=0)
    assert sum(len(e) for e in one.entries.values()) == one.files == 18
    assert {d.split("/")[-3] for d in one.entries} == {"2019", "2020", "2021", "2022"}
    assert one.digests == {d: folder_digest(e) for d, e in one.entries.items()}
    for helpers in (1, 3):
        many = scan_folders(str(arts), helpers=helpers)
        assert list(many.entries.items()) == list(one.entries.items())
        assert list(many.digests.items()) == list(one.digests.items())
    assert scan_articles(str(arts)) == dict(one.entries.items())


def test_a_build_scans_with_more_walks_than_cores_but_none_when_told_to_use_one_process():
    # a cold no-op waits on the disk for each stat: more walks in flight than cores
    assert scan_helpers(2) == SCAN_MIN_HELPERS > 1
    assert scan_helpers(16) == 15
    assert scan_helpers(1) == 0


def test_an_edit_in_place_changes_its_folders_digest_though_the_folders_stamp_stays(tmp_path):
    project = make_project(tmp_path / "p", issues=1, pages=1, per_page=2)
    arts = str(project / "content" / "articles")
    before = scan_folders(arts)
    folder = next(iter(before.entries))
    path = os.path.join(folder, before.entries[folder][0][0])
    folder_stamp = os.stat(folder)
    with open(path, "r+b") as fh:                      # rewritten in place, same size
        data = fh.read()
        fh.seek(0)
        fh.write(data.replace(b"title: ", b"title:\t", 1))
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))   # a coarse clock moves too
    os.utime(folder, ns=(folder_stamp.st_atime_ns, folder_stamp.st_mtime_ns))
    after = scan_folders(arts)
    assert os.stat(folder).st_mtime_ns == folder_stamp.st_mtime_ns
    assert after.digests[folder] != before.digests[folder]
    assert after.entries[folder][0] == (os.path.basename(path), os.stat(path).st_mtime_ns,
                                        before.entries[folder][0][2])


def test_a_scan_helper_that_dies_fails_the_build_and_leaves_the_site(tmp_path, monkeypatch):
    import pytest
    import generator.build.scan as scan
    from generator.build.pipeline import BuildFailed
    from tests.support.archives import build
    from tests.support.html import tree

    project = make_project(tmp_path / "p", issues=4, pages=1, per_page=2,
                           papers=("changji-daily", "altay-daily"), start=dt.date(2021, 12, 30))
    arts = project / "content" / "articles"
    for year in ("2019", "2020"):                # enough year folders to fork a helper
        (arts / "changji-daily" / year / "01" / "01").mkdir(parents=True)
    build(project)
    before = tree(project / "site")
    parent, walk = os.getpid(), scan._walk

    def dying_walk(*args, **kwargs):
        if os.getpid() != parent:
            os._exit(3)                          # a helper killed mid-walk
        if args[-1] == -1:                       # a year folder: leave the helper time to claim one
            time.sleep(0.2)
        return walk(*args, **kwargs)

    monkeypatch.setattr(scan, "_walk", dying_walk)
    with pytest.raises(BuildFailed) as failed:
        build(project, workers=2)
    assert "scanning content/articles/ failed" in failed.value.messages[0]
    assert "exited unexpectedly" in failed.value.messages[0]
    assert tree(project / "site") == before


# ---- folders the last build knew: not listed again while their change time holds

ISSUE = "content/articles/changji-daily/2022/11/07"


def _known(project):
    from generator.build.state import load_state
    state = load_state(str(project / ".cache"), str(project / "site"))
    try:
        return dict(state.dirs)
    finally:
        state.close()


def _site_text(project) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted((project / "site").rglob("*.html")))


@pytest.fixture
def settled(tmp_path, monkeypatch):
    """A built project whose folders count as settled at once (no wait of `SETTLE_NS`)."""
    import generator.build.scan as scan
    monkeypatch.setattr(scan, "SETTLE_NS", 0)
    project = make_project(tmp_path / "p", issues=2, pages=1, per_page=3)
    assert build(project).mode == "full"
    return project


def test_an_unchanged_archive_lists_no_folder_and_finds_what_a_listing_finds(settled):
    arts = str(settled / "content" / "articles")
    known = _known(settled)
    assert known and all(k.stamp for k in known.values())
    trusted, listed = scan_folders(arts, 0, known), scan_folders(arts, 0)
    assert trusted.listed == 0 and listed.listed == len(known)
    assert list(trusted.entries.items()) == list(listed.entries.items())
    assert trusted.digests == listed.digests and trusted.files == listed.files == 6
    assert build(settled).mode == "noop"


def test_a_same_size_edit_in_place_is_seen_though_the_folder_is_not_listed(settled):
    path = settled / ISSUE / "01-02.md"
    data = path.read_bytes()
    title = data.split(b"title: ", 1)[1].split(b"\n", 1)[0]
    new_title = title.replace("第".encode(), "改".encode(), 1)      # same byte length
    with open(path, "r+b") as fh:                       # rewritten in place: the folder's
        fh.write(data.replace(title, new_title, 1))     # change time stays
    assert len(path.read_bytes()) == len(data)
    assert _known(settled)[str(path.parent)].stamp == folder_stamp(os.stat(path.parent))
    report = build(settled)
    assert (report.mode, report.parsed) == ("incremental", 1)
    assert new_title.decode() in _site_text(settled)


def test_a_touched_file_is_parsed_again(settled):
    path = settled / ISSUE / "01-03.md"
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    report = build(settled)
    assert (report.mode, report.parsed) == ("incremental", 1)


def test_an_added_file_is_seen(settled):
    text = (settled / ISSUE / "01-03.md").read_text(encoding="utf-8")
    text = text.replace("01-03", "01-04").replace("seq: 3\n", "seq: 4\n")
    text = text.replace("\ntitle: ", "\ntitle: 新增的稿件", 1)
    (settled / ISSUE / "01-04.md").write_text(text, encoding="utf-8")
    report = build(settled)
    assert (report.mode, report.parsed, report.articles) == ("incremental", 1, 7)
    assert "新增的稿件" in _site_text(settled)


def test_a_removed_file_is_seen(settled):
    title = _title(settled / ISSUE / "01-03.md")
    (settled / ISSUE / "01-03.md").unlink()
    report = build(settled)
    assert (report.mode, report.articles) == ("incremental", 5)
    assert title not in _site_text(settled)


def test_a_file_renamed_over_another_is_seen(settled):
    gone, kept = _title(settled / ISSUE / "01-02.md"), _title(settled / ISSUE / "01-03.md")
    os.rename(settled / ISSUE / "01-03.md", settled / ISSUE / "01-02.md")   # keeps its stamp
    report = build(settled)
    assert (report.mode, report.parsed, report.articles) == ("incremental", 1, 5)
    text = _site_text(settled)
    assert kept in text and gone not in text


def test_an_editors_save_by_atomic_rename_is_seen(settled):
    path = settled / ISSUE / "01-01.md"
    old = path.read_text(encoding="utf-8")
    title = _title(path)
    new_title = title.replace("第", "换", 1)              # same size again
    tmp = settled / ISSUE / ".01-01.md.swp"               # hidden while it is written
    tmp.write_text(old.replace(title, new_title, 1), encoding="utf-8")
    os.replace(tmp, path)
    assert len(path.read_bytes()) == len(old.encode())
    report = build(settled)
    assert (report.mode, report.parsed) == ("incremental", 1)
    assert new_title in _site_text(settled)


def test_a_folder_changed_just_before_the_scan_is_listed_again_next_time(tmp_path):
    project = make_project(tmp_path / "p", issues=1, pages=1, per_page=2)
    build(project)                                      # right after writing: not settled
    known = _known(project)
    assert known and all(k.stamp == 0 for k in known.values())
    assert scan_folders(str(project / "content" / "articles"), 0, known).listed == len(known)


def test_a_folder_stamp_moves_with_either_time():
    """Where `st_ctime` is the creation time (Windows) only the mtime tells an added file."""
    from types import SimpleNamespace as St
    base = folder_stamp(St(st_ctime_ns=10**18, st_mtime_ns=10**18))
    assert folder_stamp(St(st_ctime_ns=10**18, st_mtime_ns=10**18)) == base
    assert folder_stamp(St(st_ctime_ns=10**18, st_mtime_ns=10**18 + 1)) != base
    assert folder_stamp(St(st_ctime_ns=10**18 + 1, st_mtime_ns=10**18)) != base


def test_a_build_of_no_articles_streams_no_record_batch(tmp_path):
    project = make_project(tmp_path / "p", issues=1, pages=1, per_page=1)
    for f in (project / "content" / "articles").rglob("*.md"):
        f.unlink()
    report = build(project)
    assert (report.mode, report.articles) == ("full", 0)


def _title(path) -> str:
    return path.read_text(encoding="utf-8").split("\ntitle: ", 1)[1].split("\n", 1)[0]
