"""Find the article files and their stamps in one pass — the only per-file work a rebuild does.

Why a module of its own: every rebuild starts by asking "which files changed?", and at 100k
articles that question is the part of adding an issue that grows with the archive. One
`os.scandir` walk with one `stat` per file answers it (the old `os.walk` + separate stats cost
about three times as much), grouped by folder so the build state can compare a whole folder's
entries with one tuple comparison and keep the records of unchanged folders undecoded.

Unchanged folders: a folder's own change time (ctime) moves whenever a name in it is added,
removed or renamed — including an editor's save by atomic rename — and can be set by no one;
its mtime moves too (and is what moves on Windows, where `st_ctime` is the creation time). A
folder that held only article files (no subfolders, no links) and whose two times equal the
ones the last build stored (`Known.stamp`, `folder_stamp`) keeps its names: it is not listed
again, and each of its files costs one `stat` by name from the folder's descriptor, compared
with the stored stamp (an edit in place moves only the file's own mtime, never the folder's).
A folder changed within `SETTLE_NS` of the scan (a clock tick could hide a second change
behind the same time, as in Git's "racy" index) is stored with stamp 0: listed again next time.

Symbolic links: a link is followed only when its target lies inside the content folder (the
folder holding the articles folder, `content/`), and a folder link that leads back into a
folder being walked (a loop) is not entered. Such links, and links whose target is missing, are
errors rather than skipped entries: skipping would quietly unpublish the articles a link used
to bring in, while an error stops the build before anything changes and names the link. Only
links cost extra system calls; an ordinary article file costs one `stat`, an ordinary folder none.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import time
from stat import S_ISDIR, S_ISREG
from typing import Iterator, Mapping, NamedTuple, Optional

from generator.core.frontmatter import ContentError
from generator.core.paths import allowed_roots, resolve_link

Entries = tuple[tuple[str, int, int], ...]     # (file name, mtime_ns, size), sorted by name
FORK_MIN_SEEDS = 4      # year folders worth forking helpers for (a fork costs a few ms)
SCAN_MIN_HELPERS = 3    # helpers a build's scan forks at least (see scan_helpers)
SETTLE_NS = 2_000_000_000   # a folder changed this close to the scan is listed again next time
_BY_FD = os.scandir in os.supports_fd and os.stat in os.supports_dir_fd


class ScanError(Exception):
    """The walk met links it refuses to follow; `problems` names each one and what to do."""

    def __init__(self, problems: list[ContentError]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class PackedEntries(Mapping):
    """folder → its entries, kept as the marshalled bytes their digest was taken of and decoded
    when asked for: a rebuild reads the entries of the few folders that changed, and a
    million-article archive's ~4M small objects are neither made nor freed."""

    def __init__(self, packed: dict[str, bytes]):
        self.packed = packed

    def __getitem__(self, d: str) -> Entries:
        return marshal.loads(self.packed[d])

    def __contains__(self, d: object) -> bool:
        return d in self.packed

    def __iter__(self) -> Iterator[str]:
        return iter(self.packed)

    def __len__(self) -> int:
        return len(self.packed)


class Known(NamedTuple):
    """What the last build stored of a folder: its change time when listed (0: list it again),
    its entries marshalled and their digest."""
    stamp: int
    packed: bytes
    digest: bytes


class Folders(NamedTuple):
    """What the scan found: each folder's entries, their digest (`folder_digest`), how many
    article files there are, each folder's stamp to store (`Known.stamp`) and how many
    folders had to be listed (the rest were known and unchanged)."""
    entries: PackedEntries
    digests: dict[str, bytes]
    files: int
    stamps: dict[str, int]
    listed: int


class _Walk(NamedTuple):
    """What every folder of one walk is judged by."""
    roots: tuple
    where: str                      # the content folder's name, for messages
    known: Mapping[str, Known]
    settled_before: int             # a change time before this (ns) is safe to store


def scan_helpers(workers: int) -> int:
    """How many helpers a scan forks: one per core beside this process, and at least
    `SCAN_MIN_HELPERS`. Why more than the cores: on a cold cache (a no-op after a build that
    wrote a whole site, which evicts the source's inodes) each `stat` waits for the disk, and
    more walks in flight keep it busy — measured on 300k articles with the page and inode
    caches dropped: the scan's load step 1.35 s with one helper, 1.15 s with three; warm, the
    same 0.55 s either way. A build told to use one process (`workers: 1`) forks none."""
    return 0 if workers <= 1 else max(workers - 1, SCAN_MIN_HELPERS)


