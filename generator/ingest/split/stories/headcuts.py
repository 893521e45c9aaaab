"""Stories cut so that headlines get one each: headlines printed together solved as a group,
a leftover headline given the part of a story that speaks of it, and a kicker or subtitle that
is the headline of a story of its own."""
from __future__ import annotations


from generator.ingest.split.stories import grouped
from generator.ingest.split.units.items import Unit
from generator.ingest.split.text.textutil import bigrams
from generator.ingest.split.stories.boundaries import Segment

MIN_SPLIT_SHARED = 2


def solve_grouped(units: list[Unit], segs: list[Segment], group: list[int]) -> set[int]:
    """Headlines printed together above or below all the stories (`group`, unit indices in
    printed order) → the stories, in order, cut where one runs on into the next
    (`grouped.solve`). Sets the heads of the segments, inserts the stories cut out, returns
    the headlines used."""
    seq = [s for s in segs if s.head is None]
    plan = grouped.solve([units[h].text for h in group], seq)
    cuts: dict[int, list[tuple[int, int, int]]] = {}
    for i, n, k0, k1, others in plan:
        cuts.setdefault(n, []).append((k0, k1, i))
        for other in others:
            u = units[group[other]]
            if other > i:      # the title's plain subtitle, printed under it
                units[group[i]].data.setdefault("subtitles", []).append(u)
            else:              # its kicker, printed over it
                units[group[i]].data.setdefault("kickers", [])[0:0] = u.data.get("kickers", []) + [u]
            u.kind = "used"
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
    return {group[i] for i, _, _, _, _ in plan} | {group[o] for _, _, _, _, others in plan for o in others}


def _apart(hg: set[str], own: set[str], mine: set[str], other: set[str]) -> bool:
    """Do two headlines each speak of their own part of a text and not of the other's (two
    stories, not one story with a kicker or subtitle that repeats some of its words)?"""
    return len(hg & other) <= 1 and len(own & mine) <= 1 and len(own & other) >= MIN_SPLIT_SHARED


def split_for_head(units: list[Unit], segs: list[Segment], head: Unit, only: Segment | None = None,
                    strict: bool = False) -> bool:
    """Two stories printed one after the other with no byline or headline between them read as
    one; when a headline is left over, cut a story at a paragraph boundary (after a finished
    sentence) where the leftover headline and the story's own headline each share words with
    their own part (`strict`: and none with the other's part). Returns True when a cut was
    made (the new segment is inserted in `segs`). `only` limits the cut to one story."""
    from generator.ingest.split.text.textutil import ends_sentence
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


def stacked_heads_apart(units: list[Unit], segs: list[Segment]) -> None:
    """Column pages: two headlines printed tightly under two unsigned stories read as one
    headline with a kicker or plain subtitle, and the two stories as one. When a one-line
    kicker or subtitle of a headline printed under its story speaks of a later or earlier
    part of the story only, and the title only of the rest, each summarises a story of its
    own: the story is cut where the words of the one give way to the words of the other."""
    from generator.ingest.split.heads.headshape import kicker_shaped
    from generator.ingest.split.heads.headstacks import quotes_clause
    queue = list(segs)
    while queue:
        s = queue.pop(0)
        head = s.head
        if head is None or head.data.get("_idx", -1) <= s.last:
            continue                       # only a headline printed under its story
        for role in ("kickers", "subtitles"):
            for u in list(head.data.get(role, [])):
                if (len(u.lines) == 1 and not kicker_shaped(u.text) and not u.text.startswith(("——", "──", "--"))
                        and not quotes_clause(u.text, s.text())     # (a clause it quotes: its own line)
                        and split_for_head(units, segs, u, only=s, strict=True)):
                    head.data[role].remove(u)
                    u.kind = "head"
                    queue[:0] = [s, segs[segs.index(s) + 1]]    # each part may hold one more
