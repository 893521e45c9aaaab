"""Splitters that cut headline lines out of text blocks on column pages: headlines printed
under their story, wider than the column, in tall stacks, over unsigned text or over a story's
byline lead. A stack taller than kicker / title / subtitle gets its roles from its story."""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.heads.headstacks import STACK_MAX, Plan, part_stack, plan_stack
from generator.ingest.split.heads.wideheads import head_runs, lone_runs, page_indents
from generator.ingest.split.classify.latinwrap import pushed_short
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.units.reflow import opens_paragraph, overfull
from generator.ingest.split.text.textutil import SENTENCE_MARKS, bigrams, ends_sentence, ends_text, squash_spaces, width
from generator.ingest.split.units.items import Item, text_before, next_is_body, story_column
from generator.ingest.split.heads.headshape import headline_like, SUB_LINE, line_heady, balanced, whole_quote, is_head_block
from generator.ingest.split.heads.headroles import QUOTE_REACH, story_near, story_text_near


def _done(texts: list[str], i: int) -> bool:
    """Does the text end finished just before line `i` (a sentence, or a signature or author
    note in brackets after one, which may have wrapped over the last lines)?"""
    return i > 0 and ends_text(squash_spaces("".join(t.strip() for t in texts[max(0, i - 4):i])))


def split_trailing_heads(items: list[Item], fulls: dict[int, float | None]) -> list[Item]:
    """Column pages print headlines right under the story they belong to, often with no blank
    line between: a block whose last 1–3 lines are headline-shaped (no sentence punctuation)
    right after a line that ends a sentence is cut there, the tail becoming a headline block.
    When ordinary text follows, a single tail line must also be visibly short, so that the
    first line of a paragraph broken by a column end is not taken for a headline."""
    out: list[Item] = []
    for k, item in enumerate(items):
        if item.kind != "block" or len(item.lines) < 2:
            out.append(item)
            continue
        stack = _stack_over_byline(items, k)
        if stack:
            cut = len(item.lines) - stack
            out.append(Item("block", item.lines[:cut], item.blanks_before))
            out.append(Item("block", item.lines[cut:-1], 0, role="head"))
            out.append(Item("sub", item.lines[-1:], 0))
            continue
        texts = [l.text for l in item.lines]
        cut = len(texts)
        while cut > 1 and len(texts) - cut < STACK_MAX and line_heady(texts[cut - 1]):
            cut -= 1
        while cut < len(texts) and not _done(texts, cut):
            cut += 1
        if cut >= len(texts) or cut == 0 or any(
                pushed_short(texts[j], texts[j + 1], fulls.get(id(item.lines[j]))) for j in range(cut, len(texts) - 1)):
            out.append(item)   # (a line a bracketed Latin gloss pushed short goes on: text)
            continue
        q = _quote_above(texts, cut, 0)
        run = texts[cut:]
        if next_is_body(items, k, fulls) and not SUB_LINE.match(run[-1].strip()):
            # the last line fills the column and text goes on after the blank: it is the first
            # line of a paragraph cut by a column end (after a sub-heading, maybe), no headline
            full = fulls.get(id(item.lines[-1]))
            if (full is None and len(run) == 1) or (full is not None and width(squash_spaces(run[-1])) > full - 3.5):
                out.append(item)
                continue
        if len(run) > 3 and not _wrapped_like(item.lines[cut:], story_column(item.lines[cut - 1], fulls)):
            # a stack taller than kicker / title / subtitle under its story: the story decides
            above = squash_spaces("".join(t.strip() for t in texts[:cut]))
            out.append(Item("block", item.lines[:cut], item.blanks_before))
            out += _stack_items(item.lines[cut:], bigrams(above), story_column(item.lines[cut - 1], fulls),
                                False, 0, above)
            continue
        if len(run) > 1 and not (is_head_block(run) or headline_like(run)
                                 or _short_lines(item.lines[cut:], story_column(item.lines[cut - 1], fulls))):
            out.append(item)
            continue
        out.append(Item("block", item.lines[:q], item.blanks_before))
        if q < cut:            # a pull quote printed above the headline is its kicker
            out.append(Item("block", item.lines[q:cut], 0, role="kickq"))
        out.append(Item("block", item.lines[cut:], 0, role="head"))
    return out


