"""What every build reads from the build state (each folder's digest, each issue's summary,
each listing's head) comes from covering indexes, not from the tables' pages that hold the
blobs: a no-op build of a large archive reads a few hundred pages, not the whole database."""
from __future__ import annotations

import glob
import sqlite3

from generator.build.state import EVERY_BUILD_READS, load_state
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
    finally:
        db.close()
    state = load_state(str(project / ".cache"), str(project / "site"))
    assert state is not None and state.dir_digests and state.summaries and state.heads
    state.close()
