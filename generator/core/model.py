"""The archive model: Publication → Issue → Page(版) → Article.

Plain dataclasses, assembled by the planner (`generator.build.plan`) from validated records,
then treated as read-only by every later stage (render, search). Navigation (prev/next at every level)
is computed here so templates and JSON writers never have to search lists themselves.

Article bodies are *not* held in the model: at 100k articles they would cost ~500 MB. Stages
that need a body call `Article.read_body()` (or get it from the build cache).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from generator.core.urls import article_url, issue_url, page_url

KINDS = ("article", "photo", "continuation", "brief", "commentary", "notice")
KIND_LABELS = {"article": "文章", "photo": "图片", "continuation": "转版续文", "brief": "简讯",
               "commentary": "评论", "notice": "公告"}

# Paper slugs and ids become folders of the site (`/<paper>/<YYYY>/<MM>/<DD>/<NN>-<SS>/`), so
# their grammar is the only thing standing between a front matter value and a path: no '/',
# no '.', no upper case, nothing but ASCII letters, digits and '-', and a bounded length.
PAPER_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,79}\Z")
ID_RE = re.compile(r"([a-z0-9][a-z0-9-]{0,79})/(\d{4}-\d{2}-\d{2})/(\d{2,3})-(\d{2,3})\Z")


def parse_id(value: object) -> Optional[tuple[str, _dt.date, int, int]]:
    """(paper, date, page, seq) of a well-formed article id, or None — also for an id whose
    date does not exist, since its folders would name a day no issue can have."""
    if not isinstance(value, str):
        return None
    m = ID_RE.match(value)
    if not m:
        return None
    try:
        day = _dt.date.fromisoformat(m.group(2))
    except ValueError:
        return None
    return m.group(1), day, int(m.group(3)), int(m.group(4))


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
    regions: list = field(default_factory=list)        # PDF ingest: [[x0, y0, x1, y1], …] page fractions
    path: str = ""               # the Markdown file this came from (relative to project root)
    body_offset: int = 0         # character offset of the body inside `path`
    body: Optional[str] = None   # filled only when a stage explicitly loads it
    missing: tuple = ()          # optional keys absent from the front matter ("topics", "places"):
                                 # the enrich stage may derive them; present-but-empty means "none"
    # navigation, set by assemble_issue
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
    estimated_date: bool = False         # issue.yaml `date_estimated: true`: the date is inferred
    note: Optional[str] = None           # issue.yaml `note` (shown on the issue page)
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

    def all_issues(self) -> list[Issue]:
        """Every issue of every publication, newest first."""
        return sorted((i for p in self.publications for i in p.issues),
                      key=lambda i: (i.date, i.paper), reverse=True)

    def publication(self, slug: str) -> Optional[Publication]:
        return next((p for p in self.publications if p.slug == slug), None)


# ---- URLs: the permanent scheme of DESIGN.md, derived only from ids/dates ----

# (integer fields, not strftime: ~3x faster, and a 100k build asks for ~400k of these URLs)








# ---- assembly ----

def assemble_issue(paper: str, date: _dt.date, articles: Iterable[Article],
                   meta: Optional[dict] = None) -> Issue:
    """One issue from its articles: pages in number order, articles in seq order, prev/next
    linked inside the issue (an issue is self-contained, so it can be rebuilt on its own)."""
    meta = meta or {}
    arts = sorted(articles, key=lambda a: (a.page, a.seq))
    issue = Issue(paper=paper, date=date,
                  issue_no=meta.get("issue_no") or next((a.issue_no for a in arts if a.issue_no), None),
                  estimated_date=bool(meta.get("estimated_date")), note=meta.get("note") or None)
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
