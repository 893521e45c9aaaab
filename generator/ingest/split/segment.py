"""Layout units → articles: boundaries, headline assignment, kickers, subtitles, kinds.

Boundaries come from layout only: a byline opens a story, a headline or a jump marker ends the one
before, a photo credit ends a caption, a wide gap (2+ blank lines) may start a caption. On
Markdown pages a `##` headline owns the story below it; on column pages headlines float (often
after their stories) and are matched to stories by `assign`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ingest.split import bylines
from generator.ingest.split import grouped, kinds
from generator.ingest.split.assign import assign
from generator.ingest.split.stackedheads import kickers_over_heads
from generator.ingest.split.result import Dropped, SplitArticle, SplitResult
from generator.ingest.split.textutil import HAN, bigrams, phrase_spaces, squash_spaces, width
from generator.ingest.split.items import Unit

TRANSPARENT = {"gap", "used", "header", "rheader", "drop"}
_SLOGAN = re.compile(rf"^[{HAN}]{{2,8}}(?:\s+[{HAN}]{{2,8}})+$")     # parallel phrases; one is a subtitle


@dataclass
class Segment:
    first: int                                   # unit index of its first unit
    last: int
    paras: list[Unit] = field(default_factory=list)
    byline: bylines.Byline | None = None
    byline_line: int | None = None
    tail: Unit | None = None
    credit: Unit | None = None
    start: str = "free"                          # byline marker gap free
    continued_from: int | None = None
    continued_to: int | None = None
    subtitle: str | None = None
    head: Unit | None = None
    doubts: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


def _attach(units: list[Unit], md: bool, dropped: list[Dropped]) -> None:
    """Resolve kickers, subtitles and slogans around headlines; mark them 'used'."""
    def next_real(i: int) -> int | None:
        for j in range(i + 1, len(units)):
            if units[j].kind not in ("gap",):
                return j
        return None

    def kicker_of_next(u: Unit, nxt: Unit | None) -> bool:
        """Attach `u` as a kicker (引题) when a headline follows it directly."""
        if nxt is not None and nxt.kind == "head":
            nxt.data.setdefault("kickers", []).append(u)
            u.kind = "used"
            return True
        return False

    last_head: Unit | None = None       # the head the current run of attachments follows
    for i, u in enumerate(units):
        if u.kind == "head":
            last_head = u
            continue
        if u.kind in ("gap",):
            continue
        j = next_real(i)
        nxt = units[j] if j is not None else None
        if u.kind == "kickq":
            if kicker_of_next(u, nxt):
                continue
            u.kind = "para"
        if u.kind == "minor":
            if kicker_of_next(u, nxt):
                continue
            after = next_real(j) if j is not None else None
            if (last_head is None and nxt is not None and nxt.kind == "minor" and after is not None
                    and units[after].kind == "head"):
                # a kicker printed over two lines: both phrases go to the headline below
                nxt.text = f"{u.text} {nxt.text}"
                nxt.lines = u.lines + nxt.lines
                nxt.data["raw"] = u.data.get("raw", [u.text]) + nxt.data.get("raw", [nxt.text])
                u.kind = "used"
                continue
            if last_head is not None:
                if u.text.startswith(("——", "──", "--")):
                    last_head.data.setdefault("subtitles", []).append(u)
                elif _SLOGAN.match(u.text) or len(u.data.get("raw", [])) > 1:
                    for raw, no in zip(u.data.get("raw", [u.text]), u.lines):
                        dropped.append(Dropped("decoration", phrase_spaces(raw), no))
                else:
                    last_head.data.setdefault("subtitles", []).append(u)
                u.kind = "used"
                continue
            u.kind = "para"
        if u.kind == "sub":
            if last_head is not None:
                last_head.data.setdefault("subtitles", []).append(u)
                u.kind = "used"
                continue
            if nxt is not None and nxt.kind in ("para", "bline"):
                nxt.data["subtitle"] = u.text
                u.kind = "used"
                continue
            u.kind = "para"
        if u.kind not in ("used",):
            last_head = None


def _segments(units: list[Unit], dropped: list[Dropped]) -> list[Segment]:
    segs: list[Segment] = []
    cur: Segment | None = None
    after_gap = False

    def close() -> None:
        nonlocal cur
        if cur is not None and (cur.paras or cur.byline):
            segs.append(cur)
        cur = None

    for i, u in enumerate(units):
        k = u.kind
        if k in ("used", "header", "rheader", "drop"):
            continue
        if k == "gap":
            close()
            after_gap = True
            continue
        if k == "head":
            jump = cur.continued_from if cur is not None and cur.start == "marker" and not cur.paras else None
            close()
            if jump is not None:       # '（上接第N版）' printed over the headline: its story goes on
                cur = Segment(i + 1, i + 1, start="marker", continued_from=jump)
        elif k == "from":
            close()
            cur = Segment(i, i, start="marker", continued_from=u.data["page"])
        elif k == "to":
            target = cur if cur is not None and (cur.paras or cur.byline) else (segs[-1] if segs else None)
            if target is not None and target.continued_to is None:
                target.continued_to = u.data["page"]
                target.last = i
            if cur is not None:
                close()
            else:
                dropped.append(Dropped("marker", u.text, u.lines[0]))
                continue
        elif k == "bline":
            if _credits_caption(cur, u.data["byline"]):
                cur.tail = u            # '文/图 X' under a short unsigned text: its photo credit
                if u.data.get("subtitle"):      # a '——' line printed over the credit stays with it
                    cur.subtitle = f"{cur.subtitle} {u.data['subtitle']}" if cur.subtitle else u.data["subtitle"]
                cur.last = i
                close()
                continue
            close()
            cur = Segment(i, i, byline=u.data["byline"], byline_line=u.lines[0], start="byline",
                          subtitle=u.data.get("subtitle"))
        elif k == "para":
            lead = u.data.get("byline")
            if lead is not None:
                if not (cur is not None and cur.start == "byline" and not cur.paras and cur.byline
                        and not cur.byline.credits):
                    close()
                    cur = Segment(i, i, start="byline")
                elif cur.byline is not None:
                    # '□本报评论员' then '本报讯…': one signature, both printed parts kept
                    lead = bylines.Byline(f"{cur.byline.text} {lead.text}", lead.credits, lead.rest)
                cur.byline = lead
                cur.byline_line = cur.byline_line or u.lines[0]
            elif cur is None:
                cur = Segment(i, i, start="gap" if after_gap else "free")
            if u.data.get("subtitle"):
                cur.subtitle = f"{cur.subtitle} {u.data['subtitle']}" if cur.subtitle else u.data["subtitle"]
            cur.paras.append(u)
            cur.last = i
        elif k == "btail":
            target = cur if cur is not None else (segs[-1] if segs else None)
            if target is not None and target.tail is None:
                target.tail = u
                target.last = max(target.last, i)
                if target is cur:
                    close()        # a signature printed after the text ends the story
            elif cur is not None:
                cur.paras.append(u)
            else:              # a signature with no story before it: listed, never lost
                dropped.append(Dropped("credit", u.text, u.lines[0]))
        elif k == "credit":
            if cur is not None and cur.paras:
                cur.credit = u
                cur.last = i
                close()
            else:
                dropped.append(Dropped("credit", u.text, u.lines[0]))
        after_gap = False if k not in ("gap",) else after_gap
    close()
    for u in units:
        if u.kind == "from" and not any(s.first == units.index(u) for s in segs):
            dropped.append(Dropped("marker", u.text, u.lines[0]))
    return segs


def _credits_caption(cur: Segment | None, b: bylines.Byline) -> bool:
    """Is a byline line of picture roles only ('文/图 X', '图/X') printed under a short text
    that has no byline yet the signature of that text (a caption) rather than the byline of a
    story below?"""
    roles = [r for r, _ in b.credits]
    return (cur is not None and cur.byline is None and cur.tail is None and bool(cur.paras)
            and bool(roles) and all("图" in r or "摄" in r for r in roles)
            and sum(len(p.text) for p in cur.paras) <= 300)


def _between_transparent(units: list[Unit], a: int, b: int) -> bool:
    return all(units[k].kind in TRANSPARENT for k in range(a + 1, b))


def _merge_weak(units: list[Unit], segs: list[Segment]) -> list[Segment]:
    """A block cut off only by a wide gap, with no byline or credit of its own, belongs to the
    story before it."""
    out: list[Segment] = []
    for s in segs:
        if (out and s.start == "gap" and s.byline is None and s.credit is None and s.continued_from is None
                and s.subtitle is None
                and out[-1].credit is None and out[-1].continued_to is None
                and _between_transparent(units, out[-1].last, s.first)):
            prev = out[-1]
            prev.paras += s.paras
            prev.last = s.last
            prev.tail = prev.tail or s.tail
            continue
        out.append(s)
    return out


SUBHEAD_MAX = 16         # characters: a sub-heading inside a story is a short phrase
SUBHEAD_MIN_SHARED = 3   # bigrams the text on both sides of a sub-heading must share


def _subhead_between(units: list[Unit], h: int, a: Segment, b: Segment) -> bool:
    """Could head `h`, printed between stories `a` and `b`, be a sub-heading inside one story?
    It must be a bare short phrase (no kicker, subtitle or second line), `a` must not have been
    closed (signature, credit, jump) and `b` must not open one (byline, 上接)."""
    u = units[h]
    if (u.data.get("kickers") or u.data.get("subtitles") or len(u.data.get("raw", [u.text])) > 1
            or u.data.get("bullet") or len(u.text.replace(" ", "")) > SUBHEAD_MAX):
        return False
    if a.tail is not None or a.credit is not None or a.continued_to is not None:
        return False
    if b.byline is not None or b.continued_from is not None or b.subtitle is not None:
        return False
    return _between_transparent(units, a.last, h) and _between_transparent(units, h, b.first)


def _coheres(a_text: str, b_text: str, head: str, others: list[str]) -> bool:
    """Does `b` go on speaking of what `a` speaks of (the same people, places, things), more
    than of any story `others` that surely is another one (it has its own byline) — and is
    `head` not rather a summary of `a` (a headline printed after its story)?"""
    from generator.ingest.split.textutil import bigrams
    ga, gb, gh = bigrams(a_text), bigrams(b_text), bigrams(head)
    shared = len(ga & gb)
    if shared < SUBHEAD_MIN_SHARED or any(len(bigrams(o) & gb) >= shared for o in others):
        return False
    return len(gh & ga) <= max(1, len(gh & gb))


def _absorb_subheads(units: list[Unit], segs: list[Segment], md: bool = False) -> list[Segment]:
    """Column pages: un-numbered sub-headings ('党建引领聚合力') set apart between the paragraphs of
    a long story read as headlines and cut the story into pieces. A head between two pieces
    becomes a paragraph of one story when the piece after it has no byline of its own, goes on
    with the words of the pieces before, and the joined story still has a real headline printed
    next to it (above its start or under its end). On Markdown pages the mark says it: a
    heading of a lower rank than the page's headlines ('**…**' under '##') inside a story."""
    heads = [i for i, u in enumerate(units) if u.kind == "head"]
    top = min((units[h].data.get("rank", 9) for h in heads), default=9)
    groups: list[tuple[list[Segment], list[int]]] = []      # pieces of one story, heads between
    for s in segs:
        if groups:
            pieces, absorbed = groups[-1]
            prev = pieces[-1]
            h = [h for h in heads if prev.last < h < s.first]
            if len(h) == 1 and _subhead_between(units, h[0], prev, s):
                text = "\n".join(x.text() for x in pieces)
                others = [x.text() for x in segs if x not in pieces and x is not s
                          and (x.byline is not None or x.continued_from is not None)]
                lower = units[h[0]].data.get("rank", 9) > top
                if (lower if md else _coheres(text, s.text(), units[h[0]].text, others)):
                    pieces.append(s)
                    absorbed.append(h[0])
                    continue
        groups.append(([s], []))
    out: list[Segment] = []
    for pieces, absorbed in groups:
        if absorbed and _has_outer_head(units, pieces[0], pieces[-1], set(absorbed)):
            out.append(_join_pieces(units, pieces, absorbed))
        else:
            out += pieces
    return out


