"""A segment → its `SplitArticle`: title (headline, running header or derived), kicker,
subtitle, byline and authors, kind (photo, brief, notice, commentary, continuation) and source
lines; items of a 简讯 block found by their run after its label."""
from __future__ import annotations

from generator.ingest.split.authors import bylines
from generator.ingest.split.stories import kinds
from generator.ingest.split.stories.boundaries import Segment
from generator.ingest.split.boxes.captions import picture_signed
from generator.ingest.split.units.items import Unit
from generator.ingest.split.result import Dropped, SplitArticle, SplitResult


BRIEF_MAX = 400          # characters of one item of a 简讯 block


def _brief_runs(segs: list[Segment], labels: list[int]) -> set[int]:
    """Items of a 简讯/短讯 block that carry their own short headlines: the run of short one-
    paragraph stories after the label, up to the first story that is not one (the block ends
    where a full story begins, or one set as no item is: `_outside_box`). Returns the ids of
    those segments."""
    out: set[int] = set()
    for h in labels:
        bulleted = plain = False
        for s in sorted((s for s in segs if s.first > h), key=lambda s: s.first):
            body = sum(len(p.text) for p in s.paras)
            if (len(s.paras) > 1 or body > BRIEF_MAX or s.continued_from is not None
                    or s.credit is not None or any(l in labels for l in range(h + 1, s.first) if l != h)
                    or _outside_box(s, h, bulleted) or (plain and _marked_head(s.head))):
                break
            bulleted = bulleted or bool(s.head is not None and s.head.data.get("bullet"))
            plain = plain or bool(s.head is not None and s.head.data.get("item") and "rank" not in s.head.data)
            out.add(id(s))
    return out


def _marked_head(head: Unit | None) -> bool:
    """A Markdown '#' headline (ranked) that the box's rules took for no item: after items
    printed plain, a story's own headline — the 简讯 box has ended."""
    return head is not None and "rank" in head.data and not head.data.get("item")


def _outside_box(s: Segment, label: int, bulleted: bool) -> bool:
    """Is a short story after the 简讯 box opening at `label` set as no item of it? An item is
    one paragraph under a short head printed over it: a head printed elsewhere
    (`_headed_elsewhere`), a kicker or subtitle, a byline on a line of its own, or a head
    without the bullet the box's items carry make it a story of its own."""
    head = s.head
    if _headed_elsewhere(head, label, s):
        return True
    if s.byline_line is not None and not (s.paras and s.byline_line in s.paras[0].lines):
        return True          # signed on a line of its own, not in a '本报讯…' lead
    if head is None:
        return False
    return bool(head.data.get("kickers") or head.data.get("subtitles")
                or (bulleted and not head.data.get("bullet")))


def _headed_elsewhere(head: Unit | None, label: int, s: Segment) -> bool:
    """Is the story's headline a plain one printed outside the box that opens at `label`
    (grouped at the page's top or foot, or under the story)? A 简讯 box prints each item's
    headline over its paragraph; a story headed from elsewhere is no item of it."""
    if head is None or head.data.get("bullet") or head.data.get("item"):
        return False
    at = head.data.get("_idx")
    return at is not None and not label < at < s.first


