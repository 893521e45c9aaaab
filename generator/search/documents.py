"""What Pagefind reads for one article and one part: a minimal page (headline, byline, body in the
one-token-per-character form) with its filters and meta, in a fixed order, and their digest."""
from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from typing import Optional

from generator.core.model import Archive, Article
from generator.search.pagefind import PAGEFIND_VERSION
from generator.search.text import HAIR, SEP, body_blocks, clean_block, fold, index_form, punctuation_of

FORMAT_VERSION = 3   # 2: folded text (text.fold), the `hl` meta for ranking; 3: kicker,
                     # subtitle, byline and `hs` metas (the search page's result lines)
# How a part's documents become bundle bytes (fed in order through `pagefind --service`, filter
# and meta files made canonical); part digests include it, so changing it re-indexes every part.
BUNDLE_VERSION = 3   # 3: catalog rows carry 版名 and kind (facet counts)


def _meta(attr: str, name: str, value: str) -> str:
    return f'<meta data-pagefind-{attr}="{name}[content]" content="{html.escape(value)}">'


def page_label(a: Article, page_name: Optional[str] = None) -> str:
    base = f"第{a.page:02d}版"
    name = page_name or a.page_name
    return f"{base}：{name}" if name else base


def page_names_of(archive: Archive) -> dict[str, Optional[str]]:
    """Article id → its page's 版名 (the model may know it from the issue, not the article)."""
    return {a.id: page.name or a.page_name
            for pub in archive.publications for issue in pub.issues
            for page in issue.pages for a in page.articles}


def index_document(a: Article, body: str, paper_name: str,
                   page_name: Optional[str] = None) -> tuple[str, list[str]]:
    """The minimal page Pagefind indexes for one article, and its text blocks (reading order)."""
    heads = [(tag, fold(clean_block(text)), role) for tag, text, role in
             (("p", a.kicker, "head"), ("h1", a.title, "head"), ("p", a.subtitle, "head"),
              ("p", a.byline, "byline"))]
    heads = [h for h in heads if h[1]]
    paras = [b for b in (fold(p) for p in body_blocks(body)) if b]
    blocks = [b for _, b, _ in heads] + paras
    forms = [(tag, index_form(b), role) for tag, b, role in heads]
    # hl: how many Pagefind words kicker, title and subtitle take (they come first), so a hit's
    # word positions tell a headline match from a body one (the ranking in search.js)
    hl = sum(len(f.split(HAIR)) for _, f, role in forms if role == "head" and f)
    # hs: how many separator words kicker, title, subtitle and byline hold, so the search page
    # can start an excerpt after what its result line already shows
    hs = sum(f.count(SEP) for _, f, _ in forms)
    content = "".join(f"<{tag}>{html.escape(f)}</{tag}>" for tag, f, _ in forms) + \
        "".join(f"<p>{html.escape(index_form(b))}</p>" for b in paras)
    metas = [
        _meta("meta", "title", a.title), _meta("meta", "date", a.date.isoformat()),
        _meta("meta", "page", page_label(a, page_name)), _meta("meta", "paper", paper_name),
        _meta("filter", "paper", a.paper), _meta("filter", "year", str(a.date.year)),
        _meta("filter", "kind", a.kind or "article"),
        _meta("meta", "hl", str(hl)), _meta("meta", "hs", str(hs)),
        _meta("sort", "date", f"{a.date.isoformat()}-{a.page:03d}-{a.seq:03d}"),
    ]
    # shown on a result line (read from the fragment fetched for its excerpt, not the catalog:
    # the catalog is loaded for every hit, these only for the 50 on screen)
    metas.extend(_meta("meta", name, value) for name, value in
                 (("kicker", a.kicker), ("subtitle", a.subtitle), ("byline", a.byline)) if value)
    page_name = page_name or a.page_name
    if page_name:
        metas.append(_meta("filter", "page_name", page_name))
    metas.extend(_meta("filter", "topic", t) for t in dict.fromkeys(a.topics))
    doc = ('<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>'
           f'{html.escape(a.title)}</title>{"".join(metas)}</head><body>'
           f'<main data-pagefind-body>{content}</main></body></html>')
    return doc, blocks


@dataclass
class PartInput:
    """What Pagefind reads for one part: its documents in a fixed order, and their digest."""
    docs: list[tuple[str, str]]       # (url, document), oldest article first
    punct: set[str]                   # characters Pagefind must treat as word characters
    chars: set[str]                   # every character of the part's text (chars.txt)
    digest: str                       # content digest: the format + every (url, document)


def part_input(articles: list[Article], root: str, paper_names: dict[str, str],
               page_names: Optional[dict[str, Optional[str]]] = None) -> PartInput:
    """Build a part's documents (reading each body once) and the digest of exactly those bytes.

    The digest is of content, not file times, so a copy of the project with new mtimes (or a
    lost `.cache/`) still recognises an up-to-date bundle.
    """
    punct: set[str] = set()
    chars: set[str] = set()
    docs: list[tuple[str, str]] = []
    h = hashlib.sha1(f"{FORMAT_VERSION}|{PAGEFIND_VERSION}|{BUNDLE_VERSION}\n".encode())
    for a in articles:
        doc, blocks = index_document(a, a.read_body(root), paper_names.get(a.paper, a.paper),
                                     (page_names or {}).get(a.id))
        url = a.url
        docs.append((url, doc))
        h.update(f"{len(url)}:{url}{len(doc)}:".encode())
        h.update(doc.encode("utf-8"))
        punct |= punctuation_of(blocks)
        for b in blocks:
            chars.update(b)
    return PartInput(docs, punct, chars, h.hexdigest())

