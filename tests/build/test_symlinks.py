"""Symbolic links under content/: followed only inside content/, loops and dangling links are
errors naming the link (no traceback), and the published site stays as it was."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.core.articles import article_files
from generator.build.scan import ScanError, scan_articles

from tests.support.archives import make_project
from tests.support.project import ROOT
from .test_hostile_paths import run_build, tree

ISSUE = "content/articles/changji-daily/2022/11/07"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    p = make_project(tmp_path / "p", issues=1, pages=1, per_page=2)
    run = run_build(p)
    assert run.returncode == 0, run.stderr
    return p


def secret_article(project: Path, where: Path) -> Path:
    """A valid article (01-07, titled 机密文件) written at `where`."""
    text = (project / ISSUE / "01-01.md").read_text(encoding="utf-8")
    text = text.replace("01-01", "01-07").replace("seq: 1\n", "seq: 7\n")
    text = text.replace("\ntitle: ", "\ntitle: 机密文件", 1)
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text(text, encoding="utf-8")
    return where


def site_mentions(project: Path, word: str) -> list[str]:
    return [str(p) for p in (project / "site").rglob("*.html") if word in p.read_text(encoding="utf-8")]


def test_a_link_to_a_file_outside_content_is_not_published_and_is_reported(project, tmp_path):
    secret = secret_article(project, tmp_path / "elsewhere" / "secret.md")
    link = project / ISSUE / "01-07.md"
    link.symlink_to(secret)
    before = tree(project / "site")
    run = run_build(project)
    assert run.returncode == 2, run.stdout + run.stderr
    assert f"{link}: is a symbolic link to {secret}, outside content/" in run.stderr
    assert "Traceback" not in run.stderr and "nothing was published" in run.stderr
    assert tree(project / "site") == before and site_mentions(project, "机密文件") == []
    link.unlink()                                   # the editor removes it: builds again
    assert run_build(project).returncode == 0


def test_a_link_to_a_folder_outside_content_is_reported(project, tmp_path):
    secret_article(project, tmp_path / "elsewhere" / "2022" / "11" / "07" / "01-07.md")
    link = project / "content/articles/changji-daily/mirror"
    link.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    run = run_build(project)
    assert run.returncode == 2 and f"{link}: is a symbolic link to" in run.stderr, run.stderr
    assert site_mentions(project, "机密文件") == []


def test_a_link_inside_content_is_followed(project):
    """Links that stay inside content/ are the editor's business and are published."""
    target = secret_article(project, project / "content" / "shared" / "01-07.md")
    (project / ISSUE / "01-07.md").symlink_to(os.path.relpath(target, project / ISSUE))
    run = run_build(project)
    assert run.returncode == 0, run.stderr
    assert (project / "site/changji-daily/2022/11/07/01-07/index.html").is_file()
    assert site_mentions(project, "机密文件")


def test_link_loops_give_a_clear_message_and_no_traceback(project):
    day = project / ISSUE
    (day.parent / "loop").symlink_to("..", target_is_directory=True)   # a folder holding it
    (day / "a.md").symlink_to("b.md")                                   # a.md → b.md → a.md
    (day / "b.md").symlink_to("a.md")
    before = tree(project / "site")
    run = run_build(project)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    assert f"{day.parent / 'loop'}: is a symbolic link loop" in run.stderr
    assert f"{day / 'a.md'}: is a symbolic link loop" in run.stderr
    assert f"{day / 'b.md'}: is a symbolic link loop" in run.stderr
    assert "3 link problem(s)" in run.stderr
    assert tree(project / "site") == before


def test_a_loop_through_two_folder_links_is_caught(tmp_path):
    arts = tmp_path / "content" / "articles"
    (arts / "a").mkdir(parents=True)
    (arts / "b").mkdir()
    (arts / "a" / "to-b").symlink_to("../b", target_is_directory=True)
    (arts / "b" / "to-a").symlink_to("../a", target_is_directory=True)
    with pytest.raises(ScanError) as err:
        scan_articles(str(arts))
    assert all("symbolic link loop" in p.message for p in err.value.problems)
    assert {Path(p.path).name for p in err.value.problems} == {"to-a", "to-b"}


def test_a_dangling_article_link_is_reported(project):
    link = project / ISSUE / "01-08.md"
    link.symlink_to("gone.md")
    run = run_build(project)
    assert run.returncode == 2 and f"{link}: is a symbolic link to 'gone.md', which does not exist" \
        in run.stderr, run.stderr


def test_tools_listing_articles_follow_the_same_rule(project, tmp_path):
    secret = secret_article(project, tmp_path / "elsewhere" / "secret.md")
    (project / ISSUE / "01-07.md").symlink_to(secret)
    with pytest.raises(ScanError):
        article_files(str(project / "content" / "articles"))


def test_ingest_does_not_read_a_raw_page_linked_from_outside_content(tmp_path):
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "site_config.yaml").write_bytes((ROOT / "site_config.yaml").read_bytes())
    day = proj / "content" / "raw" / "changji-daily" / "2022-11-08"
    day.mkdir(parents=True)
    (day / "issue.yaml").write_text("paper: changji-daily\ndate: 2022-11-08\n", encoding="utf-8")
    outside = tmp_path / "private.txt"
    outside.write_text("## 内部通知\n\n不该公开的内容。\n", encoding="utf-8")
    (day / "01.txt").symlink_to(outside)
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "ingest"], cwd=proj,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"{day / '01.txt'}: is a symbolic link to {outside}, outside content/" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (proj / "content" / "articles" / "changji-daily" / "2022").exists()
