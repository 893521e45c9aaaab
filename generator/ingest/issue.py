"""Raw issue folders: content/raw/<paper>/<YYYY-MM-DD>/issue.yaml + NN.txt or NN.pdf pages
(where both exist for one page, the PDF is read and the text kept for comparison), or one
issue.pdf of the whole issue whose page i is 版 i (NN.txt beside it is kept for comparison).

issue.yaml:
    paper: changji-daily          # must match the folder
    date: 2022-11-08              # must match the folder
    issue_no: 8123                # 期号, optional
    pages: {1: 要闻, 2: 综合}       # 版名, optional per page
    date_estimated: true          # optional, with a note saying why
    note: …
"""
from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass, field

from generator.core.frontmatter import (ContentError, check_characters, check_values, load_yaml,
                                        read_text, to_date)

from generator.core.model import PAPER_RE
from generator.core.paths import allowed_roots, resolve_link

PAGE_FILE = re.compile(r"^(\d{1,3})\.(txt|pdf)$", re.I)
ISSUE_PDF = re.compile(r"^issue\.pdf$", re.I)       # the whole issue, page i = 版 i


class IssueError(ContentError):
    """An issue folder that cannot be ingested: the file, the line where there is one, the fix."""


@dataclass
class RawIssue:
    folder: str
    paper: str
    date: _dt.date
    issue_no: int | None = None
    page_names: dict[int, str] = field(default_factory=dict)
    date_estimated: bool = False
    note: str | None = None
    pages: dict[int, str] = field(default_factory=dict)      # page number → file path
    twins: dict[int, str] = field(default_factory=dict)      # page → its NN.txt, when a PDF is read
    pdf_pages: dict[int, int] = field(default_factory=dict)  # page → its page in issue.pdf


def find_issue_folders(raw_root: str) -> list[str]:
    """Every <paper>/<date> folder under the raw root, sorted. A dangling or looping link
    counts as a folder so that `load_issue` reports it instead of it going unnoticed."""
    out = []
    if not os.path.isdir(raw_root):
        return out
    for paper in sorted(os.listdir(raw_root)):
        pdir = os.path.join(raw_root, paper)
        if paper.startswith("."):
            continue
        if not os.path.isdir(pdir):
            if _broken_link(pdir):
                out.append(pdir)
            continue
        for day in sorted(os.listdir(pdir)):
            d = os.path.join(pdir, day)
            if not day.startswith(".") and (os.path.isdir(d) or _broken_link(d)):
                out.append(d)
    return out


def _broken_link(path: str) -> bool:
    """A link whose target is missing or which loops."""
    return os.path.islink(path) and not os.path.exists(path)


def _check_links(paths: list[str], raw_root: str) -> None:
    """IssueError for the first of `paths` that is (or lies in) a symbolic link leaving the
    content folder, a loop or a dangling link: ingest would otherwise read a file from
    anywhere on the machine into an article that gets published. Paths that do not exist at
    all are left to the checks that follow."""
    roots = allowed_roots(raw_root)
    what = os.path.basename(os.path.dirname(os.path.abspath(raw_root))) + "/"
    for path in paths:
        if os.path.lexists(path):
            real, _, why = resolve_link(path, roots, what)
            if real is None:
                raise IssueError(path, None, why)


