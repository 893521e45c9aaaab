"""Static assets copied from templates/static/, and the highlighter's placeholder."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from generator.build.commit import digest
from generator.build.plan.site_plan import Unit

if TYPE_CHECKING:
    from generator.build.render import Renderer

PLACEHOLDER = "static/highlight.js"


def units(static_dir: str) -> dict[str, Unit]:
    """One unit per file (digest = its bytes' identity: size and mtime); article pages load
    highlight.js, so until the templates ship one, a placeholder keeps the link valid."""
    out: dict[str, Unit] = {}
    for dirpath, dirnames, filenames in os.walk(static_dir):
        dirnames.sort()
        for f in sorted(filenames):
            src = os.path.join(dirpath, f)
            rel = "static/" + os.path.relpath(src, static_dir).replace(os.sep, "/")
            st = os.stat(src)
            out[rel] = Unit(rel, "static", src, (rel,),
                            digest("static", rel, st.st_size, st.st_mtime_ns))
    if PLACEHOLDER not in out:
        out[PLACEHOLDER] = Unit(PLACEHOLDER, "placeholder", None, (PLACEHOLDER,),
                                digest("placeholder"))
    return out


def render_static(r: "Renderer", src: str) -> bytes:
    with open(src, "rb") as fh:
        return fh.read()


def render_placeholder(r: "Renderer", _) -> bytes:
    return b"// placeholder: search-term highlighting is not installed\n"


KINDS = {"static": (render_static,), "placeholder": (render_placeholder,)}
