"""Un-numbered sub-headings inside a story: a short head printed between two pieces of one story
(the words go on across it) becomes a paragraph of the joined story."""
from __future__ import annotations


from generator.ingest.split.heads.flatsubheads import is_subhead
from generator.ingest.split.units.items import Unit, is_brief_label_unit
from generator.ingest.split.stories.kinds import is_notice
from generator.ingest.split.text.textutil import squash_spaces
from generator.ingest.split.stories.boundaries import TRANSPARENT, Segment, between_transparent

SUBHEAD_MAX = 16         # characters: a sub-heading inside a story is a short phrase
SUBHEAD_LONG = 32        # … or up to this when its words tie it to its story (`flatsubheads`)


SUBHEAD_MIN_SHARED = 3   # bigrams the text on both sides of a sub-heading must share


def _subhead_between(units: list[Unit], h: int, a: Segment, b: Segment, tied: bool = False) -> bool:
    """Could head `h`, printed between stories `a` and `b`, be a sub-heading inside one story?
    It must be a bare short phrase (no kicker, subtitle or second line; a longer one of two lines
    when `tied`: its words say it belongs to the story), `a` must not have been closed
    (signature, credit, jump) and `b` must not open one (byline, 上接)."""
    u = units[h]
    most, lines = (SUBHEAD_LONG, 2) if tied else (SUBHEAD_MAX, 1)
    if (u.data.get("kickers") or u.data.get("subtitles") or len(u.data.get("raw", [u.text])) > lines
            or u.data.get("bullet") or u.data.get("item") or len(u.text.replace(" ", "")) > most):
        return False
    if a.tail is not None or a.credit is not None or a.continued_to is not None:
        return False
    if is_notice(u.text):
        return False           # a notice's title ('征稿启事', '更正') heads a piece of its own
    if _in_brief_box(units, h) or any(units[k].data.get("label") for k in range(a.last + 1, h)):
        return False           # (a column label, '时评', heads a story, never a sub-heading)
    if b.byline is not None or b.continued_from is not None or b.subtitle is not None:
        return False
    return between_transparent(units, a.last, h) and between_transparent(units, h, b.first)


def _in_brief_box(units: list[Unit], h: int) -> bool:
    """Is head `h` an item of a 简讯 box: printed after the box's label ('· 本地简讯 ·', '■短讯')
    with no page furniture or byline line between? A box's items are stories of their own,
    however much their words overlap."""
    for k in range(h - 1, -1, -1):
        u = units[k]
        if u.kind in ("header", "rheader", "bline"):
            return False
        if u.kind == "head" and is_brief_label_unit(u):
            return True
    return False


def _coheres(a_text: str, b_text: str, head: str, others: list[str]) -> bool:
    """Does `b` go on speaking of what `a` speaks of (the same people, places, things), more
    than of any story `others` that surely is another one (it has its own byline) — and is
    `head` not rather a summary of `a` (a headline printed after its story)?"""
    from generator.ingest.split.text.textutil import bigrams
    ga, gb, gh = bigrams(a_text), bigrams(b_text), bigrams(head)
    shared = len(ga & gb)
    if shared < SUBHEAD_MIN_SHARED or any(len(bigrams(o) & gb) >= shared for o in others):
        return False
    return len(gh & ga) <= max(1, len(gh & gb))


def absorb_subheads(units: list[Unit], segs: list[Segment], md: bool = False) -> list[Segment]:
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
            text = "\n".join(x.text() for x in pieces)
            # a short bare phrase, or a longer one whose words tie it to the story
            if len(h) == 1 and (_subhead_between(units, h[0], prev, s) or (
                    _subhead_between(units, h[0], prev, s, tied=True) and _tied(units, h[0], pieces, text, s, segs))):
                others = [x.text() for x in segs if x not in pieces and x is not s
                          and (x.byline is not None or x.continued_from is not None)]
                # (a heading over text closed by a photo credit heads a picture, never a section)
                lower = units[h[0]].data.get("rank", 9) > top and s.credit is None
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


def _tied(units: list[Unit], h: int, pieces: list[Segment], above: str, s: Segment,
          segs: list[Segment]) -> bool:
    """Do the words of head `h` tie it to the story whose `pieces` are printed above it, as
    `flatsubheads` reads a Markdown page: it repeats a clause of that story's headline, or names
    by the short name a person the story introduced in full, whom the paragraph under it names
    again without introducing? `above`: the text of those pieces."""
    if not s.paras:
        return False
    outer = _outer_head(units, pieces[0], pieces[-1], {h})
    title = units[outer].text if outer is not None else ""
    # the page outside the story: the stories above it, and those below that open on their own
    # (a byline, 上接); the pieces under `s` may be the same story's next sections
    k = segs.index(s)
    elsewhere = "\n".join(x.text() for i, x in enumerate(segs) if x not in pieces and (
        i < k or (i > k and (x.byline is not None or x.continued_from is not None))))
    return is_subhead(units[h].text, title, above, s.paras[0].text, elsewhere)


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
    return _outer_head(units, first, last, absorbed) is not None


def _outer_head(units: list[Unit], first: Segment, last: Segment, absorbed: set[int]) -> int | None:
    """The headline (not one of the `absorbed` sub-headings) printed right above the story's
    first piece or right under its last, if any."""
    for h, u in enumerate(units):
        if u.kind != "head" or h in absorbed:
            continue
        if h < first.first and between_transparent(units, h, first.first):
            return h
        if h > last.last and all(units[k].kind in TRANSPARENT | {"credit", "to", "btail"}
                                 for k in range(last.last + 1, h)):
            return h
    return None
