"""`build.py ingest`: every raw issue → article Markdown files, never losing an editor's change.

A manifest per paper (content/articles/<paper>/.ingest-manifest.json) remembers, for every id,
the sha256 of the file ingest wrote and keys identifying the story (body start, title). On the
next run a file whose bytes differ from that hash was edited by hand: it is skipped and reported
(unless --force). A story keeps its id across runs by matching those keys, so ids never change
once written, even if a better splitter finds one more story on the page.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import secrets
import sys
from dataclasses import dataclass, field

from generator.core import frontmatter, lock
from generator.core.urls import article_file, make_id
from generator.core.topics import places_in, topics_for
from generator.ingest.pagefile import read_page
from generator.ingest.split.text.decode import PageError
from generator.ingest.issue import IssueError, RawIssue, find_issue_folders, load_issue
from generator.ingest.pdf import PdfArticle, split_pdf
from generator.ingest.pdf.read import PdfError
from generator.ingest.split.result import SplitArticle, SplitResult
from generator.ingest.split.page import split_page
from generator.ingest.split.text.textutil import nonspace

MANIFEST = ".ingest-manifest.json"


@dataclass
class IssueReport:
    label: str
    found: int = 0
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)         # edited by hand, not overwritten
    overwritten: list[str] = field(default_factory=list)  # edited but --force
    notes: list[str] = field(default_factory=list)
    cleaned: list[str] = field(default_factory=list)      # control characters removed, per page
    page_errors: list[str] = field(default_factory=list)  # pages not ingested (a bad PDF)
    error: str | None = None


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _body_key(body: str) -> str:
    return hashlib.sha1(nonspace(body)[:80].encode("utf-8")).hexdigest()[:16]


def load_manifest(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return data if isinstance(data, dict) and isinstance(data.get("articles"), dict) else {"articles": {}}
    except FileNotFoundError:
        return {"articles": {}}
    except (OSError, ValueError):
        print(f"warning: {path}: unreadable ingest manifest; every existing article file is treated "
              "as edited and kept", file=sys.stderr)
        return {"articles": {}}


def write_atomic(path: str, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder, then rename it into
    place: a reader sees the old or the new file, never half of one. The temporary name is
    hidden (the build's scan skips it) and unique to this process and call, so two runs can
    never write into each other's temporary file."""
    folder, name = os.path.split(path)
    os.makedirs(folder or ".", exist_ok=True)
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "x", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.remove(tmp)
        except FileNotFoundError:
            pass
        raise


