"""Atom feeds (RFC 4287) of the newest articles: site-wide, per paper and per topic.

Pure string building: faster than a template and trivially deterministic. `updated` is the newest
entry's date, never the build time, so an unchanged archive gives byte-identical feeds.
Every text and attribute value goes through `_text`/`_attr`: escaped for XML, and stripped of the
characters XML 1.0 cannot hold at all (control characters from PDF extraction, which would make
the whole feed unreadable to every feed reader). Each feed names `static/feed.xsl` (same origin)
in an `<?xml-stylesheet?>` instruction, so a browser opening it shows a readable page instead of
raw XML, and `static/feed.css` after it for browsers without XSLT (Chromium is removing it): they
lay the raw elements out with CSS. Feed readers ignore both instructions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

from generator.build.body_html import summary
from generator.build.commit import digest
from generator.build.plan.site_plan import SitePlan, Unit
from generator.core.model import Article

if TYPE_CHECKING:
    from generator.build.render import Renderer

# Characters outside XML 1.0's Char production: C0 controls but tab/LF/CR, lone surrogates,
# U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    """Element content: XML-escaped, characters XML cannot hold removed."""
    return escape(_NOT_XML.sub("", value))


def _attr(value: str) -> str:
    """A quoted attribute value, cleaned the same way."""
    return quoteattr(_NOT_XML.sub("", value))


@dataclass(slots=True)
class FeedEntry:
    url: str          # absolute URL
    title: str
    date: str         # YYYY-MM-DD
    authors: Sequence[str]
    summary: str
    category: Sequence[str] = ()


STYLESHEET = "static/feed.xsl"     # under the site's base path
FALLBACK_CSS = "static/feed.css"   # where XSLT does not run


def atom(*, title: str, subtitle: str, feed_url: str, site_url: str,
         entries: Sequence[FeedEntry], language: str = "zh-CN",
         stylesheet: str | None = None, fallback_css: str | None = None) -> bytes:
    """The feed document; `stylesheet` is the site path of the XSL a browser applies,
    `fallback_css` that of the CSS a browser without XSLT applies instead."""
    updated = max((e.date for e in entries), default="1970-01-01")
    out = ['<?xml version="1.0" encoding="utf-8"?>']
    if stylesheet:
        out.append(f'<?xml-stylesheet type="text/xsl" href={_attr(stylesheet)}?>')
    if fallback_css:
        out.append(f'<?xml-stylesheet type="text/css" href={_attr(fallback_css)}?>')
    out += [f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={_attr(language)}>',
           f"<title>{_text(title)}</title>"]
    if subtitle:
        out.append(f"<subtitle>{_text(subtitle)}</subtitle>")
    out += [f"<id>{_text(feed_url)}</id>",
            f'<link rel="self" type="application/atom+xml" href={_attr(feed_url)}/>',
            f'<link rel="alternate" type="text/html" href={_attr(site_url)}/>',
            f"<updated>{updated}T00:00:00Z</updated>",
            f"<author><name>{_text(title)}</name></author>"]
    for e in entries:
        out.append("<entry>")
        out.append(f"<title>{_text(e.title)}</title>")
        out.append(f'<link rel="alternate" type="text/html" href={_attr(e.url)}/>')
        out.append(f"<id>{_text(e.url)}</id>")
        out.append(f"<published>{e.date}T00:00:00Z</published>")
        out.append(f"<updated>{e.date}T00:00:00Z</updated>")
        for name in e.authors:
            out.append(f"<author><name>{_text(name)}</name></author>")
        for c in e.category:
            out.append(f"<category term={_attr(c)}/>")
        if e.summary:
            out.append(f'<summary type="text">{_text(e.summary)}</summary>')
        out.append("</entry>")
    out.append("</feed>\n")
    return "\n".join(out).encode("utf-8")


# ---- the site feed and the topic feeds as page kinds

def site_unit(g: bytes, list_sigs: bytes) -> Unit:
    """Covers the newest articles as list items."""
    return Unit("feed.xml", "feed", None, ("feed.xml",), digest(g, "feed.xml", (list_sigs,)))


def paper_key(paper: str) -> str:
    """The paper's feed, beside its pages: /<paper>/feed.xml."""
    return f"{paper}/feed.xml"