def _join_pieces(units: list[Unit], pieces: list[Segment], absorbed: list[int]) -> Segment:
    """One story from its pieces, each absorbed sub-heading a paragraph of its own."""
    s = pieces[0]
    for h, nxt in zip(absorbed, pieces[1:]):
        u = units[h]
        u.kind = "para"
        u.text = squash_spaces(u.text)
        s.paras += [u] + nxt.paras
        s.last, s.tail, s.credit, s.continued_to = nxt.last, nxt.tail, nxt.credit, nxt.continued_to
        s.doubts += nxt.doubts
    return s


def _has_outer_head(units: list[Unit], first: Segment, last: Segment, absorbed: set[int]) -> bool:
    """Is a headline (not one of the absorbed sub-headings) printed right above the story's
    first piece or right under its last?"""
    for h, u in enumerate(units):
        if u.kind != "head" or h in absorbed:
            continue
        if h < first.first and _between_transparent(units, h, first.first):
            return True
        if h > last.last and all(units[k].kind in TRANSPARENT | {"credit", "to", "btail"}
                                 for k in range(last.last + 1, h)):
            return True
    return False


CAPTION_MAX = 400        # characters: a caption of several paragraphs is still short
CAPTION_PARA_MAX = 220


def _caption_size(paras: list[Unit]) -> int:
    """How many trailing paragraphs of a story closed by a photo credit are the caption.

    The last paragraph always is. An earlier one joins it when it reads like a caption opening
    ('图为…', '▲…') or when it speaks of what the caption speaks of rather than of the story
    above (more shared character bigrams with the caption than with the story's own text) —
    a caption's two paragraphs (scene, then background) name the same people and places, and a
    page without blank lines gives no other cue. The story keeps at least its first paragraph."""
    from generator.ingest.split.textutil import bigrams
    size = 1
    while size < len(paras) - 1:
        cand = paras[-size - 1]
        caption = paras[-size:]
        total = sum(len(p.text) for p in caption) + len(cand.text)
        if len(cand.text) > CAPTION_PARA_MAX or total > CAPTION_MAX or cand.data.get("byline"):
            break
        g = bigrams(cand.text)
        with_caption = len(g & set().union(*(bigrams(p.text) for p in caption)))
        with_story = len(g & set().union(*(bigrams(p.text) for p in paras[:-size - 1])))
        if not (kinds.is_caption_lead(cand.text) or (with_caption >= 3 and with_caption > 2 * with_story)):
            break
        size += 1
    return size


