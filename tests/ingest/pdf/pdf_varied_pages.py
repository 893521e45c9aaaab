"""Typeset pdf-varied pages (bench/ingest/pdfbench.py) over the small fixture corpus for the PDF
ingest tests: stories in vertical sections, headlines set vertically, mastheads, pages with and
without rules. Printed by Chromium in a child process (`python -m tests.ingest.pdf.pdf_varied_pages
OUT`), as tests/ingest/pdf/pdf_pages.py does for the plain pages."""
from __future__ import annotations

import json
import sys
from pathlib import Path

# pages of seed 1 with every variation between them (masthead, sections, vertical headlines
# left and right of their text, with kickers beside them, two side by side on page 65 and two
# facing each other over their text on page 93; no rules; a 简讯 box of two columns in a
# section on page 101) and 简讯, photos, commentaries, continuations. Page 45 is left out: a
# continuation beside a vertical headline whose second column holds three lines (too few to be
# found as a column) still loses that column to its neighbour (bench/results/README.md lists it)
PAGES = (5, 9, 13, 21, 41, 53, 65, 77, 93, 101)


def make(out: Path) -> None:
    from bench.ingest.pdfbench import variant_html
    from bench.ingest.typeset import Typesetter
    from tests.ingest.pdf.pdf_pages import corpus
    truths = {}
    with Typesetter() as ts:
        for n in PAGES:
            doc, truth = variant_html(corpus(), 1, n)
            ts.pdf(doc, str(out / f"varied{n}.pdf"))
            truths[str(n)] = truth
    (out / "truths.json").write_text(json.dumps(truths, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    make(Path(sys.argv[1]))
