"""An issue as a group of units: its issue page, its 版 pages and its article pages, and the
summary the site-wide pages read."""
from __future__ import annotations

from hashlib import blake2b
from typing import Optional

from generator.build.commit import digest
from generator.build.pages import article as article_page
from generator.build.pages import issue as issue_page
from generator.build.pages import page as page_page
from generator.build.pages import page_image
from generator.build.plan.groups import diff_group
from generator.build.plan.listings import join, leave, sort_key
from generator.build.plan.loader import Loader, Stamps
from generator.build.plan.site_plan import SitePlan, Unit
from generator.build.state import (IssueBlob, IssueSummary, Member, NewState, UnitRecord,
                                   pack_issue_blob)
from generator.core.model import Article, Issue


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


def nav_of(issue: Optional[Issue]) -> Optional[tuple]:
    return (issue.paper, issue.date.toordinal(), issue.issue_no) if issue is not None else None


def plan_issue(plan: SitePlan, key: tuple, issue: Issue, inav: tuple, g: bytes, stamp: Stamps,
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
            members[a.id] = Member(sig, tuple(a.topics), tuple(a.places), sort_key(a))
    continued = continuation_partners(issue)
    plan.continued.update(continued)

    # page images: the issue folder's NN.pdf (records.update_issue_meta) for the 版 it has
    found = (loader.meta.get((issue.paper, issue.date)) or {}).get("images") or {}
    imgs: dict[int, page_image.PageImage] = {}
    for page in issue.pages:
        if page.number in found:
            img = imgs[page.number] = page_image.PageImage(*found[page.number])
            plan.page_images[(page.paper, page.date, page.number)] = img
            u = page_image.unit(page.paper, page.date, page.number, img)
            units[u.key] = u
    sizes = {n: (i.w, i.h, i.tw, i.th) for n, i in imgs.items()}

    ltexts = tuple(p.label for p in issue.pages)
    twin, per_issue = plan.config.json_twins, plan.config.citations == "issue"
    u = issue_page.unit(g, issue, b"".join([members[a.id].sig for a in issue.articles]), ltexts,
                        inav, tuple(sorted(sizes.items())), twin, per_issue)
    units[u.key] = u
    for page, plabel in zip(issue.pages, ltexts):
        u = page_page.unit(g, issue, page, ltexts, "".join([keys[a.id] for a in page.articles]),
                           inav, sizes.get(page.number), twin)
        units[u.key] = u
        for a in page.articles:
            u = article_page.unit(g, a, keys, issue.issue_no, issue.estimated_date, plabel,
                                  continued.get(a.id), page.number in imgs, twin, not per_issue)
            units[u.key] = u

    old_blob = None if everything else loader.issue_blob(key)
    old_units = old_blob.units if old_blob is not None else {}
    old_members = old_blob.members if old_blob is not None else {}
    diff_group(plan, old_units, units)
    # listings: articles that left, joined or changed (signature or names)
    for aid, m in old_members.items():
        if members.get(aid) != m:
            leave(plan, changes, aid, m.topics, m.places, m.sort_key)
    for a in issue.articles:
        m = members[a.id]
        if old_members.get(a.id) != m:
            join(plan, changes, a, m.sig)

    first = issue.pages[0].articles[:3] if issue.pages else []
    aliases = tuple((old_id, a.id, a.title) for a in issue.articles for old_id in a.aliases)
    ids = tuple((p.number, tuple(a.id for a in p.articles)) for p in issue.pages)
    summary = IssueSummary(issue.issue_no, issue.estimated_date, labels, len(members),
               tuple(sorted({a.kind for a in issue.articles})), digest(ids),
               "".join(keys[a.id] for a in first), aliases, inav,
               len(units), sum(len(u.outputs) for u in units.values()))
    blob = IssueBlob(ids, members, {k: UnitRecord(u.digest, u.outputs) for k, u in units.items()})
    loader.blobs[key] = blob
    new.set_issue(key, summary, pack_issue_blob(blob))

