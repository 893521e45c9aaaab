"""Typeset page PDFs with known truth for the PDF ingest tests (bench/ingest/typeset.py over the
small fixture corpus), made once per session; tests skip when Chromium is missing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.ingest.typeset import CHROMIUM, typeset_html

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = ROOT / "tests" / "bench" / "corpus_fixture.jsonl"
# fixture-corpus pages with every feature between them: 简讯 box, photos with and without a
# headline, a continued story, commentaries, kickers, subtitles, bylines on a line of their own
SEEDS = ("pdftest:6", "pdftest:8", "pdftest:2")


def corpus() -> list[dict]:
    return [json.loads(l) for l in FIXTURE.read_text(encoding="utf-8").splitlines() if l.strip()]


def missing() -> str | None:
    import os
    if not os.path.exists(CHROMIUM):
        return f"typesetting test PDFs needs {CHROMIUM}"
    try:
        import playwright  # noqa: F401
        import pdfplumber  # noqa: F401
    except ImportError as exc:
        return f"needs {exc.name}"
    return None


def make_pages(folder: Path) -> list[tuple[Path, dict]]:
    """(PDF path, truth) for each of SEEDS."""
    from bench.ingest.typeset import Typesetter
    out = []
    with Typesetter() as ts:
        for n, seed in enumerate(SEEDS):
            doc, truth = typeset_html(corpus(), seed)
            path = folder / f"page{n}.pdf"
            ts.pdf(doc, str(path))
            out.append((path, truth))
    return out


@pytest.fixture(scope="session")
def typeset_pdfs(tmp_path_factory):
    """Typeset in a child process: Playwright's sync API refuses to start inside an asyncio loop
    another test of the session may have left running."""
    import subprocess
    import sys
    why = missing()
    if why:
        pytest.skip(why)
    folder = tmp_path_factory.mktemp("pdfpages")
    run = subprocess.run([sys.executable, "-m", "tests.ingest.pdf.pdf_pages", str(folder)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    truths = json.loads((folder / "truths.json").read_text(encoding="utf-8"))
    return [(folder / f"page{n}.pdf", t) for n, t in enumerate(truths)]


if __name__ == "__main__":
    import sys
    out = Path(sys.argv[1])
    pages = make_pages(out)
    (out / "truths.json").write_text(json.dumps([t for _, t in pages], ensure_ascii=False),
                                     encoding="utf-8")
