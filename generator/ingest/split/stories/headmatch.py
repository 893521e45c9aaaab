"""Headlines → stories, pass by pass: continuations take the headline right above their jump
marker; on Markdown pages a headline owns the story right below it; on column pages headlines
printed together are solved as a group (`grouped`), kickers printed as headlines of their own go
to the headline under them (`stackedheads`), the rest are matched by overlap (`assign`); then
the headlines left over become kickers, column labels, headlines of a story cut in two, or
banners and decoration."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ingest.split.stories import grouped
from generator.ingest.split.stories import kinds
from generator.ingest.split.stories.assign import assign
from generator.ingest.split.stories.boundaries import TRANSPARENT, Segment, between_transparent
from generator.ingest.split.stories.headless import headless_owner
from generator.ingest.split.heads.headranks import outranks, title_over_subtitle
from generator.ingest.split.stories.headcuts import solve_grouped, split_for_head, stacked_heads_apart
from generator.ingest.split.heads.headstacks import quotes_clause
from generator.ingest.split.units.items import Unit
from generator.ingest.split.result import Dropped
from generator.ingest.split.heads.stackedheads import kickers_over_heads, stack_runs
from generator.ingest.split.text.textutil import HAN, bigrams, phrase_spaces, width


@dataclass
class Matching:
    """What the headline passes share: the page's units and stories, the headlines placed so
    far, the lines they drop and the page-level doubts they raise."""
    units: list[Unit]
    segs: list[Segment]
    md: bool
    dropped: list[Dropped]
    used: set[int] = field(default_factory=set)          # unit indices of the headlines placed
    doubts: list[str] = field(default_factory=list)

    def before(self, h: int, s: Segment) -> bool:
        """Is headline `h` printed right above story `s`?"""
        return h < s.first and between_transparent(self.units, h, s.first)

    def after(self, h: int, s: Segment) -> bool:
        """Is headline `h` printed right under story `s` (after its credit, jump or signature)?"""
        return h > s.last and all(self.units[k].kind in TRANSPARENT | {"credit", "to", "btail"}
                                  for k in range(s.last + 1, h))


def continuation_heads(ctx: Matching, heads: list[int]) -> None:
    """Continuations: a headline right above the jump marker, else the running header. On a
    column page whose headlines are printed together before all the stories, the one right
    above the marker is the last of the group, not the continuation's: the group is solved
    as a whole (`column_heads`)."""
    units, segs, used_heads, adjacent_before = ctx.units, ctx.segs, ctx.used, ctx.before
    group: set[int] = set()
    if not ctx.md and segs:
        group = set(grouped.group_of(heads, segs, min(s.first for s in segs), max(s.last for s in segs)))
    for s in segs:
        if s.continued_from is not None:
            h = next((h for h in heads if adjacent_before(h, s) and h not in group), None)
            if h is not None:
                s.head = units[h]
                used_heads.add(h)


def markdown_heads(ctx: Matching, heads: list[int]) -> None:
    """Markdown pages: a headline owns the story right below it."""
    units, segs, used_heads, adjacent_before = ctx.units, ctx.segs, ctx.used, ctx.before
    for h in heads:
        if h in used_heads:
            continue
        s = next((s for s in segs if s.head is None and adjacent_before(h, s)), None)
        if s is not None:
            s.head = units[h]
            used_heads.add(h)


def column_heads(ctx: Matching, heads: list[int]) -> None:
    """Column pages: headlines printed together, kickers printed as headlines, the rest by
    overlap; then kickers that are the headlines of headless stories, and stacked headlines
    that are two stories' own."""
    units, segs, used_heads = ctx.units, ctx.segs, ctx.used
    pool = [h for h in heads if h not in used_heads]
    if segs:
        labels = [i for i, u in enumerate(units) if u.kind == "head" and kinds.is_brief_label(u.text)]
        group = grouped.group_of(pool, segs, min(s.first for s in segs), max(s.last for s in segs), labels)
        if group:
            used_heads.update(solve_grouped(units, segs, group))
            pool = [h for h in pool if h not in used_heads]
    stacks = stack_runs(units, segs, pool)
    used_heads |= stacks
    pool = [h for h in pool if h not in stacks]
    kicks = kickers_over_heads(units, segs, pool, ctx.before)
    used_heads |= kicks
    pool = [h for h in pool if h not in kicks]
    _overlap_heads(ctx, pool)
    _kickers_to_headless(units, segs)
    stacked_heads_apart(units, segs)


