"""Ask the kernel to start reading a batch's article files before its render workers need them.

Why: at 1M articles the site written so far (tens of GB) has pushed the Markdown files read at
the load step out of the page cache by the time their batch renders, so each worker's
`read_body` waits for the disk (~0.1–0.5 ms a file) and its core idles. The build process
plans the next batch while the workers render the last one and then only waits: asking for
the next batch's files then (`POSIX_FADV_WILLNEED`: read-ahead that returns at once) has them
in memory when that batch's workers open them. Reads only; a file that cannot be opened is
left for the worker to report.
"""
from __future__ import annotations

import os
from typing import Iterable

_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)


def prefetch(paths: Iterable[str]) -> int:
    """Start reading each file into the page cache; returns how many were asked for."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return 0
    n = 0
    for path in paths:
        try:
            fd = os.open(path, _FLAGS)
        except OSError:
            continue
        try:
            advise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
            n += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return n


def article_files(plan, keys: Iterable[str]) -> list[str]:
    """The Markdown files the article units among `keys` will read their bodies from."""
    arts, units, root = plan.archive.articles, plan.units, plan.root
    out = []
    for k in keys:
        u = units[k]
        if u.kind == "article":
            a = arts.get(u.arg)
            if a is not None and a.body is None:
                out.append(os.path.join(root, a.path))
    return out
