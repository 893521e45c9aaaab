"""The 版 page: one printed page of an issue with its articles in reading order."""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator.build.commit import digest
from generator.build.pages import json_twins
from generator.build.plan.site_plan import Unit
from generator.core.model import Issue, Page

if TYPE_CHECKING:
    from generator.build.render import Renderer


def unit(g: bytes, issue: Issue, page: Page, labels: tuple, article_keys: str, nav: tuple) -> Unit:
    """Covers the issue number and date estimate, the labels of the issue's 版 (its page
    strip), the page's articles (ids + file stamps) and the previous/next issue."""
    rel = f"{issue.url[1:]}{page.number:02d}/"
    key = rel + "index.html"
    return Unit(key, "page", (page.paper, page.date, page.number), (key, rel + "index.json"),
                digest(g, key, (issue.issue_no, issue.estimated_date, labels, article_keys, nav)))


def render(r: "Renderer", arg) -> list[bytes]:
    page = r.plan.pages[arg]
    issue = r.plan.issues[(page.paper, page.date)]
    name = r.names.get(page.paper, page.paper)
    html = r.page("page.html", page=page, issue=issue, paper_name=name,
                  canonical=r.abs_url(page.url))
    return [html, json_twins.dumps(json_twins.page(page, issue, name))]


KINDS = {"page": (render,)}
