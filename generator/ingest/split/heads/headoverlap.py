"""A headline the shape rules let pass as a paragraph, found by what the story under it says.

A narrow head box wraps a headline over several short lines, often at a comma
('副总统万斯与巴基斯坦、' / '卡塔尔和伊朗举行四方会谈'); with its commas and its length it fails
`headshape.headline_like`, and the block stages keep it as the first paragraph of the story
under it (whose title is then derived from the headline's own words) or as the last of the story
above. What gives it away is the text under it: a headline says in few words what the story's
opening says at length, so the two share many words — while a piece of a paragraph that a
column break set apart shares few with the paragraph after it, and ends no story before it.

The rule: a short block (a few lines, no sentence inside, ending on no mark that needs more),
printed after a story has ended (a finished sentence, a signature, a credit, the page furniture),
whose character bigrams are for the most part found again in the opening of the text right under
it, is a headline. So is such a block printed right under a one-line head unit that follows a
story's end, when the block shares more with the opening than that line does: the line is a
kicker or a column label ('星期一发表声明说', '时评') the shape rules took for the headline, and
it becomes the block's kicker.
"""
from __future__ import annotations


from generator.ingest.split.order.columnpieces import GOES_ON
from generator.ingest.split.units.items import Unit, real_unit
from generator.ingest.split.text.textutil import SENTENCE_MARKS, CONTINUES, bigrams, ends_text, last_meaningful, nonspace, squash_spaces

HEAD_MIN, HEAD_MAX = 8, 50     # characters of a headline wrapped over a few lines
HEAD_LINES = 6                 # a narrow box may wrap a long headline over this many lines
OPENING = 300                  # characters of the story's opening that a headline sums up
SHARE = 0.4                    # part of the headline's bigrams found again in that opening
SHARED_MIN = 5
ABOVE = 2.0                    # how many times more it shares with the text under it than above
KICKER_MAX = 16                # characters of a one-line kicker or column label over a headline
_ENDED = ("header", "rheader", "credit", "btail", "bline", "to")


def _candidate(u: Unit) -> bool:
    if u.kind != "para" or "byline" in u.data or u.data.get("bullet") or u.data.get("subhead"):
        return False
    raw = u.data.get("raw") or [u.text]
    text = squash_spaces(u.text)
    n = len(nonspace(text))
    if u.data.get("head_pieces"):      # boxes joined by `headpieces`: a clause mark may end a line
        return (len(raw) <= HEAD_LINES and HEAD_MIN <= n <= HEAD_MAX and last_meaningful(text) not in CONTINUES
                and not any(SENTENCE_MARKS.search(t.strip().rstrip("；;")) for t in raw))
    return (len(raw) <= HEAD_LINES and HEAD_MIN <= n <= HEAD_MAX and not SENTENCE_MARKS.search(text)
            and last_meaningful(text) not in CONTINUES)


def after_story_end(units: list[Unit], i: int, ended: tuple[str, ...] = _ENDED) -> bool:
    """Is unit `i` printed where a story has ended: first on the page, or after a unit of a
    kind in `ended` or a paragraph that finishes its text?"""
    j = real_unit(units, i, -1)
    if j is None:
        return True
    p = units[j]
    return p.kind in ended or (p.kind == "para" and ends_text(p.text))


def _under_headed_byline(units: list[Unit], i: int) -> bool:
    """Is unit `i` printed under a byline that is itself under a headline (its subtitle between)?
    That story has its headline: the text under its byline is its lead, which restates the
    headline as a lead does."""
    j = real_unit(units, i, -1)
    if j is None or units[j].kind != "bline":
        return False
    k = real_unit(units, j, -1)
    while k is not None and units[k].kind in ("sub", "minor"):
        k = real_unit(units, k, -1)
    return k is not None and units[k].kind == "head"


def opening_under(units: list[Unit], i: int) -> str:
    """The text of the paragraphs right under unit `i`, up to OPENING characters."""
    got, j = "", real_unit(units, i, 1)
    while j is not None and units[j].kind == "para" and len(got) < OPENING:
        got += units[j].text
        j = real_unit(units, j, 1)
    return got[:OPENING]


def closing_over(units: list[Unit], i: int) -> str:
    """The text of the paragraphs right above unit `i`, up to OPENING characters."""
    got, j = "", real_unit(units, i, -1)
    while j is not None and units[j].kind == "para" and len(got) < OPENING:
        got = units[j].text + got
        j = real_unit(units, j, -1)
    return got[-OPENING:]


