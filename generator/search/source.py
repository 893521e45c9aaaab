"""Each search part's articles, a part at a time.

Why: the index reads every article of the archive, and holding them all at once grows with the
archive (~0.7 GB at 100k, ~7 GB at 1M). Parts are planned from each day's article count alone
(`plan_part_days`), a part's issues are loaded when its records are made and let go right after,
so the index holds a few parts' articles whatever the archive's size.
"""
from __future__ import annotations

import datetime as _dt
from typing import Callable, NamedTuple, Optional

from generator.core.config import SiteConfig
from generator.core.model import Archive, Article, Issue
from generator.search.documents import page_names_of
from generator.search.parts import plan_part_days, plan_parts


def _keep(days: set[_dt.date]) -> None:
    """Release nothing (an archive held in memory anyway)."""


class IssueLoader(NamedTuple):
    """An archive whose issues are loaded on demand (a build's plan): how many articles each day
    holds, a function loading every issue of some days into the archive, and one letting the
    issues it loaded go again."""
    day_counts: dict[_dt.date, int]
    load_days: Callable[[set[_dt.date]], None]
    release_days: Callable[[set[_dt.date]], None] = _keep


class Recount(Exception):
    """A loaded day does not hold the number of articles its count says: the parts planned from
    the counts are not the archive's."""


PageNames = dict[str, Optional[str]]


def _order(a: Article) -> tuple:
    return (a.date, a.paper, a.page, a.seq)


class PartSource:
    """The parts (bundle key → slice key, article count) and each part's articles on demand.

    With `issues` the parts come from the days' counts and `load` reads a part's issues;
    without, every article is in `archive` already and `load` only hands them out."""

    def __init__(self, archive: Archive, config: SiteConfig,
                 issues: Optional[IssueLoader] = None):
        self.issues = issues
        self.parts: dict[str, tuple[str, int]] = {}
        self._held: dict[str, list[Article]] = {}
        self._days: dict[str, list[_dt.date]] = {}
        self._issues_of: dict[_dt.date, list[Issue]] = {}
        self._pages: PageNames = {}
        if issues is None:
            for key, (slice_key, arts) in plan_parts(archive, config).items():
                self.parts[key] = (slice_key, len(arts))
                self._held[key] = arts
            self._pages = page_names_of(archive)
            return
        for key, (slice_key, days) in plan_part_days(issues.day_counts, config).items():
            self.parts[key] = (slice_key, sum(issues.day_counts[d] for d in days))
            self._days[key] = days
        for pub in archive.publications:
            for issue in pub.issues:
                self._issues_of.setdefault(issue.date, []).append(issue)

    def slice_of(self, key: str) -> str:
        return self.parts[key][0]

    def size(self, key: str) -> int:
        return self.parts[key][1]

    def load(self, key: str) -> tuple[list[Article], PageNames]:
        """A part's articles in index order (date, paper, 版, sequence) and their 版名; raises
        Recount when a day's articles are not as many as its count."""
        if self.issues is None:
            arts = self._held[key]
            return arts, {a.id: self._pages.get(a.id) for a in arts}
        days = self._days[key]
        self.issues.load_days(set(days))
        arts: list[Article] = []
        pages: PageNames = {}
        for day in days:
            start = len(arts)
            for issue in self._issues_of.get(day, ()):
                for page in issue.pages:
                    if isinstance(page.articles, list):
                        for a in page.articles:
                            arts.append(a)
                            pages[a.id] = page.name or a.page_name
            if len(arts) - start != self.issues.day_counts[day]:
                self.release(key)
                raise Recount(f"{day}: {len(arts) - start} articles loaded, "
                              f"{self.issues.day_counts[day]} counted")
        arts.sort(key=_order)
        return arts, pages

    def release(self, key: str) -> None:
        """Let a part's issues go (those the loader loaded for it)."""
        if self.issues is not None:
            self.issues.release_days(set(self._days[key]))
