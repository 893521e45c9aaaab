"""Raw issue folders: content/raw/<paper>/<YYYY-MM-DD>/issue.yaml + NN.txt pages.

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

import yaml

from generator.core.model import PAPER_RE
from generator.core.paths import allowed_roots, resolve_link

PAGE_FILE = re.compile(r"^(\d{1,3})\.txt$")


class IssueError(Exception):
    """An issue folder that cannot be ingested; the message names the file and the fix."""


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
                raise IssueError(f"{path}: {why}")


def load_issue(folder: str) -> RawIssue:
    """Read and validate one issue folder; IssueError with the file name on any fault."""
    paper = os.path.basename(os.path.dirname(folder))
    day = os.path.basename(folder)
    meta_path = os.path.join(folder, "issue.yaml")
    raw_root = os.path.dirname(os.path.dirname(os.path.abspath(folder)))
    _check_links([os.path.dirname(folder), folder, meta_path], raw_root)
    if not PAPER_RE.match(paper):
        raise IssueError(f"{os.path.dirname(folder)}: folder name {paper!r} is not a paper slug — "
                         "rename it with lowercase letters, digits and '-' (it becomes the "
                         "paper's folder on the site, e.g. changji-daily)")
    try:
        folder_date = _dt.date.fromisoformat(day)
    except ValueError:
        raise IssueError(f"{folder}: folder name {day!r} is not a date — name issue folders YYYY-MM-DD") from None
    if not os.path.isfile(meta_path):
        raise IssueError(f"{meta_path}: missing — every issue folder needs an issue.yaml "
                         "with at least 'paper:' and 'date:'")
    try:
        with open(meta_path, encoding="utf-8") as fh:
            meta = yaml.safe_load(fh)
    except UnicodeDecodeError:
        raise IssueError(f"{meta_path}: is not UTF-8 text — save it as UTF-8") from None
    except OSError as exc:
        raise IssueError(f"{meta_path}: cannot be read ({exc.strerror})") from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        raise IssueError(f"{meta_path}:{line}: malformed YAML ({exc.problem}) — check quoting and indentation") from None
    if not isinstance(meta, dict):
        raise IssueError(f"{meta_path}: must be a mapping such as 'paper: …' / 'date: YYYY-MM-DD'")
    if str(meta.get("paper", "")) != paper:
        raise IssueError(f"{meta_path}: paper is {meta.get('paper')!r} but the folder says {paper!r} — make them equal")
    date = meta.get("date")
    if isinstance(date, str):
        try:
            date = _dt.date.fromisoformat(date)
        except ValueError:
            date = None
    if not isinstance(date, _dt.date) or date != folder_date:
        raise IssueError(f"{meta_path}: date is {meta.get('date')!r} but the folder says {day} — "
                         "write 'date: YYYY-MM-DD' matching the folder")
    issue_no = meta.get("issue_no")
    if issue_no is not None and (not isinstance(issue_no, int) or isinstance(issue_no, bool) or issue_no < 1):
        raise IssueError(f"{meta_path}: issue_no must be a positive whole number, got {issue_no!r}")
    names = meta.get("pages") or {}
    if not isinstance(names, dict):
        raise IssueError(f"{meta_path}: 'pages' must map page numbers to page names, e.g. '1: 要闻'")
    page_names: dict[int, str] = {}
    for k, v in names.items():
        try:
            page_names[int(k)] = str(v)
        except (TypeError, ValueError):
            raise IssueError(f"{meta_path}: page key {k!r} is not a page number") from None
    pages: dict[int, str] = {}
    for name in sorted(os.listdir(folder)):
        m = PAGE_FILE.match(name)
        if m:
            pages[int(m.group(1))] = os.path.join(folder, name)
    _check_links(list(pages.values()), raw_root)
    if not pages:
        raise IssueError(f"{folder}: no page files — add the pages as 01.txt, 02.txt, …")
    if 0 in pages:
        raise IssueError(f"{pages[0]}: page numbers start at 1 — rename it 01.txt")
    return RawIssue(folder=folder, paper=paper, date=date, issue_no=issue_no, page_names=page_names,
                    date_estimated=bool(meta.get("date_estimated")),
                    note=str(meta["note"]) if meta.get("note") else None, pages=pages)


def issue_meta(raw_root: str) -> dict[tuple[str, _dt.date], dict]:
    """(paper, date) → {issue_no, pages, estimated_date} for model.build_archive; folders that
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
