"""Writing a file's bytes with nothing but open, write and close."""
from __future__ import annotations

import os

_WRITE_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
                | getattr(os, "O_BINARY", 0))


def write_bytes(path: str, data: bytes) -> None:
    """open/write/close and nothing else: a buffered file object adds an fstat and an ioctl per
    file, and a full build (or a search part of ~2,000 files) writes many."""
    fd = os.open(path, _WRITE_FLAGS, 0o666)   # minus the umask, as open() does
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
