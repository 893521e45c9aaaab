"""The issue page: every 版 of one day's paper with its articles."""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator.build.commit import digest
from generator.build.pages import article, json_twins
from generator.build.pages.article import BIB, RIS
from generator.build.plan.site_plan import Unit
from generator.core.model import Issue
from generator.core.urls import out_path

if TYPE_CHECKING:
    from generator.build.render import Renderer


def unit(g: bytes, issue: Issue, list_sigs: bytes, labels: tuple, nav: tuple,
         thumbs: tuple = (), twin: bool = True, cites: bool = False) -> Unit:
    """Covers the issue number, date estimate and note, every article as a list item, the 版
    labels, the previous/next issue and which 版 have a page image (their sizes: the strip).
    With `cites` (config `site_files.citations: issue`) the unit also writes the issue's
    cite.ris and cite.bib, which read what the list items cover (each article's file stamp
    and 版 label) and the issue number and date estimate."""
    url = issue.url
    key = out_path(url)
    outputs = (key,) + ((out_path(url, "index.json"),) if twin else ()) \
        + ((out_path(url, RIS), out_path(url, BIB)) if cites else ())
    return Unit(key, "issue", (issue.paper, issue.date), outputs,
                digest(g, key, (issue.issue_no, issue.estimated_date, issue.note, list_sigs,
                                labels, nav, thumbs)))


def render(r: "Renderer", arg) -> list[bytes]:
    issue = r.plan.issues[arg]
    name = r.names.get(issue.paper, issue.paper)
    images = {p.number: r.plan.page_images[(p.paper, p.date, p.number)] for p in issue.pages
              if (p.paper, p.date, p.number) in r.plan.page_images}
    html = r.page("issue.html", issue=issue, paper_name=name, canonical=r.abs_url(issue.url),
                  images=images)
    out = [html]
    if r.plan.config.json_twins:
        out.append(json_twins.dumps(json_twins.issue(issue, name)))
    if r.plan.config.citations == "issue":
        out.extend(citation_pack(r, issue))
    return out


def citation_pack(r: "Renderer", issue: Issue) -> tuple[bytes, bytes]:
    """Every article of the issue in reading order as one RIS file (one record each) and one
    BibTeX file (one entry each), the same records the per-article files would hold."""
    root = r.plan.root
    ris, bib = [], []
    for page in issue.pages:
        for a in page.articles:
            one_ris, one_bib = article.citation_files(r, a, page, issue,
                                                      article.description(r, a.read_body(root)))
            ris.append(one_ris)
            bib.append(one_bib)
    return b"".join(ris), b"\n".join(bib)


KINDS = {"issue": (render,)}
