"""Classified lines → a reading-order list of layout units.

Text blocks (runs of non-blank lines) are judged as a whole: a short block without sentence
punctuation after a finished sentence is headline-like (a headline on column pages, a kicker,
subtitle or slogan on Markdown pages), a short quoted sentence right above a headline is a pull-
quote kicker, everything else is reflowed into paragraphs — re-joining paragraphs that a column
break cut mid-sentence. Paragraphs that open with a dateline byline carry it as data.
"""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.boxes.bullets import bullet_heads, bullet_subheads, bullet_title
from generator.ingest.split.classify.columns import column_fulls
from generator.ingest.split.heads.headroles import plain_stack_plan, roles
from generator.ingest.split.heads.headshape import SUB_LINE, head_block_parts, is_head_block
from generator.ingest.split.heads.headsplit import (split_heads_before_leads, split_heads_before_paras, split_tall_blocks,
                                              split_trailing_heads, split_wide_heads)
from generator.ingest.split.stories.edgeheads import mark_edge_groups
from generator.ingest.split.stories.groupstrays import unhead_strays
from generator.ingest.split.heads.wideheads import page_indents
from generator.ingest.split.units.items import Item, Unit, starts_with_lead
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.units.reflow import Para, TextLine, continues_across_blank, join, reflow_block
from generator.ingest.split.text.textutil import (ends_sentence, ends_text, nonspace, phrase_spaces, printed_indent, full_width,
                                             squash_spaces, width)


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


