"""Layout units → articles: boundaries, headline assignment, kickers, subtitles, kinds.

Boundaries come from layout only: a byline opens a story, a headline or a jump marker ends the one
before, a photo credit ends a caption, a wide gap (2+ blank lines) may start a caption. On
Markdown pages a `##` headline owns the story below it; on column pages headlines float (often
after their stories) and are matched to stories by `assign`.

`split_units` is a pipeline of passes: kickers, subtitles and slogans hung on headlines (here)
→ segments at layout boundaries (`boundaries`) → photo captions cut off (`captions`) → sub-
headings inside a story absorbed (`subheads`) → headlines matched to stories (`headmatch`,
cutting stories where a headline needs one: `headcuts`) → dropped lines listed → articles
(`story`).
"""
from __future__ import annotations

import re

from generator.ingest.split.stories import grouped
from generator.ingest.split.stories import kinds
from generator.ingest.split.boxes.briefitems import item_heads
from generator.ingest.split.boxes.briefs import take_bullet
from generator.ingest.split.stories.boundaries import merge_weak, segments
from generator.ingest.split.boxes.captions import split_photos
from generator.ingest.split.heads.headquotes import unquote_titles
from generator.ingest.split.boxes.noticeheads import notice_heads
from generator.ingest.split.stories.headmatch import Matching, column_heads, continuation_heads, leftover_heads, markdown_heads
from generator.ingest.split.units.items import Unit
from generator.ingest.split.result import Dropped, SplitResult
from generator.ingest.split.stories.story import page_result
from generator.ingest.split.boxes.briefphotos import split_brief_photos
from generator.ingest.split.stories.subheads import absorb_subheads
from generator.ingest.split.text.textutil import HAN, bigrams, ends_sentence, phrase_spaces

SUMS_UP = 3         # bigrams a headline shares at least with the text it heads…
MORE = 3            # …and this many times those it shares with the story above
ABOVE = 3           # units of the story above read
_SLOGAN = re.compile(rf"^[{HAN}]{{2,8}}(?:\s+[{HAN}]{{2,8}})+$")     # parallel phrases; one is a subtitle


def _next_real(units: list[Unit], i: int) -> int | None:
    """The first unit after `i` that is not a gap."""
    for j in range(i + 1, len(units)):
        if units[j].kind not in ("gap",):
            return j
    return None


_SENTENCES = re.compile(r"[。！？][”’」』]?(?=.*[\u4e00-\u9fff])")      # a finished sentence, then more


def _kicker_of_next(u: Unit, nxt: Unit | None) -> bool:
    """Attach `u` as a kicker (引题) when a headline follows it directly. A kicker is a phrase:
    a text of two sentences ('…揭幕。雕像的原型是…') is a paragraph, whatever follows it."""
    if nxt is not None and nxt.kind == "head" and not _SENTENCES.search(u.text.strip()):
        nxt.data.setdefault("kickers", []).append(u)
        u.kind = "used"
        return True
    return False


def _attach_minor(units: list[Unit], u: Unit, j: int | None, nxt: Unit | None, last_head: Unit | None,
                  dropped: list[Dropped]) -> bool:
    """A minor headline line `u` (the next real unit is `nxt`, at `j`): the kicker of the
    headline below, half of a kicker printed over two lines, or the subtitle or slogan of the
    headline above (True: marked 'used'); else it becomes a paragraph (False)."""
    if _kicker_of_next(u, nxt):
        return True
    after = _next_real(units, j) if j is not None else None
    if (last_head is None and nxt is not None and nxt.kind == "minor" and after is not None
            and units[after].kind == "head"):
        # a kicker printed over two lines: both phrases go to the headline below
        nxt.text = f"{u.text} {nxt.text}"
        nxt.lines = u.lines + nxt.lines
        nxt.data["raw"] = u.data.get("raw", [u.text]) + nxt.data.get("raw", [nxt.text])
        u.kind = "used"
        return True
    if last_head is not None:
        if u.text.startswith(("——", "──", "--")):
            last_head.data.setdefault("subtitles", []).append(u)
        elif _SLOGAN.match(u.text) or len(u.data.get("raw", [])) > 1:
            for raw, no in zip(u.data.get("raw", [u.text]), u.lines):
                dropped.append(Dropped("decoration", phrase_spaces(raw), no))
        else:
            last_head.data.setdefault("subtitles", []).append(u)
        u.kind = "used"
        return True
    u.kind = "head" if _heads_next_story(units, u, nxt) else "para"
    if u.kind == "head":
        take_bullet(u)
    return u.kind == "head"


