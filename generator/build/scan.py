"""Find the article files and their stamps in one pass — the only per-file work a rebuild does.

Why a module of its own: every rebuild starts by asking "which files changed?", and at 100k
articles that question is the part of adding an issue that grows with the archive. One
`os.scandir` walk with one `stat` per file answers it (the old `os.walk` + separate stats cost
about three times as much), grouped by folder so the build state can compare a whole folder's
entries with one tuple comparison and keep the records of unchanged folders undecoded.

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
from stat import S_ISDIR, S_ISREG
from typing import Iterator, Mapping, NamedTuple

from generator.core.frontmatter import ContentError
from generator.core.paths import allowed_roots, resolve_link

Entries = tuple[tuple[str, int, int], ...]     # (file name, mtime_ns, size), sorted by name
FORK_MIN_SEEDS = 4      # year folders worth forking helpers for (a fork costs a few ms)
_BY_FD = os.scandir in os.supports_fd


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


class Folders(NamedTuple):
    """What the scan found: each folder's entries, their digest (`folder_digest`), and how
    many article files there are."""
    entries: PackedEntries
    digests: dict[str, bytes]
    files: int


def scan_articles(articles_dir: str, helpers: int = 0) -> dict[str, Entries]:
    """folder → its `*.md` files with stamps (see `scan_folders`)."""
    return dict(scan_folders(articles_dir, helpers).entries.items())


def scan_folders(articles_dir: str, helpers: int = 0) -> Folders:
    """Every folder holding `*.md` files: its entries and their digest; folders without any
    are left out. Hidden files and folders (editor swap files, `.git`) are skipped; the result
    is in sorted order. Raises ScanError listing every link it refuses (see the module docstring).

    The folders two levels down (a paper's years) are walked one by one, here and in
    `helpers` forked processes once there are `FORK_MIN_SEEDS` of them: about half of a walk
    is Python's own work per file, which threads would serialise on the GIL. A helper sends
    back each folder's entries marshalled — the bytes the folder digest is taken of — and its
    digest, so no process builds them twice. A helper that dies raises
    `generator.core.forkmap.HelperDied`."""
    packed: dict[str, bytes] = {}
    digests: dict[str, bytes] = {}
    files = 0
    if not os.path.isdir(articles_dir):
        return Folders(PackedEntries(packed), digests, files)
    top = articles_dir.rstrip(os.sep) or os.sep
    roots = allowed_roots(top)
    where = os.path.basename(os.path.dirname(os.path.abspath(top))) + "/"
    problems: list[tuple[str, str]] = []
    # the top folder and the papers here; each folder below them seeds a walk of its own
    seeds: list[tuple[str, tuple[str, ...]]] = []
    found: list[tuple[str, bytes, bytes, int]] = []
    _walk([(top, (roots[0],), 0)], roots, where, found, problems, seeds, split_at=2)

    def walk_seed(seed: tuple[str, tuple[str, ...]]) -> tuple[list, list]:
        part_found: list[tuple[str, bytes, bytes, int]] = []
        part_problems: list[tuple[str, str]] = []
        _walk([(seed[0], seed[1], 2)], roots, where, part_found, part_problems, [], -1)
        return part_found, part_problems

    parts: list = [None] * len(seeds)
    if helpers > 0 and len(seeds) >= FORK_MIN_SEEDS and hasattr(os, "fork"):
        from generator.core.forkmap import shared_map
        shared_map(seeds, walk_seed, helpers, parts.__setitem__)   # HelperDied: the caller's
    else:
        for i, seed in enumerate(seeds):
            parts[i] = walk_seed(seed)
    for part_found, part_problems in [(found, [])] + parts:
        for d, blob, dg, n in part_found:
            packed[d] = blob
            digests[d] = dg
            files += n
        problems.extend(part_problems)
    if problems:
        raise ScanError(sorted((ContentError(path, None, why) for path, why in problems), key=str))
    order = sorted(packed)
    return Folders(PackedEntries({d: packed[d] for d in order}), {d: digests[d] for d in order}, files)


def folder_digest(entries: Entries) -> bytes:
    """The digest of a folder's entries (name, mtime, size): equal digests, unchanged folder."""
    return _digest(marshal.dumps(entries, 2))


def _digest(packed: bytes) -> bytes:
    return hashlib.blake2b(packed, digest_size=16).digest()


def _listing(d: str):
    """The entries of folder `d`, read through a descriptor of the folder where the system
    allows it: each entry's `stat` is then resolved from the folder (`fstatat`), not from the
    root through every folder of the path again."""
    if not _BY_FD:
        return os.scandir(d), None
    fd = os.open(d, os.O_RDONLY | os.O_DIRECTORY)
    try:
        return os.scandir(fd), fd
    except BaseException:
        os.close(fd)
        raise


def _walk(stack: list, roots: tuple, where: str, out: list, problems: list, seeds: list,
          split_at: int) -> None:
    """Walk the folders on `stack` ((folder, real paths of its branch, depth), …), adding
    (folder, marshalled entries, digest, files) to `out`; a folder at depth `split_at` goes to
    `seeds` instead of being walked (-1: walk all)."""
    def refuse(path: str, why: str) -> None:
        problems.append((path, why))

    # each folder to walk with the real paths of the folders on its branch (itself last):
    # a folder link whose target holds one of them would walk that branch again, forever
    while stack:
        d, branch, depth = stack.pop()
        if depth == split_at:
            seeds.append((d, branch))
            continue
        files: list[tuple[str, int, int]] = []
        subdirs: list[tuple[str, tuple[str, ...], int]] = []
        fd = None
        try:
            listing, fd = _listing(d)
            with listing as it:
                for e in it:
                    name = e.name
                    if name[0] == ".":
                        continue
                    if e.is_symlink():          # from the directory entry: no system call
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
                                subdirs.append((path, branch + (real,), depth + 1))
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
                            subdirs.append((d + os.sep + name, branch + (branch[-1] + os.sep + name,), depth + 1))
                        continue
                    if e.is_dir(follow_symlinks=False):
                        subdirs.append((d + os.sep + name, branch + (branch[-1] + os.sep + name,), depth + 1))
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
            out.append((d, packed, _digest(packed), len(files)))
        subdirs.sort(reverse=True)
        stack.extend(subdirs)


def files_of(scan: dict[str, Entries]) -> list[str]:
    """Every file path of a scan, in sorted order."""
    return [f"{d}/{name}" for d, entries in scan.items() for name, _, _ in entries]
