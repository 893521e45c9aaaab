"""The site-wide units (home, calendars, sitemaps, indexes, feeds, redirects, static files),
signed from the issue summaries and listing sizes: O(issues + listings), never O(articles)."""
from __future__ import annotations

import datetime as _dt
import os
from typing import Iterable, Optional

from generator.build.pages import (feeds, home, listing_index, not_found, publication, redirect,
                                   search_page, sitemap, static, year_calendar)
from generator.build.plan.groups import diff_group
from generator.build.plan.issues import nav_of
from generator.build.plan.loader import Loader
from generator.build.plan.site_plan import SitePlan, Unit
from generator.build.state import NewState, State, UnitRecord
from generator.core.model import Issue
from generator.core.urls import topic_url


def plan_site_wide(plan: SitePlan, g: bytes, old: State, new: NewState, loader: Loader,
                   today: _dt.date, templates_dir: str) -> None:
    """Home, calendars, sitemaps, indexes, feeds, redirects, static files: signed from the
    issue summaries and listing sizes (O(issues + listings), never O(articles))."""
    summ = new.summaries
    units: dict[str, Unit] = {}

    def add(u: Unit) -> None:
        units[u.key] = u

    for u in _publication_units(plan, g, summ):
        add(u)
    add(home.unit(g, plan.archive, summ, today, sum(s.n_articles for s in summ.values()), nav_of))
    add(listing_index.topics_unit(g, plan.topic_index))
    add(listing_index.places_unit(g, plan.place_index))
    newest = _newest_articles(plan, loader, max(0, plan.config.feed_size))
    plan.newest_ids = [aid for aid, _ in newest]
    add(feeds.site_unit(g, b"".join([s for _, s in newest])))
    for pub in plan.archive.publications:
        mine = _newest_articles(plan, loader, max(0, plan.config.feed_size), reversed(pub.issues))
        plan.paper_newest_ids[pub.slug] = [aid for aid, _ in mine]
        add(feeds.paper_unit(g, pub.slug, pub.name, b"".join([s for _, s in mine])))
    plan.sitemap_keys = sorted(k for k, u in units.items() if u.kind == "sitemap_year")
    add(sitemap.index_unit(g, plan.sitemap_keys, plan.archive.publications,
                           [topic_url(slug) for slug, _, _ in plan.topic_index]))
    add(sitemap.robots_unit(g))
    add(not_found.unit(g))
    plan.facets = search_page.search_facets(plan, summ)
    if plan.has_search_page:
        add(search_page.unit(g, plan.facets))
    for u in _redirect_units(g, summ, new):
        add(u)
    units.update(static.units(os.path.join(templates_dir, "static")))
    diff_group(plan, old.units, units)
    new.units = {k: UnitRecord(u.digest, u.outputs) for k, u in units.items()}


def _publication_units(plan: SitePlan, g: bytes, summ: dict) -> list[Unit]:
    """Each publication's page, year calendars and year sitemaps."""
    out = []
    for pub in plan.archive.publications:
        by_year: dict[int, list[Issue]] = {}
        for issue in pub.issues:
            by_year.setdefault(issue.date.year, []).append(issue)
        for year, issues in by_year.items():
            out.append(year_calendar.unit(g, pub, year, issues))
            out.append(sitemap.year_unit(g, pub, year, [summ[(i.paper, i.date.toordinal())].ids_digest
                                                        for i in issues]))
        out.append(publication.unit(g, pub, by_year, nav_of))
    return out


def _newest_articles(plan: SitePlan, loader: Loader, want: int,
                     issues: Optional[Iterable[Issue]] = None) -> list[tuple[str, bytes]]:
    """(id, list signature) of the newest articles, read from the newest issues' records
    (`issues`, newest first: every paper's by default)."""
    newest: list[tuple[str, bytes]] = []
    for issue in (plan.archive.all_issues() if issues is None else issues):
        if len(newest) >= want:
            break
        blob = loader.issue_blob((issue.paper, issue.date.toordinal()))
        for _, ids in blob.pages:
            for aid in ids:
                newest.append((aid, blob.members[aid].sig))
    return newest[:want]


def _redirect_units(g: bytes, summ: dict, new: NewState) -> list[Unit]:
    """Redirect pages for aliases (old ids of renumbered articles) that no article holds now."""
    redirects: dict[str, tuple[str, str]] = {}
    for key in sorted(summ):
        for old_id, new_id, title in summ[key].aliases:
            redirects[old_id] = (new_id, title)
    out = []
    for old_id, (new_id, title) in sorted(redirects.items()):
        if new.path_of(old_id) is not None or new.path_of(new_id) is None:
            continue
        try:
            out.append(redirect.unit(g, old_id, new_id, title))
        except ValueError:
            continue
    return out