def _picture_roles(tail: Unit) -> bool:
    """A signature of picture roles only ('（文/图 X）', '（图/X）'): a photo's, not a writer's."""
    roles = [r for r, _ in tail.data["byline"].credits]
    return bool(roles) and all("图" in r or "摄" in r for r in roles)


def _split_photos(segs: list[Segment]) -> list[Segment]:
    """A credit closing a bylined story with several paragraphs: its last paragraph(s) are a
    separate photo caption."""
    out: list[Segment] = []
    for s in segs:
        pictured = s.tail is not None and s.byline is not None and _picture_roles(s.tail)
        if ((s.credit is not None or pictured) and len(s.paras) > 1
                and (s.byline is not None and s.start == "byline" or s.continued_from is not None)):
            size = _caption_size(s.paras)
            caption = s.paras[-size:]
            photo = Segment(caption[0].data.get("_idx", s.last), s.last, paras=caption,
                            credit=s.credit, tail=s.tail if pictured else None, start="free")
            photo.doubts.append("photo caption separated from the story above by guess")
            s.paras = s.paras[:-size]
            s.credit = None
            s.tail = None if pictured else s.tail
            s.last = photo.first - 1 if photo.first > s.first else s.last
            out += [s, photo]
            continue
        out.append(s)
    return out


