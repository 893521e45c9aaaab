"""The 版 page: one printed page of an issue with its articles in reading order."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from generator.build.commit import digest
from generator.build.pages import json_twins
from generator.build.plan.site_plan import Unit
from generator.core.model import Issue, Page

if TYPE_CHECKING:
    from generator.build.render import Renderer


def unit(g: bytes, issue: Issue, page: Page, labels: tuple, article_keys: str, nav: tuple,
         image: Optional[tuple] = None, twin: bool = True) -> Unit:
    """Covers the issue number and date estimate, the labels of the issue's 版 (its page
    strip), the page's articles (ids + file stamps: titles and regions), the previous/next
    issue and the page image's sizes (None: no PDF)."""
    rel = f"{issue.url[1:]}{page.number:02d}/"
    key = rel + "index.html"
    return Unit(key, "page", (page.paper, page.date, page.number),
                (key, rel + "index.json") if twin else (key,),
                digest(g, key, (issue.issue_no, issue.estimated_date, labels, article_keys, nav,
                                   image)))


def render(r: "Renderer", arg) -> list[bytes]:
    page = r.plan.pages[arg]
    issue = r.plan.issues[(page.paper, page.date)]
    name = r.names.get(page.paper, page.paper)
    image = r.plan.page_images.get(arg)
    html = r.page("page.html", page=page, issue=issue, paper_name=name,
                  canonical=r.abs_url(page.url), image=image,
                  overlay=overlay(page.articles, image) if image else [])
    if not r.plan.config.json_twins:
        return [html]
    return [html, json_twins.dumps(json_twins.page(page, issue, name, image))]


def overlay(articles, image) -> list[dict]:
    """Each article with regions: its seq, title, link and boxes in image pixels."""
    out = []
    for a in articles:
        boxes = []
        for reg in a.regions or ():
            try:
                x0, y0, x1, y1 = (min(1.0, max(0.0, float(v))) for v in reg)
            except (TypeError, ValueError):
                continue
            if x1 > x0 and y1 > y0:
                # the hover/focus label starts at the box's outer side: it stays on the page
                right = x0 + x1 > 1
                boxes.append({"x": round(x0 * image.w, 1), "y": round(y0 * image.h, 1),
                              "w": round((x1 - x0) * image.w, 1),
                              "h": round((y1 - y0) * image.h, 1),
                              "tx": round((x1 if right else x0) * image.w + (-8 if right else 8), 1),
                              "ty": round(y0 * image.h + 36, 1),
                              "anchor": "end" if right else "start"})
        if boxes:
            out.append({"seq": a.seq, "title": a.title, "url": a.url, "boxes": boxes})
    return out


KINDS = {"page": (render,)}
