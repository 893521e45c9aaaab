"""Two headlines printed one over the other, then the first story's text, then the second's.

pymupdf4llm orders blocks by position: two stories whose headlines stand side by side (or one
over the other in a narrow box) can come out as `# A` right over `# B`, then A's text, then B's.
The head stages then take A for B's kicker and give B A's text. What sorts it out is what the
text says: the opening under `# B` repeats A's words, and from some paragraph on the text
repeats B's. The rule: when a headline that stands bare (only blank lines before the next, or
its '——' subtitle and byline: those stay, and the next headline moves only when the paragraph right under it
speaks of the upper one) is a full headline (as long or longer than a kicker, in type no
smaller than the next) and the text under the next headline sums it up better than it sums
up that next headline, the next headline moves down to the paragraph where the text starts to
sum it up (or to the end of that text when none does); a short line printed right over the
next headline (its kicker or column label) moves with it. Lines are moved, never changed.
"""
from __future__ import annotations

from generator.ingest.split.authors import bylines
from generator.ingest.split.boxes.editornotes import is_editor_note
from generator.ingest.split.heads.headranks import set_smaller
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.text.textutil import SENTENCE_MARKS, bigrams, ends_text, nonspace

HEAD_MIN = 12          # characters: a shorter '#' line over a headline is its kicker
SHARED_MIN = 5         # bigrams of the headline found again in the text it sums up
SHARE = 0.4            # ... at least this part of the headline's bigrams
OPENING = 120          # characters right under B that must speak of A rather than of B
LEAD_MIN = 3           # bigrams of A found again in them
MIN_TEXT = 40          # characters of text on each side of the seam


def _heads(lines: list[Line]) -> list[int]:
    return [i for i, l in enumerate(lines) if l.kind == "heading"]


def _text(lines: list[Line], a: int, b: int) -> str:
    return "".join(nonspace(l.text) for l in lines[a:b] if l.kind == "text")


def _sums(head: set[str], text: str) -> int:
    return len(head & bigrams(text))


def _seam(lines: list[Line], a: int, b: int, end: int) -> int | None:
    """Where B's own text starts under `# B` (line b), the text up to there summing up `# A`
    (line a); `end` when all of it does; None when the opening does not sum up A."""
    ga, gb = bigrams(nonspace(lines[a].text)), bigrams(nonspace(lines[b].text))
    first = _text(lines, b + 1, end)[:OPENING]
    starts = [i for i in range(b + 1, end) if lines[i].kind == "text"
              and any(lines[j].kind == "text" and ends_text(lines[j].text) for j in range(b + 1, i))
              and ends_text(next(lines[j].text for j in range(i - 1, b, -1) if lines[j].kind == "text"))]
    if _sums(ga, first) < LEAD_MIN or _sums(ga, first) <= _sums(gb, first):
        # the text right under B speaks of B (or of neither) — unless B's own text opens
        # further down on a dateline lead
        return _lead_seam(lines, b, end, ga, gb, starts)
    best: tuple[tuple[int, int], int] | None = None
    for s in starts + [end]:
        opening, rest = _text(lines, b + 1, s), _text(lines, s, end)
        if len(opening) < MIN_TEXT or (s < end and len(rest) < MIN_TEXT):
            continue
        sa, sb = _sums(ga, opening), _sums(gb, opening)
        if sa < SHARED_MIN or sa < SHARE * len(ga) or sa <= sb:
            continue
        score = (sa - sb) + (_sums(gb, rest) - _sums(ga, rest) if s < end else 0)
        # (of seams the headlines place alike, the one whose two sides share fewest words:
        # a story's closing paragraph names what its opening did, '保肯…')
        key = (score, -len(bigrams(opening) & bigrams(rest)))
        if best is None or key > best[0]:
            best = (key, s)
    # (too few of A's words come again to place the seam by them: the one dateline lead may)
    return _lead_seam(lines, b, end, ga, gb, starts) if best is None else best[1]


LEAD_PEEK = 40         # characters of a paragraph read for the dateline lead that opens it


def _lead_seam(lines: list[Line], b: int, end: int, ga: set[str], gb: set[str],
               starts: list[int]) -> int | None:
    """Where B's own text starts when the words alone cannot tell: the one paragraph under B,
    after finished text, that opens on a dateline lead ('新华社广州7月23日电（记者 X）'), the
    text from it on summing up B more than A, the text above it leaning more to A. A lead opens a
    story; the text above it, under a bare headline over B, is the upper story's (a run-on
    printed with no lead of its own: '（上接第一版）')."""
    leads = [s for s in starts if bylines.parse_lead(_text(lines, s, end)[:LEAD_PEEK]) is not None]
    if len(leads) != 1:
        return None
    s = leads[0]
    opening, rest = _text(lines, b + 1, s), _text(lines, s, end)
    if len(opening) < MIN_TEXT or len(rest) < MIN_TEXT:
        return None
    if bylines.parse_lead(opening[:LEAD_PEEK]) is not None:
        return None        # the text under B opens on a lead of its own: a story, not a run-on
    def lean(text: str) -> float:
        # how much more of A's headline than of B's the text says (shares of each headline)
        return _sums(ga, text) / max(1, len(ga)) - _sums(gb, text) / max(1, len(gb))

    return s if _sums(gb, rest) >= SHARED_MIN and lean(rest) < 0 and lean(opening) > lean(rest) else None