def split_units(units: list[Unit], md: bool) -> SplitResult:
    dropped: list[Dropped] = []
    for i, u in enumerate(units):
        u.data["_idx"] = i
    _attach(units, md, dropped)
    segs = _split_photos(_merge_weak(units, _segments(units, dropped)))
    segs = _absorb_subheads(units, segs, md)
    heads = [i for i, u in enumerate(units) if u.kind == "head"]
    labels = [i for i in heads if kinds.is_brief_label(units[i].text)]
    sections = labels + [i for i in heads if kinds.is_section_label(units[i].text)]
    heads = [i for i in heads if i not in sections]
    page_doubts: list[str] = []

    def adjacent_before(h: int, s: Segment) -> bool:
        return h < s.first and _between_transparent(units, h, s.first)

    def adjacent_after(h: int, s: Segment) -> bool:
        return h > s.last and all(units[k].kind in TRANSPARENT | {"credit", "to", "btail"}
                                  for k in range(s.last + 1, h))

    used_heads: set[int] = set()
    # continuations: a headline right above the jump marker, else the running header
    for s in segs:
        if s.continued_from is not None:
            h = next((h for h in heads if adjacent_before(h, s)), None)
            if h is not None:
                s.head = units[h]
                used_heads.add(h)
    if md:
        for h in heads:
            if h in used_heads:
                continue
            s = next((s for s in segs if s.head is None and adjacent_before(h, s)), None)
            if s is not None:
                s.head = units[h]
                used_heads.add(h)
    else:
        pool = [h for h in heads if h not in used_heads]
        if segs:
            group = grouped.group_of(pool, segs, min(s.first for s in segs), max(s.last for s in segs))
            if group:
                used_heads.update(_solve_grouped(units, segs, group))
                pool = [h for h in pool if h not in used_heads]
        kicks = kickers_over_heads(units, segs, pool, adjacent_before)
        used_heads |= kicks
        pool = [h for h in pool if h not in kicks]
        # a continued story takes the running header's title when the page prints one, else a
        # headline by overlap like any story (its headline may be grouped away from it)
        running_head = any(u.kind == "rheader" for u in units)
        bodies = [s for s in segs if s.head is None and (s.continued_from is None or not running_head)]
        penalty = [0.0 if s.credit is None else 1e6 for s in bodies]
        texts = [(s.byline.text if s.byline else "") + s.text() for s in bodies]
        stacked = {h: units[h].data["raw"] for h in pool if _stacked(units[h])}
        # each entry: (head index, line of a stacked headline or None for the whole unit)
        entries = [(h, k) for h in pool for k in (range(len(stacked[h])) if h in stacked else [None])]

        def run(entries):
            adjacency = {(a, b) for a, (h, _) in enumerate(entries) for b, s in enumerate(bodies)
                         if adjacent_before(h, s) or adjacent_after(h, s)}
            heads_text = [units[h].text if k is None else phrase_spaces(stacked[h][k]) for h, k in entries]
            return heads_text, assign(heads_text, texts, adjacency, penalty)

        if stacked:
            # two headlines printed one under the other read as one: keep them apart when each
            # line finds a story of its own by real overlap
            _, trial = run(entries)
            good: dict[int, int] = {}
            for m in trial:
                h, k = entries[m.head]
                if k is not None and m.shared >= 2:
                    good[h] = good.get(h, 0) + 1
            keep = {h for h in stacked if good.get(h, 0) >= 2}
            entries = [(h, k) for h in pool
                       for k in (range(len(stacked[h])) if h in keep else [None])]
        heads_text, matches = run(entries)
        matched = {entries[m.head] for m in matches}
        for h, k in entries:
            if k is not None and (h, k) not in matched and any(e[0] == h for e in matched):
                line_no = units[h].lines[min(k, len(units[h].lines) - 1)]
                dropped.append(Dropped("decoration", phrase_spaces(stacked[h][k]), line_no))
                page_doubts.append(f"line {line_no}: headline-like line '{stacked[h][k]}' matched no story; dropped")
        for m in matches:
            s, (h, k) = bodies[m.body], entries[m.head]
            if k is None:
                s.head = units[h]
            else:
                line_no = units[h].lines[min(k, len(units[h].lines) - 1)]
                s.head = Unit("head", heads_text[m.head], [line_no], {"_idx": h})
            used_heads.add(h)
            if m.weak:
                s.doubts.append(f"headline '{heads_text[m.head]}' matched by weak overlap "
                                f"({m.shared} shared bigrams)")

        _kickers_to_headless(units, segs)
        _stacked_heads_apart(units, segs)

    # leftover headlines: a kicker of the headline below, a banner at the top, else decoration
    first_line = min((min(p.lines[0] for p in s.paras) for s in segs if s.paras), default=10**9)
    for h in heads:
        if h in used_heads:
            continue
        nxt = next((k for k in range(h + 1, len(units)) if units[k].kind not in TRANSPARENT), None)
        prv = next((k for k in range(h - 1, -1, -1) if units[k].kind not in TRANSPARENT), None)
        u = units[h]
        if u.data.get("kicker_of") == nxt and nxt in used_heads:
            units[nxt].data.setdefault("kickers", [])[0:0] = u.data.get("kickers", []) + [u]
            continue           # a grouped headline's kicker, printed over it (_solve_grouped)
        owner = next((s for s in segs if prv is not None and s.head is units[prv]), None)
        if not md and owner is not None and prv in used_heads and _title_over_kicker(u.text, units[prv].text):
            # kicker and title printed one above the other: the kicker took the story by overlap
            kick = units[prv]
            u.data.setdefault("kickers", [])[0:0] = kick.data.pop("kickers", []) + [kick]
            u.data.setdefault("subtitles", [])[0:0] = kick.data.pop("subtitles", [])
            owner.head = u
            used_heads.add(h)
            owner.doubts.append(f"'{kick.text}' read as the kicker of '{u.text}' printed below it")
            continue
        direct = nxt is not None and all(units[k].kind in ("gap", "header", "rheader") for k in range(h + 1, nxt))
        if not md and _column_label(units, segs, h, adjacent_before):
            used_heads.add(h)
            continue
        if not md and u.lines[0] > first_line and _split_for_head(units, segs, u):
            used_heads.add(h)
            continue
        if (not md or direct) and nxt is not None and nxt in used_heads and units[nxt].kind == "head":
            units[nxt].data.setdefault("kickers", [])[0:0] = u.data.get("kickers", []) + [u]
            for k in u.data.get("subtitles", []):
                dropped.append(Dropped("decoration", k.text, k.lines[0]))
            continue
        kind = "banner" if u.lines[0] < first_line else "decoration"
        for k in u.data.get("kickers", []) + u.data.get("subtitles", []):
            dropped.append(Dropped(kind, k.text, k.lines[0]))
        dropped.append(Dropped(kind, u.text, u.lines[0]))
        if kind == "decoration":
            page_doubts.append(f"line {u.lines[0]}: headline-like line '{u.text}' matched no story; dropped")
    for h in sections:
        for k in units[h].data.get("kickers", []) + units[h].data.get("subtitles", []):
            dropped.append(Dropped("decoration", k.text, k.lines[0]))
        dropped.append(Dropped("section", units[h].text, units[h].lines[0]))
    for u in units:
        if u.kind in ("header", "rheader"):
            dropped.append(Dropped("header", u.text, u.lines[0]))
        if u.kind == "drop":          # banners and slogans of a head stack
            dropped.append(Dropped(u.data["as"], u.text, u.lines[0]))
        if u.data.get("bullet"):
            dropped.append(Dropped("decoration", u.data["bullet"], u.lines[0]))

    running = next((u.data["title"] for u in units if u.kind == "rheader"), None)
    marks = labels + [i for i, u in enumerate(units)
                      if u.kind in ("header", "rheader") and kinds.is_brief_label(u.text)]
    in_briefs = _brief_runs(segs, marks)
    articles = [_article(units, s, running, marks, id(s) in in_briefs) for s in segs]
    order = sorted(range(len(segs)), key=lambda k: articles[k].lines)
    dropped.sort(key=lambda d: d.line)
    return SplitResult([articles[k] for k in order], dropped, page_doubts)