def save_manifest(path: str, manifest: dict) -> None:
    write_atomic(path, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def assign_ids(paper: str, date: _dt.date, page: int, articles: list[SplitArticle],
               known: dict[str, dict]) -> list[int]:
    """Sequence numbers for a page's stories: a story seen before keeps its number."""
    prefix = f"{paper}/{date:%Y-%m-%d}/{page:02d}-"
    old = {aid: e for aid, e in known.items() if aid.startswith(prefix)}
    taken = {int(aid.rsplit("-", 1)[1]) for aid in old}
    seqs: list[int | None] = [None] * len(articles)
    free = dict(old)
    for key in ("body_key", "title"):
        for n, a in enumerate(articles):
            if seqs[n] is not None:
                continue
            value = _body_key(a.body) if key == "body_key" else a.title
            hit = next((aid for aid, e in free.items() if e.get(key) == value), None)
            if hit:
                seqs[n] = int(hit.rsplit("-", 1)[1])
                del free[hit]
    used = set(s for s in seqs if s is not None)
    for n in range(len(articles)):
        if seqs[n] is None:
            s = n + 1
            if s in taken or s in used:
                s = max(taken | used | {0}) + 1
            seqs[n] = s
            used.add(s)
    return [int(s) for s in seqs]


def article_meta(issue: RawIssue, page: int, seq: int, a: SplitArticle, source_file: str,
                 config) -> dict:
    return {
        "id": make_id(issue.paper, issue.date, page, seq),
        "paper": issue.paper, "date": issue.date, "issue_no": issue.issue_no,
        "page": page, "page_name": issue.page_names.get(page), "seq": seq,
        "kicker": a.kicker, "title": a.title, "subtitle": a.subtitle,
        "authors": list(a.authors), "byline": a.byline, "kind": a.kind,
        "continued_from": a.continued_from, "continued_to": a.continued_to,
        "topics": topics_for(a.title, a.body, config.topics, kicker=a.kicker or "",
                             subtitle=a.subtitle or ""),
        "places": places_in(a.title, a.body),
        "source": {"file": source_file, "lines": [a.lines[0], a.lines[1]]},
    } | _pdf_meta(a, source_file)


def _pdf_meta(a: SplitArticle, source_file: str) -> dict:
    """An article read from a page PDF names the PDF and its page, and the boxes holding it."""
    if not isinstance(a, PdfArticle):
        return {}
    return {"source": {"file": source_file, "page": a.page}, "regions": [list(r) for r in a.regions]}


def _compare(page: int, pdf_res: SplitResult, txt_path: str, pdf_path: str) -> list[str]:
    """What the page text beside a page PDF would have given, where it differs: the count of
    articles and the titles found in one but not the other."""
    try:
        txt = split_page(read_page(txt_path))
    except PageError as err:
        return [f"page {page}: {err} (the PDF was read)"]
    name_t, name_p = os.path.basename(txt_path), os.path.basename(pdf_path)
    out = []
    if len(txt.articles) != len(pdf_res.articles):
        out.append(f"page {page}: {name_p} gives {len(pdf_res.articles)} articles, {name_t} "
                   f"{len(txt.articles)}; the PDF was read")
    t_titles = {nonspace(a.title) for a in txt.articles}
    p_titles = {nonspace(a.title) for a in pdf_res.articles}
    for a in txt.articles:
        if nonspace(a.title) not in p_titles:
            out.append(f"page {page}: only {name_t} has a story titled '{a.title}'")
    for a in pdf_res.articles:
        if nonspace(a.title) not in t_titles:
            out.append(f"page {page}: only {name_p} has a story titled '{a.title}'")
    if not out:
        out.append(f"page {page}: {name_p} read ({name_t} beside it gives the same articles)")
    return out


def _link_jumps(results: dict[int, SplitResult]) -> None:
    """A continuation without a headline takes the title of the story it continues."""
    for page, res in results.items():
        for a in res.articles:
            if a.kind != "continuation" or a.title_source != "derived" or a.continued_from is None:
                continue
            origin = results.get(a.continued_from)
            if origin is None:
                continue
            src = next((o for o in origin.articles if o.continued_to == page), None)
            if src is not None:
                a.title, a.title_source = src.title, "jump"
                a.doubts = [d for d in a.doubts if not d.startswith("no headline")]
                a.doubts.append(f"title taken from the story it continues on page {a.continued_from}")


def ingest_issue(folder: str, config, manifests: dict[str, dict], force: bool) -> IssueReport:
    rel = os.path.relpath(folder, config.root)
    report = IssueReport(rel)
    try:
        issue = load_issue(folder)
        results: dict[int, SplitResult] = {}
        for page, path in sorted(issue.pages.items()):
            if path.lower().endswith(".pdf"):
                # a bad page PDF costs that page only: the rest of the issue is ingested
                try:
                    res = split_pdf(path, issue.pdf_pages.get(page, 1))
                except PdfError as err:
                    report.page_errors.append(str(err))
                    continue
                if not res.articles:
                    where = f"{path} page {issue.pdf_pages[page]}" if page in issue.pdf_pages else path
                    report.page_errors.append(f"{where}: no articles recognised on this page — is "
                                              "it a newspaper page?")
                    continue
                if page in issue.twins:
                    report.notes += _compare(page, res, issue.twins[page], path)
            else:
                res = split_page(read_page(path, report.cleaned))
            if not res.articles:
                raise IssueError(path, None, "no articles recognised on this page",
                                 "check that it is the text of a newspaper page")
            results[page] = res
        if not results:
            raise IssueError(folder, None, "no page could be read: " + "; ".join(report.page_errors))
    except (IssueError, PageError) as err:
        report.error = str(err)
        return report
    _link_jumps(results)
    articles_root = config.path(config.articles_dir)
    mpath = os.path.join(articles_root, issue.paper, MANIFEST)
    manifest = manifests.setdefault(mpath, load_manifest(mpath))
    known = manifest["articles"]
    for page, res in sorted(results.items()):
        source_file = os.path.relpath(issue.pages[page], config.root).replace(os.sep, "/")
        seqs = assign_ids(issue.paper, issue.date, page, res.articles, known)
        for a, seq in zip(res.articles, seqs):
            meta = article_meta(issue, page, seq, a, source_file, config)
            aid = meta["id"]
            text = frontmatter.dump(meta, a.body)
            path = os.path.join(articles_root, article_file(issue.paper, issue.date, page, seq))
            shown = os.path.relpath(path, config.root)
            report.found += 1
            for d in a.doubts:
                report.notes.append(f"{page:02d}-{seq:02d} {a.title}: {d}")
            entry = known.get(aid)
            current = None
            if os.path.exists(path):
                with open(path, encoding="utf-8", errors="replace") as fh:
                    current = fh.read()
            if current is not None and current == text:
                report.unchanged.append(shown)
            elif current is not None and (entry is None or _sha(current) != entry.get("sha256")) and not force:
                report.kept.append(shown)
                continue          # keep the editor's file and what we knew about it
            else:
                if current is not None and entry is not None and _sha(current) != entry.get("sha256"):
                    report.overwritten.append(shown)
                else:
                    report.written.append(shown)
                write_atomic(path, text)
            known[aid] = {"sha256": _sha(text), "body_key": _body_key(a.body), "title": a.title,
                          "path": os.path.relpath(path, articles_root).replace(os.sep, "/")}
        for d in res.dropped:
            report.notes.append(f"page {page} line {d.line}: dropped {d.kind} line '{d.text}'")
        for d in res.doubts:
            report.notes.append(f"page {page}: {d}")
    return report


def print_report(r: IssueReport) -> None:
    if r.error:
        print(f"error: {r.error}", file=sys.stderr)
        print(f"✗ {r.label}: not ingested (see the error above); other issues are unaffected")
        return
    parts = [f"{r.found} articles", f"{len(r.written)} written", f"{len(r.unchanged)} unchanged"]
    if r.kept:
        parts.append(f"{len(r.kept)} kept (edited by hand)")
    if r.overwritten:
        parts.append(f"{len(r.overwritten)} edited files overwritten (--force)")
    if r.page_errors:
        parts.append(f"{len(r.page_errors)} page(s) not ingested")
    for err in r.page_errors:
        print(f"error: {err}", file=sys.stderr)
    print(f"✓ {r.label}: " + ", ".join(parts))
    for path in r.kept:
        print(f"  kept  {path}: changed since ingest wrote it; not overwritten (use --force to replace)")
    for path in r.overwritten:
        print(f"  FORCED {path}: an editor's change was overwritten")
    for note in r.cleaned:
        print(f"  cleaned {note}")
    for note in r.notes:
        print(f"  ?     {note}")


def ingest_all(config, force: bool = False) -> int:
    """Ingest every raw issue, one ingest per project at a time (see `generator.core.lock`): two
    at once would both read the manifest, then each save it without the other's ids."""
    path = os.path.join(config.path(config.cache_dir), "ingest.lock")
    try:
        with lock.held(path):
            return _ingest_all(config, force)
    except lock.Busy as busy:
        print(f"error: another ingest of {os.path.relpath(config.path(config.articles_dir))}/ is "
              f"running (pid {busy.pid}); wait for it to finish, then run ingest again",
              file=sys.stderr)
        return 1


def _ingest_all(config, force: bool) -> int:
    raw_root = config.path(config.raw_dir)
    folders = find_issue_folders(raw_root)
    if not folders:
        print(f"ingest: no issues under {raw_root} (expected <paper>/<YYYY-MM-DD>/issue.yaml + NN.txt or NN.pdf)")
        return 0
    manifests: dict[str, dict] = {}
    failed = 0
    for folder in folders:
        report = ingest_issue(folder, config, manifests, force)
        for path, manifest in manifests.items():   # saved per issue: an interrupted run loses nothing
            save_manifest(path, manifest)
        try:
            print_report(report)
        except BrokenPipeError:      # `build.py ingest | head`: keep ingesting, stop printing
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        failed += report.error is not None or bool(report.page_errors)
    if failed:
        print(f"ingest: {failed} of {len(folders)} issues failed or have pages that failed",
              file=sys.stderr)
        return 1
    return 0
