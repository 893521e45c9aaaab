"""The issue page: every 版 of one day's paper with its articles."""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator.build.commit import digest
from generator.build.pages import json_twins
from generator.build.plan.site_plan import Unit
from generator.core.model import Issue
from generator.core.urls import out_path

if TYPE_CHECKING:
    from generator.build.render import Renderer


def unit(g: bytes, issue: Issue, list_sigs: bytes, labels: tuple, nav: tuple,
         thumbs: tuple = ()) -> Unit:
    """Covers the issue number, date estimate and note, every article as a list item, the 版
    labels, the previous/next issue and which 版 have a page image (their sizes: the strip)."""
    url = issue.url
    key = out_path(url)
    return Unit(key, "issue", (issue.paper, issue.date), (key, out_path(url, "index.json")),
                digest(g, key, (issue.issue_no, issue.estimated_date, issue.note, list_sigs,
                                labels, nav, thumbs)))


def render(r: "Renderer", arg) -> list[bytes]:
    issue = r.plan.issues[arg]
    name = r.names.get(issue.paper, issue.paper)
    images = {p.number: r.plan.page_images[(p.paper, p.date, p.number)] for p in issue.pages
              if (p.paper, p.date, p.number) in r.plan.page_images}
    html = r.page("issue.html", issue=issue, paper_name=name, canonical=r.abs_url(issue.url),
                  images=images)
    return [html, json_twins.dumps(json_twins.issue(issue, name))]


KINDS = {"issue": (render,)}
