"""Topic and place pages: a listing's articles, newest first, paginated from the oldest."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from markupsafe import Markup

from generator.build.commit import digest
from generator.build.plan.site_plan import Chunk, Listing, SitePlan, Unit
from generator.core.urls import out_path

if TYPE_CHECKING:
    from generator.build.render import Renderer


def unit(g: bytes, kind: str, slug: str, name: str, base: str, chunk: Chunk) -> Unit:
    """Covers the listing's name, its items' list signatures, its neighbours' links, its size
    and its number bar."""
    key = out_path(base if chunk.number is None else f"{base}page/{chunk.number}/")
    return Unit(key, kind, (slug, chunk.number), (key,),
                digest(g, key, (name, chunk.sig, chunk.newer, chunk.older, chunk.total,
                                chunk.pager)))


ITEM_LEVEL, ITEM_SOURCE = 2, True    # a listing's items: <h2> headlines, each with its source


def item_html(r: "Renderer", a) -> str:
    """One article as a listing page lists it (a full build makes it once, with its issue)."""
    return r.item(a, ITEM_LEVEL, ITEM_SOURCE)


def _listing(plan: SitePlan, u: Unit) -> Listing:
    return (plan.topics if u.kind == "topic" else plan.places)[u.arg[0]]


def wants(plan: SitePlan, u: Unit) -> Iterable[str]:
    return () if plan.listed is not None else _listing(plan, u).chunk(u.arg[1]).ids


def fill(plan: SitePlan, u: Unit) -> None:
    chunk = _listing(plan, u).chunk(u.arg[1])
    if plan.listed is not None:     # the items made with their issues (`item_html`)
        chunk.listed = plan.listed(chunk.ids)
    else:
        chunk.items = [plan.article(i) for i in chunk.ids]


def render(r: "Renderer", arg, kind: str) -> bytes:
    slug, number = arg
    listing = (r.plan.topics if kind == "topic" else r.plan.places)[slug]
    chunk = listing.chunk(number)
    path = listing.base if number is None else f"{listing.base}page/{number}/"
    listed = Markup("\n".join(chunk.listed)) if chunk.listed is not None \
        else r.items(chunk.items, ITEM_LEVEL, ITEM_SOURCE)
    return r.page("listing.html", listing=listing, chunk=chunk, listed=listed, kind=kind,
                  page_of=r.plan.page_of, names=r.names,
                  feed=f"{listing.base}feed.xml" if kind == "topic" else None,
                  canonical=r.abs_url(path))


def render_topic(r: "Renderer", arg) -> bytes:
    return render(r, arg, "topic")


def render_place(r: "Renderer", arg) -> bytes:
    return render(r, arg, "place")


KINDS = {"topic": (render_topic, wants, fill), "place": (render_place, wants, fill)}
