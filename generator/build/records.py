"""Bring the build state's article records up to date with the files on disk.

Why: a rebuild should parse only the files that changed. The scan (`generator.build.scan`) gives each
folder's entries; a folder whose entries equal the previous build's keeps its records as an
undecoded blob, a changed folder re-parses only the files whose stamp moved. What comes out is
what the planner needs: the records parsed this build grouped by issue (*arrivals*), the issues
they touch (*dirty*, including the issue a changed or deleted file used to belong to), the
id → file index with duplicates reported, and issue.yaml facts (re-read only when changed).
"""
from __future__ import annotations

import datetime as _dt
import os
import pickle
from dataclasses import dataclass, field
from typing import Iterator, Mapping, NamedTuple, Optional

from generator.core.articles import ParseJob, parse_files, from_row, start_parse, to_row
from generator.core.frontmatter import ContentError
from generator.core.model import Article
from generator.build.scan import Entries
from generator.build.state import NewState, State, pack, unpack

def decode(row: bytes) -> Article:
    return from_row(pickle.loads(row[1:]) if row[:1] == b"p" else unpack(row[1:]))


def decode_brief(row: bytes) -> Article:
    """A record for an article held only while its batch is planned and rendered (`decode`
    without sharing its names with other articles: cheaper when nothing is kept)."""
    return from_row(pickle.loads(row[1:]) if row[:1] == b"p" else unpack(row[1:]), share=False)


def encode(a: Article) -> bytes:
    """A record as bytes: marshal (fast), or pickle for the rare value marshal cannot encode
    (a YAML date an editor wrote inside `source`)."""
    row = to_row(a)
    try:
        return b"m" + pack(row)
    except ValueError:
        return b"p" + pickle.dumps(row, protocol=pickle.HIGHEST_PROTOCOL)


def issue_key(a: Article) -> tuple[str, int]:
    return (a.paper, a.date.toordinal())


@dataclass
class RecordUpdate:
    decoded: dict[str, dict[str, Article]] = field(default_factory=dict)  # folder → records
    arrivals: dict[tuple, list[Article]] = field(default_factory=dict)   # issue → new records
    dirty: set = field(default_factory=set)                     # issue keys to re-plan
    parsed: list[Article] = field(default_factory=list)         # records parsed this build
    errors: list[ContentError] = field(default_factory=list)

    def store(self, new: NewState, everything: bool = False) -> None:
        """Write the records parsed this build into the state (after enrich filled derived
        fields; with `everything` enrich may have re-derived any record: all are stored)."""
        arts = (a for d in self.decoded.values() for a in d.values()) if everything else self.parsed
        for a in arts:
            new.set_id(a.id, a.path, encode(a))


def update_records(new: NewState, scan: Mapping[str, Entries], everything: bool) -> RecordUpdate:
    """Compare the scan with the previous records (`new.base`); parse what changed; update
    `new`'s entries and id index. With `everything`, every record is an arrival (a full plan)
    — still parsing only the files that changed."""
    up = RecordUpdate()
    base = new.base
    removed: list[Article] = []
    to_parse: list[str] = []

    def old_records(d: str) -> dict[str, Article]:
        return {path.rpartition("/")[2]: decode(row) for _, path, row in base.rows_in(d)}

    new.entries = scan            # read below only for the folders that changed
    for d in scan:
        known = d in base.dir_digests
        if known and base.dir_digests[d] == new.digest_of(d):
            continue
        entries = scan[d]
        prev = base.entries_of(d) if known else None
        old_arts = old_records(d) if prev is not None else {}
        old_stamp = {n: (t, s) for n, t, s in prev} if prev is not None else {}
        cur: dict[str, Article] = {}
        names = set()
        for name, t, s in entries:
            names.add(name)
            if old_stamp.get(name) == (t, s) and name in old_arts:
                cur[name] = old_arts[name]
            else:
                to_parse.append(f"{d}/{name}")
                if name in old_arts:
                    removed.append(old_arts[name])
        removed.extend(a for n, a in old_arts.items() if n not in names)
        up.decoded[d] = cur
    for d in base.dir_digests:
        if d not in scan:
            removed.extend(old_records(d).values())
    if everything:      # the unchanged folders' records too
        changed = set(up.decoded)
        for _, path, row in base.all_rows():
            d, _, name = path.rpartition("/")
            if d in scan and d not in changed:
                up.decoded.setdefault(d, {})[name] = decode(row)

    parsed = parse_files(to_parse) if to_parse else {}
    for path in to_parse:
        result = parsed[path]
        if isinstance(result, ContentError):
            up.errors.append(result)
            continue
        d, _, name = path.rpartition("/")
        up.decoded[d][name] = result
        up.parsed.append(result)

    # the id index; a duplicate id is reported on the later file (in path order)
    if everything:
        new.start_ids()
        fresh = sorted((a for arts in up.decoded.values() for a in arts.values()),
                       key=lambda a: a.path)
    else:
        fresh = sorted(up.parsed, key=lambda a: a.path)
    for a in removed:
        if new.path_of(a.id) == a.path:
            new.del_id(a.id)
        up.dirty.add(issue_key(a))
    for a in fresh:
        other = new.path_of(a.id)
        if other is not None and other != a.path:
            first, later = sorted((other, a.path))
            up.errors.append(ContentError(later, 2, f"duplicate id {a.id!r}, already used by {first}",
                                          "ids are permanent: give the newer file its own id"))
            continue
        new.set_id(a.id, a.path, b"")        # the row is stored after enrich (`store`)
        key = issue_key(a)
        up.arrivals.setdefault(key, []).append(a)
        up.dirty.add(key)
    return up