def _column_label(units: list[Unit], segs: list[Segment], h: int, before) -> bool:
    """Column pages: a column label ('X时评', a column's name) printed over a story whose
    headline is printed under it speaks of nothing in the story or its headline, so the
    assignment leaves it over (the title is the line that speaks of the story). It is the
    kicker of that story's headline, as on Markdown pages. True when `h` was placed so."""
    u = units[h]
    if u.data.get("kickers") or u.data.get("subtitles") or len(u.data.get("raw", [u.text])) > 1:
        return False
    grams = bigrams(u.text)
    for s in segs:
        if s.head is None or s.continued_from is not None or not before(h, s):
            continue
        if s.head.data.get("_idx", -1) > s.last and not grams & (bigrams(s.text()) | bigrams(s.head.text)):
            s.head.data.setdefault("kickers", []).insert(0, u)
            s.doubts.append(f"'{u.text}' printed over the story read as its column label (kicker)")
            return True
    return False


MIN_SPLIT_SHARED = 2


def _solve_grouped(units: list[Unit], segs: list[Segment], group: list[int]) -> set[int]:
    """Headlines printed together above or below all the stories (`group`, unit indices in
    printed order) → the stories, in order, cut where one runs on into the next
    (`grouped.solve`). Sets the heads of the segments, inserts the stories cut out, returns
    the headlines used."""
    seq = [s for s in segs if s.head is None]
    plan = grouped.solve([units[h].text for h in group], seq)
    cuts: dict[int, list[tuple[int, int, int]]] = {}
    for i, n, k0, k1, other in plan:
        cuts.setdefault(n, []).append((k0, k1, i))
        if other is not None and other > i:      # the title's plain subtitle, printed under it
            u = units[group[other]]
            units[group[i]].data.setdefault("subtitles", []).append(u)
            u.kind = "used"
        elif other is not None:    # its kicker, printed over it: attached with the leftovers
            units[group[other]].data["kicker_of"] = group[i]
    for n, parts in cuts.items():
        s = seq[n]
        paras = list(s.paras)
        bounds = sorted({0, len(paras)} | {k for k0, k1, _ in parts for k in (k0, k1)})
        pieces = [s]
        for a, b in zip(bounds[1:-1], bounds[2:]):
            piece = Segment(paras[a].data.get("_idx", s.last), s.last, paras=paras[a:b], start="free")
            piece.doubts.append(f"story cut before '{paras[a].text[:12]}…': the headlines printed "
                                "together on this page speak of two stories here")
            pieces.append(piece)
        if len(pieces) > 1:
            last = pieces[-1]
            last.tail, last.credit, last.continued_to, last.last = s.tail, s.credit, s.continued_to, s.last
            s.tail, s.credit, s.continued_to = None, None, None
            s.paras = paras[:bounds[1]]
            for x, y in zip(pieces, pieces[1:]):
                x.last = y.first - 1 if y.first > x.first else x.last
            at = segs.index(s)
            segs[at + 1:at + 1] = pieces[1:]
        for k0, k1, i in parts:
            target = next(x for x, a in zip(pieces, bounds) if a == k0)
            target.head = units[group[i]]
    return {group[i] for i, _, _, _, other in plan} | {group[o] for i, _, _, _, o in plan if o is not None and o > i}


