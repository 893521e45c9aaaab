"""The search page: the form, its facets and the `window.archiveSearch` runtime."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from generator.build.commit import digest
from generator.build.plan.site_plan import SitePlan, Unit

if TYPE_CHECKING:
    from generator.build.render import Renderer


def search_facets(plan: SitePlan, summ: Optional[dict] = None) -> tuple:
    """The choices the search page offers (passed to templates/search.html)."""
    if summ is None:
        return plan.facets
    arch = plan.archive
    years = sorted({y for p in arch.publications for y in p.years})
    page_names = sorted({name for s in summ.values() for _, name in s.labels if name})
    kinds = sorted({k for s in summ.values() for k in s.kinds})
    topics = sorted(((name, slug) for slug, name, _ in plan.topic_index), key=lambda t: t[1])
    pubs = [(p.slug, p.name) for p in arch.publications]
    return (pubs, years, page_names, kinds, topics)


def unit(g: bytes, facets: tuple) -> Unit:
    """Covers the facets it offers."""
    key = "search/index.html"
    return Unit(key, "search", None, (key,), digest(g, key, (facets,)))


def render(r: "Renderer", _) -> bytes:
    pubs, years, page_names, kinds, topics = search_facets(r.plan)
    return r.page("search.html", publications=[{"slug": s, "name": n} for s, n in pubs],
                  years=years, page_names=page_names, kinds=kinds,
                  topics=[{"name": n, "slug": s} for n, s in topics],
                  canonical=r.abs_url("/search/"))


KINDS = {"search": (render,)}