def _heads_next_story(units: list[Unit], u: Unit, nxt: Unit | None) -> bool:
    """A minor headline line with no headline over or under it, over text that repeats its
    words: the headline of that text when the story above is closed — by its signature
    ('（作者单位：…）', '（记者 X）'), or by a finished sentence when the line shares few words
    with it (a sub-heading speaks of its own story)."""
    i = u.data.get("_idx")
    if i is None or nxt is None or nxt.kind != "para":
        return False
    above = [units[k] for k in range(i - 1, -1, -1) if units[k].kind != "gap"][:ABOVE]
    if not above or above[0].kind not in ("btail", "para"):
        return False
    g = bigrams(u.text)
    below = len(g & bigrams(nxt.text))
    if above[0].kind == "btail":
        return below >= SUMS_UP
    story = "".join(a.text for a in above if a.kind == "para")
    return ends_sentence(above[0].text) and below >= max(SUMS_UP, MORE * len(g & bigrams(story)))


def _attach_sub(u: Unit, nxt: Unit | None, last_head: Unit | None) -> bool:
    """A '——' subtitle line: the headline's above it, else the story's that opens right below
    it (True: marked 'used'); else it becomes a paragraph (False)."""
    if last_head is not None:
        last_head.data.setdefault("subtitles", []).append(u)
        u.kind = "used"
        return True
    if nxt is not None and nxt.kind in ("para", "bline"):
        nxt.data["subtitle"] = u.text
        u.kind = "used"
        return True
    u.kind = "para"
    return False


def _attach(units: list[Unit], md: bool, dropped: list[Dropped]) -> None:
    """Resolve kickers, subtitles and slogans around headlines; mark them 'used'."""
    last_head: Unit | None = None       # the head the current run of attachments follows
    for i, u in enumerate(units):
        if u.kind == "head":
            last_head = u
            continue
        if u.kind in ("gap",):
            continue
        j = _next_real(units, i)
        nxt = units[j] if j is not None else None
        if u.kind == "kickq":
            if _kicker_of_next(u, nxt):
                continue
            u.kind = "para"
        if u.kind == "minor" and _attach_minor(units, u, j, nxt, last_head, dropped):
            continue
        if u.kind == "sub" and _attach_sub(u, nxt, last_head):
            continue
        if u.kind not in ("used",):
            last_head = None


def _list_dropped(units: list[Unit], sections: list[int], dropped: list[Dropped]) -> None:
    """Section labels, page headers, the banners and slogans of head stacks and the bullets
    printed before headlines: listed as dropped lines."""
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
        for mark, no in u.data.get("decor", ()):      # a run-in head's closing '】'
            dropped.append(Dropped("decoration", mark, no))


def _grouped_page(units: list[Unit], segs: list) -> bool:
    """Does the page print its headlines together before or after all its stories?"""
    if not segs:
        return False
    heads = [i for i, u in enumerate(units) if u.kind == "head"]
    return bool(grouped.group_of(heads, segs, min(s.first for s in segs), max(s.last for s in segs)))


def split_units(units: list[Unit], md: bool) -> SplitResult:
    """A page's units → its articles, dropped lines and doubts: one call per pass."""
    dropped: list[Dropped] = []
    for i, u in enumerate(units):
        u.data["_idx"] = i
    _attach(units, md, dropped)
    segs = merge_weak(units, segments(units, dropped, md))
    segs = split_photos(segs, not md and _grouped_page(units, segs), md)
    segs = split_brief_photos(units, segs)
    segs = absorb_subheads(units, segs, md)
    heads = [i for i, u in enumerate(units) if u.kind == "head"]
    labels = [i for i in heads if kinds.is_brief_label(units[i].text)]
    sections = labels + [i for i in heads if kinds.is_section_label(units[i].text)]
    heads = [i for i in heads if i not in sections]
    ctx = Matching(units, segs, md, dropped)
    item_heads(units, segs, ctx.used)
    continuation_heads(ctx, heads)
    notice_heads(ctx, heads)
    if md:
        markdown_heads(ctx, heads)
    else:
        column_heads(ctx, heads)
    leftover_heads(ctx, heads)
    unquote_titles(segs)
    _list_dropped(units, sections, dropped)
    return page_result(units, segs, labels, dropped, ctx.doubts)
