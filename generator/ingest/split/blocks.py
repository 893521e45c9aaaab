"""Classified lines → a reading-order list of layout units.

Text blocks (runs of non-blank lines) are judged as a whole: a short block without sentence
punctuation after a finished sentence is headline-like (a headline on column pages, a kicker,
subtitle or slogan on Markdown pages), a short quoted sentence right above a headline is a pull-
quote kicker, everything else is reflowed into paragraphs — re-joining paragraphs that a column
break cut mid-sentence. Paragraphs that open with a dateline byline carry it as data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.ingest.split import bylines
from generator.ingest.split.headstacks import (STACK_MAX, Plan, cuts_word, open_end, kicker_or_sub, part_stack, plan_stack, speaks_of)
from generator.ingest.split.columns import column_fulls, wide_head
from generator.ingest.split.wideheads import head_runs, lone_runs, page_indents, plain_block, short_block_head
from generator.ingest.split.lines import Line
from generator.ingest.split.reflow import (WRAPPED_MAX, Para, TextLine, continues_across_blank, join, opens_paragraph, overfull, reflow_block)
from generator.ingest.split.textutil import (BULLETS, CONTINUES, ENUMERATOR, bigrams, ends_sentence, ends_text, han_count, last_meaningful, nonspace, phrase_spaces, squash_spaces, width)


@dataclass
class Unit:
    kind: str          # head minor kickq sub bline btail para credit from to rheader header gap
    text: str
    lines: list[int]
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Item:
    kind: str                     # "block" or a Line kind
    lines: list[Line]
    blanks_before: int
    role: str = ""                # for blocks: head minor kickq body banner
    plan: Plan | None = None      # roles of the lines of a head stack, when decided by its story


# a question or answer of an interview: '记者：…？' '答：…' 'Q：…'
_SPEAKER = re.compile(r"^(?:本报记者|记者|主持人|问|答|[QA])\s*[：:]")


def headline_like(texts: list[str]) -> bool:
    """Short, no sentence punctuation, not a fragment, not numbered, not a dateline."""
    if not texts or len(texts) > 3:
        return False
    joined = squash_spaces("".join(t.strip() for t in texts))
    n = len(nonspace(joined))
    if n < 2 or n > (36 if len(texts) == 1 else 40) or han_count(joined) < 2:
        return False
    if re.search(r"[。；;]", joined) or last_meaningful(joined) in CONTINUES:
        return False
    if ENUMERATOR.match(joined) or bylines.parse_lead(joined) or _SPEAKER.match(joined):
        return False
    if bylines.parse_tail(joined) or bylines.parse_credit_line(joined):
        return False           # a signature '（文/图 X）' or a photo credit, never a headline
    if ends_sentence(joined):
        if joined[0] in "“\"‘「" or n > 24 or "，" in joined:
            return False
    commas = len(re.findall(r"[，,、]", joined))
    if commas > (1 if len(texts) == 1 and n <= 24 else 0):
        return False
    return True


_SUB_LINE = re.compile(r"^\s*(?:——|──|－－|--)\s*\S")


def _line_heady(text: str) -> bool:
    """One printed line that could belong to a headline block: a headline-like line or a
    '——' subtitle line."""
    t = text.strip()
    if _SUB_LINE.match(t):
        return 2 <= len(nonspace(t)) <= 50 and not re.search(r"[。；;]", t)
    return headline_like([t])


def _balanced(text: str) -> bool:
    """Quotes and brackets close on the line: a sentence wrapped over lines leaves one open."""
    return all(text.count(a) == text.count(b) for a, b in ("“”", "（）", "()", "《》", "「」"))


def _kicker_shaped(text: str) -> bool:
    """Kickers are set as phrases: a gap between two phrases or quotes around one."""
    t = text.strip()
    return bool(re.search(r"\S[ \t\u3000]+\S", t)) or _whole_quote(t)


def _whole_quote(text: str) -> bool:
    """A line that is one quotation ('“守护群众健康是我们的责任！”'): a pull-quote kicker."""
    t = text.strip()
    return (4 <= len(t) <= 48 and t[0] in "“\"「『" and t.rstrip("！？。!?")[-1:] in "”\"」』"
            and _balanced(t))


def head_block_parts(texts: list[str]) -> tuple[list[str], str, list[str]]:
    """A headline block printed as several lines → (kickers, title, subtitles).

    The order on the page is kicker, title, ——subtitle. The title is the widest line; lines
    above it are kickers, '——' lines are subtitles, and plain lines right after the title are
    the rest of a title that wrapped."""
    subs = [phrase_spaces(t) for t in texts if _SUB_LINE.match(t.strip())]
    rest = [t for t in texts if not _SUB_LINE.match(t.strip())]
    if not rest:
        return [], "", subs
    widths = [width(squash_spaces(t)) for t in rest]
    top = max(range(len(rest)), key=lambda k: (widths[k], -k))
    # a phrase-shaped line above a plain one is a kicker even when it is as wide
    if top == 0 and len(rest) > 1 and _kicker_shaped(rest[0]) and not _kicker_shaped(rest[1]):
        top = 1
    kickers = [phrase_spaces(t) for t in rest[:top]]
    title_lines = rest[top:]
    title = (phrase_spaces(title_lines[0]) if len(title_lines) == 1
             else squash_spaces("".join(t.strip() for t in title_lines)))
    return kickers, title, subs


def is_head_block(texts: list[str]) -> bool:
    """2–3 lines, each headline-like or a '——' subtitle, shaped like a block of kicker /
    title / subtitle rather than one sentence wrapped over lines."""
    quote = bool(texts) and _whole_quote(texts[0])      # a pull quote heads the block
    rest = texts[1:] if quote else texts
    if not 2 <= len(texts) <= 3 or not all(_line_heady(t) and _balanced(t) for t in rest):
        return False
    if any(re.search(r"[，,、]", t) for t in rest if not _SUB_LINE.match(t.strip())):
        return False           # commas: a sentence wrapped over lines
    if all(_SUB_LINE.match(t.strip()) for t in texts):
        return False
    if any(_SUB_LINE.match(t.strip()) for t in texts):
        return True
    kickers, _, _ = head_block_parts(texts)
    return bool(kickers) and (_kicker_shaped(texts[0]) or width(squash_spaces(texts[0])) + 2
                              <= max(width(squash_spaces(t)) for t in texts))


def _quote_kicker_shape(texts: list[str]) -> bool:
    joined = squash_spaces("".join(t.strip() for t in texts))
    return (len(texts) <= 3 and 4 <= len(joined) <= 48 and joined[0] in "“\"「"
            and joined.rstrip("！？。!?")[-1:] in "”\"」")


def _blank_unit(lines: list[Line]) -> int:
    """How many blank lines this page prints for one ordinary break: the commonest run between
    text (ties to the shorter). Some extractions double every blank line; a wide gap there is a
    run wider than that, not every run of two."""
    runs: dict[int, int] = {}
    n, seen_text = 0, False
    for line in lines:
        if line.kind == "blank":
            n += 1
            continue
        if n and seen_text:
            runs[n] = runs.get(n, 0) + 1
        n, seen_text = 0, True
    return max(runs, key=lambda r: (runs[r], -r)) if runs else 1


def _items(lines: list[Line]) -> list[_Item]:
    items: list[_Item] = []
    blanks, unit = 0, _blank_unit(lines)
    for line in lines:
        if line.kind == "blank":
            blanks += 1
            continue
        if line.kind == "text" and items and items[-1].kind == "block" and blanks == 0:
            items[-1].lines.append(line)
        else:
            items.append(_Item("block" if line.kind == "text" else line.kind, [line], -(-blanks // unit)))
        blanks = 0
    return items


def _fulls(lines: list[Line]) -> dict[int, float | None]:
    text_lines = [l for l in lines if l.kind == "text"]
    # a line of column text: it wraps into the next line of its block, or its block is taller
    # than a headline (the last line of a paragraph a column break cut may fill the column)
    size, run = {}, []
    for l in lines + [Line(0, "", "blank")]:
        if l.kind == "text":
            run.append(l)
            continue
        for x in run:
            size[id(x)] = len(run)
        run = []
    wrapped = [(k + 1 < len(lines) and lines[k + 1].kind == "text") or size[id(l)] > 3
               for k, l in enumerate(lines) if l.kind == "text"]
    widths = column_fulls([l.text for l in text_lines], wrapped)
    return {id(l): w for l, w in zip(text_lines, widths)}


def _done(texts: list[str], i: int) -> bool:
    """Does the text end finished just before line `i` (a sentence, or a signature or author
    note in brackets after one, which may have wrapped over the last lines)?"""
    return i > 0 and ends_text(squash_spaces("".join(t.strip() for t in texts[max(0, i - 4):i])))


def _text_before(seq: list[_Item], k: int, reach: int = 4) -> str:
    """The text printed just before item `k`: the last lines of the block before it, reaching
    back over a column break into the text blocks before that — enough lines to hold a note
    ('（作者单位：…）') whose end a column break set apart."""
    got: list[str] = []
    for j in range(k - 1, -1, -1):
        it = seq[j]
        if it.kind != "block" or (got and it.role not in ("", "body")):
            break
        got[:0] = [l.text.strip() for l in it.lines[-(reach - len(got)):]]
        if len(got) >= reach:
            break
    return squash_spaces("".join(got))


def _starts_with_lead(item: _Item) -> bool:
    return bylines.parse_lead(squash_spaces("".join(l.text.strip() for l in item.lines[:3]))) is not None


def _next_is_body(items: list[_Item], k: int, fulls: dict[int, float | None]) -> bool:
    """Is the item after `k` story text? A short fragment counts when its line fills the column
    (it goes on from a paragraph cut by a column end; a headline is set apart)."""
    nxt = items[k + 1] if k + 1 < len(items) else None
    if nxt is None or nxt.kind != "block" or _starts_with_lead(nxt):
        return False
    if not headline_like([l.text for l in nxt.lines]):
        return True
    full = fulls.get(id(nxt.lines[0]))
    return full is not None and width(squash_spaces(nxt.lines[0].text)) >= full - 1.0


def _split_trailing_heads(items: list[_Item], fulls: dict[int, float | None]) -> list[_Item]:
    """Column pages print headlines right under the story they belong to, often with no blank
    line between: a block whose last 1–3 lines are headline-shaped (no sentence punctuation)
    right after a line that ends a sentence is cut there, the tail becoming a headline block.
    When ordinary text follows, a single tail line must also be visibly short, so that the
    first line of a paragraph broken by a column end is not taken for a headline."""
    out: list[_Item] = []
    for k, item in enumerate(items):
        if item.kind != "block" or len(item.lines) < 2:
            out.append(item)
            continue
        texts = [l.text for l in item.lines]
        cut = len(texts)
        while cut > 1 and len(texts) - cut < STACK_MAX and _line_heady(texts[cut - 1]):
            cut -= 1
        while cut < len(texts) and not _done(texts, cut):
            cut += 1
        if cut >= len(texts) or cut == 0:
            out.append(item)
            continue
        q = _quote_above(texts, cut, 0)
        run = texts[cut:]
        if _next_is_body(items, k, fulls) and not _SUB_LINE.match(run[-1].strip()):
            # the last line fills the column and text goes on after the blank: it is the first
            # line of a paragraph cut by a column end (after a sub-heading, maybe), no headline
            full = fulls.get(id(item.lines[-1]))
            if (full is None and len(run) == 1) or (full is not None and width(squash_spaces(run[-1])) > full - 3.5):
                out.append(item)
                continue
        if len(run) > 3 and not _wrapped_like(item.lines[cut:], _story_column(item.lines[cut - 1], fulls)):
            # a stack taller than kicker / title / subtitle under its story: the story decides
            story = bigrams(squash_spaces("".join(t.strip() for t in texts[:cut])))
            out.append(_Item("block", item.lines[:cut], item.blanks_before))
            out += _stack_items(item.lines[cut:], story, _story_column(item.lines[cut - 1], fulls), False, 0)
            continue
        if len(run) > 1 and not (is_head_block(run) or headline_like(run)):
            out.append(item)
            continue
        out.append(_Item("block", item.lines[:q], item.blanks_before))
        if q < cut:            # a pull quote printed above the headline is its kicker
            out.append(_Item("block", item.lines[q:cut], 0, role="kickq"))
        out.append(_Item("block", item.lines[cut:], 0, role="head"))
    return out


def _split_wide_heads(items: list[_Item], fulls: dict[int, float | None]) -> list[_Item]:
    """Headline lines wider than the column inside a block (`wideheads.head_runs`) are cut out
    as head items; a stack of several lines gets its roles from the story next to it."""
    out: list[_Item] = []
    blocks = [it for it in items if it.kind == "block" and not it.role]
    indents = page_indents([[l.text for l in it.lines] for it in blocks],
                           [[fulls.get(id(l)) for l in it.lines] for it in blocks])
    for k, item in enumerate(items):
        if item.kind != "block" or item.role:
            out.append(item)
            continue
        prev = out[-1] if out else None
        prev_done = prev is None or prev.kind != "block" or prev.role == "head" or ends_text(_text_before(out, len(out)))
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
                out.append(_Item("block", item.lines[start:a], blanks))
                blanks = 0
            if b - a == 1:
                out.append(_Item("block", item.lines[a:b], blanks, role="head"))
            else:
                near = [l.text.strip() for l in item.lines[max(0, a - 20):a] + item.lines[b:b + 20]]
                story = bigrams(squash_spaces("".join(near)))
                out += _stack_items(item.lines[a:b], story, fulls.get(id(item.lines[a])), False, blanks)
            blanks, start = 0, b
        if start < len(item.lines):
            out.append(_Item("block", item.lines[start:], blanks))
    return out


def _split_tall_blocks(items: list[_Item], fulls: dict[int, float | None]) -> list[_Item]:
    """A block that is all headline-like lines, 4–`STACK_MAX` of them, set apart after
    finished text (banner, two-line kicker, a title wrapped over two lines, subtitle): too
    tall for one head block, so the story next to it decides which line plays which role."""
    out: list[_Item] = []
    for k, item in enumerate(items):
        texts = [l.text for l in item.lines]
        prev = out[-1] if out else None
        prev_done = prev is None or prev.kind != "block" or prev.role == "head" or ends_text(_text_before(out, len(out)))
        near = next((x for x in items[k + 1:k + 3] if x.kind == "block"), items[k - 1] if k else None)
        full = _story_column(near.lines[0], fulls) if near is not None and near.kind == "block" else None
        if (item.kind != "block" or item.role or not 4 <= len(texts) <= STACK_MAX or not prev_done
                or not all(_line_heady(t) and _balanced(t) for t in texts) or _wrapped_like(item.lines, full)):
            out.append(item)
            continue
        top = all(x.kind in ("header", "rheader") for x in items[:k])
        out += _stack_items(item.lines, _story_near(items, k), full, top, item.blanks_before)
    return out


def _split_heads_before_paras(items: list[_Item], fulls: dict[int, float | None]) -> list[_Item]:
    """A headline (1–`STACK_MAX` lines) printed with no blank line over an unsigned text — a
    photo caption, a story without byline — after finished text: cut where the line after it
    opens a paragraph (indented, then a full line). The last line of the run stops well short
    of the column: wrapped text fills its column, and a paragraph never ends without
    punctuation, so such a line is set apart — and so are the unpunctuated lines over it, even
    when they fill the column (a title wrapped over two lines). When the run follows the story
    above, it may hold that story's headline (printed under it) over the label or headline of
    the story below: the words of each decide where it parts (`heads.part_stack`)."""
    out: list[_Item] = []
    for k, item in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        # a column break right under the paragraph's first line: the next column goes on with it
        after = nxt.lines[0].text if nxt is not None and nxt.kind == "block" and not nxt.role else None
        if item.kind != "block" or item.role or len(item.lines) < (2 if after is not None else 3):
            out.append(item)
            continue
        prev = out[-1] if out else None
        prev_done = prev is None or prev.kind != "block" or prev.role == "head" or ends_text(_text_before(out, len(out)))
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
                out.append(_Item("block", lines[start:i], blanks))
                blanks = 0
            above = bigrams(squash_spaces("".join(t.strip() for t in texts[max(start, i - 40):i]))) \
                if i > start else set()
            p = i + part_stack(texts[i:m], above, bigrams(_story_after(lines, m, 600)), full) if above else i
            for a, b in ((i, p), (p, m)):
                if a < b:
                    out.append(_Item("block", lines[a:b], blanks, role="head"))
                    blanks = 0
            blanks, start = 0, m
        out.append(_Item("block", lines[start:], blanks) if start else item)
    return out


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
        if not (_line_heady(texts[i]) and _balanced(texts[i])) or (
                width(t) > (full - 3.5 if i == m - 1 else full + 0.5) and not overfull(t, full)):
            break              # (a line wider than the column is set apart too)
        before_done = _done(texts, i) if i > start else (prev_done if start == 0 else False)
        run = texts[i:m]
        if before_done and (len(run) == 1 or is_head_block(run) or headline_like(run)
                            or (len(run) > 3 and all(_line_heady(x) for x in run)
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
        if _whole_quote(squash_spaces("".join(t.strip() for t in texts[q:i]))) and \
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


def _story_column(line: Line, fulls: dict[int, float | None]) -> float | None:
    """The column width of the story a head stack belongs to, known only when the story is
    printed in wrapped column lines (long paragraph lines have no column to fill)."""
    return fulls.get(id(line)) if width(squash_spaces(line.text)) <= WRAPPED_MAX else None


def _wrapped_like(lines: list[Line], full: float | None) -> bool:
    """Do these lines look like wrapped text of a story in a column `full` wide (two or more
    fill it) rather than a stack of headlines (set apart, each as long as its words)?"""
    return _wrapped_texts([l.text for l in lines], full)


def _wrapped_texts(texts: list[str], full: float | None) -> bool:
    """`_wrapped_like` on the printed texts of the lines."""
    return full is not None and sum(width(squash_spaces(t)) >= full - 1.0 for t in texts
                                    if not _SUB_LINE.match(t.strip())) >= 2


def _stack_items(lines: list[Line], story: set[str], full: float | None, top: bool,
                 blanks: int) -> list[_Item]:
    """A tall head stack → items: lines above its kickers (a banner at the top of the page,
    else headlines of their own), then one head item whose plan says the rest's roles."""
    plan = plan_stack([l.text for l in lines], story, full)
    out = [_Item("block", [lines[a]], blanks if n == 0 else 0, role="banner" if top else "head")
           for n, a in enumerate(plan.above)]
    cut = len(plan.above)
    shift = lambda xs: [x - cut for x in xs]          # noqa: E731
    out.append(_Item("block", lines[cut:], 0 if out else blanks, role="head",
                     plan=Plan([], shift(plan.kickers), shift(plan.title), shift(plan.subs),
                               shift(plan.slogans))))
    return out