def paper_unit(g: bytes, paper: str, name: str, list_sigs: bytes) -> Unit:
    """Covers the paper's name and its newest articles as list items."""
    key = paper_key(paper)
    return Unit(key, "paper_feed", paper, (key,), digest(g, key, (name, list_sigs)))


def topic_key(slug: str) -> str:
    return f"topics/{slug}/feed.xml"


def topic_unit(g: bytes, slug: str, name: str, list_sigs: bytes) -> Unit:
    """Covers the topic's name and its newest articles as list items."""
    key = topic_key(slug)
    return Unit(key, "topic_feed", slug, (key,), digest(g, key, (name, list_sigs)))


def _entries(r: "Renderer", arts: list[Article]) -> list[FeedEntry]:
    out = []
    for a in arts:
        body = a.read_body(r.plan.root)
        out.append(FeedEntry(url=r.abs_url(a.url), title=a.title, date=a.date.isoformat(),
                             authors=a.authors, summary=summary(body, 200, raw_html=r.raw_html),
                             category=a.topics))
    return out


def site_wants(plan: SitePlan, u: Unit) -> Iterable[str]:
    return plan.newest_ids


def site_fill(plan: SitePlan, u: Unit) -> None:
    plan.newest = [plan.article(i) for i in plan.newest_ids]


def render_site(r: "Renderer", _) -> bytes:
    cfg = r.plan.config
    return atom(title=cfg.title, subtitle=cfg.description, feed_url=r.abs_url("/feed.xml"),
                site_url=r.base_url, entries=_entries(r, r.plan.newest), language=cfg.language,
                stylesheet=r.url(STYLESHEET), fallback_css=r.url(FALLBACK_CSS))


def paper_wants(plan: SitePlan, u: Unit) -> Iterable[str]:
    return plan.paper_newest_ids[u.arg]


def paper_fill(plan: SitePlan, u: Unit) -> None:
    plan.paper_newest[u.arg] = [plan.article(i) for i in plan.paper_newest_ids[u.arg]]


def render_paper(r: "Renderer", paper: str) -> bytes:
    cfg = r.plan.config
    name = r.names.get(paper, paper)
    return atom(title=f"{name} — {cfg.title}", subtitle="",
                feed_url=r.abs_url("/" + paper_key(paper)), site_url=r.abs_url(f"/{paper}/"),
                entries=_entries(r, r.plan.paper_newest[paper]), language=cfg.language,
                stylesheet=r.url(STYLESHEET), fallback_css=r.url(FALLBACK_CSS))


def topic_wants(plan: SitePlan, u: Unit) -> Iterable[str]:
    return plan.topics[u.arg].newest_ids


def topic_fill(plan: SitePlan, u: Unit) -> None:
    listing = plan.topics[u.arg]
    listing.newest = [plan.article(i) for i in listing.newest_ids]


def render_topic(r: "Renderer", slug: str) -> bytes:
    cfg = r.plan.config
    listing = r.plan.topics[slug]
    return atom(title=f"{listing.name} — {cfg.title}", subtitle="",
                feed_url=r.abs_url(f"{listing.base}feed.xml"), site_url=r.abs_url(listing.base),
                entries=_entries(r, listing.newest), language=cfg.language,
                stylesheet=r.url(STYLESHEET), fallback_css=r.url(FALLBACK_CSS))


KINDS = {"feed": (render_site, site_wants, site_fill),
         "paper_feed": (render_paper, paper_wants, paper_fill),
         "topic_feed": (render_topic, topic_wants, topic_fill)}
