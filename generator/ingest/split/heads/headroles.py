"""Roles of the remaining blocks (headline, minor, pull-quote kicker or body), and the plan of a
head stack's lines decided by the story printed next to it."""
from __future__ import annotations

import re

from generator.ingest.split.heads.headstacks import OPEN_END, Plan, quotes_clause, balanced_wrap, starts_mid, cuts_word, open_end, kicker_or_sub, quoted_lines, short_rest, speaks_of
from generator.ingest.split.classify.columns import wide_head
from generator.ingest.split.heads.wideheads import page_indents, plain_block, short_block_head
from generator.ingest.split.units.reflow import overfull
from generator.ingest.split.text.textutil import BULLETS, SENTENCE_MARKS, bigrams, ends_text, printed_indent, squash_spaces, width
from generator.ingest.split.units.items import Item, text_before, starts_with_lead, next_is_body, story_column
from generator.ingest.split.heads.headshape import (headline_like, SUB_LINE, balanced, kicker_shaped, head_block_parts,
                                             is_head_block, quote_kicker_shape)
from generator.ingest.split.boxes.bullets import marker
from generator.ingest.split.heads.labelkickers import label_over_title
from generator.ingest.split.classify.lonelines import lone_line_over_opening
from generator.ingest.split.stories.cutheads import after_cut_head, one_line_over_head, sums_up_below
from generator.ingest.split.heads.titleends import three_plain_lines, title_over_plain_subtitle
from generator.ingest.split.heads.wrapcut import box_wrap


def roles(items: list[Item], fulls: dict[int, float | None], md: bool) -> None:
    heads_bullets = _head_bullets(items, fulls)
    blocks = [it for it in items if it.kind == "block"]
    indents = "" if md else "printed" if sum(
        printed_indent(l.text) for it in blocks for l in it.lines) >= PRINTED_INDENTS else "width" if page_indents(
        [[l.text for l in it.lines] for it in blocks], [[fulls.get(id(l)) for l in it.lines] for it in blocks]) else ""
    for k, item in enumerate(items):
        if item.kind != "block" or item.role:
            continue
        texts = [l.text for l in item.lines]
        prev = items[k - 1] if k else None
        prev_done = (prev is None or prev.kind != "block" or prev.role in ("head", "minor")
                     or ends_text(text_before(items, k)) or (not md and after_cut_head(items, k, fulls)))
        item.role = "body"
        if item.lines[0].data.get("after_marker"):
            continue           # text printed after （上接第N版） on its line goes on the story
        if not md and not prev_done and sums_up_below(items, k, fulls):
            item.role = "head"         # after a cut sentence, saying what the text under it says
            continue
        if not md and prev_done and wide_head(texts, fulls.get(id(item.lines[-1]))):
            item.role = "head"         # wider than the column, unpunctuated: set apart
            continue
        if not md and prev_done and short_block_head(texts, fulls.get(id(item.lines[0]))):
            item.role = "head"         # lines short of the column, unpunctuated: set apart
            continue
        if not md and prev_done and plain_block(texts) and _story_opens_after(items, k):
            item.role = "head"         # no sentence, between a story's end and the next's lead
            continue
        if not md and prev_done and lone_line_over_opening(items, k, fulls):
            item.role = "head"         # one line with no sentence over a paragraph's opening
            continue
        if not md and prev_done and (_title_over_sub(items, k) or _title_over_inner_sub(texts)):
            item.role = "head"         # a '——' subtitle set under it: a headline, commas or not
            continue
        if not md and (_under_label(items, k) or _narrow_box_under_label(items, k, fulls)):
            item.role = "head"         # the first item's headline, right under a box's label
            continue
        full = fulls.get(id(item.lines[0]))
        if not md and prev_done and _bullet_head(items, k, fulls, heads_bullets):
            # a bulleted line standing short of its column, set apart by a blank line: a brief
            # item's headline (a bulleted paragraph a column break cut fills the column, or
            # stops on a number or word the next line goes on with: '…演练9' / '月9日，…')
            item.role = "head"
            continue
        if not md and _quoting_line_under_head(items, k):
            item.role = "minor"        # a subtitle (or the kicker of the next title)
            continue
        if not (prev_done and (headline_like(texts) or is_head_block(texts))):
            continue
        if md:
            item.role = "minor"
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        body_next = next_is_body(items, k, fulls)
        full = fulls.get(id(item.lines[-1]))
        if (not body_next or full is None or width(squash_spaces(texts[-1])) <= full - 3.5
                or overfull(squash_spaces(texts[-1]), full) or _short_plain(texts, full, indents, _over_wide_head(items, k, fulls))):
            item.role = "head"         # short, or wider than the column: never a wrapped body line
    for k in range(len(items) - 2, -1, -1):
        if not md and one_line_over_head(items, k):
            items[k].role = "head"
    for k, item in enumerate(items):
        if item.kind == "block" and item.role == "body" and k + 1 < len(items):
            nxt = items[k + 1]
            prev = items[k - 1] if k else None
            prev_done = prev is None or prev.kind != "block" or ends_text(text_before(items, k))
            if (quote_kicker_shape([l.text for l in item.lines]) and prev_done
                    and (nxt.kind == "heading" or (nxt.kind == "block" and nxt.role == "head"))):
                item.role = "kickq"