def _items(lines: list[Line]) -> list[Item]:
    items: list[Item] = []
    blanks, unit = 0, _blank_unit(lines)
    for line in lines:
        if line.kind == "blank":
            blanks += 1
            continue
        if line.kind == "text" and items and items[-1].kind == "block" and blanks == 0:
            items[-1].lines.append(line)
        else:
            items.append(Item("block" if line.kind == "text" else line.kind, [line], -(-blanks // unit)))
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


OTHER_MEASURE = 2.0      # em: blocks whose column measures differ so are set in different columns
MEASURE_LINES = 3        # lines of one width a block's measure is read from (fewer: an indent, a last line)


def _block_measure(item: Item) -> float | None:
    """The measure a body block is set to: the width most of its lines that wrap into the next
    one have (indented lines run short, a line with a hung mark runs over; lines ending a
    sentence — most often a paragraph's short last line — and lines holding Latin letters or
    figures, whose widths vary from font to font, are left out); None unless `MEASURE_LINES`
    lines have it."""
    ws = [round(full_width(t)) for t in (squash_spaces(l.text.strip()) for l in item.lines[:-1])
          if t and not _LATIN.search(t) and not ends_sentence(t)]
    best = max(set(ws), key=lambda w: (ws.count(w), w), default=None)
    return float(best) if best is not None and ws.count(best) >= MEASURE_LINES else None


_LATIN = re.compile(r"[A-Za-z0-9]")
ROUGH_SPREAD = 4.0       # em: lines holding Latin letters or figures, set to one measure, differ by less
FAR_MEASURE = 6.0        # em: a measure read roughly tells another column when this far off


def _rough_measure(item: Item) -> float | None:
    """The measure of a block whose lines mostly hold Latin letters or figures (a caption
    naming people and dates): the middle width of its lines that wrap into the next one, when
    `MEASURE_LINES` of them agree to `ROUGH_SPREAD` — only good for telling a measure far off."""
    ws = sorted(full_width(t) for t in (squash_spaces(l.text.strip()) for l in item.lines[:-1])
                if t and not ends_sentence(t))
    if len(ws) < MEASURE_LINES or ws[-1] - ws[0] > ROUGH_SPREAD:
        return None
    return ws[len(ws) // 2]


def _head_block_units(item: Item) -> list[Unit]:
    """A kicker / title / subtitle block → minor (kicker), head (or minor on Markdown pages)
    and sub units in printed order, so `segment._attach` hangs them on the title."""
    texts = [l.text for l in item.lines]
    kickers, title, subs = head_block_parts(texts)
    by_text = {}
    for l in item.lines:
        by_text.setdefault(phrase_spaces(l.text), []).append(l.no)
    units = [Unit("minor", k, by_text.get(k, [item.lines[0].no])[:1], {"raw": [k]}) for k in kickers]
    title_nos = [l.no for l in item.lines if phrase_spaces(l.text) not in kickers
                 and not SUB_LINE.match(l.text.strip())]
    units.append(Unit(item.role, title, title_nos or [item.lines[0].no],
                      {"raw": [l.text for l in item.lines if l.no in title_nos]}))
    units += [Unit("sub", t, by_text.get(t, [item.lines[-1].no])[:1]) for t in subs]
    return units


def _plan_units(item: Item) -> list[Unit]:
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


def _names_as_printed(parsed: bylines.Byline, printed: bylines.Byline) -> bool:
    """Give `parsed` (read from the text with its spaces squeezed out) the names of `printed`
    (read as the page prints it) when both name the same run of characters: the printed gap
    parts names ('（记者 何欣 赵磊）'). True when it did."""
    if printed.credits and "".join(n for _, n in printed.credits) == "".join(n for _, n in parsed.credits):
        parsed.credits = printed.credits
        return True
    return False


def _para_units(p: Para) -> list[Unit]:
    names = bylines.parse_credit_line(p.text) if len(p.lines) > 1 else None
    if names:
        # a photo credit a narrow column wrapped ('（本报记者 X·' / 'Y 摄）'): no line of it
        # alone reads as one, the paragraph does — a credit, never a writer's signature
        return [Unit("credit", p.text, list(p.lines), {"names": names})]
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
            _names_as_printed(lead, printed)
        data["byline"] = lead
        text = lead.rest
    credit = bylines.split_credit_tail(text)
    if credit and credit[0]:
        text = credit[0]
    tail = None if credit else bylines.split_tail(text)
    if tail and tail[0]:
        text = tail[0]
        printed = bylines.split_tail("".join(p.raw).strip())
        if printed and _names_as_printed(tail[1], printed[1]):
            tail[1].text = re.sub(r"\s+", " ", printed[1].text)
    out.append(Unit("para", text, list(p.lines), data))
    if credit and credit[0]:
        out.append(Unit("credit", credit[1], [p.lines[-1]], {"names": credit[2], "inline": True}))
    if tail and tail[0]:
        out.append(Unit("btail", tail[1].text, [p.lines[-1]], {"byline": tail[1]}))
    return out


def _note_of_signature(units: list[Unit], item: Item) -> bool:
    """Is byline item `item` an author note printed right under a signature line — or a
    notice's date under its issuer's name, a blank line between or not?"""
    if not units or item.kind != "byline" or not item.lines[0].data.get("note"):
        return False
    sig = units[-1]
    under = sig.lines[-1] == item.lines[0].no - 1 or (
        bool(item.lines[0].data.get("notice_sig")) and bool(sig.data.get("notice_sig")))
    return sig.kind == "bline" and under and "byline" in sig.data and not sig.data.get("note")


def _full_stop_break(last: Para, item: Item, fulls: dict[int, float | None]) -> bool:
    """On a page that indents its paragraphs: a paragraph whose last line fills the column,
    though it ends a sentence, goes on after the blank line when the next line is not indented
    — the column ended right after a stop, inside the paragraph. Fullness counts each mark as
    the em justified type gives it; a line standing alone after the blank without a stop of its
    own is no column's run-on but a headline one column wide."""
    first = item.lines[0]
    full = fulls.get(id(first))
    if full is None or not last.raw or printed_indent(first.text):
        return False
    if len(item.lines) < 2 and not ends_sentence(squash_spaces(first.text)):
        return False
    tail = squash_spaces(last.raw[-1])
    return (ends_sentence(tail) and full_width(tail) >= full - 0.5
            and full_width(squash_spaces(first.text)) >= full - 1.0)


def build_units(lines: list[Line]) -> tuple[list[Unit], bool]:
    """Reading-order units of a page and whether it is a Markdown-style extraction."""
    md = any(l.kind == "heading" for l in lines)
    items = _items(lines)
    fulls = _fulls(lines)
    items = split_heads_before_leads(items, "minor" if md else "head", None if md else fulls)
    if not md:
        items = split_wide_heads(items, fulls)
        items = split_trailing_heads(items, fulls)
        items = split_tall_blocks(items, fulls)
        items = split_heads_before_paras(items, fulls)
        mark_edge_groups(items, fulls)
    roles(items, fulls, md)
    if not md:
        unhead_strays(items, fulls)
    indents = not md and page_indents(
        [[l.text for l in it.lines] for it in items if it.kind == "block"],
        [[fulls.get(id(l)) for l in it.lines] for it in items if it.kind == "block"])
    units: list[Unit] = []
    last_para: Para | None = None      # the paragraph a following block may continue
    last_measure: float | None = None  # the column measure of the block it closes
    for k, item in enumerate(items):
        first = item.lines[0]
        if item.role == "head" and not md and not item.plan:
            item.plan = plain_stack_plan(items, k, fulls)
        if item.kind != "block" or item.role != "body":
            last_para = None
            last_measure = None
            if item.blanks_before >= 2 and units:
                units.append(Unit("gap", "", [first.no]))
        if item.kind != "block":
            kind = {"heading": "head", "byline": "bline"}.get(item.kind, item.kind)
            if _note_of_signature(units, item):
                # '王伟' / '（作者单位：X）': the author note goes with the signature over it
                sig = units[-1]
                b = sig.data["byline"]
                sig.data = {**sig.data, "byline": bylines.Byline(b.text + first.text.strip(), b.credits, b.rest)}
                sig.text, sig.lines = sig.text + first.text.strip(), sig.lines + [first.no]
                continue
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
            # '——' lines closing the block are its subtitles, never part of its title
            k = len(texts)
            while k > 1 and item.role != "kickq" and SUB_LINE.match(texts[k - 1].strip()):
                k -= 1
            text = phrase_spaces(texts[0]) if k == 1 else squash_spaces("".join(t.strip() for t in texts[:k]))
            units.append(Unit(item.role, text, nos[:k], {"raw": texts[:k]}))
            units += [Unit("sub", phrase_spaces(t), [n]) for t, n in zip(texts[k:], nos[k:])]
            continue
        measure = _block_measure(item)
        rough = _rough_measure(item) if measure is None else None
        apart = (not md and last_para is not None and last_measure is not None and ends_text(last_para.text)
                 and (measure is not None and abs(measure - last_measure) >= OTHER_MEASURE
                      or rough is not None and abs(rough - last_measure) >= FAR_MEASURE))
        if apart:
            # finished text, then a block set to another measure: another story's column or a
            # caption, whatever its words — no story changes its measure inside a column run
            units.append(Unit("gap", "", [first.no], {"apart": True}))
            last_para = None
        last_measure = measure
        cont = (last_para is not None and not starts_with_lead(item)
                and (continues_across_blank(last_para, fulls.get(id(item.lines[0])),
                                            [l.text for l in item.lines[:2]])
                     or (indents and _full_stop_break(last_para, item, fulls))))
        paras = reflow_block([TextLine(l.no, l.text) for l in item.lines],
                             [fulls.get(id(l)) for l in item.lines],
                             carry=last_para.text if cont and last_para else "", md=md)
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
    bullet_subheads(units)
    bullet_heads(units)
    return units, md

