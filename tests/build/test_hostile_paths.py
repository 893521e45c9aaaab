"""Nothing is written outside the output folder: front matter values that become paths are
validated (file:line errors), and every output path is checked again before it is written."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.core.frontmatter import dump
from generator.build.commit import OutputWriter, commit
from generator.core.paths import UnsafeOutputPath, check_rel

from tests.support.archives import article_meta, make_project
from tests.support.project import ROOT

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


def test_a_configured_slug_that_climbs_is_refused_by_the_writer(tmp_path):
    """The second wall: a path that escapes even though no article field did (here a topic
    slug from site_config.yaml) is refused before anything is written, naming the unit."""
    project = make_project(tmp_path / "outer" / "p", issues=1, pages=1, per_page=2)
    assert run_build(project).returncode == 0
    before_site = tree(project / "site")
    cfg = project / "site_config.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("slug: epidemic",
                                                           "slug: ../../evil-topic"),
                   encoding="utf-8")
    art = project / "content/articles/changji-daily/2022/11/07/01-01.md"
    art.write_text(art.read_text(encoding="utf-8").replace("kind: article",
                                                           "kind: article\ntopics: [抗疫]"),
                   encoding="utf-8")
    run = run_build(project)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "refusing to write" in run.stderr and "topics/../../evil-topic/" in run.stderr
    assert "Traceback" not in run.stderr
    assert sorted(p.name for p in (tmp_path / "outer").iterdir()) == ["p"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outer"]
    assert sorted(p.name for p in project.iterdir()) == \
        [".cache", "content", "site", "site_config.yaml", "templates"]
    assert tree(project / "site") == before_site


@pytest.mark.parametrize("rel", ["../escape.html", "a/../../escape.html", "/abs/escape.html",
                                 "..", "a\\..\\escape.html", "a/b\x00.html", ""])
def test_the_writer_refuses_a_path_leaving_the_output(tmp_path, rel):
    out = tmp_path / "box" / "site"
    out.mkdir(parents=True)
    (out / "index.html").write_bytes(b"live")
    stage = tmp_path / "box" / "stage"
    stage.mkdir()
    for live in (None, str(out)):       # full build (tree) and incremental (flat) staging
        writer = OutputWriter(str(stage), live)
        with pytest.raises(UnsafeOutputPath, match="outside the output folder"):
            writer.write(rel, b"x")
        assert writer.written == []
    assert list(stage.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["box"]
    assert sorted(p.name for p in (tmp_path / "box").iterdir()) == ["site", "stage"]


def test_the_commit_refuses_to_move_or_delete_outside_the_output(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    stage = tmp_path / "stage"
    stage.mkdir()
    writer = OutputWriter(str(stage), str(out))
    writer.write("a/index.html", b"new")
    with pytest.raises(UnsafeOutputPath):
        commit(str(stage), str(out), writer.written, ["../victim.txt"])
    assert victim.read_text() == "keep me"
    assert not (out / "a").exists()              # checked before anything moved


def test_ordinary_output_paths_pass_the_check():
    for rel in ("index.html", "changji-daily/2022/11/07/01-01/index.html", "places/昌吉市/index.json",
                "topics/a..b/index.html", "sitemaps/changji-daily-2022.xml"):
        assert check_rel(rel) == rel
