"""What the site consists of: every output unit, its files and the digest of its inputs.

A *unit* is one thing the renderer makes (an article page with its JSON twin, a topic page …).
Its digest covers exactly the data its template reads — the article's own fields and file stamp,
its neighbours' ids and titles, page labels, and a global digest of templates + generator code +
configuration — so an unchanged digest means unchanged bytes. Templates must only read what the
signature functions below include; `tests/site` proves incremental == clean builds.

Cost: building the plan is O(articles) with small constants (a tuple and a blake2 per unit), so a
no-op rebuild of 100k articles stays within a couple of seconds. Only index pages (calendar,
topic/place fronts, home) grow with the archive; topic and place lists are paginated in fixed
chunks counted from the oldest article, so adding an issue touches only each topic's front page
and newest chunk, never the older pages.
"""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import quote

from .config import SiteConfig
from .incremental import digest, file_digest
from .model import Archive, Article, Issue, Page, article_url, issue_url, page_url
from .topics import slugify_place

KIND_LABELS = {"article": "文章", "photo": "图片", "continuation": "转版续文", "brief": "简讯",
               "commentary": "评论", "notice": "公告"}


@dataclass(slots=True)
class Unit:
    key: str                 # its primary output path, relative to the site root
    kind: str
    arg: Any
    outputs: tuple[str, ...]
    digest: bytes = b""


@dataclass(slots=True)
class Chunk:
    """One page of a paginated list (topic or place). Index 0 is the oldest chunk."""
    number: Optional[int]    # page number in the URL (1 = oldest); None for the front page
    items: list[Article]     # newest first
    newer: Optional[str]     # site path of the newer page (None on the front page)
    older: Optional[str]     # site path of the older page
    total: int = 0
    sig: str = ""            # the items' list signatures, joined


@dataclass
class Listing:
    """A topic or a place with its paginated article list."""
    name: str
    slug: str
    base: str                # site path, e.g. /topics/health/
    articles: list[Article]  # newest first
    sigs: list[str] = field(default_factory=list)   # each article's list signature, same order
    chunks: list[Chunk] = field(default_factory=list)


@dataclass
class SitePlan:
    config: SiteConfig
    archive: Archive
    root: str                               # project root (bodies are read relative to it)
    today: _dt.date
    page_of: dict[str, Page] = field(default_factory=dict)
    issue_of: dict[str, Issue] = field(default_factory=dict)
    issues: dict[tuple[str, _dt.date], Issue] = field(default_factory=dict)
    pages: dict[tuple[str, _dt.date, int], Page] = field(default_factory=dict)
    continued: dict[str, tuple[Optional[Article], Optional[Article]]] = field(default_factory=dict)
    topics: dict[str, Listing] = field(default_factory=dict)     # slug → listing
    places: dict[str, Listing] = field(default_factory=dict)     # slug → listing
    topic_slug: dict[str, str] = field(default_factory=dict)     # topic name → slug
    units: dict[str, Unit] = field(default_factory=dict)
    newest: list[Article] = field(default_factory=list)          # for feeds, newest first
    static_files: dict[str, str] = field(default_factory=dict)   # rel → absolute source
    has_search_page: bool = False
    global_digest: bytes = b""
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)


# ---- URLs ----

def topic_url(slug: str) -> str:
    return f"/topics/{slug}/"


def place_url(slug: str) -> str:
    return f"/places/{slug}/"


def out_path(url: str, name: str = "index.html") -> str:
    """Site path → output file relative to the site root (`/a/b/` → `a/b/index.html`)."""
    return url.lstrip("/") + name


def safe_slug(name: str) -> str:
    """Names used as URL segments (places, topics without a configured slug)."""
    s = slugify_place(name).replace("/", "-").replace("\\", "-").strip(". ")
    return s or "untitled"


def href(url: str) -> str:
    """Percent-encode non-ASCII path characters so hrefs are valid everywhere."""
    return quote(url, safe="/#?=&-._~%:")