def _split_heads_before_leads(items: list[_Item], role: str = "head",
                              fulls: dict[int, float | None] | None = None) -> list[_Item]:
    """A headline block printed with no blank line around it, right before the byline lead of
    its story ('…隐患12处。/ 福海县开展冬季安全大检查 / 本报讯（记者…'), is cut out of the block:
    1–3 headline-shaped lines after a finished sentence (or at the block's start) and before a
    line that opens a story."""
    out: list[_Item] = []
    for k, item in enumerate(items):
        if item.kind != "block" or len(item.lines) < 2:
            out.append(item)
            continue
        prev = items[k - 1] if k else None
        prev_done = prev is None or prev.kind != "block" or ends_text(_text_before(items, k))
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
                if not all(_line_heady(t) and _balanced(t) for t in run):
                    break
                before_done = _done([l.text for l in lines], i) if i > start else (
                    prev_done if start == 0 else True)
                if before_done and (r == 1 or is_head_block(run) or headline_like(run)
                                    or r > 3 and not _wrapped_like(lines[i:m], _story_column(lines[m], fulls))):
                    best = r
            if best > 3:
                # a stack taller than kicker / title / subtitle: its story decides the roles
                i = m - best
                if i > start:
                    out.append(_Item("block", lines[start:i], blanks))
                    blanks = 0
                story = bigrams(_story_after(lines, m))
                top = start == 0 and all(x.kind in ("header", "rheader") for x in items[:k])
                out += _stack_items(lines[i:m], story, _story_column(lines[m], fulls), top, blanks)
                blanks, start = 0, m
            elif best:
                i = m - best
                q = _quote_above([l.text for l in lines], i, start)
                if q > start:
                    out.append(_Item("block", lines[start:q], blanks))
                    blanks = 0
                if q < i:      # a pull quote printed above the headline is its kicker
                    out.append(_Item("block", lines[q:i], blanks, role="kickq"))
                    blanks = 0
                out.append(_Item("block", lines[i:m], blanks, role=role))
                blanks, start = 0, m
            m += 1
        out.append(_Item("block", lines[start:], blanks) if start else item)
    return out