PLAIN_SHORT = 1.0        # em: a line of Han characters this far short of its column…
INDENT = 2.0             # …past a paragraph's indent, when a first line may be that short
FILLS = 0.75             # em: a line this close to its column's measure fills it
PRINTED_INDENTS = 3      # lines opening on a printed indent: the page prints its paragraphs' indents


def _over_wide_head(items: list[Item], k: int, fulls: dict[int, float | None]) -> bool:
    """Is the block after item `k` set wider than its column (`wide_head`): a headline?"""
    nxt = items[k + 1] if k + 1 < len(items) else None
    return (nxt is not None and nxt.kind == "block"
            and wide_head([l.text for l in nxt.lines], fulls.get(id(nxt.lines[-1]))))


def _short_plain(texts: list[str], full: float, indents: str, over_head: bool = False) -> bool:
    """Is a one-line block all Han characters (no mark, digit or Latin letter, whose widths vary
    with the type) clearly short of its column? A wrapped line fills the column, and a
    paragraph's last line closes on a mark: such a line is set apart, a headline or its kicker.
    A paragraph's first line, which a column break may set apart, is short by its indent. On a
    page that prints its indents ('printed'), an unindented line is no first line; on one whose
    first lines stand short by the indent unprinted ('width'), a line that short may be one —
    not over a headline (`over_head`): a first line goes on into text; on any other page only a
    line shorter than a first line is set apart."""
    line = squash_spaces(texts[0].strip())
    if len(texts) != 1 or _HAN_ONLY.fullmatch(line) is None:
        return False
    short = full - width(line)
    if over_head and short >= -FILLS and not printed_indent(texts[0]):
        return True            # a full line alone over a headline set wider than the column: its kicker
    if indents == "printed" and not printed_indent(texts[0]):
        return short >= PLAIN_SHORT
    if indents == "width":
        return short >= PLAIN_SHORT and (abs(short - INDENT) > 0.5 or over_head)
    return short >= PLAIN_SHORT + INDENT or (short >= PLAIN_SHORT and over_head)


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]{4,}")


def _quoting_line_under_head(items: list[Item], k: int) -> bool:
    """Is block `k` one line set apart right under a headline that quotes a whole clause of the
    story above the headline or below it, without the clause's closing mark? Wrapped text
    carries a clause's mark on the line it ends, so such a line is the head stack's
    subtitle (or kicker), set on a line of its own, not the opening of a story."""
    item, prev = items[k], items[k - 1] if k else None
    if prev is None or prev.kind != "block" or prev.role != "head" or len(item.lines) != 1:
        return False
    line = squash_spaces(item.lines[0].text.strip())
    if not line or ends_text(line) or line[-1] in OPEN_END:
        return False
    above = story_text_near(items, k - 1, QUOTE_REACH).split("\n")[0]
    below = story_text_near(items, k, QUOTE_REACH).split("\n")[1]
    return quotes_clause(line, above) or quotes_clause(line, below)


