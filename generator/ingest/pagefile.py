"""Reading page files from disk (the one place ingest opens a page)."""
from __future__ import annotations

from typing import Optional

from generator.ingest.split.text.decode import PageError, decode_page


def read_page(path: str, cleaned: Optional[list[str]] = None) -> str:
    """Read and decode one page file; PageError (naming the file) on any problem. A note on
    control characters removed from it goes to `cleaned`."""
    return decode_page(read_bytes(path, "a page text file", PageError), path, cleaned)


def read_bytes(path: str, what: str, error: type, limit: int = -1) -> bytes:
    """A page file's bytes (the first `limit` of them); `error` naming the file and the cause."""
    try:
        with open(path, "rb") as fh:
            return fh.read(limit)
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not {what}") from None
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror})") from None