def _opens_on(lines: list[Line], a: int, b: int) -> bool:
    """Does the first paragraph under headline b (to its first finished sentence) speak of
    headline a more than of b? With A's byline between the two, B is moved only then: a
    picture's caption under B is B's own."""
    para = []
    for l in lines[b + 1:]:
        if l.kind == "heading":
            break
        if l.kind == "text":
            para.append(nonspace(l.text))
            if ends_text(l.text):
                break
    first = "".join(para)
    ga, gb = bigrams(nonspace(lines[a].text)), bigrams(nonspace(lines[b].text))
    return _sums(ga, first) > _sums(gb, first)


SUB_MAX = 30           # characters of a subtitle line


def _subtitle_under(lines: list[Line], b: int, s: int) -> int:
    """The end (exclusive) of headline b with the subtitle printed right under it: a '——' line
    or a phrase standing alone, before the seam `s`. Nothing stands between the two headlines,
    so a subtitle printed under the lower one is its own, and it moves with it — unless the
    phrase opens the text under it (`mdblanks.opens_text`: the converter printed the upper
    story's first line alone), which stays."""
    from generator.ingest.split.classify.mdblanks import opens_text
    j = b + 1
    while j < s and lines[j].kind == "blank":
        j += 1
    if j >= s:
        return b + 1
    l = lines[j]
    t = nonspace(l.text)
    alone = lines[j - 1].kind == "blank" and (j + 1 >= len(lines) or lines[j + 1].kind == "blank")
    if l.kind == "sub" or (l.kind == "text" and alone and len(t) <= SUB_MAX and not ends_text(l.text)
                           and t[-1:] not in "：:，," and bylines.parse_lead(t) is None
                           and bylines.parse_standalone(t) is None and not opens_text(lines, j)):
        return j + 1
    return b + 1


KICKER_MAX = 12        # characters of a kicker or column label printed right over a headline


def _over_next(lines: list[Line], a: int, b: int) -> int | None:
    """Where headline b's stack starts when headline a stands bare over it: b itself, or the one
    short line printed right over b (its kicker or column label, which moves with it); None
    when other text stands between the two."""
    # (a's '——' subtitle and byline stay under it)
    rest = [i for i in range(a + 1, b) if lines[i].kind not in ("blank", "byline", "sub")]
    if not rest:
        return b
    k = rest[0]
    t = nonspace(lines[k].text)
    if (len(rest) == 1 and lines[k].kind == "text" and len(t) <= KICKER_MAX and not ends_text(t)
            and not SENTENCE_MARKS.search(t) and all(l.kind == "blank" for l in lines[k + 1:b])):
        return k
    return None


def swap_stacked_heads(lines: list[Line]) -> list[Line]:
    """`lines` with each headline printed right under a bare headline moved down to where its
    own text starts (Markdown-shaped pages only)."""
    heads = _heads(lines)
    for k in range(len(heads) - 1):
        a, b = heads[k], heads[k + 1]
        over = _over_next(lines, a, b)
        if over is None or len(nonspace(lines[a].text)) < HEAD_MIN:
            continue
        if any(l.kind == "byline" for l in lines[a + 1:b]) and not _opens_on(lines, a, b):
            continue
        if lines[a].data.get("rank", 1) > lines[b].data.get("rank", 1):
            continue
        end = heads[k + 2] if k + 2 < len(heads) else len(lines)
        s = _seam(lines, a, b, end)
        if s is None or (s == end and set_smaller(lines[a].data, lines[b].data)):
            continue        # (all the text sums up A, and B is set smaller: A's subtitle, not a
                            # story's headline printed out of place)
        if all(l.kind == "blank" or (l.kind == "text" and is_editor_note(l.text)) for l in lines[b + 1:s]):
            continue        # (only an editor's note, printed under the whole head stack, sums up A)
        while s > b + 1 and lines[s - 1].kind == "blank":
            s -= 1
        e = _subtitle_under(lines, b, s)
        lines = lines[:over] + lines[e:s] + [Line(lines[b].no, "", "blank")] + lines[over:e] + lines[s:]
        heads = _heads(lines)
    return lines