SUB_TITLE_MAX = 50       # characters: the longest title a page wraps over lines


def _title_over_sub(items: list[Item], k: int) -> bool:
    """Is block `k` — 1–3 lines holding no sentence, after finished text — printed right over
    a '——' subtitle line? Only a title stands there, wrapped at its commas or filling the
    column."""
    nxt = items[k + 1] if k + 1 < len(items) else None
    texts = [squash_spaces(l.text.strip()) for l in items[k].lines]
    joined = "".join(texts)
    return (nxt is not None and nxt.kind == "sub" and len(texts) <= 3 and 4 <= len(joined) <= SUB_TITLE_MAX
            and not SENTENCE_MARKS.search(joined) and joined[-1:] not in OPEN_END
            and texts[0][:1] not in BULLETS and balanced(joined))


def _title_over_inner_sub(texts: list[str]) -> bool:
    """Is a block 1–3 lines holding no sentence over a '——' subtitle line, all with no blank
    line between? The subtitle says the lines over it are its title."""
    if not 2 <= len(texts) <= 4 or not SUB_LINE.match(texts[-1].strip()):
        return False
    rest = [squash_spaces(t.strip()) for t in texts[:-1]]
    joined = "".join(rest)
    return (not any(SUB_LINE.match(t) for t in rest) and 4 <= len(joined) <= SUB_TITLE_MAX
            and not SENTENCE_MARKS.search(joined + texts[-1]) and joined[-1:] not in OPEN_END
            and rest[0][:1] not in BULLETS and balanced(joined))


def _bullet_head(items: list[Item], k: int, fulls: dict[int, float | None], bullets: set[str],
                 wide: bool = False) -> bool:
    """Is block `k` one bulleted headline-like line set apart by a blank line, standing short of
    its column (`wide`: or over it; or, where the page already heads items with the same
    bullet, filling it)?"""
    texts = [l.text.strip() for l in items[k].lines]
    if len(texts) != 1 or texts[0][:1] not in BULLETS or not headline_like([texts[0][1:]]):
        return False
    if k + 1 >= len(items) or items[k + 1].blanks_before < 1:
        return False
    if texts[0][-1].isascii() and texts[0][-1].isalnum():
        return False
    full = fulls.get(id(items[k].lines[0]))
    w = width(squash_spaces(texts[0]))
    return full is None or w <= full - 2.0 or texts[0][0] in bullets or (wide and w > full + 0.5)


def _under_label(items: list[Item], k: int) -> bool:
    """Is block `k` one line of headline words right under a column label ('简讯', '短评'), a
    blank line after it? A label heads a box whose first item (or the commentary under it)
    opens with its headline; the text under a label fills the column over several lines."""
    texts = [l.text.strip() for l in items[k].lines]
    prev = items[k - 1] if k else None
    return (prev is not None and prev.kind == "header" and bool(prev.lines[0].data.get("label"))
            and len(texts) == 1 and headline_like(texts) and not SENTENCE_MARKS.search(texts[0])
            and k + 1 < len(items) and items[k + 1].blanks_before >= 1)


NARROW = 3.0             # em: lines this far short of the column are set in a box of their own
NARROW_LINES = 8         # lines of a headline a narrow box wraps


def _narrow_box_under_label(items: list[Item], k: int, fulls: dict[int, float | None]) -> bool:
    """Is block `k`, right under a column label ('快评'), a headline a narrow box wrapped over
    several lines: every line far short of the column, no sentence in it? Text under a label
    fills the column; a box narrower than it, holding no sentence, is the item's headline."""
    prev = items[k - 1] if k else None
    if prev is None or prev.kind != "header" or not prev.lines[0].data.get("label"):
        return False
    texts = [squash_spaces(l.text.strip()) for l in items[k].lines]
    full = fulls.get(id(items[k].lines[0]))
    joined = "".join(texts)
    return (full is not None and 2 <= len(texts) <= NARROW_LINES and k + 1 < len(items)
            and items[k + 1].blanks_before >= 1 and all(width(t) <= full - NARROW for t in texts)
            and 4 <= len(joined) <= SUB_TITLE_MAX and not SENTENCE_MARKS.search(joined)
            and joined[-1:] not in OPEN_END and texts[0][:1] not in BULLETS and balanced(joined))


