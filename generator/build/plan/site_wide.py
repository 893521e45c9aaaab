"""The site-wide units (home, calendars, sitemaps, indexes, feeds, redirects, static files),
signed from the issue summaries and listing sizes: O(issues + listings), never O(articles)."""
from __future__ import annotations

import datetime as _dt
import os
from typing import Any, Optional

from generator.build.commit import digest
from generator.build.plan.groups import diff_group
from generator.build.plan.issues import nav_of
from generator.build.plan.loader import Loader
from generator.build.plan.site_plan import SitePlan, Unit
from generator.build.state import State, UnitRecord
from generator.core.model import Archive, Issue
from generator.core.urls import article_url, out_path, topic_url


def plan_site_wide(plan: SitePlan, g: bytes, old: State, new: State, loader: Loader,
                    today: _dt.date, templates_dir: str) -> None:
    """Home, calendars, sitemaps, indexes, feeds, redirects, static files: signed from the
    issue summaries and listing sizes (O(issues + listings), never O(articles))."""
    config, archive = plan.config, plan.archive
    units: dict[str, Unit] = {}

    def add(key: str, kind: str, arg: Any, outputs: tuple, *sig) -> None:
        units[key] = Unit(key, kind, arg, outputs, digest(g, key, sig))

    summ = new.summaries
    nav = nav_of

    for pub in archive.publications:
        years = pub.years
        by_year: dict[int, list[Issue]] = {}
        for issue in pub.issues:
            by_year.setdefault(issue.date.year, []).append(issue)
        for year, issues in by_year.items():
            yurl = f"/{pub.slug}/{year}/"
            add(out_path(yurl), "year", (pub.slug, year),
                (out_path(yurl), out_path(yurl, "index.json")),
                [(i.date.toordinal(), i.issue_no, len(i.pages), i.estimated_date) for i in issues],
                years)
            add(f"sitemaps/{pub.slug}-{year}.xml", "sitemap_year", (pub.slug, year),
                (f"sitemaps/{pub.slug}-{year}.xml",),
                [summ[(i.paper, i.date.toordinal())].ids_digest for i in issues])
        add(out_path(pub.url), "pub", pub.slug, (out_path(pub.url), out_path(pub.url, "index.json")),
            [(y, len(by_year[y]), sum(len(i.pages) for i in by_year[y])) for y in years],
            nav(pub.issues[0]) if pub.issues else None,
            nav(pub.issues[-1]) if pub.issues else None)

    # home
    newest_issues = archive.all_issues()[:12]
    otd = on_this_day(archive, today)
    total = sum(s.n_articles for s in summ.values())
    add("index.html", "home", None, ("index.html", "index.json"),
        [(i.paper, i.date.toordinal(), i.issue_no, len(i.pages),
          summ[(i.paper, i.date.toordinal())].leads) for i in newest_issues],
        [(p.slug, p.years, len(p.issues), nav(p.issues[0]) if p.issues else None,
          nav(p.issues[-1]) if p.issues else None) for p in archive.publications],
        today.strftime("%m-%d"), [nav(i) for i in otd], total)

    # topic and place indexes
    add("topics/index.html", "topics", None, ("topics/index.html", "topics/index.json"),
        plan.topic_index)
    add("places/index.html", "places", None, ("places/index.html",), plan.place_index)

    # the site feed: the newest articles, read from the newest issues' records
    want = max(0, config.feed_size)
    newest: list[tuple[str, bytes]] = []
    for issue in archive.all_issues():
        if len(newest) >= want:
            break
        blob = loader.issue_blob((issue.paper, issue.date.toordinal()))
        for _, ids in blob.pages:
            for aid in ids:
                newest.append((aid, blob.members[aid].sig))
    newest = newest[:want]
    plan.newest_ids = [aid for aid, _ in newest]
    add("feed.xml", "feed", None, ("feed.xml",), b"".join([s for _, s in newest]))

    # sitemap index, robots, 404, search page
    plan.sitemap_keys = sorted(k for k, u in units.items() if u.kind == "sitemap_year")
    topic_bases = [topic_url(slug) for slug, _, _ in plan.topic_index]
    add("sitemap.xml", "sitemap", None, ("sitemap.xml", "sitemaps/site.xml"), plan.sitemap_keys,
        [p.url for p in archive.publications],
        [f"/{p.slug}/{y}/" for p in archive.publications for y in p.years], topic_bases)
    add("robots.txt", "robots", None, ("robots.txt",))
    add("404.html", "404", None, ("404.html",))
    plan.facets = search_facets(plan, summ)
    if plan.has_search_page:
        add("search/index.html", "search", None, ("search/index.html",), plan.facets)

    # redirects for aliases (old ids of articles that were renumbered)
    redirects: dict[str, tuple[str, str]] = {}
    for key in sorted(summ):
        for old_id, new_id, title in summ[key].aliases:
            redirects[old_id] = (new_id, title)
    for old_id, (new_id, title) in sorted(redirects.items()):
        if new.path_of(old_id) is not None or new.path_of(new_id) is None:
            continue
        try:
            rurl = article_url(old_id)
        except ValueError:
            continue
        key = out_path(rurl)
        add(key, "redirect", (old_id, new_id), (key,), title)

    # static assets: copied (digest = their bytes' identity: mtime+size)
    static_dir = os.path.join(templates_dir, "static")
    for dirpath, dirnames, filenames in os.walk(static_dir):
        dirnames.sort()
        for f in sorted(filenames):
            src = os.path.join(dirpath, f)
            rel = "static/" + os.path.relpath(src, static_dir).replace(os.sep, "/")
            st = os.stat(src)
            units[rel] = Unit(rel, "static", src, (rel,), digest("static", rel, st.st_size,
                                                                   st.st_mtime_ns))
    # article pages load highlight.js (the search page's term highlighter); until it exists,
    # an empty placeholder keeps the link valid
    if "static/highlight.js" not in units:
        units["static/highlight.js"] = Unit("static/highlight.js", "placeholder", None,
                                            ("static/highlight.js",), digest("placeholder"))
    diff_group(plan, old.units, units)
    new.units = {k: UnitRecord(u.digest, u.outputs) for k, u in units.items()}


def on_this_day(archive: Archive, today: _dt.date) -> list[Issue]:
    """Issues published on today's month and day in earlier years, newest first."""
    return [i for i in archive.all_issues()
            if i.date.month == today.month and i.date.day == today.day and i.date < today]


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

