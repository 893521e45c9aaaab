"""Reading page files from disk (the one place ingest opens a page)."""
from __future__ import annotations

from typing import Optional

from generator.ingest.split.decode import PageError, decode_page


def read_page(path: str, cleaned: Optional[list[str]] = None) -> str:
    """Read and decode one page file; PageError (naming the file) on any problem. A note on
    control characters removed from it goes to `cleaned`."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise PageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PageError(f"{path}: is a folder, not a page text file") from None
    except OSError as exc:
        raise PageError(f"{path}: cannot be read ({exc.strerror})") from None
    return decode_page(data, path, cleaned)