def split_wide_heads(items: list[Item], fulls: dict[int, float | None]) -> list[Item]:
    """Headline lines wider than the column inside a block (`wideheads.head_runs`) are cut out
    as head items; a stack of several lines gets its roles from the story next to it."""
    out: list[Item] = []
    blocks = [it for it in items if it.kind == "block" and not it.role]
    indents = page_indents([[l.text for l in it.lines] for it in blocks],
                           [[fulls.get(id(l)) for l in it.lines] for it in blocks])
    for k, item in enumerate(items):
        if item.kind != "block" or item.role:
            out.append(item)
            continue
        prev = out[-1] if out else None
        prev_done = prev is None or prev.kind != "block" or prev.role == "head" or ends_text(text_before(out, len(out)))
        texts, fs = [l.text for l in item.lines], [fulls.get(id(l)) for l in item.lines]
        runs = head_runs(texts, fs, prev_done)
        taken = {i for a, b in runs for i in range(a, b)}
        runs = sorted(runs + [r for r in lone_runs(texts, fs, prev_done, indents)
                              if not taken & set(range(r[0], r[1]))])
        runs = [r for r in runs if r != (0, len(texts))]      # a block all headline: judged whole
        if not runs:
            out.append(item)
            continue
        start, blanks = 0, item.blanks_before
        for a, b in runs:
            if a > start:
                out.append(Item("block", item.lines[start:a], blanks))
                blanks = 0
            if b - a == 1:
                out.append(Item("block", item.lines[a:b], blanks, role="head"))
            else:
                near = [l.text.strip() for l in item.lines[max(0, a - 20):a] + item.lines[b:b + 20]]
                story = squash_spaces("".join(near))
                out += _stack_items(item.lines[a:b], bigrams(story), fulls.get(id(item.lines[a])), False,
                                    blanks, story)
            blanks, start = 0, b
        if start < len(item.lines):
            out.append(Item("block", item.lines[start:], blanks))
    return out


def split_tall_blocks(items: list[Item], fulls: dict[int, float | None]) -> list[Item]:
    """A block that is all headline-like lines, 4–`STACK_MAX` of them, set apart after
    finished text (banner, two-line kicker, a title wrapped over two lines, subtitle): too
    tall for one head block, so the story next to it decides which line plays which role."""
    out: list[Item] = []
    for k, item in enumerate(items):
        texts = [l.text for l in item.lines]
        prev = out[-1] if out else None
        prev_done = prev is None or prev.kind != "block" or prev.role == "head" or ends_text(text_before(out, len(out)))
        near = next((x for x in items[k + 1:k + 3] if x.kind == "block"), items[k - 1] if k else None)
        full = story_column(near.lines[0], fulls) if near is not None and near.kind == "block" else None
        if (item.kind != "block" or item.role or not 4 <= len(texts) <= STACK_MAX or not prev_done
                or not all(line_heady(t) for t in texts) or not balanced("".join(texts))
                or _wrapped_like(item.lines, full)):
            out.append(item)
            continue
        top = all(x.kind in ("header", "rheader") for x in items[:k])
        out += _stack_items(item.lines, story_near(items, k), full, top, item.blanks_before,
                            story_text_near(items, k, QUOTE_REACH))
    return out


STACK_CHARS = 50          # the most a title wrapped over lines holds


def _stack_over_byline(items: list[Item], k: int) -> int:
    """A block ending on a '——' subtitle line right over a byline line of its own ('■记者 X'):
    a story's head stack stands there, after the finished text of the story above. The lines
    since that text — a title wrapped anywhere, at its commas too, filling the column or not —
    and the subtitle are cut off when they hold no sentence mark and no more than a title holds,
    and some line is no headline shape of its own (a title broken at its commas, or wrapped
    filling the column). Returns how many lines (0: none)."""
    nxt = items[k + 1] if k + 1 < len(items) else None
    texts = [l.text for l in items[k].lines]
    if nxt is None or nxt.kind != "byline" or not SUB_LINE.match(texts[-1].strip()):
        return 0
    for n in range(2, min(STACK_MAX, len(texts)) + 1):
        head = [squash_spaces(t.strip()) for t in texts[-n:-1]]
        if any(SENTENCE_MARKS.search(t) for t in head) or sum(map(len, head)) > STACK_CHARS:
            return 0
        if not balanced("".join(head)):
            continue           # a title wrapped inside its quotes closes them higher up
        if _done(texts, len(texts) - n):
            # (a stack of headline-shaped lines is read by the stack rules below)
            return 0 if all(line_heady(t) for t in texts[-n:]) else n
    return 0


