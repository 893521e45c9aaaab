"""One run at a time: the exclusive lock file that builds and ingests take.

Why a lock: two builds of one site would each commit files and then save a build state that
describes only their own changes; two ingests would interleave manifest saves and lose ids an
editor relies on. `flock` is released by the OS when the holder dies, so a killed run never
leaves a stale lock behind; the holder writes its pid into the file so the refused run can say
who holds it.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from typing import Iterator


class Busy(Exception):
    """The lock is held by another process; `pid` is what it wrote into the lock file."""

    def __init__(self, path: str, pid: str):
        super().__init__(f"{path} is held by pid {pid}")
        self.path, self.pid = path, pid


def acquire(path: str) -> int:
    """Take the lock at `path` (created, with its folder, when missing) without waiting;
    returns the open file descriptor that holds it, or raises Busy naming the holder."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
        os.close(fd)
        raise Busy(path, holder) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode(), 0)
    return fd


def release(fd: int) -> None:
    """Give the lock up (closing the descriptor releases the flock)."""
    os.close(fd)


@contextmanager
def held(path: str) -> Iterator[None]:
    """`with held(path):` — the body runs holding the lock; raises Busy when it is taken."""
    fd = acquire(path)
    try:
        yield
    finally:
        release(fd)
