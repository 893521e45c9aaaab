"""The home page: publications, the newest issues with their leads, 历史上的今天."""
from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Callable, Optional

from generator.build.commit import digest
from generator.build.pages import json_twins
from generator.build.plan.site_plan import SitePlan, Unit
from generator.core.model import Archive, Issue

if TYPE_CHECKING:
    from generator.build.render import Renderer

NEWEST = 12     # issues shown with their leads


def on_this_day(archive: Archive, today: _dt.date) -> list[Issue]:
    """Issues published on today's month and day in earlier years, newest first."""
    return [i for i in archive.all_issues()
            if i.date.month == today.month and i.date.day == today.day and i.date < today]


def unit(g: bytes, archive: Archive, summaries: dict, today: _dt.date, total: int,
         nav: Callable[[Optional[Issue]], Optional[tuple]]) -> Unit:
    """Covers the newest issues with their leads (from the summaries), each publication's
    years, size and first/last issue, today's 历史上的今天 and the article count."""
    newest = archive.all_issues()[:NEWEST]
    return Unit("index.html", "home", None, ("index.html", "index.json"), digest(
        g, "index.html",
        ([(i.paper, i.date.toordinal(), i.issue_no, len(i.pages),
           summaries[(i.paper, i.date.toordinal())].leads) for i in newest],
         [(p.slug, p.years, len(p.issues), nav(p.issues[0]) if p.issues else None,
           nav(p.issues[-1]) if p.issues else None) for p in archive.publications],
         today.strftime("%m-%d"), [nav(i) for i in on_this_day(archive, today)], total)))


def fill(plan: SitePlan, u: Unit) -> None:
    for issue in plan.archive.all_issues()[:NEWEST]:
        plan.load_issue(issue)


def render(r: "Renderer", _) -> list[bytes]:
    plan = r.plan
    arch = plan.archive
    newest = arch.all_issues()[:NEWEST]
    pubs = [{"pub": p, "first": p.issues[0] if p.issues else None,
             "last": p.issues[-1] if p.issues else None} for p in arch.publications]
    html = r.page("home.html", newest=newest, pubs=pubs, otd=on_this_day(arch, plan.today),
                  today=plan.today, names=r.names, total=plan.total_articles,
                  canonical=r.abs_url("/"))
    data = {"title": plan.config.title, "base_url": r.base_url,
            "articles": plan.total_articles,
            "publications": [{"slug": p.slug, "name": p.name, "url": p.url,
                              "data": p.url + "index.json",
                              "issues": len(p.issues),
                              "years": [{"year": y, "url": f"/{p.slug}/{y}/",
                                         "data": f"/{p.slug}/{y}/index.json"} for y in p.years]}
                             for p in arch.publications],
            "newest_issues": [json_twins.issue_ref(i) for i in newest]}
    return [html, json_twins.dumps(data)]


KINDS = {"home": (render, None, fill)}