def _roles(items: list[_Item], fulls: dict[int, float | None], md: bool) -> None:
    for k, item in enumerate(items):
        if item.kind != "block" or item.role:
            continue
        texts = [l.text for l in item.lines]
        prev = items[k - 1] if k else None
        prev_done = (prev is None or prev.kind != "block" or prev.role in ("head", "minor")
                     or ends_text(_text_before(items, k)))
        item.role = "body"
        if item.lines[0].data.get("after_marker"):
            continue           # text printed after （上接第N版） on its line goes on the story
        if not md and prev_done and wide_head(texts, fulls.get(id(item.lines[-1]))):
            item.role = "head"         # wider than the column, unpunctuated: set apart
            continue
        if not md and prev_done and short_block_head(texts, fulls.get(id(item.lines[0]))):
            item.role = "head"         # lines short of the column, unpunctuated: set apart
            continue
        if not md and prev_done and plain_block(texts) and _story_opens_after(items, k):
            item.role = "head"         # no sentence, between a story's end and the next's lead
            continue
        if not (prev_done and (headline_like(texts) or is_head_block(texts))):
            continue
        if md:
            item.role = "minor"
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        next_is_body = _next_is_body(items, k, fulls)
        full = fulls.get(id(item.lines[-1]))
        if (not next_is_body or full is None or width(squash_spaces(texts[-1])) <= full - 3.5
                or overfull(squash_spaces(texts[-1]), full)):
            item.role = "head"         # short, or wider than the column: never a wrapped body line
    for k, item in enumerate(items):
        if item.kind == "block" and item.role == "body" and k + 1 < len(items):
            nxt = items[k + 1]
            prev = items[k - 1] if k else None
            prev_done = prev is None or prev.kind != "block" or ends_text(_text_before(items, k))
            if (_quote_kicker_shape([l.text for l in item.lines]) and prev_done
                    and (nxt.kind == "heading" or (nxt.kind == "block" and nxt.role == "head"))):
                item.role = "kickq"


