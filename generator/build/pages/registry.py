"""Page kind → how it renders and what it loads first: the renderer's and the pipeline's one
dispatch table (each kind's module also signs its units: `unit(…)` there covers exactly what
its `render` reads)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable, NamedTuple, Optional

from generator.build.pages import (article, feeds, home, issue, listing, listing_index,
                                   not_found, page, page_image, publication, redirect, search_page, sitemap,
                                   static, year_calendar)

if TYPE_CHECKING:
    from generator.build.plan.site_plan import SitePlan, Unit
    from generator.build.render import Renderer


class PageKind(NamedTuple):
    render: Callable[["Renderer", Any], "bytes | list[bytes]"]
    wants: Optional[Callable[["SitePlan", "Unit"], Iterable[str]]] = None  # ids to preload
    fill: Optional[Callable[["SitePlan", "Unit"], None]] = None             # load what it reads


KINDS: dict[str, PageKind] = {}
for _module in (article, issue, page, publication, year_calendar, home, listing, listing_index,
                feeds, sitemap, search_page, redirect, not_found, static, page_image):
    for _kind, _entry in _module.KINDS.items():
        KINDS[_kind] = PageKind(*_entry)


def prepare(plan: "SitePlan", keys: Iterable[str]) -> None:
    """Load what the units about to be rendered read (list items, feed entries, leads) with
    one batch of reads from the build state."""
    units = [plan.units[k] for k in keys]
    want: list[str] = list(plan.newest_ids)
    for u in units:
        kind = KINDS[u.kind]
        if kind.wants is not None:
            want.extend(kind.wants(plan, u))
    plan.loader.preload(want)
    for u in units:
        kind = KINDS[u.kind]
        if kind.fill is not None:
            kind.fill(plan, u)
