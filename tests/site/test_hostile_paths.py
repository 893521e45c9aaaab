"""Nothing is written outside the output folder: front matter values that become paths are
validated (file:line errors)."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.frontmatter import dump

from .fixtures import ROOT, article_meta, make_project

DAY = dt.date(2022, 11, 7)


def run_build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--no-search"],
                          cwd=project, capture_output=True, text=True, timeout=300)


def tree(root: Path, skip: Path | None = None) -> dict[str, bytes | None]:
    """Every path under `root` (file → bytes, folder → None), except under `skip`."""
    out: dict[str, bytes | None] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        if skip is not None and Path(dirpath) == skip:
            dirnames[:] = []
            continue
        for d in dirnames:
            out[os.path.relpath(os.path.join(dirpath, d), root)] = None
        for f in filenames:
            out[os.path.relpath(os.path.join(dirpath, f), root)] = \
                Path(dirpath, f).read_bytes()
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """A built project two folders below the test's own folder, so a path climbing out of
    site/ with '../..' lands in a folder the tests can watch."""
    base = tmp_path_factory.mktemp("hostile")
    project = make_project(base / "outer" / "p", issues=1, pages=1, per_page=2)
    run = run_build(project)
    assert run.returncode == 0, run.stderr
    return project


def hostile_article(project: Path, change) -> tuple[Path, str]:
    """Write article 01-05 of the existing issue with `change(meta)` applied; returns the
    file and its text."""
    meta = article_meta("changji-daily", DAY, 1, 5, "恶意的文章")
    change(meta)
    text = dump(meta, "正文。")
    path = project / "content/articles/changji-daily/2022/11/07/01-05.md"
    path.write_text(text, encoding="utf-8")
    return path, text


def line_of(text: str, key: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(f"{key}:"))


CASES = {
    "paper-climbs": (lambda m: m.update(paper="../../evil"), "paper", "is not a paper slug"),
    "paper-absolute": (lambda m: m.update(paper="/tmp/hostile-paths-abs"), "paper",
                       "is not a paper slug"),
    "paper-not-the-ids": (lambda m: m.update(paper="altay-daily"), "paper",
                          "does not match the id"),
    "date-not-the-ids": (lambda m: m.update(date=dt.date(2022, 11, 9)), "date",
                         "does not match the id"),
    "page-not-the-ids": (lambda m: m.update(page=3), "page", "does not match the id"),
    "alias-climbs": (lambda m: m.update(aliases=["../../evil/2022-11-07/01-01"]), "aliases",
                     "is not an id"),
    "alias-impossible-day": (lambda m: m.update(aliases=["changji-daily/2022-02-30/01-01"]),
                             "aliases", "with a real date"),
    # (a control character may be refused by an earlier, more general check: any message)
    "place-with-nul": (lambda m: m.update(places=["昌吉\x00市"]), "places", ""),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_path_field_that_is_not_safe_fails_the_build_naming_file_and_line(site, case):
    change, key, message = CASES[case]
    outer = site.parent
    before_site = tree(site / "site")
    before_outside = tree(outer.parent, skip=site)
    before_top = sorted(p.name for p in site.iterdir())
    path, text = hostile_article(site, change)
    try:
        run = run_build(site)
    finally:
        path.unlink()
    assert run.returncode == 2, run.stdout + run.stderr
    assert f"{path}:{line_of(text, key)}: " in run.stderr and message in run.stderr
    assert "Traceback" not in run.stderr
    assert "nothing was published" in run.stderr
    # nothing appeared outside site/: not beside the project, not above it, not at /tmp
    assert tree(outer.parent, skip=site) == before_outside
    assert sorted(p.name for p in site.iterdir()) == before_top
    assert not os.path.lexists("/tmp/hostile-paths-abs")
    assert tree(site / "site") == before_site          # the published site is untouched


def test_a_raw_paper_folder_that_is_not_a_slug_is_refused_at_ingest(tmp_path):
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "site_config.yaml").write_bytes((ROOT / "site_config.yaml").read_bytes())
    shutil.copytree(ROOT / "content" / "raw", proj / "content" / "raw")
    bad = proj / "content" / "raw" / "Evil Paper"
    shutil.copytree(proj / "content" / "raw" / "changji-daily", bad)
    (bad / "2022-11-08" / "issue.yaml").write_text("paper: Evil Paper\ndate: 2022-11-08\n",
                                                   encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "ingest"], cwd=proj,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"{bad}: folder name 'Evil Paper' is not a paper slug" in run.stderr
    assert "Traceback" not in run.stderr
    assert sorted(p.name for p in (proj / "content" / "articles").iterdir()) == \
        ["altay-daily", "changji-daily"]


def test_valid_aliases_and_fields_still_build(site):
    """The checks refuse only what is unsafe: a moved article with its old id as alias."""
    path, _ = hostile_article(site, lambda m: m.update(aliases=["changji-daily/2022-11-07/09-09"]))
    try:
        run = run_build(site)
        assert run.returncode == 0, run.stderr
        assert (site / "site/changji-daily/2022/11/07/09-09/index.html").is_file()
    finally:
        path.unlink()
        assert run_build(site).returncode == 0