def _story_opens_after(items: list[_Item], k: int) -> bool:
    """Does a story open right after item `k` (a byline line, or a block opening with a
    dateline lead), maybe under a '——' subtitle line?"""
    j = k + 1
    if j < len(items) and items[j].kind == "sub":
        j += 1
    nxt = items[j] if j < len(items) else None
    return nxt is not None and (nxt.kind == "byline" or (nxt.kind == "block" and _starts_with_lead(nxt)))


def _head_block_units(item: _Item) -> list[Unit]:
    """A kicker / title / subtitle block → minor (kicker), head (or minor on Markdown pages)
    and sub units in printed order, so `segment._attach` hangs them on the title."""
    texts = [l.text for l in item.lines]
    kickers, title, subs = head_block_parts(texts)
    by_text = {}
    for l in item.lines:
        by_text.setdefault(phrase_spaces(l.text), []).append(l.no)
    units = [Unit("minor", k, by_text.get(k, [item.lines[0].no])[:1], {"raw": [k]}) for k in kickers]
    title_nos = [l.no for l in item.lines if phrase_spaces(l.text) not in kickers
                 and not _SUB_LINE.match(l.text.strip())]
    units.append(Unit(item.role, title, title_nos or [item.lines[0].no],
                      {"raw": [l.text for l in item.lines if l.no in title_nos]}))
    units += [Unit("sub", t, by_text.get(t, [item.lines[-1].no])[:1]) for t in subs]
    return units


