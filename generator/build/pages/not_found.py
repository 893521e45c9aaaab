"""The 404 page (links from the site's base path, so it works at any depth)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator.build.commit import digest
from generator.build.plan.site_plan import Unit

if TYPE_CHECKING:
    from generator.build.render import Renderer


def unit(g: bytes) -> Unit:
    """Covers nothing beyond the global digest (templates, config)."""
    return Unit("404.html", "404", None, ("404.html",), digest(g, "404.html", ()))


def render(r: "Renderer", _) -> bytes:
    return r.page("404.html", canonical=None)


KINDS = {"404": (render,)}
