"""A publication's year as a calendar of its issues."""
from __future__ import annotations

import calendar
import datetime as _dt
from typing import TYPE_CHECKING

from generator.build.commit import digest
from generator.build.pages import json_twins
from generator.build.plan.site_plan import Unit
from generator.core.model import Issue, Publication
from generator.core.urls import out_path

if TYPE_CHECKING:
    from generator.build.render import Renderer

WEEKDAYS = "一二三四五六日"


def coverage(pub: Publication, year: int) -> tuple[_dt.date, _dt.date]:
    """The days of `year` between the paper's first and last issue: only there is a day without
    an issue 缺期或休刊 (before the first issue the archive had not begun, after the last it
    has not reached). Changes only for the first and last year when an issue is added."""
    first, last = pub.issues[0].date, pub.issues[-1].date
    return max(first, _dt.date(year, 1, 1)), min(last, _dt.date(year, 12, 31))


def unit(g: bytes, pub: Publication, year: int, issues: list[Issue]) -> Unit:
    """Covers each issue's day, number, page count and date estimate, the years (links) and
    the paper's coverage inside the year."""
    url = f"/{pub.slug}/{year}/"
    key = out_path(url)
    span = coverage(pub, year)
    return Unit(key, "year", (pub.slug, year), (key, out_path(url, "index.json")), digest(
        g, key, ([(i.date.toordinal(), i.issue_no, len(i.pages), i.estimated_date)
                  for i in issues], pub.years, span[0].toordinal(), span[1].toordinal())))


def render(r: "Renderer", arg) -> list[bytes]:
    slug, year = arg
    pub = r.plan.archive.publication(slug)
    issues = pub.issues_in(year)
    by_date = {i.date: i for i in issues}
    start, end = span = coverage(pub, year)
    cal = calendar.Calendar(firstweekday=0)
    months = []
    for m in range(1, 13):
        weeks = [[{"day": d.day if d.month == m else None, "date": d,
                   "issue": by_date.get(d) if d.month == m else None,
                   "covered": start <= d <= end} for d in week]
                 for week in cal.monthdatescalendar(year, m)]
        months.append({"month": m, "weeks": weeks,
                       "count": sum(1 for i in issues if i.date.month == m)})
    years = pub.years
    k = years.index(year)
    html = r.page("year.html", pub=pub, year=year, months=months, issues=issues,
                  prev_year=years[k - 1] if k > 0 else None,
                  next_year=years[k + 1] if k + 1 < len(years) else None,
                  years=years, weekdays=WEEKDAYS, canonical=r.abs_url(f"/{slug}/{year}/"),
                  span=span)
    return [html, json_twins.dumps(json_twins.year(slug, pub.name, year, issues, span))]


KINDS = {"year": (render,)}
