"""The sample archive's PDF issue: `python build.py` on a fresh copy of the project shows its 版
images out of the box — every 版 PDF in content/raw becomes page.webp, thumb.webp and page.pdf,
the 版 page draws one region link per region of each shipped article, the issue page a strip of
thumbnails; the committed PDFs stay small."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.core import frontmatter
from tests.build.test_page_images import Svg
from tests.support.html import read
from tests.support.project import ROOT, copy_project

RAW = ROOT / "content" / "raw"


def _pdf_issues() -> list[Path]:
    return sorted({p.parent for p in RAW.glob("*/*/[0-9][0-9].pdf")})


def test_the_sample_has_a_pdf_issue_of_small_files():
    issues = _pdf_issues()
    assert issues, "the sample archive has no PDF issue"
    for folder in issues:
        pdfs = sorted(folder.glob("[0-9][0-9].pdf"))
        assert 2 <= len(pdfs) <= 4
        for pdf in pdfs:
            assert pdf.stat().st_size < 300_000, pdf


def test_build_py_shows_the_page_images_of_the_sample_pdf_issue(tmp_path):
    proj = copy_project(tmp_path / "p")
    # `python build.py` is `all`: ingest (nothing new: the articles are shipped), then build
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "all", "--no-search",
                          "--workers", "1"], cwd=proj, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    site = proj / "site"
    for folder in _pdf_issues():
        paper, day = folder.parent.name, folder.name
        url = f"/{paper}/{day.replace('-', '/')}/"
        pdfs = sorted(folder.glob("[0-9][0-9].pdf"))
        issue_html = (site / url.lstrip("/") / "index.html").read_text(encoding="utf-8")
        assert 'class="page-thumbs"' in issue_html
        for pdf in pdfs:
            n = int(pdf.stem)
            out = site / url.lstrip("/") / f"{n:02d}"
            assert (out / "page.webp").read_bytes()[8:12] == b"WEBP"
            assert (out / "thumb.webp").read_bytes()[8:12] == b"WEBP"
            assert (out / "page.pdf").read_bytes() == pdf.read_bytes()
            assert f'src="{url}{n:02d}/thumb.webp"' in issue_html
            svg = Svg((out / "index.html").read_text(encoding="utf-8"))
            assert svg.img["src"] == f"{url}{n:02d}/page.webp"
            arts = proj / "content" / "articles" / paper / day.replace("-", "/")
            metas = [frontmatter.parse(p.read_text(encoding="utf-8")).meta
                     for p in sorted(arts.glob(f"{n:02d}-*.md"))]
            assert metas, f"no shipped articles for {pdf.name}"
            want = sorted(f"{url}{n:02d}-{m['seq']:02d}/" for m in metas for _ in m["regions"])
            assert sorted(link["href"] for link in svg.links) == want
            for m in metas:
                assert m["source"] == {"file": f"content/raw/{paper}/{day}/{pdf.name}", "page": 1}
                doc = read(site, f"{url}{n:02d}-{m['seq']:02d}/")
                links = {a["_text"]: a["href"] for a in doc.anchors}
                assert links["原版 PDF"] == f"{url}{n:02d}/page.pdf"
