"""Atom feeds (RFC 4287) of the newest articles, site-wide and per topic.

Pure string building: faster than a template and trivially deterministic. `updated` is the newest
entry's date, never the build time, so an unchanged archive gives byte-identical feeds.
Every text and attribute value goes through `_text`/`_attr`: escaped for XML, and stripped of the
characters XML 1.0 cannot hold at all (control characters from PDF extraction, which would make
the whole feed unreadable to every feed reader).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

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


def atom(*, title: str, subtitle: str, feed_url: str, site_url: str,
         entries: Sequence[FeedEntry], language: str = "zh-CN") -> bytes:
    updated = max((e.date for e in entries), default="1970-01-01")
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={_attr(language)}>',
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
