"""JSON twins (`index.json`) of the home, publication, year, issue, page and article pages.

So that others can build on the archive without scraping HTML. URLs inside are site paths
(`/changji-daily/2022/11/08/`), the same permanent scheme as the HTML; `url_abs` fields carry the
canonical absolute URL.
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Optional

from generator.core.model import Article, Issue, Page


def _plain(value: Any) -> Any:
    """Values YAML can produce but JSON cannot hold (a date an editor wrote in `source`)."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)


def dumps(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain)
            + "\n").encode("utf-8")


def article_ref(a: Article, page: Page) -> dict:
    return {"id": a.id, "url": a.url, "title": a.title, "kicker": a.kicker, "subtitle": a.subtitle,
            "kind": a.kind, "byline": a.byline, "page": a.page, "page_label": page.label,
            "seq": a.seq, "continued_from": a.continued_from, "continued_to": a.continued_to}


def issue_ref(i: Optional[Issue]) -> Optional[dict]:
    if i is None:
        return None
    return {"paper": i.paper, "date": i.date.isoformat(), "issue_no": i.issue_no, "url": i.url}


def article(a: Article, page: Page, issue: Issue, body: str, *, abs_url: str, paper_name: str,
            topics: list[dict], places: list[dict], continued: tuple,
            issue_url: Optional[str] = None, page_url: Optional[str] = None) -> dict:
    """`issue_url`/`page_url`: the issue's and page's site paths when the caller has them."""
    return {
        "id": a.id, "url": a.url, "url_abs": abs_url, "paper": a.paper, "paper_name": paper_name,
        "date": a.date.isoformat(), "issue_no": issue.issue_no, "page": a.page,
        "page_name": page.name, "page_label": page.label, "seq": a.seq,
        "kicker": a.kicker, "title": a.title, "subtitle": a.subtitle, "authors": a.authors,
        "byline": a.byline, "kind": a.kind,
        "continued_from": a.continued_from, "continued_to": a.continued_to,
        "continued_from_url": continued[0].url if continued[0] else None,
        "continued_to_url": continued[1].url if continued[1] else None,
        "topics": topics, "places": places,
        "prev": a.prev.url if a.prev else None, "next": a.next.url if a.next else None,
        "issue_url": issue_url or issue.url, "page_url": page_url or page.url, "source": a.source,
        "body_markdown": body,
    }


def page(p: Page, issue: Issue, paper_name: str) -> dict:
    return {"paper": p.paper, "paper_name": paper_name, "date": p.date.isoformat(),
            "issue_no": issue.issue_no, "number": p.number, "name": p.name, "label": p.label,
            "url": p.url, "issue_url": issue.url,
            "prev": p.prev.url if p.prev else None, "next": p.next.url if p.next else None,
            "articles": [article_ref(a, p) for a in p.articles]}


def issue(i: Issue, paper_name: str) -> dict:
    return {"paper": i.paper, "paper_name": paper_name, "date": i.date.isoformat(),
            "issue_no": i.issue_no, "estimated_date": i.estimated_date, "url": i.url,
            "prev": issue_ref(i.prev), "next": issue_ref(i.next),
            "pages": [{"number": p.number, "name": p.name, "label": p.label, "url": p.url,
                       "articles": [article_ref(a, p) for a in p.articles]} for p in i.pages]}


def year(paper: str, paper_name: str, yr: int, issues: list[Issue]) -> dict:
    return {"paper": paper, "paper_name": paper_name, "year": yr, "url": f"/{paper}/{yr}/",
            "issues": [issue_ref(i) | {"pages": len(i.pages)} for i in issues]}
