"""What the site consists of: every output unit, its files and the digest of its inputs —
planned incrementally from the previous build's state.

A *unit* is one thing the renderer makes (an article page with its JSON twin, a topic page …).
Its digest covers exactly the data its template reads — the article's own fields and file stamp,
its neighbours' ids and titles, page labels, and a global digest of templates + generator code +
configuration — so an unchanged digest means unchanged bytes. Templates must only read what the
signature functions below include; `tests/site` proves incremental == clean builds.

Units come in *groups* that are planned as a whole: an issue (its issue, 版 and article pages),
a listing (a topic's or place's paginated pages and feed) and the site-wide pages (home,
calendars, sitemaps, indexes). The build state (`generator.build.state`) keeps each group's digests and
what the site-wide pages need to know about it (an issue's *summary*), so a rebuild plans only
the groups whose inputs changed:

* an issue is *dirty* when one of its article files, its issue.yaml or a neighbouring issue
  (prev/next links) changed — only dirty issues are loaded as full `Article` records; every other
  issue is a *skeleton* (pages with labels, no articles) that calendars and navigation can use;
* a listing is touched when an article joins, leaves or changes in it; paging counts from the
  oldest article, so an added issue changes only each touched listing's front page and feed;
* site-wide units are re-signed from the summaries every build (O(issues), not O(articles)).

A full build is the same plan with every group dirty, so both paths give the same digests.
Cost of adding one issue to a 100k archive: the scan's stats, the ~60 new records, one or two
issues and the few hundred listings they touch — not the archive.
"""
from __future__ import annotations

import datetime as _dt
import functools
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional
from bisect import bisect_left
from hashlib import blake2b
from urllib.parse import quote

from generator.core.config import SiteConfig
from generator.build.commit import digest, file_digest
from generator.core.model import (Archive, Article, Issue, Page, Publication, article_url, assemble_issue, issue_url, order_publications, page_url, _link)
from generator.build.state import (ALIASES, ESTIMATED, IDS_DIGEST, ISSUE_NO, KINDS, LABELS, LEADS, N_ARTICLES, NAV, NewState, State, pack, unpack)
from generator.core.topics import slugify_place

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
    ids: list[str]           # newest first
    newer: Optional[str]     # site path of the newer page (None on the front page)
    older: Optional[str]     # site path of the older page
    total: int = 0
    sig: bytes = b""         # the items' list signatures, joined
    items: list = field(default_factory=list)   # the Articles, filled before rendering


@dataclass
class Listing:
    """A topic or a place with its paginated article list."""
    kind: str                # "topic" | "place"
    name: str
    slug: str
    base: str                # site path, e.g. /topics/health/
    count: int = 0
    chunks: list[Chunk] = field(default_factory=list)
    newest_ids: list[str] = field(default_factory=list)   # for the feed, newest first
    newest: list = field(default_factory=list)            # their Articles (filled for rendering)


class _NotLoaded:
    """The articles of a skeleton page: using them is a planning bug, so it fails loudly
    (an empty list would silently render an empty page)."""
    __slots__ = ()

    def _fail(self, *a):
        raise RuntimeError("articles of an issue that was not loaded for this build were used; "
                           "the planner must load (hydrate) the issue first")

    __iter__ = __len__ = __getitem__ = __bool__ = _fail

    def __repr__(self) -> str:
        return "<not loaded>"


NOT_LOADED = _NotLoaded()


class _PageOf(dict):
    """article id → its Page; filled for loaded issues, derived for single loaded articles."""

    def __init__(self, plan: "SitePlan"):
        super().__init__()
        self.plan = plan

    def __missing__(self, aid: str) -> Page:
        a = self.plan.article(aid)
        return self.plan.pages[(a.paper, a.date, a.page)]


