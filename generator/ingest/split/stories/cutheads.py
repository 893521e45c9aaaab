"""Column pages: a head stack printed right after a column that stopped mid-sentence.

A PDF's plain-text extraction (pdftotext) reads a typeset page column by column. When a story's
column ends inside a sentence and the next column opens with another story's headline, the
headline follows the unfinished sentence and the story above goes on somewhere else on the page:

    华为技术有限公司就是一
    个典型案例。这家与中国政府
                                   ← the column ends here, mid-sentence
    我们将看看一旦检查员入境          ← kicker
                                   
    特朗普总统：伊朗将               ← title, wrapped in its box
    同意长期接受核检查

    唐纳德·特朗普(Donald            ← the other story

Column text that goes on across a break fills its column on every line, and a paragraph's last
line ends a sentence; so a block whose lines hold no sentence and stop short of the column (or
run over it), printed over a story's opening, is a headline even though the text above is
unfinished. `after_cut_head` says so for the block at `k`; the roles of `headroles` then treat
the text above as finished.
"""
from __future__ import annotations

from generator.ingest.split.authors import bylines
from generator.ingest.split.heads.headshape import SUB_LINE, headline_like, is_head_block
from generator.ingest.split.units.items import Item, starts_with_lead, text_before
from generator.ingest.split.text.textutil import (CONTINUES, SENTENCE_MARKS, bigrams, ends_text, last_meaningful,
                                             nonspace, squash_spaces, width)
from generator.ingest.split.heads.wideheads import over_column, plain_block

FILL = 1.0       # em: a line this close to its column fills it (wrapped column text)
OVER = 2.0       # em: a line this much wider than its column runs over it


def _fills(text: str, full: float | None) -> bool:
    t = squash_spaces(text.strip())
    return full is not None and width(t) >= full - FILL and not over_column(t, full)


def _heady(item: Item, fulls: dict[int, float | None], fill_ok: bool = False,
           wide_ok: bool = False) -> bool:
    """Lines a headline could be (no sentence, at most three) — none of them a line of column
    text unless `fill_ok` — or the block a '——' subtitle. `wide_ok`: lines running over the
    column may hold a comma (over a byline or lead, where the text above cannot go on)."""
    texts = [l.text for l in item.lines]
    if item.kind == "sub":
        return True
    if item.kind != "block" or not (headline_like(texts) or is_head_block(texts)
                                    or wide_ok and _over_column(item, fulls)):
        return False
    plain = [t for t in texts if not SUB_LINE.match(t.strip())]
    if not plain or not plain_block(plain):
        return False           # (no sentence, byline or credit; brackets closed)
    return fill_ok or all(SUB_LINE.match(t.strip()) or not _fills(l.text, fulls.get(id(l)))
                          for t, l in zip(texts, item.lines))


def _over_column(item: Item, fulls: dict[int, float | None]) -> bool:
    """1–3 lines, every one two characters or more wider than its column: a headline set in a
    box spanning columns, wrapped at a comma or not — column text never runs over its column
    on every line (a line with Latin letters or figures may seem to by a character, as their
    widths vary from font to font)."""
    def over(l) -> bool:
        full = fulls.get(id(l))
        return full is not None and width(squash_spaces(l.text.strip())) >= full + OVER
    return 1 <= len(item.lines) <= 3 and all(over(l) for l in item.lines)


def _opens_story(item: Item | None) -> bool:
    """A byline line, a '——' subtitle, or a block opening with a dateline lead."""
    if item is None:
        return False
    if item.kind in ("byline", "sub"):
        return True
    return item.kind == "block" and (starts_with_lead(item) or bylines.parse_standalone(
        squash_spaces(item.lines[0].text.strip())) is not None)


def _body(item: Item | None, fulls: dict[int, float | None]) -> bool:
    """Column text: a block of two lines or more, one of its lines after the first (which may
    be indented) filling its column."""
    return (item is not None and item.kind == "block" and len(item.lines) >= 2
            and not headline_like([l.text for l in item.lines])
            and any(_fills(l.text, fulls.get(id(l))) for l in item.lines[1:4]))