def _plan_units(item: _Item) -> list[Unit]:
    """A head stack whose roles were decided by its story → kicker, head, sub and dropped
    slogan units in printed order."""
    plan, lines = item.plan, item.lines
    units: list[Unit] = []
    if plan.kickers:
        ks = [lines[i] for i in plan.kickers]
        units.append(Unit("minor", " ".join(phrase_spaces(l.text) for l in ks), [l.no for l in ks],
                          {"raw": [l.text for l in ks]}))
    ts = [lines[i] for i in plan.title]
    title = phrase_spaces(ts[0].text) if len(ts) == 1 else squash_spaces("".join(l.text.strip() for l in ts))
    units.append(Unit("head", title, [l.no for l in ts], {"raw": [l.text for l in ts]}))
    units += [Unit("sub", phrase_spaces(lines[i].text), [lines[i].no]) for i in plan.subs]
    units += [Unit("drop", phrase_spaces(lines[i].text), [lines[i].no], {"as": "decoration"})
              for i in plan.slogans]
    return units


def _story_near(items: list[_Item], k: int, reach: int = 600) -> set[str]:
    """Bigrams of the story text printed next to item `k`, before and after it: each side
    stops at another headline, a photo credit or jump marker, or where a story opens."""
    text = ""
    for step in (-1, 1):
        j, got = k + step, ""
        while 0 <= j < len(items) and len(got) < reach:
            it = items[j]
            if it.kind == "block" and it.role not in ("", "body") and not (
                    len(it.lines) == 1 and _marker(it.lines[0].text)):
                break          # (a bulleted one-line sub-heading does not end the story)
            if it.kind not in ("block", "byline", "header", "rheader"):
                break
            lead = it.kind == "byline" or (it.kind == "block" and _starts_with_lead(it))
            if step > 0 and lead and j > k + 1:
                break          # the next story
            if it.kind == "block":
                piece = "".join(l.text.strip() for l in it.lines)
                got = got + piece if step > 0 else piece + got
            if step < 0 and lead:
                break          # the story before opened here
            j += step
        text += squash_spaces(got[:reach] if step > 0 else got[-reach:]) + "\n"
    return bigrams(text)