@dataclass
class SitePlan:
    config: SiteConfig
    archive: Archive                        # every issue; articles only of loaded issues
    root: str                               # project root (bodies are read relative to it)
    today: _dt.date
    page_of: dict = field(default_factory=dict)
    issue_of: dict[str, Issue] = field(default_factory=dict)
    issues: dict[tuple[str, _dt.date], Issue] = field(default_factory=dict)
    pages: dict[tuple[str, _dt.date, int], Page] = field(default_factory=dict)
    continued: dict[str, tuple[Optional[Article], Optional[Article]]] = field(default_factory=dict)
    topics: dict[str, Listing] = field(default_factory=dict)     # touched listings, slug → listing
    places: dict[str, Listing] = field(default_factory=dict)
    topic_index: list[tuple[str, str, int]] = field(default_factory=list)   # (slug, name, count)
    place_index: list[tuple[str, str, int]] = field(default_factory=list)
    topic_slug: dict[str, str] = field(default_factory=dict)     # topic name → slug
    units: dict[str, Unit] = field(default_factory=dict)         # units of the planned groups
    todo: list[str] = field(default_factory=list)                # unit keys to render
    deleted: list[str] = field(default_factory=list)             # output files to delete
    removed_units: list[str] = field(default_factory=list)       # unit keys that disappeared
    newest_ids: list[str] = field(default_factory=list)          # for the site feed
    newest: list[Article] = field(default_factory=list)
    sitemap_keys: list[str] = field(default_factory=list)
    facets: tuple = ()
    total_articles: int = 0
    unit_total: int = 0                                          # units in the whole site
    file_total: int = 0
    has_search_page: bool = False
    global_digest: bytes = b""
    state: Optional[NewState] = None
    loader: Optional["Loader"] = None

    def slug_of(self, kind: str, name: str) -> str:
        """The listing slug of a topic or place name (a configured topic slug, else the name)."""
        return (self.topic_slug.get(name) or safe_slug(name)) if kind == "topic" else safe_slug(name)

    # ---- loading on demand
    def article(self, aid: str) -> Article:
        a = self.archive.articles.get(aid)
        if a is None:
            a = self.archive.articles[aid] = self.loader.article(aid)
        return a

    def load_issue(self, issue: Issue) -> Issue:
        """Fill a skeleton issue's pages with their articles (no-op when loaded)."""
        if not issue.pages or issue.pages[0].articles is not NOT_LOADED:
            return issue
        ids = [i for _, page_ids in self.loader.issue_ids((issue.paper, issue.date.toordinal()))
               for i in page_ids]
        self.loader.preload(ids)
        full = assemble_issue(issue.paper, issue.date, [self.article(i) for i in ids],
                              self.loader.meta.get((issue.paper, issue.date)))
        for skel, page in zip(issue.pages, full.pages):
            skel.articles = page.articles
            for a in page.articles:
                self.page_of[a.id] = skel
                self.issue_of[a.id] = issue
        return issue

    def ids_on(self, page: Page) -> list[str]:
        """A page's article ids without loading the articles (sitemaps)."""
        if page.articles is not NOT_LOADED:
            return [a.id for a in page.articles]
        for n, ids in self.loader.issue_ids((page.paper, page.date.toordinal())):
            if n == page.number:
                return list(ids)
        return []

    def load_all(self) -> Archive:
        """Every issue loaded (the search index reads every article of its parts)."""
        for pub in self.archive.publications:
            for issue in pub.issues:
                self.load_issue(issue)
        return self.archive

    def prepare(self, keys: Iterable[str]) -> None:
        """Load what the units about to be rendered read (list items, feed entries, leads)."""
        keys = list(keys)
        chunks: dict[tuple, Chunk] = {}           # (kind, slug, number) → chunk to render
        want: list[str] = list(self.newest_ids)
        for key in keys:
            u = self.units[key]
            if u.kind in ("topic", "place"):
                slug = u.arg[0]
                if (u.kind, slug, u.arg[1]) not in chunks:
                    listing = (self.topics if u.kind == "topic" else self.places)[slug]
                    for c in listing.chunks:
                        chunks[(u.kind, slug, c.number)] = c
                want.extend(chunks[(u.kind, slug, u.arg[1])].ids)
            elif u.kind == "topic_feed":
                want.extend(self.topics[u.arg].newest_ids)
        self.loader.preload(want)
        article = self.article
        for key in keys:
            u = self.units[key]
            if u.kind in ("topic", "place"):
                chunk = chunks[(u.kind, u.arg[0], u.arg[1])]
                chunk.items = [article(i) for i in chunk.ids]
            elif u.kind == "topic_feed":
                listing = self.topics[u.arg]
                listing.newest = [self.article(i) for i in listing.newest_ids]
            elif u.kind == "feed":
                self.newest = [self.article(i) for i in self.newest_ids]
            elif u.kind == "home":
                for issue in self.archive.all_issues()[:12]:
                    self.load_issue(issue)
            elif u.kind == "redirect":
                self.article(u.arg[1])


# ---- URLs ----

def topic_url(slug: str) -> str:
    return f"/topics/{slug}/"