def scan_articles(articles_dir: str, helpers: int = 0) -> dict[str, Entries]:
    """folder → its `*.md` files with stamps (see `scan_folders`)."""
    return dict(scan_folders(articles_dir, helpers).entries.items())


def scan_folders(articles_dir: str, helpers: int = 0,
                 known: Optional[Mapping[str, Known]] = None) -> Folders:
    """Every folder holding `*.md` files: its entries and their digest; folders without any
    are left out. Hidden files and folders (editor swap files, `.git`) are skipped; the result
    is in sorted order. `known`: the last build's folders, whose unchanged ones are not listed
    again (see the module docstring). Raises ScanError listing every link it refuses.

    The folders two levels down (a paper's years) are walked one by one, here and in
    `helpers` forked processes once there are `FORK_MIN_SEEDS` of them: about half of a walk
    is Python's own work per file, which threads would serialise on the GIL. A helper sends
    back each folder's entries marshalled — the bytes the folder digest is taken of — and its
    digest, so no process builds them twice. A helper that dies raises
    `generator.core.forkmap.HelperDied`."""
    packed: dict[str, bytes] = {}
    digests: dict[str, bytes] = {}
    stamps: dict[str, int] = {}
    files = listed = 0
    if not os.path.isdir(articles_dir):
        return Folders(PackedEntries(packed), digests, files, stamps, listed)
    top = articles_dir.rstrip(os.sep) or os.sep
    roots = allowed_roots(top)
    where = os.path.basename(os.path.dirname(os.path.abspath(top))) + "/"
    walk = _Walk(roots, where, known or {}, time.time_ns() - SETTLE_NS)
    problems: list[tuple[str, str]] = []
    # the top folder and the papers here; each folder below them seeds a walk of its own
    seeds: list[tuple] = []
    found: list[tuple[str, bytes, bytes, int, int, bool]] = []
    _walk(walk, [(top, (roots[0],), 0, False)], found, problems, seeds, split_at=2)

    def walk_seed(seed: tuple) -> tuple[list, list]:
        part_found: list[tuple[str, bytes, bytes, int, int, bool]] = []
        part_problems: list[tuple[str, str]] = []
        _walk(walk, [seed], part_found, part_problems, [], -1)
        return part_found, part_problems

    parts: list = [None] * len(seeds)
    if helpers > 0 and len(seeds) >= FORK_MIN_SEEDS and hasattr(os, "fork"):
        from generator.core.forkmap import shared_map
        shared_map(seeds, walk_seed, helpers, parts.__setitem__)   # HelperDied: the caller's
    else:
        for i, seed in enumerate(seeds):
            parts[i] = walk_seed(seed)
    for part_found, part_problems in [(found, [])] + parts:
        for d, blob, dg, n, stamp, was_listed in part_found:
            packed[d] = blob
            digests[d] = dg
            stamps[d] = stamp
            files += n
            listed += was_listed
        problems.extend(part_problems)
    if problems:
        raise ScanError(sorted((ContentError(path, None, why) for path, why in problems), key=str))
    order = sorted(packed)
    return Folders(PackedEntries({d: packed[d] for d in order}), {d: digests[d] for d in order},
                   files, {d: stamps[d] for d in order}, listed)


def folder_digest(entries: Entries) -> bytes:
    """The digest of a folder's entries (name, mtime, size): equal digests, unchanged folder."""
    return _digest(marshal.dumps(entries, 2))


def folder_stamp(st: os.stat_result) -> int:
    """A folder's change time and modification time as one integer (an SQLite INTEGER):
    either moving changes it."""
    return hash((st.st_ctime_ns, st.st_mtime_ns))


def _digest(packed: bytes) -> bytes:
    return hashlib.blake2b(packed, digest_size=16).digest()


def _open(d: str) -> Optional[int]:
    """A descriptor of folder `d` where the system resolves names from one (`fstatat`: each
    entry's `stat` then starts from the folder, not from the root through every folder of the
    path again); None elsewhere."""
    return os.open(d, os.O_RDONLY | os.O_DIRECTORY) if _BY_FD else None


