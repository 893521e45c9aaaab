"""The search index is reproducible: the same content gives the same `site/` bytes, whatever the
disk, the file times, the cache or an earlier build killed half-way; a copy with new file times
re-indexes nothing. Builds run `build.py` as a subprocess (own hash seeds, own pagefind
processes), except where the build's report is read."""
from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Optional

import psutil
import pytest

from generator.core.config import load_config
from generator.search.bundle import cbor_decode, cbor_encode
from tests.support.project import ROOT, copy_project
from tests.support.archives import make_project

BUILD = [sys.executable, str(ROOT / "build.py"), "build"]
PAPERS = ("changji-daily", "altay-daily")


def tree(root: Path) -> dict[str, str]:
    """Every file under `root`: relative path → SHA-256 of its bytes."""
    out = {}
    for dirpath, _, filenames in os.walk(root):
        for f in filenames:
            p = Path(dirpath, f)
            out[p.relative_to(root).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def assert_same_tree(a: Path, b: Path) -> None:
    ta, tb = tree(a), tree(b)
    only = sorted(set(ta) ^ set(tb))
    differ = sorted(k for k in set(ta) & set(tb) if ta[k] != tb[k])
    assert not only and not differ, f"only in one: {only[:10]}, differ: {differ[:10]}"


def part_inodes(site: Path) -> dict[str, int]:
    """Inode of every file inside the part bundles (`pagefind/<part>/…`): a part that is
    indexed again, or copied, gets new files. (`pagefind/runtime/` is no part: the shared copy
    of Pagefind's pagefind.js and wasm, compared by content with the rest of the tree.)"""
    from generator.search.index import RUNTIME
    root = site / "pagefind"
    return {p.relative_to(root).as_posix(): p.stat().st_ino
            for part in root.iterdir() if part.is_dir() and part.name != RUNTIME
            for p in part.rglob("*") if p.is_file()}


def build(project: Path, *args: str, env: Optional[dict] = None) -> str:
    """`build.py build ARGS` in `project`; returns its stderr (progress and report)."""
    run = subprocess.run(BUILD + list(args), cwd=project, capture_output=True, text=True,
                         env={**os.environ, **(env or {})}, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stderr


def synthetic(tmp_path: Path, part_size: int = 24) -> Path:
    """192 articles in 8 parts: enough for a build to be caught rendering or indexing."""
    project = make_project(tmp_path / "project", issues=6, pages=4, per_page=4, papers=PAPERS)
    cfg = project / "site_config.yaml"
    text = cfg.read_text(encoding="utf-8")
    assert "max_shard_articles: 2000" in text
    cfg.write_text(text.replace("max_shard_articles: 2000", f"max_shard_articles: {part_size}"),
                   encoding="utf-8")
    return project


def edit_every_issue(project: Path, mark: str) -> None:
    """Change one sentence of the first article of every issue (every part changes)."""
    for first in sorted((project / "content" / "articles").rglob("01-01.md")):
        text = first.read_text(encoding="utf-8")
        first.write_text(text.rstrip("\n") + f"\n\n{mark}\n", encoding="utf-8")


def kill_when(project: Path, args: list[str], ready: Callable[[str], bool]) -> None:
    """Start `build.py build ARGS`, SIGKILL it as soon as `ready(stderr so far)` holds, and
    check that its pagefind processes die with it (the service exits when its input closes)."""
    proc = subprocess.Popen(BUILD + args, cwd=project, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.extend(proc.stderr), daemon=True)
    reader.start()
    deadline = time.monotonic() + 300
    while not ready("".join(err)):
        assert proc.poll() is None, "the build finished before the point to kill it:\n" + "".join(err)
        assert time.monotonic() < deadline, "".join(err)
        time.sleep(0.005)
    try:
        helpers = [c for c in psutil.Process(proc.pid).children(recursive=True)
                   if "pagefind" in c.name()]
    except psutil.Error:
        helpers = []
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(10)
    assert proc.returncode == -signal.SIGKILL
    _, alive = psutil.wait_procs(helpers, timeout=20)
    assert not alive, f"pagefind outlived the killed build: {alive}"


def stage_of(project: Path) -> Optional[Path]:
    """The folder a full build renders into (`site.new-<pid>.<n>`), once it exists."""
    found = sorted(project.glob("site.new-*"))
    return found[0] if found else None


def test_two_clean_builds_are_identical(tmp_path):
    """Two projects copied at different times (different mtimes), built by different processes
    (different hash seeds), one with its temp folder on tmpfs: the same site/, pagefind/ too."""
    a = copy_project(tmp_path / "a")
    b = copy_project(tmp_path / "b")
    shm = Path("/dev/shm")
    env = {}
    if shm.is_dir() and os.access(shm, os.W_OK):   # another file system's directory order
        tmp = shm / f"repro-{os.getpid()}"
        tmp.mkdir(exist_ok=True)
        env["TMPDIR"] = str(tmp)
    try:
        build(a, "--clean", env=env)
    finally:
        if env:
            shutil.rmtree(env["TMPDIR"], ignore_errors=True)
    build(b, "--clean")
    files = tree(a / "site")
    filters = [k for k in files if k.startswith("pagefind/") and "/filter/" in k]
    assert len(filters) >= 5 and any(k.endswith(".pf_meta") for k in files)
    assert_same_tree(a / "site", b / "site")


def test_bundle_files_are_canonical_and_decode_losslessly(tmp_path):
    """Every CBOR file Pagefind wrote round-trips through our codec; filter values, the filter
    list and the meta file's name are in canonical (sorted) form."""
    from generator.search.bundle import _pf_hash
    project = copy_project(tmp_path / "p")
    build(project)
    bundles = [p for p in (project / "site" / "pagefind").iterdir() if p.is_dir()]
    assert bundles
    for bundle in bundles:
        for f in bundle.rglob("*.pf_*"):
            if f.suffix == ".pf_fragment":
                continue
            raw = gzip.decompress(f.read_bytes())
            assert raw.startswith(b"pagefind_dcd"), f
            item, end = cbor_decode(raw, 12)
            assert end == len(raw) and cbor_encode(item) == raw[12:], f
            if f.suffix == ".pf_filter":
                values = [v[0] for v in item[1]]
                assert values == sorted(values), f
                assert f.stem == "zh-cn_" + _pf_hash(raw[12:])[:7], f
            if f.suffix == ".pf_meta":
                names = [x[0] for x in item[3]]
                assert names == sorted(names) and len(names) >= 4, f
                assert f.name == f"pagefind.zh-cn_{_pf_hash(raw[12:])[:13]}.pf_meta"


def test_rebuild_without_cache_equals_clean_build_and_reindexes_nothing(tmp_path):
    from generator.build.pipeline import build_site
    project = copy_project(tmp_path / "p")
    build(project)
    site = project / "site"
    inodes = part_inodes(site)
    shutil.rmtree(project / ".cache")
    report = build_site(load_config(str(project / "site_config.yaml")), progress=False)
    assert report.search is not None and report.search.shards_indexed == []
    assert sorted(report.search.shards_reused) == sorted({k.split("/")[0] for k in inodes} - {"presence"})
    assert part_inodes(site) == inodes
    build(project, "--clean", "--output", "ref")
    assert_same_tree(site, project / "ref")


def test_copy_with_new_mtimes_reindexes_nothing(tmp_path):
    """`cp -r` without -p: every file (articles, templates, the cache, the site) is new with a
    new mtime and a new path; the bundles are recognised by content and kept as they are."""
    from generator.build.pipeline import build_site
    original = copy_project(tmp_path / "a")
    build(original)
    time.sleep(0.01)
    copy = tmp_path / "b"
    shutil.copytree(original, copy, copy_function=shutil.copy, symlinks=True)
    inodes = part_inodes(copy / "site")
    report = build_site(load_config(str(copy / "site_config.yaml")), progress=False)
    assert report.search is not None and report.search.shards_indexed == []
    assert report.search.shards_reused
    assert part_inodes(copy / "site") == inodes
    assert_same_tree(copy / "site", original / "site")


@pytest.mark.parametrize("touched", ["project", "content/articles"])
def test_touched_files_reindex_nothing(tmp_path, touched):
    """os.utime on every file, in place: of the whole project (templates too: a full build into
    a new tree) or of the articles only (an incremental build that checks every part): no part
    is indexed again."""
    from generator.build.pipeline import build_site
    project = copy_project(tmp_path / "p")
    build(project)
    inodes = part_inodes(project / "site")
    later = time.time() + 3600
    for dirpath, _, filenames in os.walk(project / touched if touched != "project" else project):
        for f in filenames:
            os.utime(os.path.join(dirpath, f), (later, later))
    report = build_site(load_config(str(project / "site_config.yaml")), progress=False)
    assert report.mode == ("full" if touched == "project" else "incremental")
    assert report.search is not None and report.search.shards_indexed == []
    assert part_inodes(project / "site") == inodes
    build(project, "--clean", "--output", "ref")
    assert_same_tree(project / "site", project / "ref")


@pytest.mark.parametrize("phase", ["render", "index"])
def test_full_build_killed_leaves_site_untouched_and_next_build_is_exact(tmp_path, phase):
    """A full build (--clean, after content changed) is SIGKILLed while rendering, or while
    indexing with some parts done: the published site is byte for byte the previous one, and
    the next build gives exactly what a clean build gives."""
    project = synthetic(tmp_path)
    build(project)
    site = project / "site"
    before = tree(site)
    edit_every_issue(project, "本报讯 新增的一句话。")

    def ready(_: str) -> bool:
        stage = stage_of(project)
        if stage is None:
            return False
        if phase == "render":
            return any(stage.iterdir())
        bundles = stage / "pagefind"
        return bundles.is_dir() and any(p.is_dir() and not p.name.startswith(".")
                                        for p in bundles.iterdir())
    kill_when(project, ["--clean"], ready)
    stage = stage_of(project)
    assert stage is not None
    assert (stage / "pagefind").is_dir() == (phase == "index"), "killed in the wrong phase"
    assert tree(site) == before
    build(project)
    assert stage_of(project) is None
    build(project, "--clean", "--output", "ref")
    assert_same_tree(site, project / "ref")


def test_incremental_indexing_killed_is_finished_by_the_next_build(tmp_path):
    """An edit in every part: the incremental build commits the pages, then indexes the parts
    in place; killed after the first part, the next build indexes the rest exactly."""
    project = synthetic(tmp_path)
    build(project)
    edit_every_issue(project, "本报讯 新增的一句话。")
    kill_when(project, [], lambda err: "search: 20" in err)
    assert "search: 20" in build(project)   # parts were left to index
    build(project, "--clean", "--output", "ref")
    assert_same_tree(project / "site", project / "ref")
