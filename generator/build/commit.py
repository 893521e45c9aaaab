"""Digests and the safe output tree.

Why: a 100k-article archive must not re-render (or even copy) everything when one issue is
added, and a failing build must never leave a half-written site behind.

* Every output *unit* (one article page + its JSON twin, one issue page, one topic page …) has a
  digest of everything its bytes depend on (see `generator.build.plan`); the build state
  (`generator.build.state`) keeps each unit's digest and output files. A rebuild renders only units
  whose digest changed, and the writer skips files whose bytes did not change, so a rebuild is
  byte-identical to a clean build.
* Output safety — two strategies, chosen per build:
  - **full build** (no build state, `--clean`, or the site folder is missing): render into a fresh
    sibling folder `site.new-<pid>/`, then swap it in with two renames (old → `site.old-<pid>`,
    new → `site`), then delete the old one. Until the swap the previous site is untouched.
  - **incremental build**: render only changed files into a sibling staging folder
    `site.stage-<pid>/` (same relative paths), then *commit*: `os.replace` each staged file into
    `site/` and delete the outputs of units that disappeared. Nothing is copied; the commit of an
    added issue moves a few hundred files. If anything fails before the commit, the staging folder
    is removed and `site/` is untouched. The build state is saved only after a commit, so a crash
    inside the commit just makes the next build re-render (and re-verify) a superset.
* Nothing is written outside the output folder: content validation keeps paper slugs, ids,
  aliases and names path-safe, and, as a second wall, every output path is checked by
  `check_rel` before it is written, moved into the site or deleted from it.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import shutil
import time
from typing import Iterable, Optional

from generator.core.files import write_bytes
from generator.core.paths import check_rel


def digest(*parts) -> bytes:
    """A stable 16-byte digest of plain Python data.

    marshal (format 2: no back-references, so equal data gives equal bytes) is ~6x faster than
    repr, which matters for 100k+ units per build; data marshal cannot encode (dates …) falls
    back to repr, which is deterministic for the tuples we build.
    """
    try:
        raw = marshal.dumps(parts, 2)
    except ValueError:
        raw = repr(parts).encode("utf-8")
    return hashlib.blake2b(raw, digest_size=16).digest()


def file_digest(paths: Iterable[str]) -> bytes:
    """Digest of several files' bytes (templates, generator code) — any edit changes it."""
    h = hashlib.blake2b(digest_size=16)
    for p in sorted(paths):
        h.update(p.encode("utf-8"))
        with open(p, "rb") as fh:
            h.update(fh.read())
    return h.digest()


def staged_name(rel: str) -> str:
    """The flat file name an incremental build stages `rel` under (deterministic, so the
    commit finds it from `rel` alone; a digest, so any path fits in one file name)."""
    return hashlib.blake2b(rel.encode("utf-8"), digest_size=16).hexdigest()


class OutputWriter:
    """Writes rendered files into a staging folder, skipping bytes identical to the live site.

    `live` is the current site folder (None for a full build into an empty folder). One writer
    per process; it remembers the folders it created so 100k writes do not stat 100k times.
    An incremental build stages files *flat* (`staged_name(rel)`), not in the site's folder
    tree: the folders would cost one mkdir each when staged and one rmdir each when the stage
    is removed (~2–3 ms apiece on a busy ext4: about a second for an added issue).
    """

    def __init__(self, stage: str, live: Optional[str]):
        self.stage, self.live = stage, live
        self._dirs: set[str] = set()
        self.written: list[str] = []
        self.same = 0

    def write(self, rel: str, data: bytes) -> None:
        """Stage `rel` (refused with UnsafeOutputPath when it would leave the output folder)."""
        check_rel(rel)
        if self.live is not None:
            try:
                with open(os.path.join(self.live, rel), "rb") as fh:
                    if fh.read() == data:
                        self.same += 1
                        return
            except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
                pass
        if self.live is not None:
            target = self.stage + "/" + staged_name(rel)
        else:
            target = self.stage + "/" + rel
            d = target.rpartition("/")[0]
            if d not in self._dirs:
                try:             # almost always the parent exists: one mkdir, no stats
                    os.mkdir(d)
                except FileNotFoundError:
                    os.makedirs(d, exist_ok=True)
                except FileExistsError:
                    pass
                self._dirs.add(d)
        write_bytes(target, data)
        self.written.append(rel)