def _unchanged(d: str, fd: Optional[int], packed: bytes) -> int:
    """How many files a known folder holds when each one's stamp still equals the stored one;
    -1 at the first that differs or is gone."""
    entries = marshal.loads(packed)
    stat = os.stat
    try:
        if fd is not None:
            for name, mtime, size in entries:
                st = stat(name, dir_fd=fd, follow_symlinks=False)
                if st.st_mtime_ns != mtime or st.st_size != size:
                    return -1
        else:
            for name, mtime, size in entries:
                st = stat(d + os.sep + name, follow_symlinks=False)
                if st.st_mtime_ns != mtime or st.st_size != size:
                    return -1
    except OSError:
        return -1
    return len(entries)


def _walk(walk: _Walk, stack: list, out: list, problems: list, seeds: list,
          split_at: int) -> None:
    """Walk the folders on `stack` ((folder, real paths of its branch, depth, reached through
    a link), …), adding (folder, marshalled entries, digest, files, stamp, listed) to `out`; a
    folder at depth `split_at` goes to `seeds` instead of being walked (-1: walk all)."""
    roots, where, known = walk.roots, walk.where, walk.known

    def refuse(path: str, why: str) -> None:
        problems.append((path, why))

    # each folder to walk with the real paths of the folders on its branch (itself last):
    # a folder link whose target holds one of them would walk that branch again, forever
    while stack:
        d, branch, depth, linked = stack.pop()
        if depth == split_at:
            seeds.append((d, branch, depth, linked))
            continue
        files: list[tuple[str, int, int]] = []
        subdirs: list[tuple[str, tuple[str, ...], int, bool]] = []
        plain = not linked          # only article files, none through a link: may be trusted
        fd = None
        try:
            fd = _open(d)
            st = os.fstat(fd) if fd is not None else os.stat(d)
            changed, last = folder_stamp(st), max(st.st_ctime_ns, st.st_mtime_ns)
            k = known.get(d) if plain else None
            if k is not None and k.stamp == changed:
                n = _unchanged(d, fd, k.packed)
                if n >= 0:
                    out.append((d, k.packed, k.digest, n, changed, False))
                    continue
            with os.scandir(d if fd is None else fd) as it:
                for e in it:
                    name = e.name
                    if name[0] == ".":
                        continue
                    if e.is_symlink():          # from the directory entry: no system call
                        plain = False
                        path = d + os.sep + name
                        real, kind, why = resolve_link(path, roots, where)
                        if real is None:
                            # a link to a file that is no article is nobody's business; one
                            # that is (or may hold) an article, or loops, is an error
                            if name.endswith(".md") or kind == "loop" or os.path.isdir(path):
                                refuse(path, why)
                            continue
                        try:
                            st = os.stat(real)
                        except OSError:
                            continue     # vanished meanwhile: the next build sees it gone
                        if S_ISDIR(st.st_mode):
                            if any(b == real or b.startswith(real + os.sep) for b in branch):
                                refuse(path, f"is a symbolic link loop: it leads to {real}, "
                                       "a folder this link lies in, so the walk would never "
                                       "end — remove the link")
                            else:
                                subdirs.append((path, branch + (real,), depth + 1, True))
                        elif name.endswith(".md") and S_ISREG(st.st_mode):
                            files.append((name, st.st_mtime_ns, st.st_size))
                        continue
                    if name.endswith(".md"):      # the common case: one stat tells all
                        try:
                            st = e.stat()
                        except OSError:
                            continue   # vanished meanwhile: the next build sees it gone
                        if S_ISREG(st.st_mode):
                            files.append((name, st.st_mtime_ns, st.st_size))
                        elif S_ISDIR(st.st_mode):
                            subdirs.append((d + os.sep + name, branch + (branch[-1] + os.sep + name,),
                                            depth + 1, linked))
                        continue
                    if e.is_dir(follow_symlinks=False):
                        subdirs.append((d + os.sep + name, branch + (branch[-1] + os.sep + name,),
                                        depth + 1, linked))
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            continue
        except OSError as exc:
            refuse(d, f"cannot be read: {exc.strerror}")
            continue
        finally:
            if fd is not None:
                os.close(fd)
        if files:
            files.sort()
            packed = marshal.dumps(tuple(files), 2)
            trusted = plain and not subdirs and last < walk.settled_before and changed != 0
            out.append((d, packed, _digest(packed), len(files), changed if trusted else 0, True))
        subdirs.sort(reverse=True)
        stack.extend(subdirs)


def files_of(scan: dict[str, Entries]) -> list[str]:
    """Every file path of a scan, in sorted order."""
    return [f"{d}/{name}" for d, entries in scan.items() for name, _, _ in entries]