def _overlap_heads(ctx: Matching, pool: list[int]) -> None:
    """The headlines of `pool` → the headless stories by the words they share (`assign`); a
    headline unit printed over several lines may be several headlines stacked."""
    units, segs, used_heads, dropped, page_doubts = ctx.units, ctx.segs, ctx.used, ctx.dropped, ctx.doubts
    adjacent_before, adjacent_after = ctx.before, ctx.after
    # a continued story takes the running header's title when the page prints one, else a
    # headline by overlap like any story (its headline may be grouped away from it)
    running_head = any(u.kind == "rheader" for u in units)
    bodies = [s for s in segs if s.head is None and (s.continued_from is None or not running_head)]
    penalty = [0.0 if s.credit is None else 1e6 for s in bodies]
    texts = [(s.byline.text if s.byline else "") + s.text() for s in bodies]
    # (a unit of two even halves printed right over a story is one headline a box wrapped)
    stacked = {h: units[h].data["raw"] for h in pool
               if _stacked(units[h]) and not _wrapped_in_a_word(units[h].data["raw"], texts)
               and not (_even_halves(units[h]) and any(adjacent_before(h, s) for s in bodies))}
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
        found: dict[int, list[tuple[str, int]]] = {}      # stacked head → (line, story) matched
        for m in trial:
            h, k = entries[m.head]
            if k is not None and m.shared >= 2:
                found.setdefault(h, []).append((stacked[h][k], m.body))
        keep = {h for h, lines in found.items() if len(lines) >= 2 and _each_its_own(lines, texts)}
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


def leftover_heads(ctx: Matching, heads: list[int]) -> None:
    """Leftover headlines: a kicker of the headline below, a banner at the top, else decoration."""
    units, segs, md, used_heads, dropped, page_doubts = ctx.units, ctx.segs, ctx.md, ctx.used, ctx.dropped, ctx.doubts
    adjacent_before = ctx.before
    first_line = min((min(p.lines[0] for p in s.paras) for s in segs if s.paras), default=10**9)
    for h in heads:
        if h in used_heads:
            continue
        nxt = next((k for k in range(h + 1, len(units)) if units[k].kind not in TRANSPARENT), None)
        prv = next((k for k in range(h - 1, -1, -1) if units[k].kind not in TRANSPARENT), None)
        u = units[h]
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
        under = prv is not None and all(units[k].kind in ("gap",) for k in range(prv + 1, h))
        if (not md and under and prv in used_heads and units[prv].kind == "head" and owner is not None
                and not u.data.get("kickers") and width(u.text) < width(units[prv].text)
                and _speaks_most_of_owner(u, units[prv], segs)):
            # a shorter line right under a placed headline, nothing but a gap between, that
            # speaks most of that headline's story: its subtitle — unless that story parts
            # cleanly into two stories of the two lines
            if not split_for_head(units, segs, u, strict=True):
                # with the '——' lines it had taken as its own subtitles, printed under it
                units[prv].data.setdefault("subtitles", []).extend([u] + u.data.pop("subtitles", []))
                u.kind = "used"
            used_heads.add(h)
            continue
        direct = nxt is not None and all(units[k].kind in ("gap", "header", "rheader") for k in range(h + 1, nxt))
        if not md and _column_label(units, segs, h, adjacent_before):
            used_heads.add(h)
            continue
        quoted = nxt is not None and _quotes_owner(u, units[nxt], segs)
        if (not md and direct and nxt is not None and nxt in used_heads and units[nxt].kind == "head"
                and not u.data.get("subtitles") and (width(u.text) < width(units[nxt].text) or quoted)
                and _speaks_most_of_owner(u, units[nxt], segs)):
            # a shorter line (or one quoting a clause of the story) printed right over a placed
            # headline, with nothing between, that speaks most of that headline's story: its
            # kicker — unless the story parts cleanly into two, each speaking only of its own
            # headline (two stories run together)
            if not quoted and split_for_head(units, segs, u, strict=True):
                used_heads.add(h)
            else:
                units[nxt].data.setdefault("kickers", [])[0:0] = u.data.get("kickers", []) + [u]
            continue
        if not md and u.lines[0] > first_line and split_for_head(units, segs, u):
            used_heads.add(h)
            continue
        if (md and direct and nxt is not None and nxt in used_heads and units[nxt].kind == "head"
                and outranks(u, units[nxt])):
            title_over_subtitle(u, units[nxt], segs)
            used_heads.add(h)
            continue
        if (not md or direct) and nxt is not None and nxt in used_heads and units[nxt].kind == "head":
            units[nxt].data.setdefault("kickers", [])[0:0] = u.data.get("kickers", []) + [u]
            for k in u.data.pop("subtitles", []):   # listed here, so not the story's subtitle too
                dropped.append(Dropped("decoration", k.text, k.lines[0]))
            continue
        kind = "banner" if u.lines[0] < first_line else "decoration"
        owner = headless_owner(u, segs) if not md and kind == "decoration" else None
        if owner is not None:
            owner.head = u
            used_heads.add(h)
            owner.doubts.append(f"headline '{u.text}' printed apart, matched to this story by its words")
            continue
        for k in u.data.get("kickers", []) + u.data.get("subtitles", []):
            dropped.append(Dropped(kind, k.text, k.lines[0]))
        dropped.append(Dropped(kind, u.text, u.lines[0]))
        if kind == "decoration":
            page_doubts.append(f"line {u.lines[0]}: headline-like line '{u.text}' matched no story; dropped")


