"""What every build reads from the build state (each issue's summary, each listing's head)
comes from covering indexes, not from the tables' pages that hold the blobs, and the folders
from their own table: a no-op build of a large archive reads its folders' names and stamps and
a few hundred more pages, not the whole database."""
from __future__ import annotations

import glob
import sqlite3

from generator.build.state import EVERY_BUILD_READS, FOLDERS_READ, load_state
from tests.support.archives import build, make_project


def test_every_build_reads_the_state_through_covering_indexes(tmp_path):
    project = make_project(tmp_path / "p", issues=3)
    build(project)
    assert build(project).mode == "noop"
    path, = glob.glob(str(project / ".cache" / "build-state-*.sqlite"))
    db = sqlite3.connect(path)
    try:
        for sql in EVERY_BUILD_READS:
            plan = " ".join(row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + sql))
            assert "COVERING INDEX" in plan, (sql, plan)
        tables = {name for name, in db.execute("SELECT tbl_name FROM sqlite_master")}
        plan = " ".join(row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + FOLDERS_READ))
        assert plan == "SCAN dirs" and "dirs" in tables
        columns = [row[1] for row in db.execute("PRAGMA table_info(dirs)")]
        assert columns == ["dir", "stamp", "digest", "entries"]      # no blob of anything else
    finally:
        db.close()
    state = load_state(str(project / ".cache"), str(project / "site"))
    assert state is not None and state.dir_digests and state.summaries and state.heads
    assert state.dirs.keys() == state.dir_digests.keys()
    state.close()