def continuation_partners(issue: Issue) -> dict[str, tuple[Optional[Article], Optional[Article]]]:
    """For each continued story in `issue`: (the part it continues from, the part it goes on to).

    A part on page N is matched by the same title first, then by kind 'continuation' whose
    continued_from points back at this page (and vice versa).
    """
    by_page = {p.number: p.articles for p in issue.pages}
    out: dict[str, tuple[Optional[Article], Optional[Article]]] = {}

    def find(a: Article, page_no: Optional[int], forward: bool) -> Optional[Article]:
        if not page_no or page_no == a.page:
            return None
        cands = [b for b in by_page.get(page_no, ()) if b.id != a.id]
        same = [b for b in cands if b.title == a.title]
        if same:
            return same[0]
        if forward:
            back = [b for b in cands if b.continued_from == a.page]
            cont = [b for b in back if b.kind == "continuation"] or back \
                or [b for b in cands if b.kind == "continuation"]
        else:
            on = [b for b in cands if b.continued_to == a.page]
            cont = on or []
        return cont[0] if cont else None

    for a in issue.articles:
        if a.continued_from or a.continued_to:
            out[a.id] = (find(a, a.continued_from, False), find(a, a.continued_to, True))
    return out


def paginate(listing: Listing, size: int) -> None:
    """Chunks counted from the oldest article: older pages never change when news is added.

    The front page shows the newest chunk, merged with the one before when the newest is not
    full, so it always holds between `size` and 2×`size`-1 articles (fewer only in small lists).
    """
    oldest_first = listing.articles[::-1]
    sigs = listing.sigs[::-1]
    total = len(oldest_first)
    n = max(1, -(-total // size))
    front = 0 if n == 1 else (n - 1 if total % size == 0 else n - 2)

    def page_path(c: int) -> str:
        return listing.base if c >= front else f"{listing.base}page/{c + 1}/"

    chunks = []
    for c in range(front):
        items = oldest_first[c * size:(c + 1) * size][::-1]
        chunks.append(Chunk(number=c + 1, items=items, newer=page_path(c + 1),
                            older=page_path(c - 1) if c > 0 else None,
                            sig="".join(sigs[c * size:(c + 1) * size])))
    chunks.append(Chunk(number=None, items=oldest_first[front * size:][::-1], newer=None,
                        older=page_path(front - 1) if front > 0 else None, total=total,
                        sig="".join(sigs[front * size:])))
    listing.chunks = chunks


def shard_of(config: SiteConfig, date: _dt.date) -> str:
    """The search part an article's date falls in; `search.shard_key` owns the rule (imported
    lazily so planning a build never loads the search module)."""
    from .search import shard_key
    return shard_key(config, date)


# ---- the plan ----

def inputs_digest(config: SiteConfig, templates_dir: str) -> bytes:
    """Templates (and static files' stamps) + the generator code that renders + every config
    field a page can show — everything besides the articles that the output depends on."""
    here = os.path.dirname(os.path.abspath(__file__))
    code = [os.path.join(here, f) for f in
            ("render.py", "units.py", "feeds.py", "sitemap.py", "jsondata.py", "markdown_fast.py",
             "topics.py", "enrich.py", "model.py", "content.py", "frontmatter.py")
            if os.path.exists(os.path.join(here, f))]
    tpl, static = [], []
    for dirpath, dirnames, filenames in os.walk(templates_dir):
        dirnames.sort()
        for f in sorted(filenames):
            path = os.path.join(dirpath, f)
            if os.path.relpath(path, templates_dir).startswith("static" + os.sep):
                st = os.stat(path)
                static.append((path, st.st_size, st.st_mtime_ns))
            else:
                tpl.append(path)
    cfg = (config.title, config.title_en, config.description, config.base_url, config.language,
           sorted((k, sorted(v.items())) for k, v in config.publications.items()),
           [(t.name, t.slug, t.keywords) for t in config.topics], config.feed_size,
           config.topic_page_size, config.search_bundle_dir, config.search_shard_by)
    return digest(repr(cfg), static, file_digest(code + tpl))


def _global_digest(config: SiteConfig, archive: Archive, templates_dir: str) -> bytes:
    pubs = [(p.slug, p.name) for p in archive.publications]
    return digest(inputs_digest(config, templates_dir), pubs)


def plan_site(config: SiteConfig, archive: Archive, *, root: str, today: _dt.date,
              stamps: dict[str, tuple[int, int]]) -> SitePlan:
    templates_dir = os.path.join(root, "templates")
    plan = SitePlan(config=config, archive=archive, root=root, today=today, stamps=stamps)
    plan.global_digest = g = _global_digest(config, archive, templates_dir)
    plan.topic_slug = {t.name: t.slug for t in config.topics}
    plan.has_search_page = os.path.exists(os.path.join(templates_dir, "search.html"))
    units = plan.units

    def add(key: str, kind: str, arg: Any, outputs: tuple[str, ...], *sig) -> None:
        units[key] = Unit(key, kind, arg, outputs, digest(g, key, sig))

    # An article's front matter is a function of its file, so (id, file stamp) stands for all of
    # it (the loader trusts the same stamp); derived topics/places are a function of the file,
    # the taxonomy and topics.py, all in the global digest. Cheap: no repr of whole records.
    # Each becomes one short string so a list's signature is a cheap "".join.
    # (one pass over every article: it is the part of the plan that grows with the archive)
    key: dict[str, str] = {}
    lsig: dict[str, str] = {}
    page_of, issue_of, plan_pages, plan_issues = plan.page_of, plan.issue_of, plan.pages, plan.issues
    stamp_of = stamps.get
    for pub in archive.publications:
        for issue in pub.issues:
            plan_issues[(issue.paper, issue.date)] = issue
            for page in issue.pages:
                plan_pages[(page.paper, page.date, page.number)] = page
                label = page.label
                for a in page.articles:
                    aid = a.id
                    st = stamp_of(a.path) or (0, 0)
                    ka = key[aid] = f"{aid}\x1f{st[0]}\x1f{st[1]}\x1e"
                    page_of[aid] = page
                    issue_of[aid] = issue
                    lsig[aid] = ka + label
            plan.continued.update(continuation_partners(issue))

    def k(a: Optional[Article]) -> Optional[str]:
        return key[a.id] if a is not None else None

    continued = plan.continued

    for pub in archive.publications:
        years = pub.years
        by_year: dict[int, list[Issue]] = {}
        for issue in pub.issues:
            by_year.setdefault(issue.date.year, []).append(issue)
        for issue in pub.issues:
            labels = tuple(p.label for p in issue.pages)
            iurl = issue.url
            inav = (_issue_nav(issue.prev), _issue_nav(issue.next))
            add(out_path(iurl), "issue", (issue.paper, issue.date),
                (out_path(iurl), out_path(iurl, "index.json")),
                issue.issue_no, issue.estimated_date,
                "".join(lsig[a.id] for a in issue.articles), labels, inav)
            issue_no = issue.issue_no
            for page, plabel in zip(issue.pages, labels):
                prel = f"{iurl[1:]}{page.number:02d}/"      # == page.url, without a strftime
                add(prel + "index.html", "page", (page.paper, page.date, page.number),
                    (prel + "index.html", prel + "index.json"),
                    issue_no, labels, "".join([key[a.id] for a in page.articles]), inav)
                # article units inline (the bulk of the plan: one per article)
                for a in page.articles:
                    partners = continued.get(a.id)
                    arel = article_url(a.id)[1:]
                    akey = arel + "index.html"
                    units[akey] = Unit(akey, "article", a.id, (akey, arel + "index.json"), digest(
                        g, akey, (key[a.id], issue_no, plabel,
                                  key[a.prev.id] if a.prev is not None else None,
                                  key[a.next.id] if a.next is not None else None,
                                  (k(partners[0]), k(partners[1])) if partners else None)))
        for year, issues in by_year.items():
            yurl = f"/{pub.slug}/{year}/"
            add(out_path(yurl), "year", (pub.slug, year),
                (out_path(yurl), out_path(yurl, "index.json")),
                [(i.date.toordinal(), i.issue_no, len(i.pages), i.estimated_date) for i in issues],
                years)
            add(f"sitemaps/{pub.slug}-{year}.xml", "sitemap_year", (pub.slug, year),
                (f"sitemaps/{pub.slug}-{year}.xml",),
                [[a.id for a in i.articles] for i in issues])
        add(out_path(pub.url), "pub", pub.slug, (out_path(pub.url), out_path(pub.url, "index.json")),
            [(y, len(by_year[y]), sum(len(i.pages) for i in by_year[y])) for y in years],
            _issue_nav(pub.issues[0]) if pub.issues else None,
            _issue_nav(pub.issues[-1]) if pub.issues else None)

    # --- home, root JSON
    newest_issues = archive.all_issues()[:12]
    otd = on_this_day(archive, today)
    add("index.html", "home", None, ("index.html", "index.json"),
        [(i.paper, i.date.toordinal(), i.issue_no, len(i.pages),
          "".join(key[a.id] for a in (i.pages[0].articles[:3] if i.pages else []))) for i in newest_issues],
        [(p.slug, p.years, len(p.issues), _issue_nav(p.issues[0]) if p.issues else None,
          _issue_nav(p.issues[-1]) if p.issues else None) for p in archive.publications],
        today.strftime("%m-%d"), [_issue_nav(i) for i in otd],
        len(archive.articles))

    # --- topics and places
    # newest first by (date, paper, -page, -seq): issues newest first, each in page/seq order
    # (the same order, without sorting every article)
    order = [a for i in archive.all_issues() for p in i.pages for a in p.articles]
    for name, (arts, sigs) in _group(order, "topics", lsig).items():
        slug = plan.topic_slug.get(name) or safe_slug(name)
        plan.topics[slug] = Listing(name, slug, topic_url(slug), arts, sigs)
    for name, (arts, sigs) in _group(order, "places", lsig).items():
        slug = safe_slug(name)
        if slug in plan.places:   # two spellings, one URL: merge
            merged = plan.places[slug].articles + arts
            merged.sort(key=lambda a: (a.date, a.paper, -a.page, -a.seq), reverse=True)
            plan.places[slug].articles = merged
            plan.places[slug].sigs = [lsig[a.id] for a in merged]
        else:
            plan.places[slug] = Listing(name, slug, place_url(slug), arts, sigs)
    size = max(1, config.topic_page_size)
    for kind, table in (("topic", plan.topics), ("place", plan.places)):
        for slug, listing in table.items():
            paginate(listing, size)
            for chunk in listing.chunks:
                path = listing.base if chunk.number is None else f"{listing.base}page/{chunk.number}/"
                add(out_path(path), kind, (slug, chunk.number), (out_path(path),), listing.name,
                    chunk.sig, chunk.newer, chunk.older,
                    chunk.total)
    topic_counts = [(t.slug, t.name, len(t.articles)) for t in plan.topics.values()]
    add("topics/index.html", "topics", None, ("topics/index.html", "topics/index.json"),
        topic_counts)
    add("places/index.html", "places", None, ("places/index.html",),
        [(p.slug, p.name, len(p.articles)) for p in plan.places.values()])

    # --- feeds (newest first, bodies summarised → stamps in the digest)
    plan.newest = order[:config.feed_size]
    add("feed.xml", "feed", None, ("feed.xml",),
        "".join([lsig[a.id] for a in plan.newest]))
    for slug, listing in plan.topics.items():
        add(f"topics/{slug}/feed.xml", "topic_feed", slug, (f"topics/{slug}/feed.xml",),
            listing.name, "".join(listing.sigs[:config.feed_size]))

    # --- sitemap index, robots, 404, search page, redirects
    sitemap_keys = sorted(k for k, u in units.items() if u.kind == "sitemap_year")
    extra = ["", "topics/", "places/"] + [l.base for l in plan.topics.values()] \
        + (["search/"] if plan.has_search_page else [])
    add("sitemap.xml", "sitemap", None, ("sitemap.xml", "sitemaps/site.xml"), sitemap_keys,
        [p.url for p in archive.publications],
        [f"/{p.slug}/{y}/" for p in archive.publications for y in p.years], extra)
    add("robots.txt", "robots", None, ("robots.txt",))
    add("404.html", "404", None, ("404.html",))
    if plan.has_search_page:
        add("search/index.html", "search", None, ("search/index.html",),
            search_facets(plan))
    for old, new in sorted(archive.redirects.items()):
        if old in archive.articles or new not in archive.articles:
            continue
        try:
            rurl = article_url(old)
        except ValueError:
            continue
        key = out_path(rurl)
        if key in units:
            continue
        add(key, "redirect", (old, new), (key,), archive.articles[new].title)

    # --- static assets: copied (digest = their bytes' identity: mtime+size)
    static_dir = os.path.join(templates_dir, "static")
    for dirpath, dirnames, filenames in os.walk(static_dir):
        dirnames.sort()
        for f in sorted(filenames):
            src = os.path.join(dirpath, f)
            rel = "static/" + os.path.relpath(src, static_dir).replace(os.sep, "/")
            st = os.stat(src)
            units[rel] = Unit(rel, "static", src, (rel,), digest("static", rel, st.st_size,
                                                                   st.st_mtime_ns))
    # article pages load highlight.js (the search page's term highlighter); until it exists,
    # an empty placeholder keeps the link valid
    if "static/highlight.js" not in units:
        units["static/highlight.js"] = Unit("static/highlight.js", "placeholder", None,
                                            ("static/highlight.js",), digest("placeholder"))
    return plan


def _group(newest_first: list[Article], attr: str,
           lsig: dict[str, str]) -> dict[str, tuple[list[Article], list[str]]]:
    """name → (articles carrying it, their list signatures), newest first, in one pass
    (the same lists as topics.group_by, without sorting each one)."""
    arts_of: dict[str, list[Article]] = {}
    sigs_of: dict[str, list[str]] = {}
    get = arts_of.get
    for a in newest_first:
        names = getattr(a, attr)
        if not names:
            continue
        sig = lsig[a.id]
        for name in names:
            arts = get(name)
            if arts is None:
                arts_of[name] = [a]
                sigs_of[name] = [sig]
            elif arts[-1] is not a:      # a name listed twice in one article
                arts.append(a)
                sigs_of[name].append(sig)
    return {name: (arts, sigs_of[name]) for name, arts in arts_of.items()}


def _issue_nav(issue: Optional[Issue]) -> Optional[tuple]:
    return (issue.paper, issue.date.toordinal(), issue.issue_no) if issue is not None else None


def on_this_day(archive: Archive, today: _dt.date) -> list[Issue]:
    """Issues published on today's month and day in earlier years, newest first."""
    return [i for i in archive.all_issues()
            if i.date.month == today.month and i.date.day == today.day and i.date < today]


def search_facets(plan: SitePlan) -> tuple:
    """The choices the search page offers (passed to templates/search.html)."""
    arch = plan.archive
    years = sorted({y for p in arch.publications for y in p.years})
    page_names = sorted({p.name for p in plan.pages.values() if p.name})
    kinds = sorted({a.kind for a in arch.articles.values()})
    topics = sorted(((l.name, l.slug) for l in plan.topics.values()), key=lambda t: t[1])
    pubs = [(p.slug, p.name) for p in arch.publications]
    return (pubs, years, page_names, kinds, topics)


__all__ = ["Unit", "SitePlan", "plan_site", "href", "out_path", "shard_of", "KIND_LABELS",
           "topic_url", "place_url", "issue_url", "page_url"]