def _apart(hg: set[str], own: set[str], mine: set[str], other: set[str]) -> bool:
    """Do two headlines each speak of their own part of a text and not of the other's (two
    stories, not one story with a kicker or subtitle that repeats some of its words)?"""
    return len(hg & other) <= 1 and len(own & mine) <= 1 and len(own & other) >= MIN_SPLIT_SHARED


def _split_for_head(units: list[Unit], segs: list[Segment], head: Unit, only: Segment | None = None,
                    strict: bool = False) -> bool:
    """Two stories printed one after the other with no byline or headline between them read as
    one; when a headline is left over, cut a story at a paragraph boundary (after a finished
    sentence) where the leftover headline and the story's own headline each share words with
    their own part (`strict`: and none with the other's part). Returns True when a cut was
    made (the new segment is inserted in `segs`). `only` limits the cut to one story."""
    from generator.ingest.split.textutil import ends_sentence
    hg = bigrams(head.text)
    best: tuple[int, int, int, bool] | None = None      # (score, seg index, cut, leftover first)
    for n, s in enumerate(segs):
        if len(s.paras) < 2 or s.continued_from is not None or s.credit is not None:
            continue
        if any(p.data.get("subhead") for p in s.paras):
            continue           # sections under parallel sub-headings speak of different things by design
        if only is not None and s is not only:
            continue
        own = bigrams(s.head.text) if s.head is not None else set()
        grams = [bigrams(p.text) for p in s.paras]
        # how much more each paragraph speaks of the leftover headline than of the story's own
        lean = [len(hg & g) - len(own & g) for g in grams]
        for cut in range(1, len(s.paras)):
            if not ends_sentence(s.paras[cut - 1].text) or s.paras[cut].data.get("byline"):
                continue
            for first in (False, True):
                mine, other = (range(cut), range(cut, len(grams))) if first else \
                    (range(cut, len(grams)), range(cut))
                score = sum(lean[k] for k in mine)
                if strict and not _apart(hg, own, set().union(*(grams[k] for k in mine)),
                                         set().union(*(grams[k] for k in other))):
                    continue
                if (len(hg & set().union(*(grams[k] for k in mine))) >= MIN_SPLIT_SHARED
                        and (not own or own & set().union(*(grams[k] for k in other)))
                        and score >= MIN_SPLIT_SHARED and (best is None or score > best[0])):
                    best = (score, n, cut, first)
    if best is None:
        return False
    _, n, cut, first = best
    s = segs[n]
    tail_paras = s.paras[cut:]
    second = Segment(tail_paras[0].data.get("_idx", s.last), s.last, paras=tail_paras, tail=s.tail,
                     continued_to=s.continued_to, start="free")
    s.paras, s.tail, s.continued_to = s.paras[:cut], None, None
    s.last = second.first - 1
    if first:
        second.head, s.head = s.head, head
    else:
        second.head = head
    second.doubts.append(f"story cut before '{tail_paras[0].text[:12]}…' to give headline "
                         f"'{head.text}' a story of its own")
    segs.insert(n + 1, second)
    return True


