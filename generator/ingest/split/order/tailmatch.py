"""A story's closing paragraphs printed under another story's headline, given back by what they say.

A PDF→Markdown converter orders a page's text blocks by position: when a story's last paragraphs
stand in a column that the next story starts higher up, they come out after that story's text, and
a story continued from another page (its headline at the top, its text further down) can come out
with no text under its headline at all (the next headline's column label may stand under it:
that stays over the next one). Nothing in the layout marks the seam (the paragraph before
it ends a sentence, the one after it opens with an indent), but the words do: a story's
paragraphs speak of its own people, places and things, so the paragraphs after the seam share
many word pairs with the story they belong to and few with the one they were printed under.

The rule: for each story under a `#` headline and each paragraph start in it after its first
paragraph, the text from there to the story's end (its tail) is compared with the text before
(and the headline) and with each earlier story on the page: character bigrams the tail shares only
with the earlier story against those it shares only with its own opening. The tail moves (lines
moved, never changed) to the end of the earlier story when the earlier one wins by far; the seam
chosen is the one where it wins by most. Markdown-shaped pages only: plain column text has no
headline marks to tell the stories apart before the splitter runs.
"""
from __future__ import annotations

from generator.ingest.split.stories.kinds import is_brief_label, is_commentary_label
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.text.textutil import SENTENCE_MARKS, bigrams, ends_sentence, ends_text, nonspace

SHARED_MIN = 5        # bigrams of the bare headline found again in the text after the seam
SHARE = 0.4           # ... at least this part of the headline's bigrams
ABOVE = 2.0           # ... and this many times more than in the story's own text before the seam
KEEP = 0.8            # a seam's tail keeps this part of the best tail's shared bigrams
MIN_TAIL = 40         # characters: a shorter tail says too little
MIN_OPENING = 40      # characters of the story's own text before the seam


def _segments(lines: list[Line]) -> list[tuple[int, int]]:
    """(heading index, end) of each story under a `#` headline: its lines are heading+1 … end-1."""
    heads = [i for i, l in enumerate(lines) if l.kind == "heading"]
    return [(h, heads[k + 1] if k + 1 < len(heads) else len(lines)) for k, h in enumerate(heads)]


def _text(lines: list[Line], a: int, b: int) -> str:
    return "".join(nonspace(l.text) for l in lines[a:b] if l.kind == "text")


def _seams(lines: list[Line], h: int, end: int) -> list[int]:
    """Text lines of the story under heading h that open a paragraph (the text line before ends a
    sentence), after its first paragraph."""
    out: list[int] = []
    prev: int | None = None
    for i in range(h + 1, end):
        if lines[i].kind != "text":
            continue
        if prev is not None and ends_text(lines[prev].text):
            out.append(i)
        prev = i
    return out


def _bare(lines: list[Line], h: int, end: int) -> bool:
    """Does the headline at h stand with no text under it (only blank lines and a byline before the
    next, and at most the next one's column label right over it: '短评', '天山时评', '简讯')?"""
    rest = [i for i in range(h + 1, end) if lines[i].kind not in ("blank", "byline")]
    if not rest:
        # (a line marked a rank below the headline right under it is that one's kicker)
        return not (end < len(lines) and lines[h].data.get("rank", 1) > lines[end].data.get("rank", 1))
    k = rest[0]
    t = lines[k].text.strip()
    return (len(rest) == 1 and end < len(lines) and lines[k].kind == "text"
            and (is_commentary_label(t) or is_brief_label(t)) and not SENTENCE_MARKS.search(t)
            and all(l.kind == "blank" for l in lines[k + 1:end]))


def _best_tail(lines: list[Line], segs: list[tuple[int, int]], x: int) -> tuple[int, int] | None:
    """(story, seam) whose tail the bare headline of story x sums up best, if any does."""
    head = bigrams(nonspace(lines[segs[x][0]].text))
    found: list[tuple[int, int, int]] = []      # (shared, story, seam)
    for k in range(len(segs)):
        if k == x:
            continue
        h, end = segs[k]
        own_head = bigrams(nonspace(lines[h].text))
        for s in _seams(lines, h, end):
            tail = bigrams(_text(lines, s, end))
            opening = _text(lines, h + 1, s)
            if len(tail) < MIN_TAIL or len(opening) < MIN_OPENING:
                continue
            shared = len(head & tail)
            above = len(head & bigrams(opening))
            if (shared >= SHARED_MIN and shared >= SHARE * len(head) and shared >= ABOVE * above
                    and shared > len(own_head & tail)):
                found.append((shared, k, s))
    if not found:
        return None
    top, k, _ = max(found)
    # the seam: the last one whose tail still holds (nearly) all the words the headline sums up
    # (an earlier seam takes paragraphs of the story it was printed under along)
    return k, max(s for shared, kk, s in found if kk == k and shared >= KEEP * top)


def _tail_end(lines: list[Line], s: int, end: int) -> int:
    """Where the tail from seam s ends: after its last finished sentence and the jump marker or
    credit right under it — a kicker printed over the next headline stays with that headline."""
    last = max((i for i in range(s, end) if lines[i].kind == "text" and ends_text(lines[i].text)), default=s)
    last += 1
    while last < end and lines[last].kind in ("blank", "to", "credit", "byline"):
        last += 1
    while last - 1 > s and lines[last - 1].kind == "blank":
        last -= 1
    return last


def _first_paragraph_whole(tail: list[Line]) -> list[Line]:
    """The tail without the blank lines inside its first paragraph (the seam opened a paragraph
    of running text: under a bare headline, its first line cut before a Latin word would pass
    for a subtitle)."""
    end = next((k for k, l in enumerate(tail) if l.kind == "text" and ends_sentence(l.text)), None)
    if end is None:
        return tail
    return [l for k, l in enumerate(tail) if k > end or l.kind != "blank"]


def match_tails(lines: list[Line]) -> list[Line]:
    """`lines` with the text of each bare headline, found further down the page under another
    headline, moved under it (Markdown-shaped pages only)."""
    segs = _segments(lines)
    x = 0
    while x < len(segs):
        h, end = segs[x]
        found = _best_tail(lines, segs, x) if _bare(lines, h, end) else None
        if found is not None:
            k, s = found
            kend = _tail_end(lines, s, segs[k][1])
            tail = _first_paragraph_whole(lines[s:kend])
            rest = lines[:s] + lines[kend:]
            at = next(k for k, l in enumerate(rest) if l is lines[h]) + 1
            while at < len(rest) and rest[at].kind in ("blank", "byline"):
                at += 1
            # (a blank line under the tail too, when the next headline's column label follows)
            gap = [Line(lines[h].no, "", "blank")] if at < len(rest) and rest[at].kind == "text" else []
            lines = rest[:at] + [Line(lines[h].no, "", "blank")] + tail + gap + rest[at:]
            segs = _segments(lines)
        x += 1
    return lines