def _head_bullets(items: list[Item], fulls: dict[int, float | None]) -> set[str]:
    """The bullets that open an item headline standing short of its column somewhere on the
    page: a brief box heads all its items alike, so a line the same bullet opens that fills the
    column is a headline too — as is the bulleted line right under a column label ('简讯'),
    which opens the box's first item."""
    out: set[str] = set()
    for k, it in enumerate(items):
        if it.kind != "block":
            continue
        mark = it.lines[0].text.strip()[:1]
        labelled = k > 0 and items[k - 1].kind == "header" and bool(items[k - 1].lines[0].data.get("label"))
        if _bullet_head(items, k, fulls, {mark} if labelled else set(), wide=True):
            out.add(mark)
    return out


def _story_opens_after(items: list[Item], k: int) -> bool:
    """Does a story open right after item `k` (a byline line, a column label, or a block
    opening with a dateline lead), maybe under a '——' subtitle line?"""
    j = k + 1
    if j < len(items) and items[j].kind == "sub":
        j += 1
    nxt = items[j] if j < len(items) else None
    return nxt is not None and (nxt.kind == "byline" or (nxt.kind == "block" and starts_with_lead(nxt))
                                or (nxt.kind == "header" and bool(nxt.lines[0].data.get("label"))))


def story_near(items: list[Item], k: int, reach: int = 600) -> set[str]:
    """Bigrams of the story text printed next to item `k`, before and after it: each side
    stops at another headline, a photo credit or jump marker, or where a story opens."""
    return bigrams(story_text_near(items, k, reach))


QUOTE_REACH = 4000       # characters: a kicker or subtitle may quote any part of its story


def story_text_near(items: list[Item], k: int, reach: int = 600) -> str:
    """The text of `story_near`: the side before, a newline, the side after."""
    text = ""
    for step in (-1, 1):
        j, got = k + step, ""
        while 0 <= j < len(items) and len(got) < reach:
            it = items[j]
            if it.kind == "block" and it.role not in ("", "body") and not (
                    len(it.lines) == 1 and marker(it.lines[0].text)):
                break          # (a bulleted one-line sub-heading does not end the story)
            if it.kind not in ("block", "byline", "header", "rheader") and not (step < 0 and it.kind == "to"):
                break          # (a story above may end on its '（下转…）' jump)
            lead = (it.kind == "byline" and not (step < 0 and _signs_text_above(items, j, k))
                    or (it.kind == "block" and starts_with_lead(it)))
            if step > 0 and lead and j > k + 1:
                break          # the next story
            if it.kind == "block":
                piece = "".join(l.text.strip() for l in it.lines)
                got = got + piece if step > 0 else piece + got
            if step < 0 and lead:
                break          # the story before opened here
            j += step
        text += squash_spaces(got[:reach] if step > 0 else got[-reach:]) + "\n"
    return text


def _signs_text_above(items: list[Item], j: int, k: int) -> bool:
    """Is byline item `j`, right over item `k` (a head stack) and right under story text, the
    signature closing that text ('文/图 X')? A story's opening byline stands under its headline
    or over its text, never between its text and a headline below: the text above is its story."""
    return (j == k - 1 and j > 0 and items[j - 1].kind == "block"
            and items[j - 1].role in ("", "body"))


LEAD_REACH = 120         # characters: the opening of a story, which its title summarises