def place_url(slug: str) -> str:
    return f"/places/{slug}/"


def out_path(url: str, name: str = "index.html") -> str:
    """Site path → output file relative to the site root (`/a/b/` → `a/b/index.html`)."""
    return url.lstrip("/") + name


@functools.lru_cache(maxsize=65536)
def safe_slug(name: str) -> str:
    """Names used as URL segments (places, topics without a configured slug); cached: a full
    plan asks for every name of every article (~450k times at 100k articles)."""
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


def front_chunk(total: int, size: int) -> int:
    """Index of the chunk the front page starts with (see `paginate`)."""
    n = max(1, -(-total // size))
    return 0 if n == 1 else (n - 1 if total % size == 0 else n - 2)


def paginate(base: str, members: list[tuple], size: int, start: int = 0,
             total: Optional[int] = None) -> list[Chunk]:
    """Chunks counted from the oldest article: older pages never change when news is added.

    `members` are (sort key, id, list signature), oldest first — all of them, or (with
    `start`) those from chunk `start` on, of `total`. The front page shows the newest chunk,
    merged with the one before when the newest is not full, so it always holds between
    `size` and 2×`size`-1 articles (fewer only in small lists).
    """
    total = start * size + len(members) if total is None else total
    front = front_chunk(total, size)

    def page_path(c: int) -> str:
        return base if c >= front else f"{base}page/{c + 1}/"

    chunks = []
    for c in range(start, front):
        part = members[(c - start) * size:(c - start + 1) * size]
        chunks.append(Chunk(number=c + 1, ids=[m[1] for m in reversed(part)],
                            newer=page_path(c + 1), older=page_path(c - 1) if c > 0 else None,
                            sig=b"".join([m[2] for m in part])))
    part = members[(front - start) * size:]
    chunks.append(Chunk(number=None, ids=[m[1] for m in reversed(part)], newer=None,
                        older=page_path(front - 1) if front > 0 else None, total=total,
                        sig=b"".join([m[2] for m in part])))
    return chunks


def shard_of(config: SiteConfig, date: _dt.date) -> str:
    """The search part an article's date falls in; `search.shard_key` owns the rule (imported
    lazily so planning a build never loads the search module)."""
    from generator.search.index import shard_key
    return shard_key(config, date)


# ---- the global digest ----

def code_files() -> list[str]:
    """Every module of the stages whose code shapes the output (`core/`, `build/`), found by
    walking them, so a new module can never escape the digest."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found = []
    for stage in ("core", "build"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(package, stage)):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return found


def inputs_digest(config: SiteConfig, templates_dir: str) -> bytes:
    """Templates (and static files' stamps) + the generator code that renders + every config
    field a page can show — everything besides the articles that the output depends on."""
    code = code_files()
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


# ---- loading records for the planner ----

class Loader:
    """Articles and issue contents from the build state, decoded only when asked for.

    Records parsed or decoded this build are at hand; any other article is one indexed read
    of the state (batched with `preload` when many are needed at once).
    """

    def __init__(self, state: NewState, previous: State, decode: Callable[[bytes], Article],
                 decoded: dict[str, dict[str, Article]], arrivals: dict[tuple, list[Article]],
                 meta: dict):
        self.state = state                # this build's records (entries, ids)
        self.previous = previous          # the previous build's plan (issue blobs)
        self._decode = decode
        self.arrivals = arrivals          # issue key → records parsed this build
        self.meta = meta                  # (paper, date) → issue.yaml facts
        self.articles: dict[str, Article] = {a.id: a for arts in decoded.values()
                                             for a in arts.values()}
        self.blobs: dict[tuple, tuple] = {}   # issue key → its decoded blob (this build's view)

    def article(self, aid: str) -> Article:
        a = self.articles.get(aid)
        if a is None:
            self.preload([aid])
            a = self.articles[aid]       # KeyError: no such article
        return a

    def preload(self, ids: Iterable[str]) -> None:
        """Decode many articles with a few queries (list pages show ~50 from as many issues)."""
        want = [i for i in ids if i not in self.articles]
        if want:
            for aid, (path, row) in self.state.rows(want).items():
                self.articles[aid] = self._decode(row)

    def issue_blob(self, key: tuple) -> Optional[tuple]:
        b = self.blobs.get(key)
        if b is None:
            raw = self.previous.issue_blob(key)
            if raw is None:
                return None
            b = self.blobs[key] = unpack(raw)
        return b

    def issue_ids(self, key: tuple) -> list:
        """[(page number, [ids])] of an issue as the state records it."""
        b = self.issue_blob(key)
        return b[0] if b is not None else []


# ---- the plan ----

def _sort_key(a: Article) -> tuple:
    """Listing order, oldest first: issues by (date, paper), inside an issue the reverse of
    reading order (so newest-first lists read page 1 first)."""
    return (a.date.toordinal(), a.paper, -a.page, -a.seq)


def plan_site(config: SiteConfig, *, root: str, today: _dt.date, old: State, new: NewState,
              loader: "Loader", dirty: set, inputs: bytes, everything: bool) -> SitePlan:
    """Plan the site. `old` is the previous build's state (empty for a first build); `new`
    already holds this build's records (folder entries, the id index, issue.yaml facts); `dirty` the issue keys
    (paper, ordinal) whose articles or issue.yaml changed; `everything` plans every group
    (first build, --clean, or templates/code/config changed). Records the planned issues,
    listings and site-wide units in `new`, and the plan's `todo`/`deleted`. With `everything`, `old`
    must be an empty State and `loader.arrivals` must hold every article."""
    templates_dir = os.path.join(root, "templates")
    archive = Archive()
    plan = SitePlan(config=config, archive=archive, root=root, today=today, state=new,
                    loader=loader)
    plan.page_of = _PageOf(plan)
    plan.topic_slug = {t.name: t.slug for t in config.topics}
    plan.has_search_page = os.path.exists(os.path.join(templates_dir, "search.html"))
    meta = loader.meta

    # 1. which issues exist now: the previous ones, minus those that lost every article, plus
    #    new ones; dirty issues are assembled from their current articles (previous members
    #    still there + the records parsed this build)
    keys_all = set(dirty) if everything else set(old.summaries) | set(dirty)
    issues: dict[tuple, Issue] = {}
    for key in dirty:
        members: dict[str, Article] = {}
        blob = loader.issue_blob(key)
        if blob is not None:
            ids = [aid for _, page_ids in blob[0] for aid in page_ids]
            loader.preload(ids)
            for aid in ids:
                a = loader.articles.get(aid)         # None: deleted since
                if a is not None and (a.paper, a.date.toordinal()) == key:
                    members[aid] = a
        for a in loader.arrivals.get(key, ()):
            members[a.id] = a
        if members:
            date = _dt.date.fromordinal(key[1])
            issues[key] = assemble_issue(key[0], date, members.values(), meta.get((key[0], date)))
        else:
            keys_all.discard(key)
    # 2. publications: loaded issues + skeletons of the others, linked
    pubs: dict[str, Publication] = {}
    for key in sorted(keys_all, key=lambda k: (k[0], k[1])):
        issue = issues.get(key)
        if issue is None:
            summary = old.summaries[key]
            date = _dt.date.fromordinal(key[1])
            issue = Issue(paper=key[0], date=date, issue_no=summary[ISSUE_NO],
                          estimated_date=summary[ESTIMATED],
                          pages=[Page(paper=key[0], date=date, number=n, name=name,
                                      articles=NOT_LOADED) for n, name in summary[LABELS]])
            _link(issue.pages)
        pub = pubs.get(key[0])
        if pub is None:
            pub = pubs[key[0]] = Publication(slug=key[0], name=config.publication_names.get(key[0], key[0]))
        pub.issues.append(issue)
    for pub in pubs.values():
        _link(pub.issues)
    archive.publications = order_publications(pubs.values(), config.publication_names)
    for pub in archive.publications:
        for issue in pub.issues:
            plan.issues[(issue.paper, issue.date)] = issue
            for page in issue.pages:
                plan.pages[(page.paper, page.date, page.number)] = page

    g = plan.global_digest = digest(inputs, [(p.slug, p.name) for p in archive.publications])
    new.g = g

    # 3. issues whose prev/next changed join the dirty ones (loaded from their records)
    navs: dict[tuple, tuple] = {}
    for pub in archive.publications:
        for issue in pub.issues:
            key = (issue.paper, issue.date.toordinal())
            navs[key] = (_nav_of(issue.prev), _nav_of(issue.next))
            if key not in issues and old.summaries[key][NAV] != navs[key]:
                plan.load_issue(issue)
                issues[key] = issue

    # 4. plan the dirty issues: their units, summaries, and what their articles add to listings
    listing_changes: dict[tuple, tuple[dict, list]] = {}  # (kind, slug) → (ids out, members in)
    stamp = Stamps(new.entries)
    for key, issue in issues.items():
        _plan_issue(plan, key, issue, navs[key], g, stamp, new, loader, listing_changes, everything)
    for key in dirty:
        if key not in issues and key in old.summaries:     # an issue that lost every article
            blob = loader.issue_blob(key)
            _forget_group(plan, blob[2])
            for aid, (lsig, tops, plcs, skey) in blob[1].items():
                _leave(plan, listing_changes, aid, tops, plcs, skey)
            new.drop_issue(key)

    # 5. listings touched by those changes
    for lkey, (out, inn) in listing_changes.items():
        _plan_listing(plan, lkey, out, inn, g, new)
    order = {t.slug: i for i, t in enumerate(config.topics)}   # the taxonomy's order first
    plan.topic_index = sorted(((slug, e[0], e[1]) for (kind, slug), e in new.heads.items()
                               if kind == "topic"), key=lambda t: (order.get(t[0], len(order)), t[0]))
    plan.place_index = sorted((slug, e[0], e[1]) for (kind, slug), e in new.heads.items()
                              if kind == "place")

    # 6. the site-wide units, re-signed from the summaries
    _plan_site_wide(plan, g, old, new, loader, today, templates_dir)
    plan.unit_total, plan.file_total = new.unit_count()
    plan.total_articles = sum(s[N_ARTICLES] for s in new.summaries.values())
    plan.todo.sort(key=lambda k: plan.units[k].kind != "article")
    return plan


def _nav_of(issue: Optional[Issue]) -> Optional[tuple]:
    return (issue.paper, issue.date.toordinal(), issue.issue_no) if issue is not None else None


class Stamps:
    """path → (mtime, size) from the scan's folder entries, indexed per folder on first use."""

    def __init__(self, entries: dict[str, tuple]):
        self.entries = entries
        self._by_dir: dict[str, dict] = {}

    def of(self, path: str) -> tuple[int, int]:
        d, _, name = path.rpartition("/")
        m = self._by_dir.get(d)
        if m is None:
            m = self._by_dir[d] = {n: (t, s) for n, t, s in self.entries.get(d, ())}
        return m.get(name, (0, 0))

    def key(self, a: Article) -> str:
        """An article's identity in digests: its id and file stamp."""
        t, s = self.of(a.path)
        return f"{a.id}\x1f{t}\x1f{s}\x1e"


def _diff_group(plan: SitePlan, old_units: dict, new_units: dict[str, Unit]) -> None:
    """Record which of a group's units must be rendered and which outputs vanished."""
    for k, u in new_units.items():
        plan.units[k] = u
        o = old_units.get(k)
        if o is None or o[0] != u.digest:
            plan.todo.append(k)
    for k, (_, outs) in old_units.items():
        u = new_units.get(k)
        if u is None:
            plan.removed_units.append(k)
            plan.deleted.extend(outs)
        elif u.outputs != outs:
            plan.deleted.extend(set(outs) - set(u.outputs))


def _forget_group(plan: SitePlan, old_units: dict) -> None:
    _diff_group(plan, old_units, {})


def _listings_of(plan: SitePlan, topics: Iterable[str], places: Iterable[str]) -> list[tuple]:
    """The listings (kind, slug) an article with these names is in, each once."""
    keys = [("topic", plan.slug_of("topic", n)) for n in topics]
    keys += [("place", plan.slug_of("place", n)) for n in places]
    return list(dict.fromkeys(keys))


def _leave(plan: SitePlan, changes: dict, aid: str, topics: Iterable[str],
           places: Iterable[str], key: tuple) -> None:
    """An article leaves the listings of its old names (`key`: where it stood in them)."""
    for lkey in _listings_of(plan, topics, places):
        changes.setdefault(lkey, ({}, []))[0][aid] = key


def _join(plan: SitePlan, changes: dict, a: Article, sig: bytes) -> None:
    member = (_sort_key(a), a.id, sig)
    for lkey in _listings_of(plan, a.topics, a.places):
        changes.setdefault(lkey, ({}, []))[1].append(member)


def _plan_issue(plan: SitePlan, key: tuple, issue: Issue, inav: tuple, g: bytes, stamp: Stamps,
                new: NewState, loader: Loader, changes: dict, everything: bool) -> None:
    """An issue's units (issue, 版 and article pages) and its summary for the site-wide pages."""
    units: dict[str, Unit] = {}
    keys: dict[str, str] = {}
    members: dict[str, tuple] = {}
    labels = tuple((p.number, p.name) for p in issue.pages)
    label_text = {p.number: p.label for p in issue.pages}
    for page in issue.pages:
        for a in page.articles:
            keys[a.id] = stamp.key(a)
            plan.page_of[a.id] = page
            plan.issue_of[a.id] = issue
            plan.archive.articles[a.id] = a
            # the article as a list item shows it (8 bytes: listings keep one per member)
            sig = blake2b((keys[a.id] + label_text[page.number]).encode(), digest_size=8).digest()
            members[a.id] = (sig, tuple(a.topics), tuple(a.places), _sort_key(a))
    continued = continuation_partners(issue)
    plan.continued.update(continued)

    def k(a: Optional[Article]) -> Optional[str]:
        return keys[a.id] if a is not None else None

    def add(ukey: str, kind: str, arg: Any, outputs: tuple, *sig) -> None:
        units[ukey] = Unit(ukey, kind, arg, outputs, digest(g, ukey, sig))

    iurl = issue.url
    ltexts = tuple(p.label for p in issue.pages)
    add(out_path(iurl), "issue", (issue.paper, issue.date),
        (out_path(iurl), out_path(iurl, "index.json")),
        issue.issue_no, issue.estimated_date,
        b"".join([members[a.id][0] for a in issue.articles]), ltexts, inav)
    for page, plabel in zip(issue.pages, ltexts):
        prel = f"{iurl[1:]}{page.number:02d}/"
        add(prel + "index.html", "page", (page.paper, page.date, page.number),
            (prel + "index.html", prel + "index.json"),
            issue.issue_no, ltexts, "".join([keys[a.id] for a in page.articles]), inav)
        for a in page.articles:
            partners = continued.get(a.id)
            arel = article_url(a.id)[1:]
            akey = arel + "index.html"
            units[akey] = Unit(akey, "article", a.id, (akey, arel + "index.json"), digest(
                g, akey, (keys[a.id], issue.issue_no, plabel,
                          keys[a.prev.id] if a.prev is not None else None,
                          keys[a.next.id] if a.next is not None else None,
                          (k(partners[0]), k(partners[1])) if partners else None)))

    old_blob = None if everything else loader.issue_blob(key)
    old_units = old_blob[2] if old_blob is not None else {}
    old_members = old_blob[1] if old_blob is not None else {}
    _diff_group(plan, old_units, units)
    # listings: articles that left, joined or changed (signature or names)
    for aid, m in old_members.items():
        if members.get(aid) != m:
            _leave(plan, changes, aid, m[1], m[2], m[3])
    for a in issue.articles:
        m = members[a.id]
        if old_members.get(a.id) != m:
            _join(plan, changes, a, m[0])

    first = issue.pages[0].articles[:3] if issue.pages else []
    aliases = tuple((old_id, a.id, a.title) for a in issue.articles for old_id in a.aliases)
    ids = tuple((p.number, tuple(a.id for a in p.articles)) for p in issue.pages)
    summary = (issue.issue_no, issue.estimated_date, labels, len(members),
               tuple(sorted({a.kind for a in issue.articles})), digest(ids),
               "".join(keys[a.id] for a in first), aliases, inav,
               len(units), sum(len(u.outputs) for u in units.values()))
    blob = (ids, members, {k: (u.digest, u.outputs) for k, u in units.items()})
    loader.blobs[key] = blob
    new.set_issue(key, summary, pack(blob))


def _listing_name(plan: SitePlan, kind: str, slug: str, newest_id: str) -> str:
    """The listing's name: the first of the newest article's names that maps to the slug
    (two spellings of one place share a page)."""
    a = plan.article(newest_id)
    for name in (a.topics if kind == "topic" else a.places):
        if plan.slug_of(kind, name) == slug:
            return name
    return slug


def _load_parts(new: NewState, lkey: tuple, start: int, end: int) -> list[tuple]:
    parts = new.parts(lkey, start, end)
    return [m for n in range(start, end) for m in unpack(parts[n])]


def _plan_listing(plan: SitePlan, lkey: tuple, out: dict, inn: list, g: bytes,
                  new: NewState) -> None:
    """Re-plan one listing from the first part a change touches: members before it, their
    pages and digests stay as stored (an added issue touches the newest part or two)."""
    kind, slug = lkey
    size = max(1, plan.config.topic_page_size)
    feed = max(0, plan.config.feed_size) if kind == "topic" else 0
    raw = new.listing_blob(lkey)
    firsts, old_units = unpack(raw) if raw is not None else ([], {})
    head = new.heads.get(lkey)
    old_total, old_name = (head[1], head[0]) if head else (0, None)
    nparts = len(firsts)
    start = nparts
    for key in list(out.values()) + [m[0] for m in inn]:
        start = min(start, max(0, bisect_left(firsts, key) - 1))
    start = max(0, min(start, front_chunk(old_total, size) - 1)) if old_total else 0
    members = [m for m in _load_parts(new, lkey, start, nparts) if m[1] not in out] + inn
    members.sort()
    total = start * size + len(members)
    if total == 0:
        _forget_group(plan, old_units)
        new.drop_listing(lkey)
        return
    name = _listing_name(plan, kind, slug, members[-1][1])
    # the pages next to the front (their links change), the feed's members and — when the
    # name changed — every page need members from before `start`
    need = 0 if name != old_name else \
        max(0, min(start, front_chunk(total, size) - 1, (total - feed) // size if feed else start))
    if need < start:
        members = _load_parts(new, lkey, need, start) + members
        start = need
    base = topic_url(slug) if kind == "topic" else place_url(slug)
    chunks = paginate(base, members, size, start, total)
    parts = {start + i // size: pack(members[i:i + size]) for i in range(0, len(members), size)}
    firsts = firsts[:start] + [members[i][0] for i in range(0, len(members), size)]

    kept = {}
    for c in range(start):                       # older pages: unchanged
        k = out_path(f"{base}page/{c + 1}/")
        if k in old_units:
            kept[k] = old_units[k]
    units: dict[str, Unit] = {}
    for chunk in chunks:
        path = base if chunk.number is None else f"{base}page/{chunk.number}/"
        ukey = out_path(path)
        units[ukey] = Unit(ukey, kind, (slug, chunk.number), (ukey,), digest(
            g, ukey, (name, chunk.sig, chunk.newer, chunk.older, chunk.total)))
    newest = members[-feed:][::-1] if feed else []
    listing = Listing(kind=kind, name=name, slug=slug, base=base, count=total,
                      chunks=chunks, newest_ids=[m[1] for m in newest])
    if kind == "topic":
        fkey = f"topics/{slug}/feed.xml"
        units[fkey] = Unit(fkey, "topic_feed", slug, (fkey,),
                           digest(g, fkey, (name, b"".join([m[2] for m in newest]))))
        plan.topics[slug] = listing
    else:
        plan.places[slug] = listing
    _diff_group(plan, {k: v for k, v in old_units.items() if k not in kept}, units)
    kept.update((k, (u.digest, u.outputs)) for k, u in units.items())
    new.set_listing(lkey, (name, total, len(kept), len(kept)), pack((firsts, kept)), parts,
                    len(firsts))


def _plan_site_wide(plan: SitePlan, g: bytes, old: State, new: State, loader: Loader,
                    today: _dt.date, templates_dir: str) -> None:
    """Home, calendars, sitemaps, indexes, feeds, redirects, static files: signed from the
    issue summaries and listing sizes (O(issues + listings), never O(articles))."""
    config, archive = plan.config, plan.archive
    units: dict[str, Unit] = {}

    def add(key: str, kind: str, arg: Any, outputs: tuple, *sig) -> None:
        units[key] = Unit(key, kind, arg, outputs, digest(g, key, sig))

    summ = new.summaries
    nav = _nav_of

    for pub in archive.publications:
        years = pub.years
        by_year: dict[int, list[Issue]] = {}
        for issue in pub.issues:
            by_year.setdefault(issue.date.year, []).append(issue)
        for year, issues in by_year.items():
            yurl = f"/{pub.slug}/{year}/"
            add(out_path(yurl), "year", (pub.slug, year),
                (out_path(yurl), out_path(yurl, "index.json")),
                [(i.date.toordinal(), i.issue_no, len(i.pages), i.estimated_date) for i in issues],
                years)
            add(f"sitemaps/{pub.slug}-{year}.xml", "sitemap_year", (pub.slug, year),
                (f"sitemaps/{pub.slug}-{year}.xml",),
                [summ[(i.paper, i.date.toordinal())][IDS_DIGEST] for i in issues])
        add(out_path(pub.url), "pub", pub.slug, (out_path(pub.url), out_path(pub.url, "index.json")),
            [(y, len(by_year[y]), sum(len(i.pages) for i in by_year[y])) for y in years],
            nav(pub.issues[0]) if pub.issues else None,
            nav(pub.issues[-1]) if pub.issues else None)

    # home
    newest_issues = archive.all_issues()[:12]
    otd = on_this_day(archive, today)
    total = sum(s[N_ARTICLES] for s in summ.values())
    add("index.html", "home", None, ("index.html", "index.json"),
        [(i.paper, i.date.toordinal(), i.issue_no, len(i.pages),
          summ[(i.paper, i.date.toordinal())][LEADS]) for i in newest_issues],
        [(p.slug, p.years, len(p.issues), nav(p.issues[0]) if p.issues else None,
          nav(p.issues[-1]) if p.issues else None) for p in archive.publications],
        today.strftime("%m-%d"), [nav(i) for i in otd], total)

    # topic and place indexes
    add("topics/index.html", "topics", None, ("topics/index.html", "topics/index.json"),
        plan.topic_index)
    add("places/index.html", "places", None, ("places/index.html",), plan.place_index)

    # the site feed: the newest articles, read from the newest issues' records
    want = max(0, config.feed_size)
    newest: list[tuple[str, bytes]] = []
    for issue in archive.all_issues():
        if len(newest) >= want:
            break
        blob = loader.issue_blob((issue.paper, issue.date.toordinal()))
        for _, ids in blob[0]:
            for aid in ids:
                newest.append((aid, blob[1][aid][0]))
    newest = newest[:want]
    plan.newest_ids = [aid for aid, _ in newest]
    add("feed.xml", "feed", None, ("feed.xml",), b"".join([s for _, s in newest]))

    # sitemap index, robots, 404, search page
    plan.sitemap_keys = sorted(k for k, u in units.items() if u.kind == "sitemap_year")
    topic_bases = [topic_url(slug) for slug, _, _ in plan.topic_index]
    add("sitemap.xml", "sitemap", None, ("sitemap.xml", "sitemaps/site.xml"), plan.sitemap_keys,
        [p.url for p in archive.publications],
        [f"/{p.slug}/{y}/" for p in archive.publications for y in p.years], topic_bases)
    add("robots.txt", "robots", None, ("robots.txt",))
    add("404.html", "404", None, ("404.html",))
    plan.facets = search_facets(plan, summ)
    if plan.has_search_page:
        add("search/index.html", "search", None, ("search/index.html",), plan.facets)

    # redirects for aliases (old ids of articles that were renumbered)
    redirects: dict[str, tuple[str, str]] = {}
    for key in sorted(summ):
        for old_id, new_id, title in summ[key][ALIASES]:
            redirects[old_id] = (new_id, title)
    for old_id, (new_id, title) in sorted(redirects.items()):
        if new.path_of(old_id) is not None or new.path_of(new_id) is None:
            continue
        try:
            rurl = article_url(old_id)
        except ValueError:
            continue
        key = out_path(rurl)
        add(key, "redirect", (old_id, new_id), (key,), title)

    # static assets: copied (digest = their bytes' identity: mtime+size)
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
    _diff_group(plan, old.units, units)
    new.units = {k: (u.digest, u.outputs) for k, u in units.items()}


def on_this_day(archive: Archive, today: _dt.date) -> list[Issue]:
    """Issues published on today's month and day in earlier years, newest first."""
    return [i for i in archive.all_issues()
            if i.date.month == today.month and i.date.day == today.day and i.date < today]


def search_facets(plan: SitePlan, summ: Optional[dict] = None) -> tuple:
    """The choices the search page offers (passed to templates/search.html)."""
    if summ is None:
        return plan.facets
    arch = plan.archive
    years = sorted({y for p in arch.publications for y in p.years})
    page_names = sorted({name for s in summ.values() for _, name in s[LABELS] if name})
    kinds = sorted({k for s in summ.values() for k in s[KINDS]})
    topics = sorted(((name, slug) for slug, name, _ in plan.topic_index), key=lambda t: t[1])
    pubs = [(p.slug, p.name) for p in arch.publications]
    return (pubs, years, page_names, kinds, topics)


__all__ = ["Unit", "SitePlan", "plan_site", "href", "out_path", "shard_of", "KIND_LABELS",
           "topic_url", "place_url", "issue_url", "page_url", "Loader", "NOT_LOADED"]