def split_heads_before_paras(items: list[Item], fulls: dict[int, float | None]) -> list[Item]:
    """A headline (1–`STACK_MAX` lines) printed with no blank line over an unsigned text — a
    photo caption, a story without byline — after finished text: cut where the line after it
    opens a paragraph (indented, then a full line). The last line of the run stops well short
    of the column: wrapped text fills its column, and a paragraph never ends without
    punctuation, so such a line is set apart — and so are the unpunctuated lines over it, even
    when they fill the column (a title wrapped over two lines). When the run follows the story
    above, it may hold that story's headline (printed under it) over the label or headline of
    the story below: the words of each decide where it parts (`heads.part_stack`)."""
    out: list[Item] = []
    for k, item in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        # a column break right under the paragraph's first line: the next column goes on with it
        after = nxt.lines[0].text if nxt is not None and nxt.kind == "block" and not nxt.role else None
        if item.kind != "block" or item.role or len(item.lines) < (2 if after is not None else 3):
            out.append(item)
            continue
        prev = out[-1] if out else None
        prev_done = prev is None or prev.kind != "block" or prev.role == "head" or ends_text(text_before(out, len(out)))
        lines, start, blanks = item.lines, 0, item.blanks_before
        texts = [l.text for l in lines]
        for m in range(1, len(lines)):
            full = fulls.get(id(lines[m]))
            c = texts[m + 1] if m + 1 < len(lines) else after
            if full is None or c is None or not opens_paragraph(squash_spaces(texts[m]), squash_spaces(c), full):
                continue
            i = _head_run_start(texts, start, m, full, prev_done)
            if i is None:
                continue
            if i > start:
                out.append(Item("block", lines[start:i], blanks))
                blanks = 0
            above = bigrams(squash_spaces("".join(t.strip() for t in texts[max(start, i - 40):i]))) \
                if i > start else set()
            p = i + part_stack(texts[i:m], above, bigrams(_story_after(lines, m, 600)), full) if above else i
            for a, b in ((i, p), (p, m)):
                if a < b:
                    out.append(Item("block", lines[a:b], blanks, role="head"))
                    blanks = 0
            blanks, start = 0, m
        out.append(Item("block", lines[start:], blanks) if start else item)
    return out


def _short_lines(lines: list[Line], full: float | None) -> bool:
    """2–3 lines, none ending a sentence, each well short of the story's column: no wrapped
    text reads so (its lines fill the column), so a headline broken where its sense breaks
    ('…，' / '…') even when its clauses carry commas."""
    if full is None or not 2 <= len(lines) <= 3:
        return False
    texts = [squash_spaces(l.text.strip()) for l in lines]
    return (all(width(t) <= full - 3.5 for t in texts) and not any(ends_sentence(t) for t in texts)
            and len("".join(texts)) <= 60 and not re.search(r"[。；;]", "".join(texts)))


def _head_run_start(texts: list[str], start: int, m: int, full: float, prev_done: bool) -> int | None:
    """Where the run of headline lines ending just above line `m` starts: the line right above
    `m` stops well short of the column, the lines over it are headline-like (they may fill the
    column), and finished text (or the block's start after finished text) is right above the
    run. A line wider than the column is set apart as well: wrapped text never is. A run taller
    than kicker / title / subtitle whose lines fill the column is a paragraph wrapped over them
    (a long sentence ending in '！' reads line by line like headlines), as for the other tall
    stacks (`_wrapped_like`). The tallest such run of at most `STACK_MAX` lines; None when there
    is none."""
    best = None
    for i in range(m - 1, max(start, m - STACK_MAX) - 1, -1):
        t = squash_spaces(texts[i])
        if pushed_short(texts[i], texts[i + 1] if i + 1 < len(texts) else None, full):
            break              # a line a bracketed Latin gloss pushed short: text going on
        if not (line_heady(texts[i]) and balanced(texts[i])) or (
                width(t) > (full - 3.5 if i == m - 1 else full + 0.5) and not overfull(t, full)):
            break              # (a line wider than the column is set apart too)
        before_done = _done(texts, i) if i > start else (prev_done if start == 0 else False)
        run = texts[i:m]
        if before_done and (len(run) == 1 or is_head_block(run) or headline_like(run)
                            or (len(run) > 3 and all(line_heady(x) for x in run)
                                and not _wrapped_texts(run, full))):
            best = i
    return best


def _opens_story(lines: list[Line]) -> bool:
    """Do these lines begin with a dateline/byline lead (本报讯…, 新华社…电, 记者X报道：)?"""
    return bylines.parse_lead(squash_spaces("".join(l.text.strip() for l in lines[:3]))) is not None


def _quote_above(texts: list[str], i: int, lo: int) -> int:
    """Where a pull quote (1–3 lines, one quotation) printed right above line `i` starts, after
    a finished sentence; `i` when there is none. Never reaches `lo` (the quote must follow
    text)."""
    for q in range(i - 1, max(lo, i - 3) - 1, -1):
        if q - 1 < lo:
            break
        if whole_quote(squash_spaces("".join(t.strip() for t in texts[q:i]))) and \
                ends_sentence(squash_spaces(texts[q - 1])):
            return q
    return i