def _stacked_heads_apart(units: list[Unit], segs: list[Segment]) -> None:
    """Column pages: two headlines printed tightly under two unsigned stories read as one
    headline with a kicker or plain subtitle, and the two stories as one. When a one-line
    kicker or subtitle of a headline printed under its story speaks of a later or earlier
    part of the story only, and the title only of the rest, each summarises a story of its
    own: the story is cut where the words of the one give way to the words of the other."""
    from generator.ingest.split.headshape import kicker_shaped
    queue = list(segs)
    while queue:
        s = queue.pop(0)
        head = s.head
        if head is None or head.data.get("_idx", -1) <= s.last:
            continue                       # only a headline printed under its story
        for role in ("kickers", "subtitles"):
            for u in list(head.data.get(role, [])):
                if (len(u.lines) == 1 and not kicker_shaped(u.text) and not u.text.startswith(("——", "──", "--"))
                        and _split_for_head(units, segs, u, only=s, strict=True)):
                    head.data[role].remove(u)
                    u.kind = "head"
                    queue[:0] = [s, segs[segs.index(s) + 1]]    # each part may hold one more


def _picture_signed(s: Segment) -> bool:
    """A short unheaded text signed '（文/图 X）' or '（图/X）' is a photo caption."""
    if s.tail is None or s.head is not None or sum(len(p.text) for p in s.paras) > 300:
        return False
    return any("图" in role or "摄" in role for role, _ in s.tail.data["byline"].credits)


