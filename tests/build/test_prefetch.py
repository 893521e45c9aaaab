"""The build process asks the kernel to read the next batch's article files ahead of its render
workers: every article unit's file and nothing else, and a file that is gone is left for the
worker to report."""
from __future__ import annotations

import os
from types import SimpleNamespace

from generator.build import prefetch
from generator.build.plan.site_plan import Unit


def test_prefetch_asks_for_the_files_that_exist_and_skips_a_missing_one(tmp_path):
    there = tmp_path / "01-01.md"
    there.write_text("---\ntitle: 标题\n---\n正文\n", encoding="utf-8")
    assert prefetch.prefetch([str(there), str(tmp_path / "gone.md")]) == (1 if hasattr(os, "posix_fadvise") else 0)
    assert there.read_text(encoding="utf-8").endswith("正文\n")     # read only


def test_article_files_are_the_article_units_bodies_not_yet_in_memory(tmp_path):
    arts = {"a1": SimpleNamespace(path="content/articles/x/01-01.md", body=None),
            "a2": SimpleNamespace(path="content/articles/x/01-02.md", body="已读")}
    units = {"x/a1/index.html": Unit("x/a1/index.html", "article", "a1", ("x/a1/index.html",), b""),
             "x/a2/index.html": Unit("x/a2/index.html", "article", "a2", ("x/a2/index.html",), b""),
             "x/index.html": Unit("x/index.html", "issue", ("x", 1), ("x/index.html",), b"")}
    plan = SimpleNamespace(archive=SimpleNamespace(articles=arts), units=units, root=str(tmp_path))
    assert prefetch.article_files(plan, list(units)) == [os.path.join(str(tmp_path), "content/articles/x/01-01.md")]
