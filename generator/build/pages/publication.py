"""A publication's page: its years, first and last issue."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from generator.build.commit import digest
from generator.build.pages import json_twins
from generator.build.plan.site_plan import Unit
from generator.core.model import Issue, Publication
from generator.core.urls import out_path

if TYPE_CHECKING:
    from generator.build.render import Renderer


def unit(g: bytes, pub: Publication, by_year: dict[int, list[Issue]],
         nav: Callable[[Optional[Issue]], Optional[tuple]]) -> Unit:
    """Covers each year's issue and page counts and the first and last issue."""
    key = out_path(pub.url)
    return Unit(key, "pub", pub.slug, (key, out_path(pub.url, "index.json")), digest(
        g, key, ([(y, len(by_year[y]), sum(len(i.pages) for i in by_year[y])) for y in pub.years],
                 nav(pub.issues[0]) if pub.issues else None,
                 nav(pub.issues[-1]) if pub.issues else None)))


def render(r: "Renderer", slug: str) -> list[bytes]:
    pub = r.plan.archive.publication(slug)
    years = []
    for y in pub.years:
        issues = pub.issues_in(y)
        years.append({"year": y, "issues": len(issues), "pages": sum(len(i.pages) for i in issues),
                      "url": f"/{slug}/{y}/"})
    html = r.page("publication.html", pub=pub, years=years,
                  first=pub.issues[0] if pub.issues else None,
                  last=pub.issues[-1] if pub.issues else None,
                  canonical=r.abs_url(pub.url))
    data = {"paper": slug, "name": pub.name, "url": pub.url,
            "first": json_twins.issue_ref(pub.issues[0] if pub.issues else None),
            "last": json_twins.issue_ref(pub.issues[-1] if pub.issues else None),
            "years": [{"year": y["year"], "issues": y["issues"], "url": y["url"],
                       "data": y["url"] + "index.json"} for y in years]}
    return [html, json_twins.dumps(data)]


KINDS = {"pub": (render,)}