def _article(units: list[Unit], s: Segment, running: str | None, labels: list[int],
             in_briefs: bool = False) -> SplitArticle:
    doubts = list(s.doubts)
    body = "\n\n".join(p.text for p in s.paras if p.text)
    head = s.head
    kicker = subtitle = None
    title_source = "headline"
    if head is not None:
        title = head.text
        kick = [k.text for k in head.data.get("kickers", [])]
        kicker = " ".join(kick) if kick else None
        # a head that became a kicker keeps the '——' lines it had taken as subtitles: printed
        # between kicker and title, they are the story's subtitle, not lost
        subs = [t.text for k in head.data.get("kickers", []) for t in k.data.get("subtitles", [])]
        subs += [k.text for k in head.data.get("subtitles", [])]
        subtitle = " ".join(subs) if subs else None
    elif s.continued_from is not None and running:
        title, title_source = running, "header"
    else:
        source = s.paras[0].text if s.paras else (s.byline.text if s.byline else "")
        title, title_source = kinds.derive_title(source), "derived"
        what = "caption" if s.credit is not None else "first sentence"
        doubts.append(f"no headline; title derived from the {what}: '{title}'")
    if s.subtitle:
        subtitle = f"{s.subtitle} {subtitle}" if subtitle else s.subtitle
    credits = list(s.byline.credits) if s.byline else []
    if s.tail is not None:
        credits += s.tail.data["byline"].credits
    if s.credit is not None:
        credits += [("摄影", n) for n in s.credit.data["names"]]
    authors = list(dict.fromkeys(n for _, n in credits))
    lead = s.byline
    if lead is not None and not lead.credits and (s.tail is not None or s.credit is not None) \
            and s.byline_line is not None and s.paras and s.byline_line in s.paras[0].lines:
        # a lead naming nobody ('本报讯 …', '新华社北京6月1日电 …') in a story signed at its end:
        # the dateline stays the text's opening, the closing credit is the byline
        body, lead = lead.text.strip() + body, None
    byline = " ".join(b.text for b in (lead, s.tail.data["byline"] if s.tail else None) if b) or None
    if s.credit is not None:
        byline = f"{byline} {s.credit.text}" if byline else s.credit.text
    name = bylines.bare_signature(kicker) if kicker and not authors else None
    if name:
        # a writer's name alone on a line over the text is its signature, never a kicker (a
        # kicker is a phrase of the story), as a commentary signed with a name and a note is
        kicker, authors = None, [name]
        byline = f"{name} {byline}" if byline else name

    if s.continued_from is not None:
        kind = "continuation"
    elif (s.credit is not None or picture_signed(s)) and kinds.caption_sized(body, head is not None):
        kind = "photo"
    elif (any(h < s.first and all(units[k].kind != "head" or k in labels or units[k].data.get("bullet")
                                  or (units[k].data.get("item") and not units[k].data.get("boxed"))
                                  for k in range(h + 1, s.first))
              and not _outside_box(s, h, any(units[k].kind == "head" and units[k].data.get("bullet")
                                             for k in range(h + 1, s.first)))
              for h in labels) or in_briefs or (head is not None and (head.data.get("bullet") or head.data.get("item")))) and len(body) <= 600:
        kind = "brief"
    elif kinds.is_notice(title):
        kind, title = "notice", kinds.unspaced(title)
    elif kinds.is_commentary(title, kicker, byline):
        kind = "commentary"
    else:
        kind = "article"
    if not authors and not byline and kind not in ("continuation", "notice"):
        doubts.append("no byline found")
    nos = [n for p in s.paras for n in p.lines]
    if s.byline_line:
        nos.append(s.byline_line)
    for extra in (s.tail, s.credit):
        if extra is not None:
            nos += extra.lines
    if head is not None:
        near = head.lines + [n for k in head.data.get("kickers", []) + head.data.get("subtitles", [])
                             for n in k.lines]
        if nos and max(near) < min(nos) and min(nos) - max(near) <= 6:
            nos += near
    lines = (min(nos), max(nos)) if nos else (0, 0)
    return SplitArticle(title=title, body=body, kind=kind, kicker=kicker, subtitle=subtitle,
                        authors=authors, credits=credits, byline=byline,
                        continued_from=s.continued_from, continued_to=s.continued_to, lines=lines,
                        title_source=title_source, doubts=doubts)


def page_result(units: list[Unit], segs: list[Segment], labels: list[int], dropped: list[Dropped],
                doubts: list[str]) -> SplitResult:
    """The page's articles in source-line order, its dropped lines sorted by line."""
    running = next((u.data["title"] for u in units if u.kind == "rheader"), None)
    marks = labels + [i for i, u in enumerate(units)
                      if u.kind in ("header", "rheader") and kinds.is_brief_label(u.text)]
    in_briefs = _brief_runs(segs, marks)
    articles = [_article(units, s, running, marks, id(s) in in_briefs) for s in segs]
    order = sorted(range(len(segs)), key=lambda k: articles[k].lines)
    dropped.sort(key=lambda d: d.line)
    return SplitResult([articles[k] for k in order], dropped, doubts)
