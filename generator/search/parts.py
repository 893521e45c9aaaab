"""Search parts: a year (or decade) of articles, at most `search_max_articles` each, never
splitting a day; each part's stamp key and content digest, remembered between builds."""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import threading
from typing import Optional

from generator.core.config import SiteConfig
from generator.core.model import Archive, Article
from generator.search.documents import BUNDLE_VERSION, FORMAT_VERSION
from generator.search.pagefind import PAGEFIND_VERSION, SearchError


def shard_key(a, b) -> str:
    """The shard an article (or a date) falls in: `2022` (year), `2020s` (decade) or `all`.

    Accepts `(article, config)` or `(config, article_or_date)` — the pipeline and the site plan
    call it both ways.
    """
    config, item = (a, b) if isinstance(a, SiteConfig) else (b, a)
    date = item if isinstance(item, _dt.date) else item.date
    by = (config.search_shard_by or "year").lower()
    if by == "all":
        return "all"
    if by == "decade":
        return f"{date.year // 10 * 10}s"
    if by != "year":
        raise SearchError(f"site_config.yaml: search.shard_by must be year, decade or all, not {by!r}")
    return str(date.year)


def shards_of(archive: Archive, config: SiteConfig) -> dict[str, list[Article]]:
    shards: dict[str, list[Article]] = {}
    for a in archive.articles.values():
        shards.setdefault(shard_key(a, config), []).append(a)
    for arts in shards.values():
        arts.sort(key=lambda x: (x.date, x.paper, x.page, x.seq))
    return shards


def split_parts(articles: list[Article], max_articles: int) -> list[list[Article]]:
    """Cut a slice (sorted by date) into parts of at most `max_articles`, never splitting a day.

    Greedy from the oldest day, so appending new issues changes only the last part (or starts a
    new one): the older parts keep their exact membership and are not re-indexed.
    """
    days: list[list[Article]] = []
    for a in articles:
        if days and days[-1][0].date == a.date:
            days[-1].append(a)
        else:
            days.append([a])
    return [[a for day in part for a in day]
            for part in _cut([(day, len(day)) for day in days], max_articles)]


def _cut(days: list[tuple], max_articles: int) -> list[list]:
    """The days (each with its article count, oldest first) grouped into parts: a part takes
    days until the next would take it over `max_articles` (a day larger than that is a part)."""
    parts: list[list] = []
    current: list = []
    size = 0
    for day, n in days:
        if current and size + n > max(1, max_articles):
            parts.append(current)
            current, size = [], 0
        current.append(day)
        size += n
    if current:
        parts.append(current)
    return parts


def plan_part_days(day_counts: dict[_dt.date, int], config: SiteConfig
                   ) -> dict[str, tuple[str, list[_dt.date]]]:
    """Bundle key → (slice key, its days), from the number of articles of each day alone:
    the same parts `plan_parts` cuts from the articles (an incremental build learns which
    parts exist without loading every article of the archive)."""
    slices: dict[str, list[tuple[_dt.date, int]]] = {}
    for day in sorted(day_counts):
        if day_counts[day]:
            slices.setdefault(shard_key(config, day), []).append((day, day_counts[day]))
    out: dict[str, tuple[str, list[_dt.date]]] = {}
    for slice_key, days in slices.items():
        for i, part in enumerate(_cut(days, config.search_max_shard_articles), 1):
            out[f"{slice_key}.{i}"] = (slice_key, part)
    return out


def part_digest(articles: list[Article], root: str, paper_names: dict[str, str],
                page_names: Optional[dict[str, Optional[str]]] = None) -> str:
    """Stamp key of a part: its articles' files (path, mtime, size), the facts the index takes
    from elsewhere (derived topics, the page's 版名, paper names) and the format.

    Only a cache key: it finds the part's content digest (`PartInput.digest`) remembered in the
    cache folder without reading a file. Never published, so file times never reach the site.
    """
    h = hashlib.sha1(f"{FORMAT_VERSION}|{PAGEFIND_VERSION}|{BUNDLE_VERSION}|".encode())
    for paper in sorted({a.paper for a in articles}):
        h.update(f"{paper}={paper_names.get(paper, paper)}|".encode())
    for a in articles:
        try:
            st = os.stat(os.path.join(root, a.path)) if a.path else None
            stamp = f"{st.st_mtime_ns}:{st.st_size}" if st else "-"
        except OSError:
            stamp = "?"
        page_name = (page_names or {}).get(a.id) or a.page_name or ""
        h.update(f"{a.id}|{a.path}|{stamp}|{page_name}|{'/'.join(a.topics)}|{a.kind}\n".encode())
        if a.body is not None:   # an in-memory body (tests, synthetic archives) counts too
            h.update(a.body.encode("utf-8"))
    return h.hexdigest()


def load_digests(path: str) -> dict[str, list[str]]:
    """The cache's part key → [stamp key, content digest] (empty when missing or damaged)."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return {k: v for k, v in data.items() if isinstance(v, list) and len(v) == 2}
    except (OSError, ValueError, AttributeError):
        return {}


def save_digests(path: str, digests: dict[str, list[str]]) -> None:
    """Write the memo atomically (a private temp name: builds of other outputs share it)."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(digests.items())), fh, indent=0)
    os.replace(tmp, path)


def _shard_sort_key(key: str) -> tuple:
    """Newest first: '2022.2' after '2022.1' after '2021.3' (numbers compared as numbers)."""
    nums = [int(x) for x in re.findall(r"\d+", key)]
    return (nums or [10**9], key)


def plan_parts(archive: Archive, config: SiteConfig) -> dict[str, tuple[str, list[Article]]]:
    """Bundle key ('2022.1') → (slice key '2022', its articles)."""
    out: dict[str, tuple[str, list[Article]]] = {}
    for slice_key, arts in shards_of(archive, config).items():
        for i, part in enumerate(split_parts(arts, config.search_max_shard_articles), 1):
            out[f"{slice_key}.{i}"] = (slice_key, part)
    return out

