"""A headline the extractor printed as several boxes, one headline again before the page-level
headline rules read it.

A narrow head box wraps a long headline over a few short lines; pdftotext may print each line
as a box of its own, set apart by blank lines, or the block stages may cut the stack where a
line ends on a clause mark ('；', '：'):

    (end of the story above, or the page's top, or a kicker)
    普京拒绝泽连斯基的直接对话邀请；
    美众议院通过对乌援助法案
    ——泽连斯基星期五在谈到普京的回应时说
    (blank)
    本报记者 谢兰萍

Read apart, no piece is a headline to `headbyline` (which reads the one block over the byline)
or `headoverlap` (whose pieces each share too few words with the story): the upper pieces stay
paragraphs of the story above, or stories of their own. Joined they are the headline the layout
says: short pieces holding no sentence, printed together after a story ended and right over the
story's byline line (or its lead byline) — nothing but a head stack stands there.
"""
from __future__ import annotations

from generator.ingest.split.heads.headoverlap import after_story_end, closing_over, opening_under, sums_up
from generator.ingest.split.units.items import Unit, real_unit
from generator.ingest.split.text.textutil import SUBTITLE_OPENING, SENTENCE_MARKS, CONTINUES, last_meaningful, nonspace, squash_spaces

PIECE_MAX = 24        # characters of one line of a head box
PIECE_LINES = 3       # lines of a piece, a '——' subtitle line under the last one aside
JOINED_MAX = 50       # characters of the whole headline (headbyline.HEAD_MAX)
_CLAUSE_END = "；;"   # a head line may end on a clause mark where the box wrapped it
_BEFORE_OK = ("header", "rheader", "credit", "btail", "to", "head", "minor")


def _piece(u: Unit, texts: dict[int, str]) -> bool:
    """A paragraph unit that could be a few lines of a head box: short lines, no sentence
    inside (a clause mark ending a line is where the box wrapped the headline)."""
    if u.kind != "para" or "byline" in u.data or u.data.get("bullet") or u.data.get("subhead"):
        return False
    lines = _title_lines(u, texts)
    if not lines or len(lines) > PIECE_LINES or squash_spaces("".join(lines)) != squash_spaces(_title_part(u, texts)):
        return False
    return (all(1 <= len(nonspace(t)) <= PIECE_MAX for t in lines) and len(nonspace("".join(lines))) >= 2
            and not any(SENTENCE_MARKS.search(t.rstrip(_CLAUSE_END)) for t in lines))


def _title_lines(u: Unit, texts: dict[int, str]) -> list[str]:
    """The unit's source lines, a '——' subtitle line it ends with aside (empty when one is not
    known)."""
    if not all(n in texts for n in u.lines):
        return []
    lines = [texts[n].strip() for n in u.lines]
    return lines[:-1] if len(lines) > 1 and _title_part(u, texts) != u.text else lines


def _title_part(u: Unit, texts: dict[int, str]) -> str:
    """A unit's text without a '——' subtitle line it ends with (`headbyline` cuts that off)."""
    last = squash_spaces(texts.get(u.lines[-1], "").strip()) if len(u.lines) > 1 else ""
    if last and SUBTITLE_OPENING.match(last) and u.text.endswith(last):
        return u.text[:len(u.text) - len(last)]
    return u.text


def _head_line(u: Unit) -> bool:
    """A short head unit the shape rules found, with nothing hung on it yet."""
    return (u.kind == "head" and len(u.lines) <= 2 and not u.data.get("bullet") and not u.data.get("kickers")
            and len(nonspace(u.text)) <= PIECE_MAX)


def _opens_story(units: list[Unit], b: int) -> bool:
    """Unit `b` (or the first after a '——' subtitle unit) opens a story: a byline line over
    story text, or a paragraph opening with a lead byline."""
    while units[b].kind == "sub":
        nb = real_unit(units, b, 1)
        if nb is None:
            return False
        b = nb
    u = units[b]
    if u.kind == "para":
        return "byline" in u.data
    if u.kind != "bline" or u.data.get("subtitle"):
        return False
    c = real_unit(units, b, 1)
    return c is not None and units[c].kind == "para"


def _sums_up_below(units: list[Unit], run: list[int], j: int, title: str) -> bool:
    """Does the joined text sum up the story text right under it (`headoverlap`'s test), more
    than the text above it?"""
    if units[j].kind != "para":
        return False
    return sums_up(title, opening_under(units, j - 1), closing_over(units, run[0]))


def join_head_pieces(units: list[Unit], lines: list) -> None:
    """Runs of two or more short paragraph units holding no sentence, printed after a story
    ended and right over a story's byline, → one paragraph unit (the head rules then read it
    as the headline), in place. A clause mark may end a piece, never the joined text's end."""
    texts = {l.no: l.text for l in lines if l.kind == "text"}
    out: list[Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        if not _piece(u, texts) or not after_story_end(units, i, _BEFORE_OK):
            out.append(u)
            i += 1
            continue
        run = [i]
        j = real_unit(units, i, 1)
        while j is not None and _piece(units[j], texts):
            run.append(j)
            j = real_unit(units, j, 1)
        pieces = [units[k] for k in run]
        joined = squash_spaces("".join(p.text.strip() for p in pieces))
        if (j is not None and _head_line(units[j]) and last_meaningful(joined) in CONTINUES
                and _title_part(pieces[-1], texts) == pieces[-1].text):
            # the last line was read as a headline by its shape: the pieces over it, the last
            # one ending on a mark that needs more, are its upper lines
            head = units[j]
            title = squash_spaces(joined + head.text)
            b = real_unit(units, j, 1)
            if (b is not None and len(nonspace(title)) <= JOINED_MAX
                    and (_opens_story(units, b) or _sums_up_below(units, run + [j], b, title))):
                out.append(Unit("head", title, [n for p in pieces for n in p.lines] + head.lines, dict(head.data)))
                i = j + 1
                continue
        title = squash_spaces("".join(p.text.strip() for p in pieces[:-1]) + _title_part(pieces[-1], texts))
        wrapped = any(t[-1:] in _CLAUSE_END for p in pieces for t in _title_lines(p, texts)[:-1])
        if ((len(run) < 2 and not wrapped) or j is None
                or not (_opens_story(units, j) or _sums_up_below(units, run, j, title)) or len(nonspace(title)) > JOINED_MAX
                or title.rstrip()[-1:] in _CLAUSE_END or any(SUBTITLE_OPENING.match(p.text) for p in pieces)
                or any(_title_part(p, texts) != p.text for p in pieces[:-1])):
            out.append(u)
            i += 1
            continue
        raw = [texts.get(n, "") for p in pieces for n in p.lines]
        out.append(Unit("para", joined, [n for p in pieces for n in p.lines],
                        {"raw": raw, "head_pieces": True}))
        i = run[-1] + 1
    units[:] = out