def _kickers_to_headless(units: list[Unit], segs: list[Segment]) -> None:
    """Column pages: stories left without a headline may own a line that was read as the kicker
    of another headline because it was printed right above it with no blank line (two headlines
    stacked, the upper one narrower). Only plain lines qualify (a phrase with a gap or a pull
    quote is a real kicker); they are matched to the headless stories by overlap like headlines,
    and taken when they share words or sit right after the story."""
    from generator.ingest.split.headshape import kicker_shaped
    owner_of: dict[int, Segment] = {}
    cands: list[Unit] = []
    for s in segs:
        if s.head is not None:
            for k in s.head.data.get("kickers", []):
                if not kicker_shaped(k.text) and not k.text.startswith(("——", "--")) \
                        and not k.data.get("weighed"):     # (stackedheads weighed it already)
                    owner_of[id(k)] = s
                    cands.append(k)
    headless = [s for s in segs if s.head is None and s.continued_from is None and s.credit is None]
    if not cands or not headless:
        return
    index = {id(u): n for n, u in enumerate(units)}

    def right_after(k: Unit, s: Segment) -> bool:
        j = index[id(k)]
        return j > s.last and all(units[x].kind in TRANSPARENT | {"to", "btail"} for x in range(s.last + 1, j))

    adjacency = {(a, b) for a, k in enumerate(cands) for b, s in enumerate(headless) if right_after(k, s)}
    texts = [(s.byline.text if s.byline else "") + s.text() for s in headless]
    for m in assign([k.text for k in cands], texts, adjacency):
        k, s = cands[m.head], headless[m.body]
        after = k.lines[0] > max(p.lines[-1] for p in s.paras) if s.paras else False
        if not ((m.head, m.body) in adjacency or m.shared >= 2 or (m.shared >= 1 and after)):
            continue
        owner_of[id(k)].head.data["kickers"].remove(k)
        k.kind = "head"
        s.head = k
        s.doubts.append(f"'{k.text}' printed over another headline read as this story's headline")


def _stacked(u: Unit) -> bool:
    """A headline unit printed over several lines, each a headline on its own, with nothing
    hung on it: maybe several headlines stacked with no blank line between."""
    from generator.ingest.split.headshape import headline_like
    raw = u.data.get("raw") or []
    return (2 <= len(raw) <= 3 and not u.data.get("kickers") and not u.data.get("subtitles")
            and all(headline_like([r]) for r in raw))


def _title_over_kicker(title: str, kicker: str) -> bool:
    """Would `title`, printed right below `kicker`, be the real headline? Kickers are phrases
    (a gap inside, or quotes) and narrower than the title."""
    def shaped(t: str) -> bool:
        return bool(re.search(r"\S\s+\S", t.strip())) or t.strip()[:1] in "“\"「"
    if shaped(title):
        return False
    return shaped(kicker) or width(title) >= width(kicker) + 3


BRIEF_MAX = 400          # characters of one item of a 简讯 block


def _brief_runs(segs: list[Segment], labels: list[int]) -> set[int]:
    """Items of a 简讯/短讯 block that carry their own short headlines: the run of short one-
    paragraph stories after the label, up to the first story that is not one (the block ends
    where a full story begins). Returns the ids of those segments."""
    out: set[int] = set()
    for h in labels:
        for s in sorted((s for s in segs if s.first > h), key=lambda s: s.first):
            body = sum(len(p.text) for p in s.paras)
            if (len(s.paras) > 1 or body > BRIEF_MAX or s.continued_from is not None
                    or s.credit is not None or any(l in labels for l in range(h + 1, s.first) if l != h)):
                break
            out.add(id(s))
    return out


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
        subs = [k.text for k in head.data.get("subtitles", [])]
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
    byline = " ".join(b.text for b in (s.byline, s.tail.data["byline"] if s.tail else None) if b) or None
    if s.credit is not None:
        byline = f"{byline} {s.credit.text}" if byline else s.credit.text

    if s.continued_from is not None:
        kind = "continuation"
    elif (s.credit is not None or _picture_signed(s)) and (head is None or len(body) <= 300):
        kind = "photo"
    elif (any(h < s.first and all(units[k].kind != "head" or k in labels or units[k].data.get("bullet")
                                  for k in range(h + 1, s.first))
              for h in labels) or in_briefs or (head is not None and head.data.get("bullet"))) and len(body) <= 600:
        kind = "brief"
    elif kinds.is_notice(title):
        kind = "notice"
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
