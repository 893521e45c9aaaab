"""The search index is reproducible: the same content gives the same `site/` bytes, whatever the
disk or the process. Builds run `build.py` as a subprocess (own hash seeds, own pagefind
processes)."""
from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.search.index import cbor_decode, cbor_encode
from tests.support.project import ROOT, copy_project

BUILD = [sys.executable, str(ROOT / "build.py"), "build"]


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


def build(project: Path, *args: str, env: dict | None = None) -> str:
    """`build.py build ARGS` in `project`; returns its stderr (progress and report)."""
    run = subprocess.run(BUILD + list(args), cwd=project, capture_output=True, text=True,
                         env={**os.environ, **(env or {})}, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stderr


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
    from generator.search.index import _pf_hash
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
