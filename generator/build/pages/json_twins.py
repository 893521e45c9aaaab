"""JSON twins (`index.json`) of the home, publication, year, issue, page and article pages.

So that others can build on the archive without scraping HTML. URLs inside are site paths
(`/changji-daily/2022/11/08/`), the same permanent scheme as the HTML; `url_abs` fields carry the
canonical absolute URL.

`script_json` is the one way JSON is written into HTML (JSON-LD, inline script data, Jinja's
`tojson`) and into the twins: article text such as `标题<!--<script>` must never end a
`<script>` element or open a comment inside it.
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


# Characters that let JSON text end or change an HTML <script> element (`</script>`, `<!--`),
# break out of an attribute, or (in old JavaScript) end a string literal. JSON escapes keep
# the value identical for any JSON parser.
_HTML_UNSAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027"),
                ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def script_json(data: Any) -> str:
    """Compact JSON text that is safe inside an HTML `<script>` element or attribute: `<`, `>`,
    `&`, `'`, U+2028 and U+2029 are written as `\\uXXXX` escapes; other non-ASCII stays as is."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain)
    for raw, escaped in _HTML_UNSAFE:
        if raw in text:
            text = text.replace(raw, escaped)
    return text


def dumps(data: Any) -> bytes:
    """A JSON twin's bytes: escaped like inline JSON, so a twin served or sniffed as HTML cannot
    run the article text either."""
    return (script_json(data) + "\n").encode("utf-8")


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
        "date": a.date.isoformat(), "date_estimated": issue.estimated_date,
        "issue_no": issue.issue_no, "page": a.page,
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


def page(p: Page, issue: Issue, paper_name: str, image=None) -> dict:
    """`image` (a 版 with a page PDF only): the page image, thumbnail and PDF with their sizes."""
    out = {"paper": p.paper, "paper_name": paper_name, "date": p.date.isoformat(),
           "date_estimated": issue.estimated_date, "issue_no": issue.issue_no,
           "number": p.number, "name": p.name, "label": p.label,
           "url": p.url, "issue_url": issue.url,
           "prev": p.prev.url if p.prev else None, "next": p.next.url if p.next else None,
           "articles": [article_ref(a, p) for a in p.articles]}
    if image is not None:
        out["image"] = {"url": p.url + "page.webp", "width": image.w, "height": image.h,
                        "thumb": p.url + "thumb.webp", "thumb_width": image.tw,
                        "thumb_height": image.th, "pdf": p.url + "page.pdf"}
    return out


def issue(i: Issue, paper_name: str) -> dict:
    """`date_estimated` is issue.yaml's name for the fact; `estimated_date` is the older name of
    the same value, kept for readers of earlier twins."""
    return {"paper": i.paper, "paper_name": paper_name, "date": i.date.isoformat(),
            "date_estimated": i.estimated_date, "note": i.note,
            "issue_no": i.issue_no, "estimated_date": i.estimated_date, "url": i.url,
            "prev": issue_ref(i.prev), "next": issue_ref(i.next),
            "pages": [{"number": p.number, "name": p.name, "label": p.label, "url": p.url,
                       "articles": [article_ref(a, p) for a in p.articles]} for p in i.pages]}


def year(paper: str, paper_name: str, yr: int, issues: list[Issue],
         coverage: tuple[_dt.date, _dt.date]) -> dict:
    """`coverage`: the part of the year between the paper's first and last issue (days without
    an issue inside it are 缺期或休刊; outside it the paper was not yet or no longer archived).
    The date picker and the 404 page read this twin."""
    return {"paper": paper, "paper_name": paper_name, "year": yr, "url": f"/{paper}/{yr}/",
            "coverage": {"from": coverage[0].isoformat(), "to": coverage[1].isoformat()},
            "issues": [issue_ref(i) | {"pages": len(i.pages), "date_estimated": i.estimated_date}
                       for i in issues]}