def _story_after(lines: list[Line], m: int, reach: int = 1500) -> str:
    """The text of the story that opens at line `m`: up to the next line opening a story."""
    text = squash_spaces(lines[m].text.strip())
    for n in range(m + 1, len(lines)):
        if len(text) >= reach or _opens_story(lines[n:n + 3]):
            break
        text += squash_spaces(lines[n].text.strip())
    return text


def _wrapped_like(lines: list[Line], full: float | None) -> bool:
    """Do these lines look like wrapped text of a story in a column `full` wide (two or more
    fill it) rather than a stack of headlines (set apart, each as long as its words)?"""
    return _wrapped_texts([l.text for l in lines], full)


def _wrapped_texts(texts: list[str], full: float | None) -> bool:
    """`_wrapped_like` on the printed texts of the lines."""
    return full is not None and sum(width(squash_spaces(t)) >= full - 1.0 for t in texts
                                    if not SUB_LINE.match(t.strip())) >= 2


def _stack_items(lines: list[Line], story: set[str], full: float | None, top: bool,
                 blanks: int, story_text: str = "") -> list[Item]:
    """A tall head stack → items: lines above its kickers (a banner at the top of the page,
    else headlines of their own), then one head item whose plan says the rest's roles."""
    plan = plan_stack([l.text for l in lines], story, full, story_text)
    out = [Item("block", [lines[a]], blanks if n == 0 else 0, role="banner" if top else "head")
           for n, a in enumerate(plan.above)]
    cut = len(plan.above)
    shift = lambda xs: [x - cut for x in xs]          # noqa: E731
    out.append(Item("block", lines[cut:], 0 if out else blanks, role="head",
                     plan=Plan([], shift(plan.kickers), shift(plan.title), shift(plan.subs),
                               shift(plan.slogans))))
    return out


def split_heads_before_leads(items: list[Item], role: str = "head",
                              fulls: dict[int, float | None] | None = None) -> list[Item]:
    """A headline block printed with no blank line around it, right before the byline lead of
    its story ('…隐患12处。/ 福海县开展冬季安全大检查 / 本报讯（记者…'), is cut out of the block:
    1–3 headline-shaped lines after a finished sentence (or at the block's start) and before a
    line that opens a story."""
    out: list[Item] = []
    for k, item in enumerate(items):
        if item.kind != "block" or len(item.lines) < 2:
            out.append(item)
            continue
        prev = items[k - 1] if k else None
        prev_done = prev is None or prev.kind != "block" or ends_text(text_before(items, k))
        lines, start, blanks = item.lines, 0, item.blanks_before
        m = 1
        while m < len(lines):
            if not _opens_story(lines[m:]) or (m + 1 < len(lines) and _opens_story(lines[m + 1:])):
                # (a dateline read loosely from the line above the one that opens the story —
                # '当上电商主播' + '新华社北京4月7日电' — is that line's: the story opens below)
                m += 1
                continue
            best = 0
            for r in range(1, (STACK_MAX if fulls is not None else 3) + 1):
                i = m - r
                if i < start:
                    break
                run = [l.text for l in lines[i:m]]
                if not line_heady(run[0]):
                    break
                if not balanced("".join(run)):
                    continue       # a headline wrapped inside its quotes closes them higher up
                before_done = _done([l.text for l in lines], i) if i > start else (
                    prev_done if start == 0 else True)
                if before_done and (r == 1 or is_head_block(run) or headline_like(run)
                                    or r > 3 and not _wrapped_like(lines[i:m], story_column(lines[m], fulls))):
                    best = r
            if best > 3:
                # a stack taller than kicker / title / subtitle: its story decides the roles
                i = m - best
                if i > start:
                    out.append(Item("block", lines[start:i], blanks))
                    blanks = 0
                text = _story_after(lines, m)
                top = start == 0 and all(x.kind in ("header", "rheader") for x in items[:k])
                out += _stack_items(lines[i:m], bigrams(text), story_column(lines[m], fulls), top, blanks,
                                    text)
                blanks, start = 0, m
            elif best:
                i = m - best
                q = _quote_above([l.text for l in lines], i, start)
                if q > start:
                    out.append(Item("block", lines[start:q], blanks))
                    blanks = 0
                if q < i:      # a pull quote printed above the headline is its kicker
                    out.append(Item("block", lines[q:i], blanks, role="kickq"))
                    blanks = 0
                out.append(Item("block", lines[i:m], blanks, role=role))
                blanks, start = 0, m
            m += 1
        out.append(Item("block", lines[start:], blanks) if start else item)
    return out
