"""The `split` and `ingest` sub-commands: the only ingest code that touches files."""
from __future__ import annotations

import json
import sys

from generator.ingest.pagefile import read_page
from generator.ingest.split.text.decode import PageError
from generator.ingest.split.result import SplitResult
from generator.ingest.split.page import split_page


def preview(result: SplitResult) -> str:
    """A readable preview for editors: each article's head, byline, first lines, doubts."""
    out = []
    for n, a in enumerate(result.articles, 1):
        out.append(f"── {n}. [{a.kind}] {a.title}   (lines {a.lines[0]}–{a.lines[1]})")
        if getattr(a, "regions", None):
            out.append("   版面: " + " ".join(str(r) for r in a.regions))
        if a.kicker:
            out.append(f"   引题: {a.kicker}")
        if a.subtitle:
            out.append(f"   副题: {a.subtitle}")
        if a.byline or a.authors:
            out.append(f"   署名: {a.byline or ''}  → {', '.join(a.authors) or '—'}")
        if a.continued_from or a.continued_to:
            out.append(f"   接转: from page {a.continued_from or '—'} to page {a.continued_to or '—'}")
        paras = a.body.split("\n\n")
        out.append(f"   正文: {len(paras)} paragraphs, {len(a.body)} characters")
        out.append(f"   「{paras[0][:60]}{'…' if len(paras[0]) > 60 else ''}」")
        for d in a.doubts:
            out.append(f"   ? {d}")
    if result.dropped:
        out.append("── not articles:")
        out += [f"   line {d.line} [{d.kind}] {d.text}" for d in result.dropped]
    out += [f"?? {d}" for d in result.doubts]
    return "\n".join(out)


def _split_pdf_pages(path: str) -> list[SplitResult]:
    """The 版 of a PDF as ingest reads them: page 1 of a page PDF (NN.pdf), every page of a
    whole-issue PDF (issue.pdf), in page order."""
    import os

    from generator.ingest.issue import ISSUE_PDF
    from generator.ingest.pdf import split_pdf
    from generator.ingest.pdf.read import page_count
    if not ISSUE_PDF.match(os.path.basename(path)):
        return [split_pdf(path)]
    return [split_pdf(path, n) for n in range(1, page_count(path) + 1)]


def split_main(path: str, as_json: bool) -> int:
    """`build.py split PAGE [--json]`: print the articles of one page."""
    cleaned: list[str] = []
    try:
        if path.lower().endswith(".pdf"):
            results = _split_pdf_pages(path)
            result = SplitResult([a for r in results for a in r.articles])
        else:
            result = split_page(read_page(path, cleaned))
            results = [result]
    except PageError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for note in cleaned:      # stderr, so the JSON on stdout stays the contract
        print(f"note: {note}", file=sys.stderr)
    if not result.articles:
        print(f"error: {path}: no articles recognised on this page — is it a newspaper page?",
              file=sys.stderr)
        if as_json:
            print("[]")
        return 1
    try:
        if as_json:
            print(json.dumps([a.to_json() for a in result.articles], ensure_ascii=False, indent=1))
        elif len(results) == 1:
            print(preview(result))
        else:          # a whole-issue PDF: each page is a 版
            print("\n".join(f"═══ 第{n}版 (page {n} of {len(results)})\n{preview(r)}"
                            for n, r in enumerate(results, 1)))
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader (e.g. `| head`) closed the pipe: not an error of ours, and no traceback
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def ingest_main(config, force: bool = False) -> int:
    """`build.py ingest [--force]`: every raw issue → content/articles; non-zero if any failed."""
    from generator.ingest.write import ingest_all
    return ingest_all(config, force=force)
