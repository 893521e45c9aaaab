"""Column pages: a kicker printed as a headline block of its own, right over its title.

When the extraction sets a blank line between the lines of a head stack, the kicker (引题) comes
out as a headline of its own above the title, with nothing but blank lines between them. The
title stands right over its story; the kicker, shorter than the title, stands over the title —
a headline only ever stands over text — and it is the kicker of that title unless it speaks
more of the story above it (then it is that story's headline, printed under it).
"""
from __future__ import annotations

from generator.ingest.split.heads.headstacks import quotes_clause
from generator.ingest.split.text.textutil import bigrams, squash_spaces

GAPS = ("gap",)


def kickers_over_heads(units: list, segs: list, pool: list[int], adjacent_before) -> set[int]:
    """Heads of `pool` (unit indices) that are the kicker of the head right under them: attached
    to it as a kicker and marked used; returns them."""
    used: set[int] = set()
    pos = set(pool)
    for h1 in pool:
        h2 = next((k for k in range(h1 + 1, len(units)) if units[k].kind not in GAPS), None)
        if h2 is None or h2 not in pos or h2 in used or h1 in used:
            continue
        below = next((s for s in segs if s.head is None and adjacent_before(h2, s)), None)
        if below is None:
            continue
        u1, u2 = units[h1], units[h2]
        if u1.data.get("kickers") or u1.data.get("subtitles"):
            continue
        if len(squash_spaces(u1.text)) >= len(squash_spaces(u2.text)) and not (
                quotes_clause(u1.text, below.text()) and not quotes_clause(u2.text, below.text())):
            continue           # (a kicker is the shorter line, or the one quoting the story)
        above = next((s for s in segs if s.last < h1 and s.head is None
                      and all(units[k].kind in ("gap", "credit", "to", "btail") for k in range(s.last + 1, h1))), None)
        g1 = bigrams(squash_spaces(u1.text))
        if above is not None and len(g1 & bigrams(above.text())) > len(g1 & bigrams(below.text())):
            continue           # it speaks of the story above: that story's headline
        u2.data.setdefault("kickers", []).insert(0, u1)
        u1.kind = "used"
        u1.data["weighed"] = True      # against the story above: no headless story's to take
        used.add(h1)
    return used


def stack_runs(units: list, segs: list, pool: list[int]) -> set[int]:
    """Headline blocks printed one under another with only blank lines between, with stories
    both above and below the run: one head stack (a story's headline is printed once, and two
    stories' headlines never stand together inside a page's run of stories — groups at the
    page's edges are solved apart), set apart by blank lines over and under it. Two blocks: a '——' line, or a shorter one under, is the
    subtitle; a phrase-shaped or shorter one over is the kicker. Three: kicker, title,
    subtitle. Returns the blocks hung on a title (marked used)."""
    from generator.ingest.split.heads.headshape import kicker_shaped
    from generator.ingest.split.text.textutil import width
    pos = set(pool)
    starts = [s.first for s in segs]
    ends = [s.last for s in segs]
    used: set[int] = set()
    runs: list[list[int]] = []
    for h in pool:
        if runs and runs[-1][-1] < h and all(units[k].kind in GAPS for k in range(runs[-1][-1] + 1, h)):
            runs[-1].append(h)
        else:
            runs.append([h])
    for run in runs:
        if not 2 <= len(run) <= 3 or not all(h in pos for h in run):
            continue
        if not any(e < run[0] for e in ends) or not any(s > run[-1] for s in starts):
            continue                 # at the page's edge: a group of several stories' headlines
        if not (_apart(units, run[0], -1) and _apart(units, run[-1], 1)):
            continue                 # a stack stands apart: blank lines over and under it
        if any(units[h].data.get("kickers") or units[h].data.get("subtitles") for h in run):
            continue
        if _two_stories_heads(units, segs, run):
            continue
        texts = [squash_spaces(units[h].text) for h in run]
        near = "\n".join(s.text() for s in segs if s.last < run[0] or s.first > run[-1])
        quoted = [quotes_clause(t, near) for t in texts]
        if len(run) == 3:
            title = 1
        elif texts[1].startswith(("——", "──", "--")):
            title = 0
        elif texts[0].startswith(("——", "──", "--")):
            continue
        elif quoted[0] != quoted[1]:
            title = 1 if quoted[0] else 0      # a kicker or subtitle quotes the story; a title does not
        elif kicker_shaped(units[run[0]].text) or width(texts[0]) < width(texts[1]):
            title = 1
        else:
            title = 0
        head = units[run[title]]
        for n, h in enumerate(run):
            if n == title:
                continue
            units[h].kind = "used"
            units[h].data["weighed"] = True
            head.data.setdefault("kickers" if n < title else "subtitles", []).append(units[h])
            used.add(h)
    return used


def _two_stories_heads(units: list, segs: list, run: list[int]) -> bool:
    """Is the run the headline of the story above it, printed under its text, and then the
    headline of the story below, printed over its text? The upper block speaks of the story
    above more than of the one below, the lower block of the story below (at least `SHARED`
    words) more than of the one above: a page that prints some heads after their stories
    and others (a photo's, a commentary's) over them sets two such heads one under the
    other, and a kicker or subtitle speaks of its own title's story, never of another only."""
    above = max((s for s in segs if s.last < run[0]), key=lambda s: s.last, default=None)
    below = min((s for s in segs if s.first > run[-1]), key=lambda s: s.first, default=None)
    if above is None or below is None:
        return False
    a, b = bigrams(above.text()), bigrams(below.text())
    top, low = bigrams(squash_spaces(units[run[0]].text)), bigrams(squash_spaces(units[run[-1]].text))
    return len(top & a) > len(top & b) and len(low & b) >= SHARED and len(low & b) > len(low & a)


SHARED = 2          # bigrams the lower block shares at least with the story under it


def _apart(units: list, h: int, step: int) -> bool:
    """Is a blank line printed between unit `h` and its neighbour (`step` -1: above, 1: under)?"""
    j = h + step
    if not 0 <= j < len(units) or units[j].kind in GAPS:
        return True
    if not units[h].lines or not units[j].lines:
        return False
    return units[h].lines[0] - max(units[j].lines) > 1 if step < 0 else min(units[j].lines) - max(units[h].lines) > 1