def _leads_near(items: list[Item], k: int) -> set[str]:
    """Bigrams of the openings of the stories next to item `k`: the first paragraph after it,
    and the first paragraph of the story it ends (back to a lead, a headline or a byline;
    a bulleted one-line sub-heading does not end the story)."""
    text = ""
    n = k + 1
    while n < len(items) and items[n].kind in ("byline", "sub"):
        n += 1                 # the story opens under its byline
    if n < len(items) and items[n].kind == "block" and items[n].role in ("", "body"):
        text += "".join(l.text.strip() for l in items[n].lines)[:LEAD_REACH] + "\n"
    j, first = k - 1, None
    while j >= 0:
        it = items[j]
        if it.kind != "block":
            break
        if it.role not in ("", "body"):
            if len(it.lines) == 1 and marker(it.lines[0].text):
                j -= 1
                continue
            break
        first = it
        if starts_with_lead(it):
            break
        j -= 1
    if first is not None:
        text += "".join(l.text.strip() for l in first.lines)[:LEAD_REACH]
    return bigrams(squash_spaces(text))


def plain_stack_plan(items: list[Item], k: int, fulls: dict[int, float | None]) -> Plan | None:
    """Column pages: a headline whose title width alone read as several plain lines wrapped
    (the widest line first, no kicker above it) may be a kicker over its title or a title over
    a subtitle without '——'; the story next to it says so. A stack read as one headline whose
    first line is a column label (`labelkickers`) has that line as its kicker, the rest read
    alike."""
    texts = [l.text for l in items[k].lines]
    plan = _stack_plan_near(items, k, fulls, texts)
    if plan is not None or is_head_block(texts):
        return plan
    page_text = "".join(l.text for it in items if it.kind == "block" and it.role in ("", "body") for l in it.lines)
    if not label_over_title(texts, page_text):
        return None
    rest = _stack_plan_near(items, k, fulls, texts[1:])
    if rest is None:
        subs = [i for i in range(1, len(texts)) if SUB_LINE.match(texts[i].strip())]
        return Plan([], [0], [i for i in range(1, len(texts)) if i not in subs], subs, [])
    return Plan([], [0] + [i + 1 for i in rest.kickers], [i + 1 for i in rest.title], [i + 1 for i in rest.subs],
                [i + 1 for i in rest.slogans])


def _stack_plan_near(items: list[Item], k: int, fulls: dict[int, float | None], texts: list[str]) -> Plan | None:
    """The plan of head stack `texts` (the lines of item k, or its lower lines) from its shape
    and the story next to it."""
    if _plain_lines(texts) is None:
        return None
    near = [items[j].lines[0 if j > k else -1] for j in (k + 1, k - 1)
            if 0 <= j < len(items) and items[j].kind == "block" and items[j].role == "body"]
    full = story_column(near[0], fulls) if near else None
    plan = stack_plan(texts, story_near(items, k), _leads_near(items, k), full,
                      story_text_near(items, k, QUOTE_REACH))
    rest, subs = _plain_lines(texts)
    if plan is None and subs and not is_head_block(texts):
        plan = Plan([], [], rest, subs, [])      # one title (wrapped at its commas) over its subtitle
    return plan


KICKER_SHARE = 0.6       # a line this much narrower than the plain line under it is no wrap


def narrow_kicker(upper: str, lower: str, story: set[str]) -> bool:
    """Two plain lines over a '——' subtitle (so the lower line is no plain subtitle): is the
    upper one a kicker? A title wrapped in its box fills the box on every line but the last,
    so an upper line far narrower than the line under it, with no mark, word cut or even
    halves calling for a wrap, is a line of its own over the title."""
    u, l = squash_spaces(upper).strip(), squash_spaces(lower).strip()
    return (width(u) <= KICKER_SHARE * width(l) and not (open_end(u) or starts_mid(l) or cuts_word(u, l, story)
                                                        or balanced_wrap(u, l) or short_rest(u, l)))


def _plain_lines(texts: list[str]) -> tuple[list[int], list[int]] | None:
    """(plain lines, '——' lines) of a stack whose 2–3 plain lines come first; None otherwise."""
    subs = [i for i, t in enumerate(texts) if SUB_LINE.match(t.strip())]
    rest = [i for i in range(len(texts)) if i not in subs]
    if not 2 <= len(rest) <= 3 or rest != list(range(len(rest))):
        return None
    return rest, subs


