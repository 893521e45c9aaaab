"""sitemap.xml (a sitemap index), one sitemap per publication-year, and robots.txt.

A sitemap holds at most 50,000 URLs, and one file per publication-year means adding an issue
rewrites only that year's file and the small index.
"""
from __future__ import annotations

from typing import Iterable
from xml.sax.saxutils import escape

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