def _quotes_owner(u: Unit, head: Unit, segs: list[Segment]) -> bool:
    """Does line `u` quote a clause of the story `head` heads (a kicker's words, no title's)?"""
    owner = next((s for s in segs if s.head is head), None)
    return owner is not None and quotes_clause(u.text, owner.text())


def _speaks_most_of_owner(u: Unit, head: Unit, segs: list[Segment]) -> bool:
    """Does line `u` share more words with the story `head` heads than with any other story?"""
    g = bigrams(u.text)
    owner = next((s for s in segs if s.head is head), None)
    if owner is None or not g:
        return False
    mine = len(g & bigrams(owner.text()))
    return mine >= 2 and all(len(g & bigrams(s.text())) < mine for s in segs if s is not owner)


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


def _kickers_to_headless(units: list[Unit], segs: list[Segment]) -> None:
    """Column pages: stories left without a headline may own a line that was read as the kicker
    of another headline because it was printed right above it with no blank line (two headlines
    stacked, the upper one narrower). Only plain lines qualify (a phrase with a gap or a pull
    quote is a real kicker); they are matched to the headless stories by overlap like headlines,
    and taken when they share words or sit right after the story."""
    from generator.ingest.split.heads.headshape import kicker_shaped
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
    from generator.ingest.split.heads.headshape import headline_like
    raw = u.data.get("raw") or []
    from generator.ingest.split.heads.headstacks import open_end, starts_mid
    if any(open_end(a) or starts_mid(b) for a, b in zip(raw, raw[1:])):
        return False           # one headline wrapped at a comma or before a mark
    return (2 <= len(raw) <= 3 and not u.data.get("kickers") and not u.data.get("subtitles")
            and all(headline_like([r]) for r in raw))


def _each_its_own(lines: list[tuple[str, int]], texts: list[str]) -> bool:
    """Does each line of a stacked headline share more words with the story it matched than
    with the story another line matched? Half of one wrapped title ('世界杯美国首战将' /
    '登场球迷热切期待') speaks of the same story as the other half, however the halves match."""
    grams = {b: bigrams(texts[b]) for _, b in lines}
    for line, own in lines:
        g = bigrams(line)
        if any(b != own and len(g & grams[b]) >= len(g & grams[own]) for _, b in lines):
            return False
    return True


def _wrapped_in_a_word(raw: list[str], texts: list[str]) -> bool:
    """Does a break between the lines of a headline unit fall inside words a story prints in
    one run ('…将尽一' / '切所能…', the story: '尽一切所能')? Then it is one headline wrapped,
    not headlines stacked: two headlines' words do not run on across the break in any text."""
    for a, b in zip(raw, raw[1:]):
        a, b = a.strip(), b.strip()
        spans = [x for x in (a[-2:] + b[:1], a[-1:] + b[:2]) if len(x) == 3 and re.fullmatch(f"[{HAN}]+", x)]
        if any(x in t for x in spans for t in texts):
            return True
    return False


def _even_halves(u: Unit) -> bool:
    """Two lines of the same length sharing no word: one headline a box wrapped in halves —
    or two headlines stacked that happen to be as long."""
    from generator.ingest.split.heads.headstacks import balanced_wrap
    raw = u.data.get("raw") or []
    return len(raw) == 2 and balanced_wrap(raw[0], raw[1])


def _title_over_kicker(title: str, kicker: str) -> bool:
    """Would `title`, printed right below `kicker`, be the real headline? Kickers are phrases
    (a gap inside, or quotes) and narrower than the title."""
    def shaped(t: str) -> bool:
        return bool(re.search(r"\S\s+\S", t.strip())) or t.strip()[:1] in "“\"「"
    if shaped(title):
        return False
    return shaped(kicker) or width(title) >= width(kicker) + 3