def sums_up(head_text: str, opening: str, closing: str = "") -> bool:
    """Does a head sum up the text under it — and not as much the text above it? (A sub-heading
    inside a story speaks of what the paragraphs on both sides of it say.)"""
    head = bigrams(head_text)
    shared = len(head & bigrams(opening))
    above = len(head & bigrams(closing))
    return shared >= SHARED_MIN and shared >= SHARE * len(head) and shared >= ABOVE * above


def _head_block(u: Unit, texts: dict[int, str], goes_on: set[int]) -> tuple[str, int] | None:
    """The lines a paragraph unit opens with, up to the first blank line among its source lines
    (the reflow joined text across it, as it joins a sentence a column break cut), as one text,
    and how many lines — when the unit's text starts with them and goes on after them (and the
    line after the blank was not read as going on from them: `columnpieces`)."""
    nos = u.lines
    cut = next((k for k in range(1, min(len(nos), HEAD_LINES + 1)) if nos[k] > nos[k - 1] + 1), None)
    if cut is None or nos[cut] in goes_on or not all(n in texts for n in nos[:cut]):
        return None
    if texts[nos[0]].startswith("\u3000"):
        return None      # a paragraph's indent: its opening lines a column break set apart
    head = squash_spaces("".join(texts[n].strip() for n in nos[:cut]))
    return (head, cut) if u.text.startswith(head) and len(u.text) > len(head) else None


def _kicker_over(units: list[Unit], i: int) -> int | None:
    """The unit right over unit `i` when it is a one-line headline printed after a story ended:
    a kicker or a column label ('时评') that the shape rules took for the headline, the
    headline itself being read into the text under it."""
    j = real_unit(units, i, -1)
    if j is None or units[j].kind != "head" or len(units[j].lines) != 1 or units[j].data.get("kickers") \
            or units[j].data.get("bullet") or len(nonspace(units[j].text)) > KICKER_MAX:
        return None
    return j if after_story_end(units, j) else None


def _split_heads(units: list[Unit], texts: dict[int, str], goes_on: set[int]) -> None:
    """A paragraph unit that opens with a block of lines set apart by a blank and summing up
    the rest → a head unit, then the paragraph's rest. It may stand under a one-line head
    unit (`_kicker_over`), which is then its kicker: a headline sums up its story's opening
    as a kicker printed over it need not, so the block is the headline."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        if u.kind != "para" or "byline" in u.data or u.data.get("bullet"):
            out.append(u)
            continue
        kicker = None if after_story_end(units, i) else _kicker_over(units, i)
        if after_story_end(units, i) or kicker is not None:
            found = _head_block(u, texts, goes_on)
            if found is not None:
                head, cut = found
                closing = closing_over(units, i if kicker is None else kicker)
                opening = u.text[len(head):][:OPENING] if kicker is None else \
                    (u.text[len(head):] + opening_under(units, i))[:OPENING]
                if _candidate(Unit("para", head, [])) and sums_up(head, opening, closing) \
                        and (kicker is None or sums_up(head, opening, units[kicker].text)):
                    if kicker is not None:
                        units[kicker].kind = "minor"
                    out.append(Unit("head", head, u.lines[:cut]))
                    u.text = u.text[len(head):]
                    u.lines = u.lines[cut:]
        out.append(u)
    units[:] = out


def heads_by_overlap(units: list[Unit], lines: list | None = None, md: bool = False) -> None:
    """Paragraph units that sum up the text under them → 'head' units; a paragraph unit that
    opens with such a block of lines set apart by a blank → a head unit and the rest, in place
    (`lines`: the page's classified lines, to read a unit's own lines).
    Not on Markdown pages: their converter prints blank lines inside every paragraph
    (`mdblanks` reads those), so a blank there does not set a head apart."""
    if not md and lines:
        _split_heads(units, {l.no: l.text for l in lines if l.kind == "text"},
                     {l.no for l in lines if l.data.get(GOES_ON)})
    for i, u in enumerate(units):
        if not _candidate(u) or _under_headed_byline(units, i):
            continue
        kicker = None if after_story_end(units, i) else _kicker_over(units, i)
        if kicker is None and not after_story_end(units, i):
            continue
        nxt = real_unit(units, i, 1)
        if nxt is None or units[nxt].kind not in ("para", "bline"):
            continue
        opening = opening_under(units, nxt - 1 if units[nxt].kind == "para" else nxt)
        if sums_up(u.text, opening, closing_over(units, i if kicker is None else kicker)) \
                and (kicker is None or sums_up(u.text, opening, units[kicker].text)):
            u.kind = "head"
            u.text = squash_spaces(u.text)
            if kicker is not None:
                units[kicker].kind = "minor"
