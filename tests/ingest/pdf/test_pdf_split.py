"""The PDF splitter (generator/ingest/pdf/) on typeset pages with known truth: headline stacks by
type size, bylines, kinds, bodies and regions; clear errors for scans and broken files."""
from __future__ import annotations

import json
import re
from collections import Counter
import subprocess
import sys

import pytest

from bench.ingest.score import score
from generator.ingest.pdf import PdfArticle, split_pdf
from generator.ingest.pdf.read import PdfError
from tests.ingest.pdf.pdf_pages import ROOT, typeset_pdfs  # noqa: F401  (the fixture)


def flat(s):
    return re.sub(r"\s+", "", s or "")


def _match(truth_article: dict, found: list[PdfArticle]) -> PdfArticle:
    start = truth_article["starts"]
    hits = [a for a in found if (flat(a.byline) + flat(a.body)).startswith(start) or flat(a.body).startswith(start)]
    assert len(hits) == 1, f"no single story starts {start!r}: {[a.title for a in found]}"
    return hits[0]


def test_every_story_of_the_typeset_pages_comes_out_whole(typeset_pdfs):
    kinds = set()
    for path, truth in typeset_pdfs:
        res = split_pdf(str(path))
        assert len(res.articles) == len(truth["articles"])
        for t in truth["articles"]:
            a = _match(t, res.articles)
            kinds.add(a.kind)
            if "title" in t:
                assert flat(a.title) == flat(t["title"])
            if "kicker" in t:
                assert flat(a.kicker) == flat(t["kicker"])
            assert flat(a.subtitle).lstrip("—") == flat(t["subtitle"]).lstrip("—")
            assert sorted(a.authors) == sorted(t["authors"])
            assert a.kind == t["kind"]
            assert (a.continued_from, a.continued_to) == (t["continued_from"], t["continued_to"])
            assert flat(a.body).endswith(t["ends"])
            # not one character of the story is lost, and no other story's text is in it
            assert flat(t["_run"].replace("户", "户")) in flat((a.byline or "") + a.body) \
                or flat(a.body) in flat(t["_run"]) or t["kind"] == "photo"
        sc = score(truth, [a.to_json() for a in res.articles])
        assert sc["extra"] == 0
    assert {"article", "photo", "brief", "commentary", "continuation"} <= kinds


def test_headline_stack_is_read_by_type_size(typeset_pdfs):
    stacks = [(t, _match(t, split_pdf(str(p)).articles)) for p, truth in typeset_pdfs
              for t in truth["articles"] if t.get("kicker") or t.get("subtitle")]
    assert any(t.get("kicker") for t, _ in stacks) and any(t.get("subtitle") for t, _ in stacks)
    for t, a in stacks:
        assert (flat(a.kicker), flat(a.subtitle).lstrip("—")) == \
            (flat(t.get("kicker")), flat(t.get("subtitle")).lstrip("—"))


def test_regions_are_page_fractions_that_cover_the_story(typeset_pdfs):
    import pypdfium2 as pdfium
    for path, truth in typeset_pdfs:
        res = split_pdf(str(path))
        pdf = pdfium.PdfDocument(str(path))
        page = pdf[0]
        W, H = page.get_size()
        text = page.get_textpage()
        for a in res.articles:
            assert a.regions and a.page == 1
            for box in a.regions:
                assert len(box) == 4 and all(0 <= v <= 1 and round(v, 4) == v for v in box)
                assert box[0] < box[2] and box[1] < box[3]
            # the text PDFium finds inside the story's boxes holds every character of its body
            inside = "".join(text.get_text_bounded(b[0] * W - 1, H - b[3] * H - 1, b[2] * W + 1,
                                                   H - b[1] * H + 1) for b in a.regions)
            missing = Counter(flat(a.body)) - Counter(flat(inside))
            assert not missing, (a.title, missing)
        pdf.close()


def test_split_pdf_json_keeps_the_contract(typeset_pdfs):
    path, truth = typeset_pdfs[1]
    run = subprocess.run([sys.executable, "build.py", "split", str(path), "--json"], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert len(data) == len(truth["articles"])
    assert all(list(d) == ["title", "kicker", "subtitle", "authors", "byline", "kind", "body",
                           "continued_from", "continued_to"] for d in data)
    assert "Traceback" not in run.stderr


def _image_only_pdf(path):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (600, 800), "white")
    d = ImageDraw.Draw(img)
    for y in range(40, 760, 18):
        d.line((40, y, 560, y), fill="black", width=6)       # lines of "print", no text layer
    img.save(path, "PDF", resolution=72)


def test_a_scan_without_text_layer_asks_for_ocr(tmp_path):
    pytest.importorskip("pdfplumber")
    scan = tmp_path / "05.pdf"
    _image_only_pdf(scan)
    with pytest.raises(PdfError) as err:
        split_pdf(str(scan))
    msg = str(err.value)
    assert str(scan) in msg and "no text layer" in msg and "ocrmypdf" in msg
    run = subprocess.run([sys.executable, "build.py", "split", str(scan)], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 2 and "no text layer" in run.stderr and "Traceback" not in run.stderr


def test_a_truncated_or_fake_pdf_is_a_clear_error(tmp_path, typeset_pdfs):
    data = typeset_pdfs[0][0].read_bytes()
    broken = tmp_path / "02.pdf"
    broken.write_bytes(data[:len(data) // 3])
    fake = tmp_path / "03.pdf"
    fake.write_text("本报讯 not a pdf at all", encoding="utf-8")
    for path, words in ((broken, "damaged or truncated"), (fake, "not a PDF file")):
        with pytest.raises(PdfError) as err:
            split_pdf(str(path))
        assert str(path) in str(err.value) and words in str(err.value)
        run = subprocess.run([sys.executable, "build.py", "split", str(path), "--json"], cwd=ROOT,
                             capture_output=True, text=True)
        assert run.returncode == 2 and words in run.stderr and "Traceback" not in run.stderr
