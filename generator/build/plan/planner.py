"""`plan_site`: the plan of the whole site, one call per group of units (see the package's docstring)."""
from __future__ import annotations

import datetime as _dt
import os

from generator.build.commit import digest
from generator.build.plan.groups import forget_group
from generator.build.plan.issues import nav_of, plan_issue
from generator.build.plan.listings import leave, plan_listing
from generator.build.plan.loader import Loader, Stamps
from generator.build.plan.site_plan import NOT_LOADED, SitePlan, _PageOf
from generator.build.plan.site_wide import plan_site_wide
from generator.build.state import NewState, State
from generator.core.config import SiteConfig
from generator.core.model import (Archive, Article, Issue, Page, Publication, _link, assemble_issue,
                                  order_publications)


def plan_site(config: SiteConfig, *, root: str, today: _dt.date, old: State, new: NewState,
              loader: "Loader", dirty: set, inputs: bytes, everything: bool) -> SitePlan:
    """Plan the site. `old` is the previous build's state (empty for a first build); `new`
    already holds this build's records (folder entries, the id index, issue.yaml facts); `dirty`
    the issue keys (paper, ordinal) whose articles or issue.yaml changed; `everything` plans
    every group (first build, --clean, or templates/code/config changed). Records the planned
    issues, listings and site-wide units in `new`, and the plan's `todo`/`deleted`. With
    `everything`, `old` must be an empty State and `loader.arrivals` must hold every article."""
    templates_dir = os.path.join(root, "templates")
    plan = SitePlan(config=config, archive=Archive(), root=root, today=today, state=new,
                    loader=loader)
    plan.page_of = _PageOf(plan)
    plan.topic_slug = {t.name: t.slug for t in config.topics}
    plan.has_search_page = os.path.exists(os.path.join(templates_dir, "search.html"))
    keys_all = set(dirty) if everything else set(old.summaries) | set(dirty)
    issues = _assemble_dirty(loader, dirty, keys_all)
    _publications(plan, old, issues, keys_all)
    g = plan.global_digest = new.g = digest(inputs, [(p.slug, p.name)
                                                     for p in plan.archive.publications])
    navs = _navigation(plan, old, issues)
    changes = _plan_issues(plan, old, new, loader, dirty, issues, navs, g, everything)
    _plan_listings(plan, new, changes, g)
    plan_site_wide(plan, g, old, new, loader, today, templates_dir)
    plan.unit_total, plan.file_total = new.unit_count()
    plan.total_articles = sum(s.n_articles for s in new.summaries.values())
    plan.todo.sort(key=lambda k: plan.units[k].kind != "article")
    return plan


def _assemble_dirty(loader: Loader, dirty: set, keys_all: set) -> dict[tuple, Issue]:
    """Dirty issues assembled from their current articles (previous members still there + the
    records parsed this build); an issue left with no article leaves `keys_all`."""
    issues: dict[tuple, Issue] = {}
    for key in dirty:
        members: dict[str, Article] = {}
        blob = loader.issue_blob(key)
        if blob is not None:
            ids = [aid for _, page_ids in blob.pages for aid in page_ids]
            loader.preload(ids)
            for aid in ids:
                a = loader.articles.get(aid)         # None: deleted since
                if a is not None and (a.paper, a.date.toordinal()) == key:
                    members[aid] = a
        for a in loader.arrivals.get(key, ()):
            members[a.id] = a
        if members:
            date = _dt.date.fromordinal(key[1])
            issues[key] = assemble_issue(key[0], date, members.values(),
                                         loader.meta.get((key[0], date)))
        else:
            keys_all.discard(key)
    return issues


def _publications(plan: SitePlan, old: State, issues: dict[tuple, Issue], keys_all: set) -> None:
    """Publications of loaded issues + skeletons of the others (pages with labels), linked."""
    ordered: list[Issue] = []
    for key in sorted(keys_all, key=lambda k: (k[0], k[1])):
        issue = issues.get(key)
        if issue is None:
            summary = old.summaries[key]
            date = _dt.date.fromordinal(key[1])
            issue = Issue(paper=key[0], date=date, issue_no=summary.issue_no,
                          estimated_date=summary.estimated,
                          pages=[Page(paper=key[0], date=date, number=n, name=name,
                                      articles=NOT_LOADED) for n, name in summary.labels])
            _link(issue.pages)
        ordered.append(issue)
    publish_issues(plan, ordered)


def publish_issues(plan: SitePlan, issues: list[Issue]) -> None:
    """Issues (each paper's in date order) → the plan's publications, linked prev/next, and its
    issue and page indexes."""
    config = plan.config
    pubs: dict[str, Publication] = {}
    for issue in issues:
        pub = pubs.get(issue.paper)
        if pub is None:
            pub = pubs[issue.paper] = Publication(slug=issue.paper,
                                                  name=config.publication_names.get(issue.paper, issue.paper))
        pub.issues.append(issue)
    for pub in pubs.values():
        _link(pub.issues)
    plan.archive.publications = order_publications(pubs.values(), config.publication_names)
    for pub in plan.archive.publications:
        for issue in pub.issues:
            plan.issues[(issue.paper, issue.date)] = issue
            for page in issue.pages:
                plan.pages[(page.paper, page.date, page.number)] = page


def _navigation(plan: SitePlan, old: State, issues: dict[tuple, Issue]) -> dict[tuple, tuple]:
    """Each issue's (previous, next); issues whose neighbours changed join the dirty ones."""
    navs: dict[tuple, tuple] = {}
    for pub in plan.archive.publications:
        for issue in pub.issues:
            key = (issue.paper, issue.date.toordinal())
            navs[key] = (nav_of(issue.prev), nav_of(issue.next))
            if key not in issues and old.summaries[key].nav != navs[key]:
                plan.load_issue(issue)
                issues[key] = issue
    return navs


def _plan_issues(plan: SitePlan, old: State, new: NewState, loader: Loader, dirty: set,
                 issues: dict[tuple, Issue], navs: dict, g: bytes, everything: bool) -> dict:
    """The dirty issues' units and summaries; returns what their articles change in listings:
    (kind, slug) → (ids out, members in)."""
    changes: dict[tuple, tuple[dict, list]] = {}
    stamp = Stamps(new.entries)
    for key, issue in issues.items():
        plan_issue(plan, key, issue, navs[key], g, stamp, new, loader, changes, everything)
    for key in dirty:
        if key not in issues and key in old.summaries:     # an issue that lost every article
            blob = loader.issue_blob(key)
            forget_group(plan, blob.units)
            for aid, m in blob.members.items():
                leave(plan, changes, aid, m.topics, m.places, m.sort_key)
            new.drop_issue(key)
    return changes


def _plan_listings(plan: SitePlan, new: NewState, changes: dict, g: bytes) -> None:
    """The listings those changes touch, then the topic and place indexes."""
    for lkey, (out, inn) in changes.items():
        plan_listing(plan, lkey, out, inn, g, new)
    listing_indexes(plan, new)


def listing_indexes(plan: SitePlan, new: NewState) -> None:
    """The topic and place indexes, from every listing's head."""
    order = {t.slug: i for i, t in enumerate(plan.config.topics)}   # the taxonomy's order first
    plan.topic_index = sorted(((slug, h.name, h.count) for (kind, slug), h in new.heads.items()
                               if kind == "topic"), key=lambda t: (order.get(t[0], len(order)), t[0]))
    plan.place_index = sorted((slug, h.name, h.count) for (kind, slug), h in new.heads.items()
                              if kind == "place")