LEAD_REACH = 120         # characters: the opening of a story, which its title summarises


def _leads_near(items: list[_Item], k: int) -> set[str]:
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
            if len(it.lines) == 1 and _marker(it.lines[0].text):
                j -= 1
                continue
            break
        first = it
        if _starts_with_lead(it):
            break
        j -= 1
    if first is not None:
        text += "".join(l.text.strip() for l in first.lines)[:LEAD_REACH]
    return bigrams(squash_spaces(text))


def _plain_stack_plan(items: list[_Item], k: int, fulls: dict[int, float | None]) -> Plan | None:
    """Column pages: a headline whose title width alone read as several plain lines wrapped
    (the widest line first, no kicker above it) may be a kicker over its title or a title over
    a subtitle without '——'; the story next to it says so."""
    texts = [l.text for l in items[k].lines]
    subs = [i for i, t in enumerate(texts) if _SUB_LINE.match(t.strip())]
    rest = [i for i in range(len(texts)) if i not in subs]
    if not 2 <= len(rest) <= 3 or rest != list(range(len(rest))):
        return None            # the plain lines must come first, '——' lines after them
    if all(open_end(texts[i]) for i in rest[:-1]):
        return Plan([], [], rest, subs, [])      # one headline broken at its commas
    story = _story_near(items, k)
    # a title summarises its story's opening: an upper line that speaks of the opening over a
    # lower one that says nothing of it (only of a later part) is the title over a plain
    # subtitle, whatever their widths — a kicker over a title speaks less of the news
    lead = _leads_near(items, k)
    if (len(rest) == 2 and not _kicker_shaped(texts[0]) and speaks_of(texts[0], lead) >= 3
            and speaks_of(texts[1], lead) == 0 and speaks_of(texts[1], story) >= 2):
        return Plan([], [], [0], list(range(1, len(texts))), [])
    # … and the other way round: an upper line that fills the column yet says nothing of the
    # opening, over a line that does (and no word cut across the line end), is no first half
    # of a wrapped title (the halves of a title summarise the news together) but a kicker
    # speaking of a later part of the story
    if (len(rest) == 2 and speaks_of(texts[0], lead) == 0 and speaks_of(texts[1], lead) >= 3
            and speaks_of(texts[0], story) >= 2 and not cuts_word(texts[0], texts[1], story)):
        return Plan([], [0], [1], list(range(2, len(texts))), [])
    if len(texts) > 1 and is_head_block(texts) and head_block_parts(texts)[0]:
        # a kicker found by width: a narrower upper line whose end cuts a word of the story in
        # two is rather the first half of a title wrapped over two balanced lines
        if len(rest) == 2 and not _kicker_shaped(texts[0]) and cuts_word(texts[0], texts[1], story):
            return Plan([], [], [0, 1], list(range(2, len(texts))), [])
        return None
    near = [items[j].lines[0 if j > k else -1] for j in (k + 1, k - 1)
            if 0 <= j < len(items) and items[j].kind == "block" and items[j].role == "body"]
    full = _story_column(near[0], fulls) if near else None
    split = kicker_or_sub([texts[i] for i in rest], story, full)
    if split is None:
        return None
    a, b = split
    return Plan([], list(range(a)), list(range(a, b)), list(range(b, len(texts))), [])


