"""Ingest of issue folders holding page PDFs: articles with `regions` and `source.page`, the PDF
wins over a text of the same page (the differences reported), a bad PDF costs its page only."""
from __future__ import annotations

import shutil
from pathlib import Path

from generator.build.pipeline import dry_run
from generator.core import frontmatter
from generator.core.config import load_config
from generator.ingest.write import ingest_all
from tests.ingest.pdf.pdf_pages import typeset_pdfs  # noqa: F401  (the fixture)
from tests.support.project import ROOT, raw_project

ISSUE = "content/raw/test-daily/2024-03-05"


def _issue(tmp_path: Path, pages: dict[str, bytes | str | Path]) -> Path:
    proj = raw_project(tmp_path / "proj")
    folder = proj / ISSUE
    folder.mkdir(parents=True)
    (folder / "issue.yaml").write_text("paper: test-daily\ndate: 2024-03-05\npages: {1: 要闻}\n",
                                       encoding="utf-8")
    for name, data in pages.items():
        if isinstance(data, Path):
            shutil.copy(data, folder / name)
        elif isinstance(data, bytes):
            (folder / name).write_bytes(data)
        else:
            (folder / name).write_text(data, encoding="utf-8")
    return proj


def _articles(proj: Path, page: int) -> list[dict]:
    folder = proj / "content/articles/test-daily/2024/03/05"
    return [frontmatter.parse(p.read_text(encoding="utf-8")).meta
            for p in sorted(folder.glob(f"{page:02d}-*.md"))]


def test_ingest_of_page_pdfs_writes_regions_and_source_page(tmp_path, typeset_pdfs, capsys):
    (pdf1, truth1), (pdf3, truth3) = typeset_pdfs[0], typeset_pdfs[1]
    broken = pdf1.read_bytes()[:5000]
    proj = _issue(tmp_path, {"01.pdf": pdf1, "02.pdf": broken, "03.pdf": pdf3})
    code = ingest_all(load_config(str(proj / "site_config.yaml")))
    out = capsys.readouterr()
    # the broken page is an error naming its file, never a traceback; the other pages are in
    assert code == 1
    assert f"{ISSUE}/02.pdf" in out.err and "damaged or truncated" in out.err
    assert "Traceback" not in out.err and "1 page(s) not ingested" in out.out
    for page, truth in ((1, truth1), (3, truth3)):
        metas = _articles(proj, page)
        assert len(metas) == len(truth["articles"])
        titles = {m["title"] for m in metas}
        assert {t["title"] for t in truth["articles"] if "title" in t} <= titles
        for m in metas:
            assert m["source"] == {"file": f"{ISSUE}/{page:02d}.pdf", "page": 1}
            assert m["regions"] and all(len(b) == 4 and all(0 <= v <= 1 for v in b) for b in m["regions"])
    assert _articles(proj, 2) == []
    # the files are valid articles for the build
    archive = dry_run(load_config(str(proj / "site_config.yaml")), clean=True).load_all()
    assert sum(aid.startswith("test-daily/") for aid in archive.articles) == \
        len(truth1["articles"]) + len(truth3["articles"])


def test_pdf_wins_over_the_text_of_the_same_page_and_differences_are_reported(tmp_path, typeset_pdfs,
                                                                              capsys):
    pdf, truth = typeset_pdfs[0]
    other = (ROOT / "content/raw/changji-daily/2022-11-08/01.txt").read_text(encoding="utf-8")
    proj = _issue(tmp_path, {"01.pdf": pdf, "01.txt": other})
    code = ingest_all(load_config(str(proj / "site_config.yaml")))
    out = capsys.readouterr()
    assert code == 0, out.err
    metas = _articles(proj, 1)
    assert len(metas) == len(truth["articles"])
    assert all(m["source"]["file"].endswith("01.pdf") for m in metas)
    assert f"01.pdf gives {len(truth['articles'])} articles, 01.txt 5; the PDF was read" in out.out
    assert "only 01.txt has a story titled '我州援乌医疗队奔赴一线全力抗疫'" in out.out
    assert f"only 01.pdf has a story titled '{truth['articles'][0].get('title') or metas[0]['title']}'" in out.out \
        or "only 01.pdf has a story titled" in out.out


def test_a_scan_in_an_issue_says_to_ocr_it_and_the_text_pages_go_in(tmp_path, capsys):
    from PIL import Image
    img = Image.new("RGB", (400, 600), "white")
    scan = tmp_path / "scan.pdf"
    img.save(scan, "PDF", resolution=72)
    text = (ROOT / "content/raw/changji-daily/2022-11-08/01.txt").read_text(encoding="utf-8")
    proj = _issue(tmp_path, {"01.txt": text, "02.pdf": scan})
    code = ingest_all(load_config(str(proj / "site_config.yaml")))
    out = capsys.readouterr()
    assert code == 1
    assert f"{ISSUE}/02.pdf" in out.err and "no text layer" in out.err and "ocrmypdf" in out.err
    assert len(_articles(proj, 1)) == 5 and _articles(proj, 2) == []
