"""One ingest at a time (the lock names the pid holding it), and temporary files no other run
can share."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.project import raw_project

ROOT = Path(__file__).resolve().parents[2]

HOLD = """
import sys
from generator.core import lock
with lock.held(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    return raw_project(tmp_path / "proj")


def ingest(proj: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "ingest"], cwd=proj,
                          capture_output=True, text=True, timeout=300)


def test_a_second_ingest_refuses_while_one_runs_naming_its_pid(proj):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(proj / ".cache" / "ingest.lock")],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        run = ingest(proj)
        assert run.returncode == 1, run.stdout + run.stderr
        assert f"another ingest of content/articles/ is running (pid {holder.pid})" in run.stderr
        assert "wait for it to finish" in run.stderr and "Traceback" not in run.stderr
        assert not (proj / "content" / "articles").exists()     # it wrote nothing
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    run = ingest(proj)                                           # released: ingests
    assert run.returncode == 0, run.stderr
    assert list((proj / "content" / "articles").rglob("*.md"))


def test_ingest_temporary_files_are_its_own(proj):
    """Another run's temporary files (the names a fixed '<file>.tmp' scheme would share) are
    left alone, ingest leaves none of its own, and files get ordinary permissions."""
    day = proj / "content" / "articles" / "changji-daily" / "2022" / "11" / "08"
    day.mkdir(parents=True)
    theirs = {day / "01-01.md.tmp": "another run's article",
              day.parents[3] / "changji-daily" / ".ingest-manifest.json.tmp": "another run's manifest"}
    for path, text in theirs.items():
        path.write_text(text, encoding="utf-8")
    run = ingest(proj)
    assert run.returncode == 0, run.stderr
    for path, text in theirs.items():
        assert path.read_text(encoding="utf-8") == text
    leftovers = [p for p in (proj / "content" / "articles").rglob("*.tmp") if p not in theirs]
    assert leftovers == []
    umask = os.umask(0)
    os.umask(umask)
    assert (day / "01-01.md").stat().st_mode & 0o777 == 0o666 & ~umask
