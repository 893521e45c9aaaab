"""The real sample archive (content/articles from the seed pages) builds and links cleanly."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.tools.linkcheck import check_site
from tests.support.project import ROOT, copy_project

from tests.support.archives import build
from tests.support.html import read


@pytest.mark.skipif(not (ROOT / "content" / "articles").exists(), reason="no ingested sample yet")
def test_sample_archive_builds_with_valid_pages(tmp_path):
    project = copy_project(tmp_path / "p")
    report = build(project)
    assert report.articles >= 1
    site = project / "site"
    assert check_site(str(site), "/", "https://archive.example.org/", workers=1).broken == []
    pages = sorted(site.glob("*/[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*-*/index.html"))
    assert len(pages) == report.articles
    for f in pages:
        page = read(site, "/" + str(f.parent.relative_to(site)) + "/")
        (ld,) = page.jsonld()
        assert ld["@type"] == "NewsArticle" and ld["headline"] == page.h1
        assert {"printEdition", "printSection", "printPage", "datePublished"} <= set(ld)
