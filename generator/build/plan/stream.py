"""The full plan, a batch at a time: what a first build (or one after templates, code or config
changed) does instead of holding the whole archive in memory.

Why: planning every unit before rendering any kept every article, unit and listing member of
the archive in the build process (~12 GB at 1M articles, counted again by each forked render
worker). Here the records stream into the new build state (`NewState.open_stream`) while an
`Outline` per issue keeps what the issue skeletons need (pages, 版名, 期号); then issues are
planned a batch at a time from the stored records, each batch's units are handed out to be
rendered and the batch is dropped; listings are planned one at a time from their members
stored beside the state; the site-wide units come last. Each step calls the same planners as an
incremental build (`plan_issue`, `plan_listing`, `plan_site_wide`), so the output is the same.
"""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional

from generator.build.commit import digest
from generator.build.plan.issues import nav_of, plan_issue
from generator.build.plan.listings import plan_listing
from generator.build.plan.loader import Loader, Stamps
from generator.build.plan.planner import listing_indexes, publish_issues
from generator.build.plan.site_plan import NOT_LOADED, SitePlan, _PageOf
from generator.build.plan.site_wide import plan_site_wide
from generator.build.state import NewState, State
from generator.core.config import SiteConfig
from generator.core.model import Archive, Article, Issue, Page, _link, assemble_issue

ISSUE_BATCH = 20_000     # articles planned and rendered together (~30 MB of records)
LISTING_LOADS = 50_000   # list items loaded for one batch of listing pages


@dataclass(slots=True)
class Outline:
    """What an issue's skeleton needs, gathered from its records as they stream by."""
    n: int = 0
    pages: dict = field(default_factory=dict)     # 版 → (seq, 版名) of its first article
    issue_no: Optional[tuple] = None              # (版, seq, 期号) of the first article with one

    def add(self, a: Article) -> None:
        self.n += 1
        first = self.pages.get(a.page)
        if first is None or a.seq < first[0]:
            self.pages[a.page] = (a.seq, a.page_name)
        if a.issue_no and (self.issue_no is None or (a.page, a.seq) < self.issue_no[:2]):
            self.issue_no = (a.page, a.seq, a.issue_no)


def _skeleton(paper: str, date: _dt.date, o: Outline, meta: dict) -> Issue:
    """The issue as `assemble_issue` would make it from its records, without the articles."""
    names = meta.get("pages") or {}
    issue = Issue(paper=paper, date=date,
                  issue_no=meta.get("issue_no") or (o.issue_no[2] if o.issue_no else None),
                  estimated_date=bool(meta.get("estimated_date")),
                  pages=[Page(paper=paper, date=date, number=n, name=o.pages[n][1] or names.get(n),
                              articles=NOT_LOADED) for n in sorted(o.pages)])
    _link(issue.pages)
    return issue


