"""sitemap.xml (a sitemap index), one sitemap per publication-year, and robots.txt.

A sitemap holds at most 50,000 URLs, and one file per publication-year means adding an issue
rewrites only that year's file and the small index.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable
from xml.sax.saxutils import escape

from generator.build.commit import digest
from generator.build.plan.site_plan import Unit
from generator.core.model import Publication
from generator.core.urls import article_url, topic_url

if TYPE_CHECKING:
    from generator.build.render import Renderer

_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'
_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def urlset(urls: Iterable[tuple[str, str | None]]) -> bytes:
    """`urls`: (absolute URL, lastmod YYYY-MM-DD or None)."""
    out = [_HEAD + f"<urlset {_NS}>"]
    for loc, lastmod in urls:
        out.append(f"<url><loc>{escape(loc)}</loc>"
                   + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</url>")
    out.append("</urlset>\n")
    return "\n".join(out).encode("utf-8")


def index(sitemaps: Iterable[str]) -> bytes:
    out = [_HEAD + f"<sitemapindex {_NS}>"]
    out.extend(f"<sitemap><loc>{escape(s)}</loc></sitemap>" for s in sitemaps)
    out.append("</sitemapindex>\n")
    return "\n".join(out).encode("utf-8")


def robots(base_url: str, base_path: str) -> bytes:
    return (f"User-agent: *\nAllow: {base_path}\nDisallow: {base_path}search/?\n\n"
            f"Sitemap: {base_url}sitemap.xml\n").encode("utf-8")


# ---- sitemaps and robots.txt as page kinds

def year_unit(g: bytes, pub: Publication, year: int, ids_digests: list[bytes]) -> Unit:
    """Covers the year's issues' article ids (their pages' URLs follow from them)."""
    key = f"sitemaps/{pub.slug}-{year}.xml"
    return Unit(key, "sitemap_year", (pub.slug, year), (key,), digest(g, key, (ids_digests,)))


def index_unit(g: bytes, sitemap_keys: list[str], pubs: list[Publication],
               topic_bases: list[str]) -> Unit:
    """Covers the year sitemaps and the site's own pages (publications, years, topics)."""
    return Unit("sitemap.xml", "sitemap", None, ("sitemap.xml", "sitemaps/site.xml"), digest(
        g, "sitemap.xml", (sitemap_keys, [p.url for p in pubs],
                           [f"/{p.slug}/{y}/" for p in pubs for y in p.years], topic_bases)))


def robots_unit(g: bytes) -> Unit:
    return Unit("robots.txt", "robots", None, ("robots.txt",), digest(g, "robots.txt", ()))


def render_year(r: "Renderer", arg) -> bytes:
    slug, year = arg
    pub = r.plan.archive.publication(slug)
    urls = []
    for i in pub.issues_in(year):
        d = i.date.isoformat()
        urls.append((r.abs_url(i.url), d))
        on_page = r.plan.page_ids(i)
        for p in i.pages:
            urls.append((r.abs_url(p.url), d))
            urls.extend((r.abs_url(article_url(aid)), d) for aid in on_page.get(p.number, ()))
    return urlset(urls)


def render_index(r: "Renderer", _) -> list[bytes]:
    plan = r.plan
    files = [r.abs_url("/sitemaps/site.xml")] + [r.abs_url("/" + key) for key in plan.sitemap_keys]
    site = ["/", "/topics/", "/places/"] + [p.url for p in plan.archive.publications] \
        + [f"/{p.slug}/{y}/" for p in plan.archive.publications for y in p.years] \
        + [topic_url(slug) for slug, _, _ in plan.topic_index] \
        + (["/search/"] if plan.has_search_page else [])
    return [index(files), urlset((r.abs_url(u), None) for u in site)]


def render_robots(r: "Renderer", _) -> bytes:
    return robots(r.base_url, r.base)


KINDS = {"sitemap_year": (render_year,), "sitemap": (render_index,), "robots": (render_robots,)}
