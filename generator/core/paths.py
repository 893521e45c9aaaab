"""What may become a path: output paths that stay inside the output folder, and symbolic
links that stay inside the content folder.

Why one module: the build's writer, commit and search index check output paths, and the build's
scan and ingest's reader of raw issues resolve links; each of them must apply the same rule, and
ingest and search must not depend on the build package to do so.
"""
from __future__ import annotations

import errno
import os
from typing import Optional


class UnsafeOutputPath(ValueError):
    """An output path that would leave the output folder; the build refuses to write it."""


def check_rel(rel: str) -> str:
    """`rel` unchanged when it names a file inside the output folder, else UnsafeOutputPath.

    Output paths are derived from content (paper slugs, ids, names) and configuration; one
    that is absolute, climbs with '..', or holds a backslash or NUL could land anywhere. Cheap
    enough for every one of a full build's 200k+ writes (a few substring tests)."""
    if not rel or rel[0] == "/" or "\\" in rel or "\x00" in rel \
            or (".." in rel and ".." in rel.split("/")):
        raise UnsafeOutputPath(
            f"refusing to write {rel!r}: it lies outside the output folder — a value it is "
            "made of (a paper, id, alias, topic or place name, or a slug in site_config.yaml) "
            "is not a safe path; correct it and build again")
    return rel


def allowed_roots(folder: str) -> tuple[str, ...]:
    """The real folders a link under `folder` may lead into: `folder` itself (even when it is
    a link to elsewhere, as an operator may set up) and the folder that holds it."""
    top = os.path.abspath(folder)
    return (os.path.realpath(top), os.path.realpath(os.path.dirname(top)))


def within(real: str, roots: tuple[str, ...]) -> bool:
    """Whether the real path `real` is one of `roots` or lies under one of them."""
    return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def resolve_link(path: str, roots: tuple[str, ...], what: str) -> tuple[Optional[str], str, str]:
    """(real target, "", "") for a link that stays inside `roots`; else (None, kind, why) with
    kind "loop", "missing" or "outside" and why a sentence for the editor. `what` names the
    folder the target must stay in."""
    try:
        real = os.path.realpath(path, strict=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "loop", "is a symbolic link loop (it leads back to itself) — remove the link"
        return None, "missing", f"is a symbolic link to {_readlink(path)!r}, which does not " \
                                "exist — remove the link or restore its target"
    if not within(real, roots):
        return None, "outside", f"is a symbolic link to {real}, outside {what}: links are " \
                                f"followed only inside {what} — copy the file into {what} instead"
    return real, "", ""


def _readlink(path: str) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"