@dataclass
class RecordBatch:
    """Every record of a run of folders (a full build streams them)."""
    articles: list[Article]          # in path order
    parsed: int                      # how many of them were parsed this build
    errors: list[ContentError]


def record_batches(new: NewState, scan: Mapping[str, Entries], size: int) -> Iterator[RecordBatch]:
    """A full build's records, folder by folder in scan order, about `size` at a time: an
    unchanged file's record is decoded from the previous state (`new.base`), a file whose stamp
    moved (or that the state does not know) is parsed. Fills `new.entries` as it goes. The
    records are held only while their batch is stored, so they share no names (`decode_brief`).
    While the caller stores a batch, a forked helper already parses the next one's files."""
    folders = list(scan.items())
    groups: list[list[tuple[str, Entries]]] = []
    i = 0
    while i < len(folders):
        batch: list[tuple[str, Entries]] = []
        n = 0
        while i < len(folders) and (not batch or n + len(folders[i][1]) <= size):
            batch.append(folders[i])
            n += len(folders[i][1])
            i += 1
        groups.append(batch)
    if not groups:
        return
    pending: Optional[_PendingBatch] = _start_batch(new, groups[0])
    try:
        for nxt in groups[1:] + [None]:
            done = pending.finish()
            pending = _start_batch(new, nxt) if nxt is not None else None
            yield done
    finally:
        if pending is not None:
            pending.job.close()


class _PendingBatch(NamedTuple):
    found: dict                      # path → record decoded from the previous state
    to_parse: list[str]
    job: ParseJob

    def finish(self) -> RecordBatch:
        parsed = self.job.finish()
        found, errors = self.found, []
        for path in self.to_parse:
            result = parsed[path]
            if isinstance(result, ContentError):
                errors.append(result)
            else:
                found[path] = result
        return RecordBatch([found[p] for p in sorted(found)], len(self.to_parse) - len(errors), errors)


def _start_batch(new: NewState, folders: list[tuple[str, Entries]]) -> _PendingBatch:
    base = new.base
    found: dict[str, Article] = {}
    to_parse: list[str] = []
    for d, entries in folders:
        new.entries[d] = entries
        known = d in base.dir_digests
        old = {path: row for _, path, row in base.rows_in(d)} if known else {}
        stamps = None if known and base.dir_digests[d] == new.digest_of(d) else \
            {n: (t, s) for n, t, s in (base.entries_of(d) or ())}
        for name, t, s in entries:
            path = f"{d}/{name}"
            row = old.get(path)
            if row is not None and (stamps is None or stamps.get(name) == (t, s)):
                found[path] = decode_brief(row)
            else:
                to_parse.append(path)
    return _PendingBatch(found, to_parse, start_parse(to_parse, share=False))