def after_cut_head(items: list[Item], k: int, fulls: dict[int, float | None]) -> bool:
    """Is block `k`, printed after an unfinished sentence, a headline (or its kicker) over a
    story's opening rather than the rest of that sentence? Its lines are no column text, and
    under it come a byline, a lead or column text — or one more such block over them."""
    item, prev = items[k], items[k - 1] if k else None
    if prev is None or prev.kind != "block" or prev.role != "body":
        return False
    if not _fills(prev.lines[-1].text, fulls.get(id(prev.lines[-1]))):
        return False           # (a column cut mid-sentence stops on a full line)
    nxt = items[k + 1] if k + 1 < len(items) else None
    after = items[k + 2] if k + 2 < len(items) else None
    if _heady(item, fulls, wide_ok=_opens_story(nxt)) and (_opens_story(nxt) or _body(nxt, fulls)):
        return True
    # over a headline that opens a story, a one-line kicker may fill the column: text going on
    # from the cut would not stop again after one line
    one = len(item.lines) == 1
    return (nxt is not None and _heady(item, fulls, fill_ok=one)
            and _heady(nxt, fulls, wide_ok=_opens_story(after)) and (_opens_story(after) or _body(after, fulls)))


HEAD_LINES = 6           # a narrow box may wrap a long headline over this many lines
HEAD_MIN, HEAD_MAX = 8, 50
OPENING = 300            # characters of the text under the block that a headline sums up
ABOVE_REACH = 8          # lines of the text above the block weighed against it
SHARE = 0.4              # part of the block's bigrams the text under it says again
SHARED_MIN = 5
ABOVE = 2.0              # how many times more it shares with the text under it than above


def _text_after(items: list[Item], k: int, reach: int = OPENING) -> str:
    """The text printed after item `k`: the blocks under it, over a column label, a byline or a
    '——' subtitle line, up to `reach` characters."""
    got = ""
    for it in items[k + 1:]:
        if it.kind in ("byline", "sub", "blank") or (it.kind == "header" and it.lines[0].data.get("label")):
            continue
        if it.kind != "block":
            break
        got += "".join(l.text.strip() for l in it.lines)
        if len(got) >= reach:
            break
    return squash_spaces(got)[:reach]


def sums_up_below(items: list[Item], k: int, fulls: dict[int, float | None]) -> bool:
    """Is block `k`, printed after text stopped mid-sentence, the headline of the story under
    it, told by its words? A headline set in larger type than the column (wrapped in a box
    wider or narrower than it, at a comma or mid-word, and its box's '——' subtitle) says in few
    words what the opening under it says at length; the rest of a sentence a column break cut
    shares few words with the text under it, and more with the text it goes on from. So a block
    of a few lines holding no sentence, not every line filling the column, most of whose bigrams
    the text under it (over a column label or byline) says again — clearly more than the text
    above does — heads that text."""
    item, prev = items[k], items[k - 1] if k else None
    if prev is None or prev.kind != "block" or prev.role != "body" or item.kind != "block":
        return False
    texts = [squash_spaces(l.text.strip()) for l in item.lines]
    while texts and SUB_LINE.match(texts[-1]):
        texts.pop()            # the box's '——' subtitle, under the headline
    head = "".join(texts)
    n = len(nonspace(head))
    if not texts or len(texts) > HEAD_LINES or not HEAD_MIN <= n <= HEAD_MAX:
        return False
    if SENTENCE_MARKS.search(head.rstrip("；;")) or last_meaningful(head) in CONTINUES:
        return False
    if any(SENTENCE_MARKS.search(t.rstrip("；;")) for t in texts):
        return False
    if all(_fills(l.text, fulls.get(id(l))) for l in item.lines[:len(texts)]):
        return False           # every line fills the column: column text a break set apart
    grams = bigrams(head)
    if not grams:
        return False
    below = len(grams & bigrams(_text_after(items, k)))
    above = len(grams & bigrams(text_before(items, k, ABOVE_REACH)))
    return below >= SHARED_MIN and below >= SHARE * len(grams) and below >= ABOVE * max(above, 1)


def one_line_over_head(items: list[Item], k: int) -> bool:
    """Is block `k` — one line with no sentence, printed after finished text, read as the first
    line of a paragraph only because the block under it seemed to go on from it — a kicker over
    a headline, now that the block under it is known to be one?"""
    item = items[k]
    nxt = items[k + 1] if k + 1 < len(items) else None
    if item.kind != "block" or item.role != "body" or len(item.lines) != 1 or nxt is None:
        return False
    if nxt.kind != "block" or nxt.role != "head":
        return False
    prev = items[k - 1] if k else None
    done = prev is None or prev.kind != "block" or ends_text(text_before(items, k))
    return done and headline_like([item.lines[0].text]) and plain_block([item.lines[0].text])
