"""A whole-issue PDF (content/raw/<paper>/<date>/issue.pdf, page i = 版 i), made by merging
typeset page PDFs with PDFium: ingest gives each 版 the articles its own page PDF would give,
with `source` naming issue.pdf and the page; the build renders one image per page and a one-page
page.pdf per 版, re-renders only the 版 whose page changed and equals a clean build; broken or
conflicting files are errors naming the file. Skips without Chromium (typesetting)."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from generator.core import frontmatter
from generator.core.config import load_config
from generator.ingest.write import ingest_all
from tests.build.test_page_images import Svg
from tests.ingest.pdf.pdf_pages import typeset_pdfs  # noqa: F401  (the fixture)
from tests.support.archives import build
from tests.support.html import tree
from tests.support.project import ROOT

PAPER, DAY = "test-daily", "2024-03-05"
ISSUE = f"content/raw/{PAPER}/{DAY}"
URL = "/test-daily/2024/03/05/"


def merge(pdfs: list[Path], blank_after: int | None = None) -> bytes:
    """The page PDFs as one PDF, in order (and a blank page, without text, after page
    `blank_after` when asked)."""
    import pypdfium2 as pdfium
    out = pdfium.PdfDocument.new()
    for n, p in enumerate(pdfs, 1):
        src = pdfium.PdfDocument(str(p))
        out.import_pages(src)
        if blank_after == n:
            out.new_page(600, 900)
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def _project(tmp_path: Path, files: dict[str, bytes | Path]) -> Path:
    proj = tmp_path / "proj"
    proj.mkdir()
    shutil.copy(ROOT / "site_config.yaml", proj / "site_config.yaml")
    shutil.copytree(ROOT / "templates", proj / "templates")
    folder = proj / ISSUE
    folder.mkdir(parents=True)
    (folder / "issue.yaml").write_text(f"paper: {PAPER}\ndate: {DAY}\npages: {{1: 要闻, 2: 综合}}\n",
                                       encoding="utf-8")
    for name, data in files.items():
        if isinstance(data, Path):
            shutil.copy(data, folder / name)
        else:
            (folder / name).write_bytes(data)
    return proj


def _ingest(proj: Path, capsys) -> tuple[int, str, str]:
    code = ingest_all(load_config(str(proj / "site_config.yaml")))
    out = capsys.readouterr()
    return code, out.out, out.err


def _metas(proj: Path) -> dict[str, dict]:
    folder = proj / "content/articles" / PAPER / DAY.replace("-", "/")
    return {p.stem: frontmatter.parse(p.read_text(encoding="utf-8")).meta
            for p in sorted(folder.glob("*.md"))}


def _text_of(pdf: bytes, page: int = 0) -> str:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[page].get_textpage().get_text_range()
    finally:
        doc.close()


@pytest.fixture(scope="module")
def issue_site(tmp_path_factory, typeset_pdfs):
    """A project whose issue is one issue.pdf of two typeset pages, ingested and built."""
    pdfs = [typeset_pdfs[0][0], typeset_pdfs[1][0]]
    proj = _project(tmp_path_factory.mktemp("issuepdf"), {"issue.pdf": merge(pdfs)})
    assert ingest_all(load_config(str(proj / "site_config.yaml"))) == 0
    build(proj)
    return proj, pdfs


def test_ingest_splits_each_page_as_its_own_page_pdf_would(issue_site, tmp_path, capsys):
    proj, pdfs = issue_site
    whole = _metas(proj)
    single = _project(tmp_path, {"01.pdf": pdfs[0], "02.pdf": pdfs[1]})
    assert _ingest(single, capsys)[0] == 0
    apart = _metas(single)
    assert sorted(whole) == sorted(apart) and {k[:2] for k in whole} == {"01", "02"}
    for key, m in whole.items():
        page = int(key[:2])
        assert m["source"] == {"file": f"{ISSUE}/issue.pdf", "page": page}
        assert apart[key]["source"] == {"file": f"{ISSUE}/{page:02d}.pdf", "page": 1}
        same = {k: v for k, v in m.items() if k != "source"}
        assert same == {k: v for k, v in apart[key].items() if k != "source"}


def test_each_page_gets_its_image_and_its_own_one_page_pdf(issue_site):
    proj, pdfs = issue_site
    site = proj / "site"
    from PIL import Image
    metas = _metas(proj)
    for n, pdf in enumerate(pdfs, 1):
        folder = site / URL.lstrip("/") / f"{n:02d}"
        one = (folder / "page.pdf").read_bytes()
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(one)
        assert len(doc) == 1
        doc.close()
        assert _text_of(one) == _text_of(pdf.read_bytes())
        with Image.open(folder / "page.webp") as im:
            size = im.size
        svg = Svg((folder / "index.html").read_text(encoding="utf-8"))
        assert svg.img["src"] == f"{URL}{n:02d}/page.webp"
        assert (int(svg.img["width"]), int(svg.img["height"])) == size
        want = sorted(f"{URL}{k}/" for k, m in metas.items() if int(k[:2]) == n
                      for _ in m["regions"])
        assert sorted(link["href"] for link in svg.links) == want and want


def test_a_changed_page_renders_only_its_own_image_and_equals_a_clean_build(
        issue_site, typeset_pdfs, tmp_path):
    proj, pdfs = issue_site
    assert build(proj).mode == "noop"
    # the file rewritten with the same pages: nothing renders again
    target = proj / ISSUE / "issue.pdf"
    target.write_bytes(merge(pdfs))
    again = build(proj)
    assert sorted(k for k in again.rendered if k.endswith(".webp")) == []
    # page 2 replaced: only 版 2's image
    target.write_bytes(merge([pdfs[0], typeset_pdfs[2][0]]))
    changed = build(proj)
    assert sorted(k for k in changed.rendered if k.endswith("page.webp")) == \
        [f"{URL.lstrip('/')}02/page.webp"]
    page2 = (proj / "site" / URL.lstrip("/") / "02" / "page.pdf").read_bytes()
    assert _text_of(page2) == _text_of(typeset_pdfs[2][0].read_bytes())
    clean = build(proj, output=str(tmp_path / "clean"), clean=True)
    assert clean.mode != "noop"
    a, b = tree(proj / "site"), tree(tmp_path / "clean")
    assert sorted(a) == sorted(b)
    assert [k for k in a if a[k] != b[k]] == []


def test_a_damaged_issue_pdf_is_an_error_naming_it(typeset_pdfs, tmp_path, capsys):
    data = merge([typeset_pdfs[0][0], typeset_pdfs[1][0]])
    proj = _project(tmp_path, {"issue.pdf": data[:4000]})
    code, out, err = _ingest(proj, capsys)
    assert code == 1 and "Traceback" not in err
    line = next(l for l in err.splitlines() if l.startswith("error: "))
    assert f"{ISSUE}/issue.pdf" in line and "damaged or truncated" in line
    assert _metas(proj) == {}
    # the build goes on: the issue has no articles and no images, the problem is said
    report = build(proj)
    assert not list((proj / "site").rglob("*.webp"))
    assert any(f"{ISSUE}/issue.pdf" in w and "damaged or truncated" in w for w in report.warnings)


def test_issue_pdf_beside_page_pdfs_is_refused_naming_the_page_file(typeset_pdfs, tmp_path, capsys):
    proj = _project(tmp_path, {"issue.pdf": merge([typeset_pdfs[0][0]]),
                               "02.pdf": typeset_pdfs[1][0]})
    code, _, err = _ingest(proj, capsys)
    assert code == 1 and "Traceback" not in err
    line = next(l for l in err.splitlines() if l.startswith("error: "))
    assert f"{ISSUE}/02.pdf" in line and "issue.pdf" in line and "NN.pdf" in line


def test_a_page_without_text_costs_that_page_only(typeset_pdfs, tmp_path, capsys):
    data = merge([typeset_pdfs[0][0], typeset_pdfs[1][0]], blank_after=1)   # 版 2 is blank
    proj = _project(tmp_path, {"issue.pdf": data})
    code, out, err = _ingest(proj, capsys)
    assert code == 1 and "Traceback" not in err
    assert f"{ISSUE}/issue.pdf: page 2 has no text layer" in err
    assert {k[:2] for k in _metas(proj)} == {"01", "03"}
    assert all(m["source"]["page"] == int(k[:2]) for k, m in _metas(proj).items())


def test_split_previews_every_page_of_an_issue_pdf(typeset_pdfs, tmp_path):
    import json
    import subprocess
    import sys
    from generator.ingest.pdf import split_pdf
    pdfs = [typeset_pdfs[0][0], typeset_pdfs[1][0]]
    path = tmp_path / "issue.pdf"
    path.write_bytes(merge(pdfs))
    want = [a.to_json() for p in pdfs for a in split_pdf(str(p)).articles]
    run = subprocess.run([sys.executable, "build.py", "split", str(path), "--json"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == want
    run = subprocess.run([sys.executable, "build.py", "split", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    heads = [l for l in run.stdout.splitlines() if l.startswith("═══")]
    assert heads == ["═══ 第1版 (page 1 of 2)", "═══ 第2版 (page 2 of 2)"]


def test_an_encrypted_issue_pdf_says_to_decrypt_it(typeset_pdfs, tmp_path, capsys):
    pymupdf = pytest.importorskip("pymupdf")        # requirements-dev: it can write encrypted PDFs
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(merge([typeset_pdfs[0][0]]))
    doc = pymupdf.open(str(plain))
    locked = tmp_path / "locked.pdf"
    doc.save(str(locked), encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="o", user_pw="u")
    doc.close()
    proj = _project(tmp_path, {"issue.pdf": locked})
    code, _, err = _ingest(proj, capsys)
    assert code == 1 and "Traceback" not in err
    line = next(l for l in err.splitlines() if l.startswith("error: "))
    assert f"{ISSUE}/issue.pdf" in line and "encrypted" in line and "qpdf --decrypt" in line


def test_an_issue_pdf_linking_out_of_content_is_neither_read_nor_published(typeset_pdfs, tmp_path,
                                                                           capsys):
    data = merge([typeset_pdfs[0][0]])
    proj = _project(tmp_path, {"issue.pdf": data})
    assert _ingest(proj, capsys)[0] == 0 and _metas(proj)        # the issue's articles exist
    outside = tmp_path / "elsewhere.pdf"
    outside.write_bytes(data)
    (proj / ISSUE / "issue.pdf").unlink()
    (proj / ISSUE / "issue.pdf").symlink_to(outside)
    code, _, err = _ingest(proj, capsys)
    assert code == 1 and "Traceback" not in err
    line = next(l for l in err.splitlines() if l.startswith("error: "))
    assert f"{ISSUE}/issue.pdf" in line
    report = build(proj)
    assert report.articles == len(_metas(proj)) > 0
    assert not list((proj / "site").rglob("*.webp")) and not list((proj / "site").rglob("page.pdf"))
