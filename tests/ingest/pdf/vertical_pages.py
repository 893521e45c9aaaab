"""Typeset pages whose first story has a vertical headline (CSS writing-mode: vertical-rl, one
character per row): set left of its text, right of it, and wrapped into two vertical columns;
each with the typesetter's rules between stories and without any (`unruled-…`).
Printed by Chromium in a child process (`python -m tests.ingest.pdf.vertical_pages OUT`), as
tests/ingest/pdf/pdf_pages.py does for the horizontal pages."""
from __future__ import annotations

import json
import sys
from pathlib import Path

SEED = "pdftest:6"          # its first story: a continuation with a 10-character headline
_GRID = (".story:first-of-type {{ display: grid; grid-template-columns: {cols}; column-gap: 10px }}"
         ".story:first-of-type > h2 {{ writing-mode: vertical-rl; text-orientation: upright;"
         " margin: 0; grid-row: 1 / span 20; grid-column: {at}; {extra} }}")
VARIANTS = {
    "left": _GRID.format(cols="auto 1fr", at=1, extra=""),
    "right": _GRID.format(cols="1fr auto", at=2, extra=""),
    "two-columns": _GRID.format(cols="auto 1fr", at=1, extra="height: 6em"),
}


UNRULED = "section { border: 0 !important } .body { column-rule: 0 !important }"


def make(out: Path) -> None:
    from bench.ingest.typeset import Typesetter, typeset_html
    from tests.ingest.pdf.pdf_pages import corpus
    truths = {}
    with Typesetter() as ts:
        for name, css in [("plain", "")] + list(VARIANTS.items()):
            for prefix, more in (("", ""), ("unruled-", UNRULED)):
                doc, truth = typeset_html(corpus(), SEED, extra_css=css + more)
                ts.pdf(doc, str(out / f"{prefix}{name}.pdf"))
                truths[prefix + name] = truth
    (out / "truths.json").write_text(json.dumps(truths, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    make(Path(sys.argv[1]))
