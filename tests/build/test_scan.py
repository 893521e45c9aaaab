"""The article scan: the same answer however many processes walk the years, and every file's
own stamp read, so an edit in place is seen whatever its folder's stamp says."""
from __future__ import annotations

import datetime as dt
import os
import time

from generator.build.scan import folder_digest, scan_articles, scan_folders
from tests.support.archives import make_project


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
