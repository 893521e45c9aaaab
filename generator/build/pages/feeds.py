"""Atom feeds (RFC 4287) of the newest articles, site-wide and per topic.

Pure string building: faster than a template and trivially deterministic. `updated` is the newest
entry's date, never the build time, so an unchanged archive gives byte-identical feeds.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr


@dataclass(slots=True)
class FeedEntry:
    url: str          # absolute URL
    title: str
    date: str         # YYYY-MM-DD
    authors: Sequence[str]
    summary: str
    category: Sequence[str] = ()


def atom(*, title: str, subtitle: str, feed_url: str, site_url: str,
         entries: Sequence[FeedEntry], language: str = "zh-CN") -> bytes:
    updated = max((e.date for e in entries), default="1970-01-01")
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(language)}>',
           f"<title>{escape(title)}</title>"]
    if subtitle:
        out.append(f"<subtitle>{escape(subtitle)}</subtitle>")
    out += [f"<id>{escape(feed_url)}</id>",
            f'<link rel="self" type="application/atom+xml" href={quoteattr(feed_url)}/>',
            f'<link rel="alternate" type="text/html" href={quoteattr(site_url)}/>',
            f"<updated>{updated}T00:00:00Z</updated>",
            f"<author><name>{escape(title)}</name></author>"]
    for e in entries:
        out.append("<entry>")
        out.append(f"<title>{escape(e.title)}</title>")
        out.append(f'<link rel="alternate" type="text/html" href={quoteattr(e.url)}/>')
        out.append(f"<id>{escape(e.url)}</id>")
        out.append(f"<published>{e.date}T00:00:00Z</published>")
        out.append(f"<updated>{e.date}T00:00:00Z</updated>")
        for name in e.authors:
            out.append(f"<author><name>{escape(name)}</name></author>")
        for c in e.category:
            out.append(f"<category term={quoteattr(c)}/>")
        if e.summary:
            out.append(f'<summary type="text">{escape(e.summary)}</summary>')
        out.append("</entry>")
    out.append("</feed>\n")
    return "\n".join(out).encode("utf-8")