def load_issue(folder: str) -> RawIssue:
    """Read and validate one issue folder; IssueError naming the file (and line) on any fault."""
    paper = os.path.basename(os.path.dirname(folder))
    day = os.path.basename(folder)
    meta_path = os.path.join(folder, "issue.yaml")
    raw_root = os.path.dirname(os.path.dirname(os.path.abspath(folder)))
    _check_links([os.path.dirname(folder), folder, meta_path], raw_root)
    if not PAPER_RE.match(paper):
        raise IssueError(os.path.dirname(folder), None, f"folder name {paper!r} is not a paper slug",
                         "rename it with lowercase letters, digits and '-' (it becomes the "
                         "paper's folder on the site, e.g. changji-daily)")
    folder_date = to_date(day)
    if folder_date is None:
        raise IssueError(folder, None, f"folder name {day!r} is not a real date",
                         "name issue folders after the issue's date, YYYY-MM-DD")
    if not os.path.isfile(meta_path):
        raise IssueError(meta_path, None, "missing", "every issue folder needs an issue.yaml "
                         "with at least 'paper:' and 'date:'")
    meta, lines = _read_yaml(meta_path)
    _check_meta(meta, lines, meta_path, paper, day, folder_date)
    pages: dict[int, str] = {}
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        raise IssueError(folder, None, f"cannot be listed ({exc.strerror})") from None
    twins: dict[int, str] = {}
    for name in names:
        m = PAGE_FILE.match(name)
        if m:
            n, path = int(m.group(1)), os.path.join(folder, name)
            if n in pages and m.group(2).lower() == "txt":
                twins[n] = path                   # the PDF of this page wins
            elif n in pages and pages[n].lower().endswith(".txt") and m.group(2).lower() == "pdf":
                twins[n], pages[n] = pages[n], path
            elif n in pages:
                raise IssueError(path, None, f"page {n} is given twice ({os.path.basename(pages[n])} "
                                 f"and {name})", "keep one file per page")
            else:
                pages[n] = path
    pdf_pages = _issue_pdf(folder, names, pages, twins, raw_root)
    _check_links(list(pages.values()) + list(twins.values()), raw_root)
    if not pages:
        raise IssueError(folder, None, "no page files",
                         "add the pages as 01.txt, 02.txt, … (page text) or 01.pdf, 02.pdf, … (page PDFs)")
    if 0 in pages:
        raise IssueError(pages[0], None, "page numbers start at 1", "rename it 01.txt (or 01.pdf)")
    note = meta.get("note")
    return RawIssue(folder=folder, paper=paper, date=folder_date, issue_no=meta.get("issue_no"),
                    page_names=_page_names(meta, lines, meta_path),
                    date_estimated=bool(meta.get("date_estimated")),
                    note=str(note).strip() or None if note is not None else None, pages=pages,
                    twins=twins, pdf_pages=pdf_pages)


def _issue_pdf(folder: str, names: list[str], pages: dict[int, str], twins: dict[int, str],
               raw_root: str) -> dict[int, int]:
    """A whole-issue PDF's pages as 版 1…N in `pages` (a page text beside it moves to `twins`,
    as with NN.pdf); page → its page in the PDF. IssueError naming the file for a PDF that
    cannot be opened, and for NN.pdf files beside it (which would say a 版 twice)."""
    from generator.ingest.pdf.read import PdfError, page_count
    found = [n for n in names if ISSUE_PDF.match(n)]
    if not found:
        return {}
    path = os.path.join(folder, found[0])
    _check_links([path], raw_root)
    single = [p for p in pages.values() if p.lower().endswith(".pdf")]
    if single:
        raise IssueError(single[0], None, f"{found[0]} already holds every page of this issue",
                         f"keep either {found[0]} (the whole issue) or one NN.pdf per page")
    try:
        count = page_count(path)
    except PdfError as err:
        raise IssueError(path, None, str(err).removeprefix(f"{path}: ")) from None
    if count == 0:
        raise IssueError(path, None, "the PDF has no pages", "export the issue's pages into it")
    for n in range(1, count + 1):
        if n in pages:
            twins[n] = pages[n]
        pages[n] = path
    return {n: n for n in range(1, count + 1)}


_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:", re.M)


