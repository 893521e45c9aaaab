"""Topics and places: paginated lists counted from the oldest, re-planned from the first part a
change touches (an added issue touches the newest part or two)."""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Iterable, Optional

from generator.build.pages import feeds
from generator.build.pages import listing as listing_page
from generator.build.plan.groups import diff_group, forget_group
from generator.build.plan.site_plan import Chunk, Listing, SitePlan, Unit
from generator.build.state import (ListingBlob, ListingHead, ListItem, NewState, pack_listing_blob,
                                   pack_part, unpack_listing_blob, unpack_part)
from generator.core.model import Article
from generator.core.urls import place_url, topic_url


def sort_key(a: Article) -> tuple:
    """Listing order, oldest first: issues by (date, paper), inside an issue the reverse of
    reading order (so newest-first lists read page 1 first)."""
    return (a.date.toordinal(), a.paper, -a.page, -a.seq)


# A page's number bar shows the pages within PAGER_SPAN of it, the first page (1) and the front
# page (最新). It is labelled 最新, not with its number, so an old page's bar does not change when
# the list grows: only the pages within PAGER_SPAN + 1 of the front do.
PAGER_SPAN = 2
FRONT_LABEL = "最新"


def pager(pos: int, last: int, path_of: Callable[[int], str]) -> tuple:
    """The number bar of the page at position `pos` (1 = oldest, `last` = the front page):
    (label, site path, is current) newest first, with (…, None, False) where numbers are left out."""
    if last <= 1:
        return ()
    shown = {1, last} | set(range(max(1, pos - PAGER_SPAN), min(last, pos + PAGER_SPAN) + 1))
    out: list[tuple] = []
    prev = None
    for n in sorted(shown, reverse=True):
        if prev is not None and prev - n > 1:
            out.append(("…", None, False))
        out.append((FRONT_LABEL if n == last else str(n), path_of(n - 1), n == pos))
        prev = n
    return tuple(out)


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
        chunks.append(Chunk(number=c + 1, ids=[m.id for m in reversed(part)],
                            newer=page_path(c + 1), older=page_path(c - 1) if c > 0 else None,
                            sig=b"".join([m.sig for m in part]),
                            pager=pager(c + 1, front + 1, page_path)))
    part = members[(front - start) * size:]
    chunks.append(Chunk(number=None, ids=[m.id for m in reversed(part)], newer=None,
                        older=page_path(front - 1) if front > 0 else None, total=total,
                        sig=b"".join([m.sig for m in part]),
                        pager=pager(front + 1, front + 1, page_path)))
    return chunks


def _listings_of(plan: SitePlan, topics: Iterable[str], places: Iterable[str]) -> list[tuple]:
    """The listings (kind, slug) an article with these names is in, each once."""
    keys = [("topic", plan.slug_of("topic", n)) for n in topics]
    keys += [("place", plan.slug_of("place", n)) for n in places]
    return list(dict.fromkeys(keys))


def leave(plan: SitePlan, changes: dict, aid: str, topics: Iterable[str],
           places: Iterable[str], key: tuple) -> None:
    """An article leaves the listings of its old names (`key`: where it stood in them)."""
    for lkey in _listings_of(plan, topics, places):
        changes.setdefault(lkey, ({}, []))[0][aid] = key


def join(plan: SitePlan, changes: dict, a: Article, sig: bytes) -> None:
    member = ListItem(sort_key(a), a.id, sig)
    for lkey in _listings_of(plan, a.topics, a.places):
        changes.setdefault(lkey, ({}, []))[1].append(member)


def _listing_name(plan: SitePlan, kind: str, slug: str, newest_id: str) -> str:
    """The listing's name: the first of the newest article's names that maps to the slug
    (two spellings of one place share a page)."""
    a = plan.article(newest_id)
    for name in (a.topics if kind == "topic" else a.places):
        if plan.slug_of(kind, name) == slug:
            return name
    return slug


