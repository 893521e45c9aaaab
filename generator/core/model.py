"""The archive model: Publication → Issue → Page(版) → Article.

Plain dataclasses, built once by `build_archive` from validated articles, then treated as
read-only by every later stage (topics, render, search). Navigation (prev/next at every level)
is computed here so templates and JSON writers never have to search lists themselves.

Article bodies are *not* held in the model: at 100k articles they would cost ~500 MB. Stages
that need a body call `Article.read_body()` (or get it from the build cache).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Iterable, Optional

KINDS = ("article", "photo", "continuation", "brief", "commentary", "notice")


@dataclass(slots=True)
class Article:
    id: str                      # "<paper>/<YYYY-MM-DD>/<NN>-<SS>", permanent
    paper: str
    date: _dt.date
    page: int
    seq: int
    title: str
    kind: str = "article"
    issue_no: Optional[int] = None
    page_name: Optional[str] = None
    kicker: Optional[str] = None
    subtitle: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    byline: Optional[str] = None
    continued_from: Optional[int] = None
    continued_to: Optional[int] = None
    topics: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    source: Optional[dict] = None
    aliases: list[str] = field(default_factory=list)   # old ids that must redirect here
    path: str = ""               # the Markdown file this came from (relative to project root)
    body_offset: int = 0         # character offset of the body inside `path`
    body: Optional[str] = None   # filled only when a stage explicitly loads it
    missing: tuple = ()          # optional keys absent from the front matter ("topics", "places"):
                                 # the enrich stage may derive them; present-but-empty means "none"
    # navigation, set by build_archive
    prev: Optional["Article"] = field(default=None, repr=False, compare=False)
    next: Optional["Article"] = field(default=None, repr=False, compare=False)

    @property
    def url(self) -> str:
        return article_url(self.id)

    @property
    def page_url(self) -> str:
        return page_url(self.paper, self.date, self.page)

    @property
    def issue_url(self) -> str:
        return issue_url(self.paper, self.date)

    @property
    def year(self) -> int:
        return self.date.year

    def read_body(self, root: str = ".") -> str:
        """Load the Markdown body from the source file (not kept in memory by default)."""
        if self.body is not None:
            return self.body
        import os
        with open(os.path.join(root, self.path), encoding="utf-8") as fh:
            text = fh.read()
        return text[self.body_offset:].strip("\n")


@dataclass(slots=True)
class Page:
    paper: str
    date: _dt.date
    number: int
    name: Optional[str] = None
    articles: list[Article] = field(default_factory=list)
    prev: Optional["Page"] = field(default=None, repr=False, compare=False)
    next: Optional["Page"] = field(default=None, repr=False, compare=False)

    @property
    def url(self) -> str:
        return page_url(self.paper, self.date, self.number)

    @property
    def label(self) -> str:
        """第01版：要闻 — how Chinese papers label a page."""
        base = f"第{self.number:02d}版"
        return f"{base}：{self.name}" if self.name else base


@dataclass(slots=True)
class Issue:
    paper: str
    date: _dt.date
    issue_no: Optional[int] = None
    pages: list[Page] = field(default_factory=list)
    estimated_date: bool = False
    prev: Optional["Issue"] = field(default=None, repr=False, compare=False)
    next: Optional["Issue"] = field(default=None, repr=False, compare=False)

    @property
    def url(self) -> str:
        return issue_url(self.paper, self.date)

    @property
    def articles(self) -> list[Article]:
        return [a for p in self.pages for a in p.articles]


@dataclass(slots=True)
class Publication:
    slug: str
    name: str
    issues: list[Issue] = field(default_factory=list)   # oldest first

    @property
    def url(self) -> str:
        return f"/{self.slug}/"

    @property
    def years(self) -> list[int]:
        return sorted({i.date.year for i in self.issues})

    def issues_in(self, year: int) -> list[Issue]:
        return [i for i in self.issues if i.date.year == year]


@dataclass(slots=True)
class Archive:
    publications: list[Publication] = field(default_factory=list)
    articles: dict[str, Article] = field(default_factory=dict)   # id → article
    redirects: dict[str, str] = field(default_factory=dict)      # old id → current id

    def all_issues(self) -> list[Issue]:
        """Every issue of every publication, newest first."""
        return sorted((i for p in self.publications for i in p.issues),
                      key=lambda i: (i.date, i.paper), reverse=True)

    def publication(self, slug: str) -> Optional[Publication]:
        return next((p for p in self.publications if p.slug == slug), None)


# ---- URLs: the permanent scheme of DESIGN.md, derived only from ids/dates ----

# (integer fields, not strftime: ~3x faster, and a 100k build asks for ~400k of these URLs)
def issue_url(paper: str, date: _dt.date) -> str:
    return f"/{paper}/{date.year:04d}/{date.month:02d}/{date.day:02d}/"


def page_url(paper: str, date: _dt.date, page: int) -> str:
    return f"/{paper}/{date.year:04d}/{date.month:02d}/{date.day:02d}/{page:02d}/"


def article_url(article_id: str) -> str:
    """`changji-daily/2022-11-08/01-02` → `/changji-daily/2022/11/08/01-02/`."""
    paper, day, rest = article_id.split("/")
    return f"/{paper}/{day.replace('-', '/')}/{rest}/"


def make_id(paper: str, date: _dt.date, page: int, seq: int) -> str:
    return f"{paper}/{date:%Y-%m-%d}/{page:02d}-{seq:02d}"


# ---- assembly ----

def build_archive(articles: Iterable[Article], publications: dict[str, str],
                  issue_meta: Optional[dict[tuple[str, _dt.date], dict]] = None) -> Archive:
    """Group validated articles into publications/issues/pages and link prev/next everywhere.

    `publications` maps slug → display name (from site_config.yaml); papers found in the
    content but missing from the config still get a publication named after their slug.
    `issue_meta` optionally carries per-issue facts (issue_no, page names, estimated_date).
    """
    issue_meta = issue_meta or {}
    archive = Archive()
    by_issue: dict[tuple[str, _dt.date], list[Article]] = {}
    for a in articles:
        archive.articles[a.id] = a
        by_issue.setdefault((a.paper, a.date), []).append(a)
        for old in a.aliases:
            archive.redirects[old] = a.id

    pubs: dict[str, Publication] = {}
    for (paper, date) in sorted(by_issue):
        issue = assemble_issue(paper, date, by_issue[(paper, date)], issue_meta.get((paper, date)))
        pub = pubs.get(paper)
        if pub is None:
            pub = pubs[paper] = Publication(slug=paper, name=publications.get(paper, paper))
        pub.issues.append(issue)

    for pub in pubs.values():
        _link(pub.issues)
    archive.publications = order_publications(pubs.values(), publications)
    return archive


def assemble_issue(paper: str, date: _dt.date, articles: Iterable[Article],
                   meta: Optional[dict] = None) -> Issue:
    """One issue from its articles: pages in number order, articles in seq order, prev/next
    linked inside the issue (an issue is self-contained, so it can be rebuilt on its own)."""
    meta = meta or {}
    arts = sorted(articles, key=lambda a: (a.page, a.seq))
    issue = Issue(paper=paper, date=date,
                  issue_no=meta.get("issue_no") or next((a.issue_no for a in arts if a.issue_no), None),
                  estimated_date=bool(meta.get("estimated_date")))
    page_names = meta.get("pages") or {}
    for a in arts:
        if not issue.pages or issue.pages[-1].number != a.page:
            name = a.page_name or page_names.get(a.page)
            issue.pages.append(Page(paper=paper, date=date, number=a.page, name=name))
        issue.pages[-1].articles.append(a)
    _link(issue.pages)
    _link(issue.articles)
    return issue


def order_publications(pubs: Iterable[Publication], configured: Iterable[str]) -> list[Publication]:
    """Configured papers first, in the configuration's order; unknown ones after, by slug."""
    order = list(configured)
    return sorted(pubs, key=lambda p: (order.index(p.slug) if p.slug in order else len(order), p.slug))


def _link(items: list) -> None:
    for before, after in zip(items, items[1:]):
        before.next = after
        after.prev = before
    if items:
        items[0].prev = None
        items[-1].next = None
