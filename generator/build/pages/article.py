"""The article page and its JSON twin: the permanent page of one story."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from generator.build.body_html import is_plain, summary, to_html
from generator.build.commit import digest
from generator.build.pages import citations, json_twins
from generator.build.plan.site_plan import Unit
from generator.core.model import Article
from generator.core.urls import article_url

if TYPE_CHECKING:
    from generator.build.render import Renderer

RIS, BIB = "cite.ris", "cite.bib"     # beside the article's page: reference-manager downloads


def unit(g: bytes, a: Article, keys: dict[str, str], issue_no: Optional[int], estimated: bool,
         page_label: str, partners: Optional[tuple], has_image: bool = False,
         twin: bool = True, cites: bool = True) -> Unit:
    """Covers the article (id + file stamp), its issue number, date estimate (dateline,
    citation, JSON-LD, twin) and 版 label, its neighbours and its continuation partners (their
    titles and links show on the page) and whether its 版 has a page image (在版面中查看).
    The citation files beside the page (cite.ris, cite.bib) read only the article, its issue
    number, date estimate and 版 label; the 纠错 link reads the config (global digest).
    `twin` and `cites` (config `site_files`, in the global digest) say whether the JSON twin
    and the citation files are written beside the page."""
    def k(b: Optional[Article]) -> Optional[str]:
        return keys[b.id] if b is not None else None

    rel = article_url(a.id)[1:]
    key = rel + "index.html"
    outputs = (key,) + ((rel + "index.json",) if twin else ()) + ((rel + RIS, rel + BIB) if cites else ())
    return Unit(key, "article", a.id, outputs, digest(
        g, key, (keys[a.id], issue_no, estimated, page_label, k(a.prev), k(a.next),
                 (k(partners[0]), k(partners[1])) if partners else None, has_image)))


def description(r: "Renderer", body: str, body_html: Optional[str] = None,
                plain: Optional[bool] = None) -> str:
    """The article's summary: meta description, JSON-LD, and the citations' abstract."""
    if plain is None:
        plain = is_plain(body)
    return summary(body, 150, body_html, plain, r.raw_html)


def citation_files(r: "Renderer", a: Article, page, issue, desc: str) -> tuple[bytes, bytes]:
    """(RIS, BibTeX) of one article, as the files beside it or an issue's pack hold it."""
    paper_name = r.names.get(a.paper, a.paper)
    fields = (a, paper_name, r.abs_url(a.url), page.label, issue.issue_no, issue.estimated_date,
              desc, r.plan.config.language)
    return citations.ris(*fields), citations.bibtex(*fields)


def render(r: "Renderer", aid: str) -> list[bytes]:
    plan = r.plan
    a = plan.archive.articles[aid]
    page, issue = plan.page_of[aid], plan.issue_of[aid]
    body = a.read_body(plan.root)
    paper_name = r.names.get(a.paper, a.paper)
    aurl = a.url
    iurl, purl = r.issue_url(issue), r.page_url(page)
    d = a.date
    date_iso = d.isoformat()
    canonical = r.abs_url(aurl)
    cont = plan.continued.get(aid, (None, None))
    topics, places = r.topic_links(a), r.place_links(a)
    plain = is_plain(body)
    body_html = to_html(body, plain, r.raw_html)
    desc = description(r, body, body_html, plain)
    ld_json = json_twins.script_json(json_ld(a, page, issue, paper_name, canonical,
                                             r.abs_url(iurl), plan.config.language, desc))
    url = r.url
    cite_head, cite_tail = citations.gbt7714(a, paper_name, canonical, issue.estimated_date)
    config = plan.config
    corrections = config.corrections
    cite_base = url(aurl) if config.citations == "article" else url(iurl)
    html = r.page(
        "article.html", a=a, page=page, issue=issue, paper_name=paper_name,
        body_html=body_html, canonical=canonical, description=desc,
        cont_from=cont[0], cont_to=cont[1], topics=topics, places=places,
        cite_head=cite_head, cite_tail=cite_tail, access_placeholder=citations.ACCESS_PLACEHOLDER,
        ris_href=cite_base + RIS, bib_href=cite_base + BIB, cite_issue=config.citations == "issue",
        correction_href=citations.correction_href(corrections, a, canonical) if corrections else None,
        jsonld=ld_json,
        a_url=aurl, a_href=url(aurl), issue_url=iurl, issue_href=url(iurl),
        page_url=purl, page_href=url(purl),
        has_image=(page.paper, page.date, page.number) in plan.page_images,
        prev_href=url(a.prev.url) if a.prev is not None else None,
        next_href=url(a.next.url) if a.next is not None else None,
        date_iso=date_iso, date_slash=f"{d.year:04d}/{d.month:02d}/{d.day:02d}",
        date_cn=r.cn_date(d))
    out = [html]
    if config.json_twins:
        out.append(json_twins.dumps(json_twins.article(
            a, page, issue, body, abs_url=canonical, paper_name=paper_name, topics=topics,
            places=places, continued=cont, issue_url=iurl, page_url=purl)))
    if config.citations == "article":
        out.extend(citation_files(r, a, page, issue, desc))
    return out


ESTIMATED_LD = "出版日期为推定"      # the JSON-LD's word for issue.yaml `date_estimated: true`


def json_ld(a: Article, page, issue, paper_name: str, canonical: str, issue_abs: str,
            language: str, desc: str) -> dict:
    """schema.org NewsArticle with the print edition, section and page."""
    date_iso = a.date.isoformat()
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a.title, "url": canonical, "mainEntityOfPage": canonical,
        "datePublished": date_iso, "inLanguage": language,
        "author": [{"@type": "Person", "name": n} for n in a.authors],
        "publisher": {"@type": "Organization", "name": paper_name},
        "isPartOf": {"@type": "PublicationIssue", "datePublished": date_iso,
                     "issueNumber": str(issue.issue_no) if issue.issue_no else None,
                     "url": issue_abs,
                     "isPartOf": {"@type": "Periodical", "name": paper_name}},
        "printEdition": f"第{issue.issue_no}期" if issue.issue_no else date_iso,
        "printSection": page.name or page.label,
        "printPage": str(a.page),
        "genre": a.kind, "keywords": a.topics, "description": desc,
    }
    if a.subtitle or a.kicker:
        ld["alternativeHeadline"] = a.subtitle or a.kicker
    if issue.estimated_date:
        # schema.org has no property for how certain a date is, and datePublished must be a
        # Date, so it keeps the inferred day; the issue the date belongs to says it is inferred
        # in its `description` (valid on any Thing). Not temporalCoverage: that is the period
        # the content is about, which an estimated print date does not change.
        ld["isPartOf"]["description"] = ESTIMATED_LD
    if a.places:
        ld["contentLocation"] = [{"@type": "Place", "name": p} for p in a.places]
    ld = {k: v for k, v in ld.items() if v not in (None, [], "")}
    ld["isPartOf"] = {k: v for k, v in ld["isPartOf"].items() if v is not None}
    return ld


KINDS = {"article": (render,)}
