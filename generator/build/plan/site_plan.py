"""The plan's data: output units, paginated listings, and the `SitePlan` the renderer reads.

A skeleton issue (one this build did not re-plan) has pages whose articles are `NOT_LOADED`;
`SitePlan.load_issue` fills them when a unit needs them."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Optional

from generator.build.state import NewState
from generator.core.config import SiteConfig
from generator.core.model import Archive, Article, Issue, Page, assemble_issue
from generator.core.urls import safe_slug

if TYPE_CHECKING:
    from generator.build.plan.loader import Loader


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
    pager: tuple = ()        # the page numbers shown, newest first: (label, site path, current)
    items: list = field(default_factory=list)   # the Articles, filled before rendering
    listed: Optional[list[str]] = None          # or their list items, made ahead (a full build)


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
    _by_number: dict = field(default_factory=dict, repr=False)

    def chunk(self, number: Optional[int]) -> Chunk:
        """The chunk shown at page `number` (None: the front page)."""
        if not self._by_number:
            self._by_number = {c.number: c for c in self.chunks}
        return self._by_number[number]


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
    page_images: dict[tuple, Any] = field(default_factory=dict)   # (paper, date, 版) → PageImage
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
    paper_newest_ids: dict[str, list[str]] = field(default_factory=dict)   # paper → its feed's ids
    paper_newest: dict[str, list[Article]] = field(default_factory=dict)
    sitemap_keys: list[str] = field(default_factory=list)
    facets: tuple = ()
    total_articles: int = 0
    unit_total: int = 0                                          # units in the whole site
    file_total: int = 0
    has_search_page: bool = False
    global_digest: bytes = b""
    warnings: list = field(default_factory=list)                 # non-fatal content problems
    state: Optional[NewState] = None
    loader: Optional["Loader"] = None
    # ids → their listing items, made ahead with their issues (a full build: `pages.listing`)
    listed: Optional[Callable[[list[str]], list[str]]] = None

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
        issue.note = full.note          # issue.yaml facts the summary does not keep (issue page)
        for skel, page in zip(issue.pages, full.pages):
            skel.articles = page.articles
            for a in page.articles:
                self.page_of[a.id] = skel
                self.issue_of[a.id] = issue
        return issue

    def release_issue(self, issue: Issue) -> None:
        """Let a loaded issue's articles go again (a skeleton once more), so a reader of every
        issue in turn (the search index) holds one part of the archive, not all of it."""
        if not issue.pages or issue.pages[0].articles is NOT_LOADED:
            return
        for page in issue.pages:
            for a in page.articles:
                self.archive.articles.pop(a.id, None)
                self.page_of.pop(a.id, None)
                self.issue_of.pop(a.id, None)
                if self.loader is not None:
                    self.loader.articles.pop(a.id, None)
                a.prev = a.next = None
            page.articles = NOT_LOADED

    def page_ids(self, issue: Issue) -> dict[int, list[str]]:
        """Each 版's article ids (by page number) without loading the articles (a year's
        sitemap): one read of the issue's stored blob, not one per 版."""
        if not issue.pages or issue.pages[0].articles is not NOT_LOADED:
            return {p.number: [a.id for a in p.articles] for p in issue.pages}
        return {n: list(ids) for n, ids in self.loader.issue_ids((issue.paper, issue.date.toordinal()))}

    def load_all(self) -> Archive:
        """Every issue loaded (the search index reads every article of its parts)."""
        for pub in self.archive.publications:
            for issue in pub.issues:
                self.load_issue(issue)
        return self.archive


def shard_of(config: SiteConfig, date: _dt.date) -> str:
    """The search part an article's date falls in; `search.shard_key` owns the rule (imported
    lazily so planning a build never loads the search module)."""
    from generator.search.parts import shard_key
    return shard_key(config, date)