def sibling(output: str, tag: str) -> str:
    """A fresh folder name next to the site: `site.<tag>-<pid>.<n>` (the pid lets a later build
    tell whether its owner is still running)."""
    out = os.path.abspath(output).rstrip(os.sep)
    return f"{out}.{tag}-{os.getpid()}.{time.time_ns()}"


def remove_stale_siblings(output: str) -> list[str]:
    """Delete staging folders left by builds that were killed (their process is gone)."""
    out = os.path.abspath(output).rstrip(os.sep)
    parent, name = os.path.split(out)
    removed = []
    try:
        entries = os.listdir(parent or ".")
    except FileNotFoundError:
        return removed
    for entry in entries:
        for tag in ("new", "stage", "old", "trash"):
            prefix = f"{name}.{tag}-"
            rest = entry[len(prefix):].split(".")[0] if entry.startswith(prefix) else ""
            if rest.isdigit():
                pid = int(rest)       # the build that made it
                if pid != os.getpid() and not _alive(pid):
                    path = os.path.join(parent, entry)
                    if tag == "trash" and _younger_than(path, TRASH_GRACE_S):
                        continue      # its `rm` is most likely still at work
                    if tag in ("old", "trash"):
                        # a replaced site whose deletion did not finish: deleting 250k files
                        # here would hold this build up for minutes
                        _remove_in_background(path, out)
                    else:
                        shutil.rmtree(path, ignore_errors=True)
                    removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def swap_in(new_dir: str, output: str) -> None:
    """Full build: replace `output` by `new_dir` with two renames, then drop the old tree."""
    output = os.path.abspath(output)
    if os.path.exists(output):
        old = sibling(output, "old")
        os.rename(output, old)
        os.rename(new_dir, output)
        _remove_in_background(old, output)
    else:
        os.makedirs(os.path.dirname(output) or ".", exist_ok=True)
        os.rename(new_dir, output)


TRASH_GRACE_S = 600   # a `site.trash-…` tree younger than this is left to the `rm` deleting it


def _younger_than(path: str, seconds: float) -> bool:
    try:
        return time.time() - os.stat(path).st_ctime < seconds   # the rename sets ctime
    except OSError:
        return True


def _remove_in_background(path: str, output: str) -> None:
    """Deleting a 250k-file tree takes a minute; the new site is already live, so let a
    detached `rm -rf` do it. The tree is first renamed `site.trash-<pid>…`: later builds
    then leave it to that `rm` for a while instead of starting another one on it (a trash
    tree still there after `TRASH_GRACE_S` gets a new `rm`)."""
    import subprocess
    out = os.path.abspath(output).rstrip(os.sep)
    trash = f"{out}.trash-{os.getpid()}.{time.time_ns()}"
    try:
        os.rename(path, trash)
    except OSError:
        return    # gone meanwhile
    try:
        subprocess.Popen(["rm", "-rf", "--", trash], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    except OSError:
        shutil.rmtree(trash, ignore_errors=True)


def commit(stage: str, output: str, written: Iterable[str], deleted: Iterable[str]) -> int:
    """Incremental build: move staged files (flat, see `staged_name`) into the live site, delete
    outputs that vanished. Every path is checked before anything moves, so an unsafe one
    (UnsafeOutputPath) leaves the live site as it was."""
    written = [check_rel(rel) for rel in written]
    deleted = [check_rel(rel) for rel in deleted]
    made: set[str] = set()
    n = 0
    for rel in written:
        target = os.path.join(output, rel)
        d = os.path.dirname(target)
        if d not in made:
            os.makedirs(d, exist_ok=True)
            made.add(d)
        os.replace(os.path.join(stage, staged_name(rel)), target)
        n += 1
    for rel in deleted:
        target = os.path.join(output, rel)
        try:
            os.remove(target)
        except FileNotFoundError:
            continue
        d = os.path.dirname(target)   # prune folders left empty (e.g. a removed article)
        while d and os.path.abspath(d) != os.path.abspath(output):
            try:
                os.rmdir(d)
            except OSError:
                break
            d = os.path.dirname(d)
    shutil.rmtree(stage, ignore_errors=True)
    return n