def stack_plan(texts: list[str], story: set[str], lead: set[str], full: float | None,
               story_text: str = "") -> Plan | None:
    """The roles of a stack of 2–3 plain lines (then '——' lines) printed as one headline, from
    its shape and what each line says of the story (`story`: bigrams of the story next to it;
    `lead`: of its opening; `full`: the story's column width; `story_text`: the story itself).
    None: one headline, as printed."""
    parts = _plain_lines(texts)
    if parts is None:
        return None
    rest, subs = parts
    if all(open_end(texts[i]) for i in rest[:-1]):
        return Plan([], [], rest, subs, [])      # one headline broken at its commas
    if all(box_wrap(squash_spaces(texts[i]), squash_spaces(texts[i + 1])) for i in rest[:-1]):
        return Plan([], [], rest, subs, [])      # every break cuts a word, a number or a clause: a wrap
    quoted = quoted_lines([texts[i] for i in rest], story_text)
    if quoted is not None:
        a, b = quoted
        return Plan([], list(range(a)), list(range(a, b)), list(range(b, len(rest))) + subs, [])
    if not subs and (plan := title_over_plain_subtitle(texts, story)):
        return plan
    if not subs and (plan := three_plain_lines(texts, story, full)):
        return plan
    # an upper line that fills the column yet says nothing of the story's opening, over a line
    # that does (and no word cut across the line end), is no first half of a wrapped title
    # (the halves of a title summarise the news together) but a kicker speaking of a later
    # part of the story
    if (len(rest) == 2 and speaks_of(texts[0], lead) == 0 and speaks_of(texts[1], lead) >= 3
            and speaks_of(texts[0], story) >= 2 and not cuts_word(texts[0], texts[1], story)):
        return Plan([], [0], [1], list(range(2, len(texts))), [])
    if all(balanced_wrap(texts[i], texts[i + 1]) or starts_mid(texts[i + 1]) for i in rest[:-1]):
        return Plan([], [], rest, subs, [])      # even parts, or parts wrapped before a mark
    if (len(rest) == 3 and (open_end(texts[1]) or starts_mid(texts[2]))
            and not (open_end(texts[0]) or starts_mid(texts[1]) or balanced_wrap(texts[0], texts[1])
                     or cuts_word(texts[0], texts[1], story))):
        # the lower two lines are one headline broken where its sense breaks; the line over
        # them runs on into nothing: a kicker
        return Plan([], [0], [1, 2], subs, [])
    # a title summarises its story's opening: an upper line that speaks of the opening over a
    # lower one that says nothing of it (only of a later part) is the title over a plain
    # subtitle, whatever their widths — a kicker over a title speaks less of the news
    if (len(rest) == 2 and not kicker_shaped(texts[0]) and speaks_of(texts[0], lead) >= 3
            and speaks_of(texts[1], lead) == 0 and speaks_of(texts[1], story) >= 2):
        return Plan([], [], [0], list(range(1, len(texts))), [])
    if len(texts) > 1 and is_head_block(texts) and head_block_parts(texts)[0]:
        # a kicker found by width: a narrower upper line whose end cuts a word of the story in
        # two is rather the first half of a title wrapped over two balanced lines
        if len(rest) == 2 and not kicker_shaped(texts[0]) and cuts_word(texts[0], texts[1], story):
            return Plan([], [], [0, 1], list(range(2, len(texts))), [])
        return None
    if subs and len(rest) == 2 and narrow_kicker(texts[0], texts[1], story):
        return Plan([], [0], [1], subs, [])
    split = kicker_or_sub([texts[i] for i in rest], story, full)
    if split is None or (subs and split[1] < len(rest)):
        return None            # (a '——' subtitle under them: the plain lines are no subtitle)
    a, b = split
    return Plan([], list(range(a)), list(range(a, b)), list(range(b, len(texts))), [])