class FullPlan:
    """A full plan over `new` (a fresh state streaming into its database, holding every
    record). `batches()` plans and yields unit keys to render, a batch at a time; the
    articles a batch loaded are dropped when the next one is asked for."""

    def __init__(self, config: SiteConfig, *, root: str, today: _dt.date, new: NewState,
                 outlines: dict[tuple, Outline], meta: dict, inputs: bytes, decode):
        self.new, self.outlines, self.decode = new, outlines, decode
        self.lkeys: dict[tuple, None] = {}     # the listings the planned articles are in
        # an article → its listing item (`pages.listing.item_html`): made once, with its issue,
        # instead of decoding and rendering the article again for every listing it is in
        self.item_html: Optional[Callable[[Article], str]] = None
        self.loader = Loader(new, new.written, decode, {}, {}, meta)
        plan = self.plan = SitePlan(config=config, archive=Archive(), root=root, today=today,
                                    state=new, loader=self.loader)
        plan.page_of = _PageOf(plan)
        plan.topic_slug = {t.name: t.slug for t in config.topics}
        self.templates_dir = os.path.join(root, "templates")
        plan.has_search_page = os.path.exists(os.path.join(self.templates_dir, "search.html"))
        self._publications()
        self.g = plan.global_digest = new.g = digest(inputs, [(p.slug, p.name)
                                                              for p in plan.archive.publications])

    def _publications(self) -> None:
        issues = []
        for key in sorted(self.outlines):
            date = _dt.date.fromordinal(key[1])
            issues.append(_skeleton(key[0], date, self.outlines[key], self.loader.meta.get((key[0], date)) or {}))
        publish_issues(self.plan, issues)

    # ---- the batches
    def batches(self) -> Iterator[tuple[list[str], bool]]:
        """(unit keys to render, whether forked workers may render them): the issues' units a
        batch at a time, then the listings', then the site-wide units (after which `plan`
        knows the site's totals). Site-wide units read the state while they render (a year's
        sitemap reads its issues' article ids), which only this process may do: its database
        connection cannot cross a fork."""
        for keys in self._issue_batches():
            yield keys, True
        for keys in self._listing_batches():
            yield keys, True
        yield self._site_wide(), False

    def _issue_batches(self) -> Iterator[list[str]]:
        batch: list[Issue] = []
        n = 0
        for pub in self.plan.archive.publications:
            for issue in pub.issues:
                batch.append(issue)
                n += self.outlines[(issue.paper, issue.date.toordinal())].n
                if n >= ISSUE_BATCH:
                    yield self._plan_issues(batch)
                    self._release(batch)
                    batch, n = [], 0
        if batch:
            yield self._plan_issues(batch)
            self._release(batch)

    def _plan_issues(self, batch: list[Issue]) -> list[str]:
        plan, new, g = self.plan, self.new, self.g
        changes: dict[tuple, tuple[dict, list]] = {}
        stamp = Stamps(new.entries)
        for issue in batch:
            key = (issue.paper, issue.date.toordinal())
            self._load(issue)
            inav = (nav_of(issue.prev), nav_of(issue.next))
            plan_issue(plan, key, issue, inav, g, stamp, new, self.loader, changes, True)
        for lkey in changes:
            self.lkeys[lkey] = None
        new.add_members([(lkey, m) for lkey, (_, inn) in changes.items() for m in inn])
        if self.item_html is not None:
            arts = plan.archive.articles
            listed = {m.id for _, inn in changes.values() for m in inn}
            new.add_items([(aid, self.item_html(arts[aid])) for aid in listed])
        new.flush()
        self.loader.blobs.clear()
        return plan.todo

    def _load(self, issue: Issue) -> None:
        """Fill a skeleton issue with its articles, decoded from the stored records."""
        rows = self.new.written.issue_rows(issue.paper, issue.date.isoformat())
        full = assemble_issue(issue.paper, issue.date, [self.decode(r) for _, _, r in rows],
                              self.loader.meta.get((issue.paper, issue.date)))
        issue.note = full.note
        for skel, page in zip(issue.pages, full.pages):
            skel.articles = page.articles
            page.prev = page.next = None          # the assembled pages are dropped: no cycles

    def _release(self, batch: list[Issue]) -> None:
        for issue in batch:
            for page in issue.pages:
                for a in page.articles:
                    a.prev = a.next = None
                page.articles = NOT_LOADED
        self._forget()

    def _forget(self) -> None:
        """Drop what the last batch loaded and planned (its units were rendered)."""
        plan = self.plan
        plan.archive.articles.clear()
        plan.page_of.clear()
        plan.issue_of.clear()
        plan.continued.clear()
        plan.units.clear()
        plan.todo.clear()
        self.loader.articles.clear()
        self.loader.blobs.clear()

    def _listing_batches(self) -> Iterator[list[str]]:
        plan, new = self.plan, self.new
        plan.listed = new.items_of if self.item_html is not None else None
        pending = 0
        for lkey in self.lkeys:
            seen = len(plan.todo)
            plan_listing(plan, lkey, {}, new.members_of(lkey), self.g, new)
            new.flush()
            pending += sum(_loads(plan, plan.units[k]) for k in plan.todo[seen:])
            if pending >= LISTING_LOADS:
                yield from self._listing_slices()
                pending = 0
        if plan.todo:
            yield from self._listing_slices()
        plan.listed = None

    def _listing_slices(self) -> Iterator[list[str]]:
        """The planned listings' units in slices of at most LISTING_LOADS list items."""
        plan = self.plan
        keys, start, loads = list(plan.todo), 0, 0
        for i, k in enumerate(keys):
            loads += _loads(plan, plan.units[k])
            if loads >= LISTING_LOADS or i == len(keys) - 1:
                yield keys[start:i + 1]
                for done in keys[start:i + 1]:
                    _unfill(plan, plan.units[done])
                plan.archive.articles.clear()
                plan.page_of.clear()
                self.loader.articles.clear()
                start, loads = i + 1, 0
        plan.topics.clear()
        plan.places.clear()
        self._forget()

    def _site_wide(self) -> list[str]:
        plan, new = self.plan, self.new
        listing_indexes(plan, new)
        plan_site_wide(plan, self.g, State(), new, self.loader, plan.today, self.templates_dir)
        plan.unit_total, plan.file_total = new.unit_count()
        plan.total_articles = sum(s.n_articles for s in new.summaries.values())
        return plan.todo


def _loads(plan: SitePlan, u) -> int:
    """How many articles rendering a listing unit loads (its page's items, or its feed's)."""
    if u.kind in ("topic", "place"):
        return len((plan.topics if u.kind == "topic" else plan.places)[u.arg[0]].chunk(u.arg[1]).ids)
    if u.kind == "topic_feed":
        return len(plan.topics[u.arg].newest_ids)
    return 0


def _unfill(plan: SitePlan, u) -> None:
    """Drop the articles `registry.prepare` attached to a rendered listing unit."""
    if u.kind in ("topic", "place"):
        chunk = (plan.topics if u.kind == "topic" else plan.places)[u.arg[0]].chunk(u.arg[1])
        chunk.items, chunk.listed = [], None
    elif u.kind == "topic_feed":
        plan.topics[u.arg].newest = []