def _read_yaml(meta_path: str) -> tuple[dict, dict[str, int]]:
    """issue.yaml as a mapping and the line of each top-level key; IssueError on any fault."""
    try:
        text = read_text(meta_path, "save it as UTF-8", bom=True)
    except ContentError as err:
        raise IssueError(err.path, err.line, err.message, err.hint) from None
    lines: dict[str, int] = {}
    for m in _KEY.finditer(text):
        lines.setdefault(m.group(1), text.count("\n", 0, m.start()) + 1)
    try:
        check_characters(text, meta_path)
        meta = load_yaml(text, meta_path)
        if isinstance(meta, dict):
            check_values(meta, meta_path, lines, default_line=1)
    except ContentError as err:
        raise IssueError(err.path, err.line, err.message, err.hint) from None
    if not isinstance(meta, dict):
        raise IssueError(meta_path, 1, "must be a mapping of 'key: value' lines",
                         "write e.g. 'paper: changji-daily' and 'date: 2022-11-08'")
    return meta, lines


def _check_meta(meta: dict, lines: dict[str, int], meta_path: str, paper: str, day: str,
                folder_date: _dt.date) -> None:
    """paper and date must match the folder; issue_no, date_estimated and note must have the
    types the site shows them as."""
    def fail(key: str, message: str, hint: str = "") -> IssueError:
        return IssueError(meta_path, lines.get(key, 1), message, hint)

    if str(meta.get("paper", "")) != paper:
        raise fail("paper", f"paper is {meta.get('paper')!r} but the folder says {paper!r}",
                   "make them equal")
    raw = meta.get("date")
    date = to_date(raw)
    if date is None:
        shown = raw.isoformat() if isinstance(raw, _dt.date) else repr(raw)
        raise fail("date", f"date {shown} is not a real date in YYYY-MM-DD form",
                   f"write 'date: {day}' (the folder's date)")
    if date != folder_date:
        raise fail("date", f"date is {date.isoformat()} but the folder says {day}",
                   "write 'date: YYYY-MM-DD' matching the folder")
    issue_no = meta.get("issue_no")
    if issue_no is not None and (not isinstance(issue_no, int) or isinstance(issue_no, bool)
                                 or issue_no < 1):
        raise fail("issue_no", f"issue_no must be a positive whole number, got {issue_no!r}",
                   "write the 期号 as digits, e.g. 'issue_no: 8123', or delete the line")
    estimated = meta.get("date_estimated")
    if estimated is not None and not isinstance(estimated, bool):
        raise fail("date_estimated", f"date_estimated must be true or false, got {estimated!r}")
    note = meta.get("note")
    if note is not None and not isinstance(note, (str, int, float)):
        raise fail("note", f"note must be text, got {type(note).__name__}")


def _page_names(meta: dict, lines: dict[str, int], meta_path: str) -> dict[int, str]:
    """`pages: {1: 要闻}` as page number → 版名 (an empty name is no name)."""
    names = meta.get("pages")
    line = lines.get("pages", 1)
    if names is None:
        return {}
    if not isinstance(names, dict):
        raise IssueError(meta_path, line, "'pages' must map page numbers to page names",
                         "write e.g. 'pages: {1: 要闻, 2: 综合}'")
    out: dict[int, str] = {}
    for k, v in names.items():
        n = k if isinstance(k, int) and not isinstance(k, bool) else \
            int(k) if isinstance(k, str) and k.strip().isascii() and k.strip().isdigit() else None
        if n is None or not 1 <= n <= 999:
            raise IssueError(meta_path, line, f"page key {k!r} is not a page number (1–999)",
                             "write e.g. 'pages: {1: 要闻, 2: 综合}'")
        if v is not None and not isinstance(v, (str, int, float)):
            raise IssueError(meta_path, line, f"the name of page {n} must be text, "
                             f"got {type(v).__name__}")
        if v is not None and str(v).strip():
            out[n] = str(v).strip()
    return out


def issue_meta(raw_root: str) -> dict[tuple[str, _dt.date], dict]:
    """(paper, date) → {issue_no, pages, estimated_date} for the build (issue pages, 版名); folders that
    do not load are skipped (ingest reports them)."""
    out = {}
    for folder in find_issue_folders(raw_root):
        try:
            issue = load_issue(folder)
        except IssueError:
            continue
        out[(issue.paper, issue.date)] = {"issue_no": issue.issue_no, "pages": issue.page_names,
                                          "estimated_date": issue.date_estimated}
    return out