def update_issue_meta(old: State, raw_root: str) -> tuple[dict, dict, set]:
    """issue.yaml facts: (path → (mtime, size, key, meta), (paper, date) → meta, changed keys).
    Only files whose stamp moved are read again. A folder that does not load has no key and
    meta {"error": message} (`issue_yaml_problems` reports it on every build; ingest skips it)."""
    from generator.ingest.issue import IssueError, find_issue_folders, load_issue
    yamls: dict[str, tuple] = {}
    changed: set = set()
    folders = find_issue_folders(raw_root) if os.path.isdir(raw_root) else []
    for folder in folders:
        path = os.path.join(folder, "issue.yaml")
        try:
            st = os.stat(path)
        except OSError:
            continue
        prev = old.yamls.get(path)
        if prev is not None and prev[0] == st.st_mtime_ns and prev[1] == st.st_size:
            yamls[path] = prev
            continue
        try:
            issue = load_issue(folder)
            key = (issue.paper, issue.date.toordinal())
            meta = {"issue_no": issue.issue_no, "pages": issue.page_names,
                    "estimated_date": issue.date_estimated, "note": issue.note}
        except IssueError as err:
            key, meta = None, {"error": str(err)}
        yamls[path] = (st.st_mtime_ns, st.st_size, key, meta)
        if prev is None or prev[2:] != (key, meta):
            changed.update(k for k in (key, prev[2] if prev else None) if k is not None)
    root = os.path.realpath(raw_root) + os.sep
    for folder in folders:
        entry = yamls.get(os.path.join(folder, "issue.yaml"))
        if entry is not None:
            _page_pdfs(old, folder, root, entry[2], yamls, changed)
    for path, prev in old.yamls.items():
        if path not in yamls and prev[2] is not None:
            changed.add(prev[2])
    by_issue: dict = {}
    images: dict = {}
    for path, (_, _, key, meta) in yamls.items():
        if key is None:
            continue
        at = (key[0], _dt.date.fromordinal(key[1]))
        if "pdf" in meta:
            if "sha" in meta:
                images.setdefault(at, {})[meta["pdf"]] = (path,) + tuple(meta["sha"])
            for n, sha in enumerate(meta.get("pages") or (), 1):     # issue.pdf: 版 n = page n
                images.setdefault(at, {}).setdefault(n, (path,) + tuple(sha) + (n,))
        else:
            by_issue[at] = meta
    for at, imgs in images.items():
        if at in by_issue:
            by_issue[at] = dict(by_issue[at], images=imgs)
    return yamls, by_issue, changed


def _page_pdfs(old: State, folder: str, root: str, key, yamls: dict, changed: set) -> None:
    """The issue folder's page PDFs (NN.pdf, or issue.pdf of the whole issue) in the same table
    as its issue.yaml: path → (mtime, size, issue key, {"pdf": page, "sha": (hash, w, h, tw,
    th)}), for issue.pdf {"pdf": 0, "pages": [(hash, w, h, tw, th) per page]}; only a PDF whose
    stamp moved is hashed and probed again, and a changed one makes its issue dirty (where an
    NN.pdf and issue.pdf both give a 版, NN.pdf wins; ingest refuses such a folder). A link
    leaving the raw folder (`root`, resolved, with a trailing separator) is not followed
    (nothing from elsewhere is published)."""
    from generator.build.pages.page_image import probe, probe_issue
    from generator.ingest.issue import ISSUE_PDF, PAGE_FILE
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        m = PAGE_FILE.match(name)
        whole = ISSUE_PDF.match(name) is not None
        if not whole and (m is None or m.group(2).lower() != "pdf"):
            continue
        path = os.path.join(folder, name)
        if not os.path.realpath(path).startswith(root):
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue
        prev = old.yamls.get(path)
        if prev is not None and prev[:3] == (st.st_mtime_ns, st.st_size, key):
            yamls[path] = prev
            continue
        info: dict = {"pdf": 0 if whole else int(m.group(1))}
        try:
            if whole:
                info["pages"] = probe_issue(path)
            else:
                info["sha"] = probe(path)
        except (OSError, ValueError):
            pass                       # ingest reports a bad PDF; it just has no image
        yamls[path] = (st.st_mtime_ns, st.st_size, key, info)
        if prev is None or prev[2:] != (key, info):
            changed.update(k for k in (key, prev[2] if prev else None) if k is not None)


def yaml_stamps(yamls: dict) -> list:
    return sorted((p, v[0], v[1]) for p, v in yamls.items())


def issue_yaml_problems(yamls: dict) -> list[str]:
    """What is wrong with each issue folder whose issue.yaml did not load (from
    `update_issue_meta`'s table, so unchanged bad files are reported again without re-reading)."""
    return [f"{meta['error']} (until then, its issue is built without the issue.yaml facts "
            "期号 and 版名)"
            for _path, (_, _, key, meta) in sorted(yamls.items())
            if key is None and isinstance(meta, dict) and "error" in meta]