_TITLE_GAP = re.compile(r"^(\S{2,30}?)[ \t\u3000]+\S")


def bullet_title(p: Para) -> tuple[str, str, str] | None:
    """'●Title text 9月8日，body…' → ('●', 'Title text', 'body…'): a bulleted brief carries
    its headline inline, ended by a gap in the printed line or by the time phrase that opens
    the body. None when the paragraph is not such an item."""
    text = p.text
    if len(text) < 8 or text[0] not in BULLETS:
        return None
    bullet, rest = text[0], text[1:].lstrip()
    raw = (p.raw[0] if p.raw else text).strip()[1:].lstrip()
    title = None
    m = _TITLE_GAP.match(raw)
    if m and headline_like([m.group(1)]) and rest.startswith(squash_spaces(m.group(1))):
        title = squash_spaces(m.group(1))
    else:
        m = re.search(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|连日来|近期|目前", rest[:34])
        if m and m.start() >= 4 and headline_like([rest[:m.start()]]):
            title = rest[:m.start()]
    if not title:
        return None
    body = rest[len(title):].lstrip()
    return (bullet, title, body) if len(body) >= 4 else None


def _para_units(p: Para) -> list[Unit]:
    tail = bylines.parse_tail(p.text)
    if tail:
        return [Unit("btail", p.text, p.lines, {"byline": tail})]
    out: list[Unit] = []
    text, data = p.text, {}
    item = bullet_title(p)
    if item:
        out.append(Unit("head", item[1], [p.lines[0]], {"bullet": item[0]}))
        text = item[2]
    lead = bylines.parse_lead(text)
    if lead:
        printed = bylines.parse_lead("".join(p.raw).strip())
        if printed and nonspace(printed.text) == nonspace(lead.text):
            lead.text = re.sub(r"\s+", " ", printed.text)
            if printed.credits and "".join(n for _, n in printed.credits) == "".join(n for _, n in lead.credits):
                lead.credits = printed.credits     # '（记者 何欣 赵磊）': the printed gap parts names
        data["byline"] = lead
        text = lead.rest
    credit = bylines.split_credit_tail(text)
    if credit and credit[0]:
        text = credit[0]
    tail = None if credit else bylines.split_tail(text)
    if tail and tail[0]:
        text = tail[0]
    out.append(Unit("para", text, list(p.lines), data))
    if credit and credit[0]:
        out.append(Unit("credit", credit[1], [p.lines[-1]], {"names": credit[2], "inline": True}))
    if tail and tail[0]:
        out.append(Unit("btail", tail[1].text, [p.lines[-1]], {"byline": tail[1]}))
    return out


BULLET_SUB_MAX = 16      # characters: a sub-heading is a short phrase
_DATED = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^(?:近日|日前)")


def _marker(text: str) -> str | None:
    """The bullet or enumerator that opens a one-line heading ('■', '一、'), as a kind."""
    t = text.strip()
    if t[:1] in BULLETS:
        return t[0]
    m = ENUMERATOR.match(t)
    return re.sub(r"[一二三四五六七八九十\d①-⑳]+", "n", m.group(0)) if m else None


def _bullet_subheads(units: list[Unit]) -> None:
    """A run of parallel bulleted phrases ('■渠道清淤早动手' … '■节水新法见实效', or '一、…'
    '二、…'), two or more of about the same length with the same mark, each standing between
    undated paragraphs with no byline anywhere in between, are the sub-headings of one story
    — printed before or after their sections — not headlines: they become paragraphs of it.
    Bulleted brief titles differ: longer, of varying length, each followed by its own
    bylined or dated item. (The last one, printed under its section, may have been read as the
    kicker over the story's headline: it goes with the run.)"""
    def mark_of(u: Unit) -> str | None:
        if u.kind not in ("head", "minor") or u.data.get("kickers") or u.data.get("subtitles") or len(u.data.get("raw", [u.text])) > 1:
            return None
        n = len(nonspace(u.text))
        return _marker(u.text) if 4 <= n <= BULLET_SUB_MAX else None

    def plain(u: Unit) -> bool:
        return u.kind == "para" and "byline" not in u.data and not _DATED.match(u.text.strip())

    i = 0
    while i < len(units):
        mark = mark_of(units[i])
        if mark is None:
            i += 1
            continue
        run, j = [i], i + 1
        while j < len(units):
            k = j
            while k < len(units) and plain(units[k]):
                k += 1
            if k == j or k >= len(units) or mark_of(units[k]) != mark:
                break
            run.append(k)
            j = k + 1
        sizes = [len(nonspace(units[h].text)) for h in run]
        # story text right before the run (its first paragraph may carry the byline); after it,
        # more of the story (sub-headings printed before their sections) or, when printed
        # under their sections, whatever follows the story
        around = i > 0 and units[i - 1].kind == "para"
        if len(run) >= 2 and max(sizes) - min(sizes) <= 2 and around:
            for h in run:
                units[h].kind = "para"
                units[h].text = squash_spaces(units[h].text)
                units[h].data["subhead"] = True
        i = run[-1] + 1


def build_units(lines: list[Line]) -> tuple[list[Unit], bool]:
    """Reading-order units of a page and whether it is a Markdown-style extraction."""
    md = any(l.kind == "heading" for l in lines)
    items = _items(lines)
    fulls = _fulls(lines)
    items = _split_heads_before_leads(items, "minor" if md else "head", None if md else fulls)
    if not md:
        items = _split_wide_heads(items, fulls)
        items = _split_trailing_heads(items, fulls)
        items = _split_tall_blocks(items, fulls)
        items = _split_heads_before_paras(items, fulls)
    _roles(items, fulls, md)
    units: list[Unit] = []
    last_para: Para | None = None      # the paragraph a following block may continue
    for k, item in enumerate(items):
        first = item.lines[0]
        if item.role == "head" and not md and not item.plan:
            item.plan = _plain_stack_plan(items, k, fulls)
        if item.kind != "block" or item.role != "body":
            last_para = None
            if item.blanks_before >= 2 and units:
                units.append(Unit("gap", "", [first.no]))
        if item.kind != "block":
            kind = {"heading": "head", "byline": "bline"}.get(item.kind, item.kind)
            units.append(Unit(kind, first.text.strip(), [first.no], dict(first.data)))
            continue
        texts = [l.text for l in item.lines]
        nos = [l.no for l in item.lines]
        if item.role == "banner":
            units.append(Unit("drop", phrase_spaces(texts[0]), nos[:1], {"as": "banner"}))
            continue
        if item.plan is not None:
            units.extend(_plan_units(item))
            continue
        if item.role in ("head", "minor") and is_head_block(texts):
            units.extend(_head_block_units(item))
            continue
        if item.role in ("head", "minor", "kickq"):
            text = phrase_spaces(texts[0]) if len(texts) == 1 else squash_spaces(
                "".join(t.strip() for t in texts))
            units.append(Unit(item.role, text, nos, {"raw": texts}))
            continue
        cont = (last_para is not None and not _starts_with_lead(item)
                and continues_across_blank(last_para, fulls.get(id(item.lines[0])),
                                           [l.text for l in item.lines[:2]]))
        paras = reflow_block([TextLine(l.no, l.text) for l in item.lines],
                             [fulls.get(id(l)) for l in item.lines],
                             carry=last_para.text if cont and last_para else "")
        joined = False
        if cont and paras and bylines.parse_lead(paras[0].text) is None:
            head = paras.pop(0)
            last_para.text = join(last_para.text, head.text)
            last_para.lines += head.lines
            last_para.last_width, last_para.single = head.last_width, False
            last_para.raw += head.raw
            joined = True
            # the unit of last_para is rebuilt below
            units.pop()
            units.extend(_para_units(last_para))
        if not joined and item.blanks_before >= 2 and units:
            units.append(Unit("gap", "", [first.no]))
        for p in paras:
            units.extend(_para_units(p))
        if paras:
            last_para = paras[-1]
        if units and units[-1].kind != "para":
            last_para = None
    _bullet_subheads(units)
    _bullet_heads(units)
    return units, md


def _bullet_heads(units: list[Unit]) -> None:
    """A headline printed after a bullet ('◆美助卿重申对台政策未变', an item of a 简讯 box):
    the bullet is decoration, not part of the title (listed as dropped by the segmenter)."""
    for u in units:
        t = u.text.strip()
        if u.kind == "head" and "bullet" not in u.data and len(t) > 2 and t[0] in BULLETS and t[1] not in BULLETS:
            u.data["bullet"] = t[0]
            u.text = t[1:].lstrip()
