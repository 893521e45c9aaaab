"""A redirect page left at an article's old id (front matter `aliases`): links never break."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from generator.build.commit import digest
from generator.build.plan.site_plan import SitePlan, Unit
from generator.core.urls import article_url, out_path

if TYPE_CHECKING:
    from generator.build.render import Renderer


def unit(g: bytes, old_id: str, new_id: str, title: str) -> Unit:
    """Covers the target's title (its URL follows from the ids in the key and arg)."""
    key = out_path(article_url(old_id))
    return Unit(key, "redirect", (old_id, new_id), (key,), digest(g, key, (title,)))


def wants(plan: SitePlan, u: Unit) -> Iterable[str]:
    return (u.arg[1],)


def fill(plan: SitePlan, u: Unit) -> None:
    plan.article(u.arg[1])


def render(r: "Renderer", arg) -> bytes:
    target = r.plan.article(arg[1])
    return r.page("redirect.html", target=target, canonical=r.abs_url(target.url))


KINDS = {"redirect": (render, wants, fill)}
