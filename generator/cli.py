"""Command-line interface. The only place (with the writers it calls) that touches files and clock.

Each sub-command imports its stage lazily so `split` stays fast and a missing optional
dependency of one stage never breaks another.
"""
from __future__ import annotations

import argparse
import sys

from generator.core.frontmatter import ContentError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="build.py",
        description="Static archive site generator for newspapers. Without a sub-command: "
                    "ingest content/raw, then build the site into site/.")
    p.add_argument("--config", default="site_config.yaml", help="site configuration file")
    sub = p.add_subparsers(dest="command")

    s = sub.add_parser("split", help="split one raw page into articles and print them")
    s.add_argument("page", help="a page text file (UTF-8 or GBK/GB18030)")
    s.add_argument("--json", action="store_true", help="print a JSON list (the stable contract)")

    s = sub.add_parser("ingest", help="turn every raw issue into article Markdown files")
    s.add_argument("--force", action="store_true",
                   help="also overwrite articles an editor changed (their edits are lost!)")

    for name, helptext in (("build", "render the site (and its search index)"),
                           ("all", "ingest, then build (the default)")):
        s = sub.add_parser(name, help=helptext)
        s.add_argument("--no-search", action="store_true", help="skip the Pagefind index")
        s.add_argument("--clean", action="store_true", help="ignore the build cache, render all")
        s.add_argument("--base-url", help="override base_url from the config")
        s.add_argument("--output", help="output folder (default: site/)")
        s.add_argument("--workers", type=int, help="render processes (default: CPU cores)")
        if name == "build":
            s.add_argument("--dry-run", action="store_true",
                           help="validate the content and say what a build would render; write nothing")

    s = sub.add_parser("serve", help="serve the built site on 127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--output", help="site folder (default: site/)")

    s = sub.add_parser("check", help="fail on any broken internal link in the built site")
    s.add_argument("--output", help="site folder (default: site/)")

    s = sub.add_parser("bench", help="build a synthetic archive and measure the build")
    s.add_argument("--articles", type=int, default=100_000)
    s.add_argument("--pelican-articles", type=int, default=None,
                   help="articles for the Pelican comparison (default: min(N, 10000); 0 = skip)")
    s.add_argument("--json", dest="json_out", help="write the figures as JSON to this file")
    s.add_argument("--workdir", help="where the synthetic archive goes (default: a temp dir)")
    s.add_argument("--no-search", action="store_true", help="skip the search measurements")
    s.add_argument("--keep", action="store_true", help="keep the synthetic archive afterwards")
    s.add_argument("--add-pdf-issue", action="store_true",
                   help="also add an issue of 8 typeset page PDFs (Chromium) and time its ingest "
                        "and its build (article pages and page images)")
    s.add_argument("--first-screens", action="store_true",
                   help="time each query to its first screen of results only (a 1M archive takes "
                        "minutes per query for every result): no every-result times or bytes")
    s.add_argument("--few-files", action="store_true",
                   help="build with site_files: {json_twins: false, citations: issue}")

    s = sub.add_parser("bench-ingest", help="score the splitter on generated pages of real news text")
    s.add_argument("--pages", type=int, default=40)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--json", dest="json_out", help="write the figures as JSON to this file")
    s.add_argument("--dump", help="write failing pages, truths and split outputs to this folder")
    s.add_argument("--corpus", help="the news corpus (default: see bench/ingest/README.md)")
    s.add_argument("--short", type=float, nargs="?", const=0.3, default=0.0, metavar="SHARE",
                   help="cut this share of stories to their first 1-3 paragraphs and of headlines "
                        "to their first clause, as a daily's short items are (--short alone: 0.3)")
    from bench.ingest.generators import GENERATORS
    s.add_argument("--generator", choices=GENERATORS, default="pagegen",
                   help="the page generator of the text pages: pagegen (default, the rules were "
                        "tuned on it), alt (bench/ingest/altgen.py, written apart from it) or "
                        "third (bench/ingest/thirdgen.py, written blind to both), fourth "
                        "(bench/ingest/fourthgen.py, written blind to all three), fifth "
                        "(bench/ingest/fifthgen.py, written blind to all four; the judging set), "
                        "sixth (bench/ingest/sixthgen.py, written blind to all five; column text) or "
                        "seventh (bench/ingest/seventhgen.py, written blind to all six; both shapes)")
    s.add_argument("--typeset", action="store_true",
                   help="typeset the pages as PDF (Chromium) and split the text pdftotext and "
                        "pymupdf4llm extract from it (cached under .cache/bench-ingest/typeset/)")
    s.add_argument("--pdf", action="store_true",
                   help="typeset the pages as PDF (Chromium) and score the PDF splitter "
                        "(generator/ingest/pdf/) on the PDFs themselves")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "all"
    try:
        if command == "split":
            from generator.ingest.commands import split_main
            return split_main(args.page, as_json=args.json)
        if command == "bench":
            from bench.run import bench_main
            return bench_main(args)
        if command == "bench-ingest":
            from bench.ingest.run import bench_ingest_main
            return bench_ingest_main(args)
        from generator.core.config import load_config
        config = load_config(args.config)
        if command == "ingest":
            from generator.ingest.commands import ingest_main
            return ingest_main(config, force=args.force)
        if command in ("build", "all"):
            status = 0
            if command == "all":
                from generator.ingest.commands import ingest_main
                status = ingest_main(config)
            from generator.build.pipeline import build_main
            return build_main(config, args) or status
        if command == "serve":
            from generator.tools.serve import serve_main
            return serve_main(config, args)
        if command == "check":
            from generator.tools.linkcheck import check_main
            return check_main(config, args)
    except ContentError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; the previous site is untouched", file=sys.stderr)
        return 130
    return 0