def _load_parts(new: NewState, lkey: tuple, start: int, end: int,
                records: dict) -> list[tuple]:
    """The members of parts `start` ≤ n < `end`, oldest first; the stored records of the
    numbered pages that showed them go into `records` (key → (digest, outputs))."""
    parts = new.parts(lkey, start, end)
    members: list = []
    for n in range(start, end):
        items, record = unpack_part(parts[n])
        members += items
        if record is not None:
            records[record[0]] = record[1:]
    return members


def plan_listing(plan: SitePlan, lkey: tuple, out: dict, inn: list, g: bytes,
                  new: NewState) -> None:
    """Re-plan one listing from the first part a change touches: members before it, their
    pages and digests stay as stored (an added issue touches the newest part or two)."""
    kind, slug = lkey
    size = max(1, plan.config.topic_page_size)
    feed = max(0, plan.config.feed_size) if kind == "topic" else 0
    raw = new.listing_blob(lkey)
    # the records of the pages planned again: the front page's and the feed's from the blob,
    # a numbered page's with its part (the parts from `start` on are read for their members)
    firsts, replaced = unpack_listing_blob(raw) if raw is not None else ([], {})
    head = new.heads.get(lkey)
    old_total, old_name = (head.count, head.name) if head else (0, None)
    nparts = len(firsts)
    start = nparts
    for key in list(out.values()) + [m.sort_key for m in inn]:
        start = min(start, max(0, bisect_left(firsts, key) - 1))
    # the pages whose number bar or newer link shows the front (see PAGER_SPAN) are re-planned
    near = 1 + PAGER_SPAN
    start = max(0, min(start, front_chunk(old_total, size) - near)) if old_total else 0
    members = [m for m in _load_parts(new, lkey, start, nparts, replaced) if m.id not in out] + inn
    members.sort()
    total = start * size + len(members)
    if total == 0:
        _load_parts(new, lkey, 0, start, replaced)
        forget_group(plan, replaced)
        new.drop_listing(lkey)
        return
    name = _listing_name(plan, kind, slug, members[-1][1])
    # the pages near the front (their links and number bars change), the feed's members and —
    # when the name changed — every page need members from before `start`
    need = 0 if name != old_name else \
        max(0, min(start, front_chunk(total, size) - near, (total - feed) // size if feed else start))
    if need < start:
        members = _load_parts(new, lkey, need, start, replaced) + members
        start = need
    base = topic_url(slug) if kind == "topic" else place_url(slug)
    chunks = paginate(base, members, size, start, total)
    firsts = firsts[:start] + [members[i][0] for i in range(0, len(members), size)]

    pages = [listing_page.unit(g, kind, slug, name, base, chunk) for chunk in chunks]
    units: dict[str, Unit] = {u.key: u for u in pages}
    newest = members[-feed:][::-1] if feed else []
    listing = Listing(kind=kind, name=name, slug=slug, base=base, count=total,
                      chunks=chunks, newest_ids=[m.id for m in newest])
    if kind == "topic":
        u = feeds.topic_unit(g, slug, name, b"".join([m.sig for m in newest]))
        units[u.key] = u
        plan.topics[slug] = listing
    else:
        plan.places[slug] = listing
    diff_group(plan, replaced, units)
    # a numbered page's record goes with its part; the front page's (over the last one or two
    # parts) and the feed's with the listing
    front = start + len(pages) - 1           # the part the front page starts with
    parts, kept = {}, {}
    for c in range(start, len(firsts)):
        record = (pages[c - start].key, pages[c - start].digest, pages[c - start].outputs) \
            if c < front else None
        parts[c] = pack_part(members[(c - start) * size:(c - start + 1) * size], record)
    for k in (pages[-1].key, feeds.topic_key(slug)):
        if k in units:
            kept[k] = (units[k].digest, units[k].outputs)
    n_units = front + len(kept)
    new.set_listing(lkey, ListingHead(name, total, n_units, n_units),
                    pack_listing_blob(ListingBlob(firsts, kept)), parts, len(firsts))

