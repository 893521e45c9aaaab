"""Headlines a narrow box wrapped over several lines, put back on one line.

A headline set in large type over one or two columns holds few characters a line: a PDF's
plain-text extraction (pdftotext) gives it as a stack of short lines —

    特朗普总统：
    霍尔木兹海峡免
    费开放油价创新
    低

— which reads as a kicker over a title over a subtitle, or as the end of the column above.
Two cues say a stack is one headline wrapped, whatever the page's design:

- three lines or more, every one but the last about as wide as the others (the box's measure) and
  the last no wider, none a sentence, the measure not the column's (column text is body);
- two lines where the upper one stops on a word or mark that cannot end a headline ('…军售的',
  '…美伊协议“') or the lower one starts on one that cannot start a line of its own ('的承诺…')
  or the break cuts a word the story below says ('…禁止向中' / '国境外…'),
  or where the lower one holds only the last word or two of a wide upper one that is not a
  line of column text ('…并免费开放霍尔' / '木兹海峡').

The lines become one line (numbered as the first), so the later stages see one headline.
Only on plain-text pages: a Markdown converter prints a headline on one line already.
"""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.heads import headruns
from generator.ingest.split.classify.columns import column_fulls
from generator.ingest.split.heads.headstacks import open_end, quotes_clause, short_rest, starts_mid
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.text.wordcut import word_across
from generator.ingest.split.heads.wrapcut import cuts_inside
from generator.ingest.split.text.textutil import BULLETS, ends_text, SENTENCE_MARKS, full_width, han_count, nonspace, squash_spaces, width

MAX_LINES = 8           # a 42-character headline in a box six characters wide
MAX_CHARS = 60          # the longest headline
MIN_MEASURE = 4.0       # em: a narrower 'measure' is a list of names or figures
SAME = 0.5              # em: lines filled to one measure differ by less
SHORT = 1.5             # em: how much shorter than the measure a line of it may stop
OFF_COLUMN = 1.5        # em: a measure this far from the column's is not the column's
# a headline never ends on the particle 的 or the conjunctions 与 / 及, and no line of its own
# starts on a particle (a line ending on a preposition or another conjunction, '…改造让', is most
# often wrapped too, but a stack of grouped headlines is better left to the stages that match
# them to their stories)
_OPEN_END = set("的与及“‘（《〈【「『")
_BOUND_START = set("的之了着过地得”’）》〉】」』")
# a line that opens on a lone character and a comma ('后，美国财政部…') finishes the clause of
# the line above: no headline, kicker or subtitle starts so
_CLAUSE_REST = re.compile(r"^[\u4e00-\u9fff][，,]")
LATIN_SLACK = 0.25      # em a Latin letter or figure may take beyond the half em counted for it
_LATIN = re.compile(r"[A-Za-z0-9]")   # (a line stops short before a Latin word moved down whole)
LAST_OVER = 1.0         # em: a box's last line may run a character over its measure (a mark
                        # or an opening quote moved the breaks of the lines above)
REST = 0.35             # a lower line this much shorter than a wide upper one is its rest…
REST_MAX = 6.0          # …when it is this short: a subtitle says more than a word or two
WIDE = 10.0
_SUB = re.compile(r"^\s*(?:——|──|－－|--)")
_GAP = re.compile(r"\S[ \t\u3000]{2,}\S")
_HAN2 = re.compile(r"^[\u4e00-\u9fff]{2}$")
LONG_COMMAS = 2         # commas a headline wrapped over three lines or more may hold
CLAUSE = 6              # Han characters of each statement a headline joins with '；'
AFTER = 30              # lines of the story below that say its words
QUOTE_AFTER = 80        # lines of it a subtitle may quote (a clause from anywhere in the story)


def _join(texts: list[str]) -> str:
    out = ""
    for t in texts:
        t = t.strip()
        if out and re.match(r"[A-Za-z0-9]", t[:1]) and re.search(r"[A-Za-z0-9]$", out):
            out += " "
        out += t
    return out


def _cuts_word(upper: str, lower: str, after: str, times: int = 2) -> bool:
    """Does the line end fall inside a word the story below says at least `times` times
    ('…禁止向中' / '国境外…': 中国)?"""
    pair = upper[-1:] + lower[:1]
    return len(pair) == 2 and bool(_HAN2.match(pair)) and after.count(pair) >= times


def _filled(measure: float, w: float, upper: str, lower: str, after: str) -> bool:
    """Does a line of a stack fill the box's measure? To the half em — or up to `SHORT` short
    where a mark stands at the break (a mark may not end or open a line, so the box broke a
    character early) or the break cuts a word of the story. A line that stops short with no
    such reason is a phrase of its own (a kicker over the headline)."""
    w += LATIN_SLACK * len(_LATIN.findall(upper))   # (Latin letters set wider than half an em)
    if measure - w <= SAME or measure - full_width(upper) <= SAME:
        return True            # (quotes and marks set full-width fill the measure too)
    if measure - w > SHORT:
        return False
    return (not upper[-1:].isalnum() or not lower[:1].isalnum() or upper[-1:] in _OPEN_END
            or lower[:1] in _BOUND_START or _LATIN.match(lower) is not None or _cuts_word(upper, lower, after))


def _grams(t: str) -> set[str]:
    """The line's bigrams of two Han characters (its words, roughly)."""
    return {t[k:k + 2] for k in range(len(t) - 1) if _HAN2.match(t[k:k + 2])}


RESTATED = 3            # Han bigrams a box's last line says again of the lines above it


def _restated(lines: list[str]) -> bool:
    """Does the last line say again several words of the lines above ('…达成和平' / '协议后…' /
    '在宣布与伊朗政权达成和平协议后')? A subtitle set in the box's measure restates its title;
    a title's last line goes on with new words."""
    return len(_grams(lines[-1]) & _grams("".join(lines[:-1]))) >= RESTATED


def _kicker_over_wrap(lines: list[str], after: str) -> bool:
    """Three lines: the first says a word of the second again, with no mark or word cut between
    them, while the break under the second cuts a word ('梅西曾罚丢一粒点球' / '梅西成为男子世界' /
    '杯足球赛最佳射手'): a kicker over a title wrapped in two (a title does not say a word twice)."""
    if len(lines) != 3:
        return False
    a, b, c = lines

    def cut(u: str, l: str) -> bool:
        return cuts_inside(u, l) or _cuts_word(u, l, after, 1)
    return (bool(_grams(a) & _grams(b)) and not (open_end(a) or starts_mid(b) or cut(a, b))
            and (open_end(b) or starts_mid(c) or cut(b, c)))


def _quoted_last(lines: list[str], after: str) -> bool:
    """Three lines or more whose last one the story below prints word for word as a clause of
    its own ('…全球股市上涨、油价走高' / '欧洲和美国股指星期五' over '…亚洲、欧洲和美国股指星期五（…'),
    while no line above it does and the break over it falls between two phrases (no open end,
    no bound start, no word cut): a subtitle set in the box's measure under a wrapped title —
    a title sums its story up in words of its own, and its last piece goes on with the line above."""
    if len(lines) < 3 or not quotes_clause(lines[-1], after):
        return False
    upper, lower = lines[-2], lines[-1]
    return (not any(quotes_clause(t, after) for t in lines[:-1])
            and not (open_end(upper) or starts_mid(lower) or cuts_inside(upper, lower)
                     or _cuts_word(upper, lower, after, 1)))


def _sentence_inside(text: str) -> bool:
    """A mark that ends a sentence before the text's end — all but the one '；' that joins a
    headline's two statements ('…国家情报总监；众院否决延长监控法')."""
    if not SENTENCE_MARKS.search(text[:-1]):
        return False
    parts = re.split(r"[；;]", text)
    return bool(re.search(r"[。！？!?]", text[:-1])) or len(parts) != 2 or min(han_count(p) for p in parts) < CLAUSE


def _headline_text(lines: list[str], joined: str, commas: int) -> bool:
    """Could the lines, read as one, be a headline's words: short, no sentence inside, at most
    `commas` commas, no '——' subtitle or phrase gap, no byline or credit?"""
    return not (len(nonspace(joined)) > MAX_CHARS or _sentence_inside(joined) or joined.count("，") > commas
                or any(_SUB.match(t) or _GAP.search(t) for t in lines)
                or bylines.parse_lead(joined) or bylines.parse_tail(joined) or bylines.parse_credit_line(joined))


def _one_headline(texts: list[str], full: float | None, after: str = "") -> bool:
    if not 2 <= len(texts) <= MAX_LINES:
        return False
    lines = [squash_spaces(t.strip()) for t in texts]
    joined = "".join(lines)
    # a stack of three lines or more wrapped to one measure is a long headline a narrow box
    # holds: two statements and a clause ('…逝世，享年100岁，美联储发文…') fit in it
    if not _headline_text(lines, joined, commas=LONG_COMMAS if len(lines) >= 3 else 1):
        return False
    ws = [width(t) for t in lines]
    if len(lines) >= 3:
        # a line may stop a character short of the measure where a mark may not end or open a
        # line ('特朗普总统：' / '霍尔木兹海峡免')
        # (measured on the lines without Latin letters, whose widths vary from font to font)
        plain = [w for w, t in zip(ws[:-1], lines[:-1]) if not _LATIN.search(t)]
        measure = max(plain or ws[:-1])
        return (measure >= MIN_MEASURE and all(_filled(measure, ws[k], lines[k], lines[k + 1], after)
                                               for k in range(len(lines) - 1))
                and not _restated(lines) and not _kicker_over_wrap(lines, after)
                and ws[-1] <= measure + LAST_OVER and full is not None and abs(measure - full) >= OFF_COLUMN)
    upper, lower = lines
    if ws[1] > ws[0] + SAME or ws[0] < MIN_MEASURE:
        return False
    if upper[-1] in _OPEN_END or lower[0] in _BOUND_START or _CLAUSE_REST.match(lower):
        return True
    off_column = full is not None and abs(ws[0] - full) >= OFF_COLUMN
    # once is enough when the upper line runs wider than the column: only a headline does
    if off_column and _cuts_word(upper, lower, after, 1 if ws[0] > full else 2):
        return True
    # a wide headline's last word or two on a line of their own ('…并免费开放霍尔' / '木兹海峡')
    return off_column and ws[0] >= WIDE and ws[1] <= min(REST_MAX, REST * ws[0]) and not SENTENCE_MARKS.search(joined)


def _wrapped_over_sub(texts: list[str]) -> bool:
    """Is a block closed by a '——' subtitle, in its lines above, one title its box wrapped
    inside words? The subtitle marks the block as a head stack (never column text); a break
    cutting a word, a number or a clause (`cuts_inside`) is no kicker's end. Two to four lines
    holding no sentence."""
    lines = [squash_spaces(t.strip()) for t in texts]
    if not 2 <= len(lines) <= 4 or any(SENTENCE_MARKS.search(t[:-1]) or ends_text(t) for t in lines):
        return False
    return all(cuts_inside(a, b) for a, b in zip(lines, lines[1:]))


def _paired_pieces(texts: list[str]) -> bool:
    """Is the stack every line of a headline box printed as two pieces, a long one and a short
    one, broken at the same place ('中国流亡商人' / '郭文' / '贵被判30年监' / '禁涉' / …)? The
    pairs fill one measure, the last pair or piece no wider; column text never breaks so."""
    lines = [squash_spaces(t.strip()) for t in texts]
    if not 4 <= len(lines) <= 2 * MAX_LINES:
        return False
    joined = "".join(lines)
    if not _headline_text(lines, joined, commas=2):
        return False
    ws = [full_width(t) for t in lines]        # (a headline sets its marks full-width)
    pairs = [(ws[k], ws[k + 1]) for k in range(0, len(ws) - 1, 2)]
    full = pairs if len(ws) % 2 else pairs[:-1]
    if not full or any(b >= a - SAME for a, b in pairs):
        return False
    longs = [a for a, _ in full]
    sums = [a + b for a, b in full]
    last = ws[-1] if len(ws) % 2 else sum(pairs[-1])
    return (max(longs) - min(longs) <= SAME + LATIN_SLACK and max(sums) - min(sums) <= SHORT
            and last <= max(sums) + LAST_OVER)


# a conjunction or preposition no headline, kicker or subtitle ends on ('…诈骗老年人而')
_BOUND_END = set("而与及和并或的把被")


def _cut_heading(upper: str, lower: str) -> bool:
    """Two '##' lines met at a break no head line ends or opens on: inside a word, a number
    from what it counts, before a predicate (`wrapcut.cuts_inside`: '…搜寻委' / '内瑞拉…'),
    after a conjunction or preposition ('…参与诈骗老年人而' / '被判27个月监禁'), after a
    colon or comma ('联邦检察官：' / '一名…'; `open_end`), or over a title's last word alone
    ('…以应对中国' / '压力'; `short_rest`): a headline a converter printed in pieces, as a
    kicker ends on a whole phrase and a subtitle says more than a word or two."""
    u, l = squash_spaces(upper).lstrip("#").strip(), squash_spaces(lower).lstrip("#").strip()
    if not u or not l or _SUB.match(l):
        return False
    return (cuts_inside(u, l) or (u[-1] in _BOUND_END and len(u) >= 6) or open_end(u)
            or short_rest(u, l))


REST_OF_FOUND = 30      # characters: the longest rest of a headline a plain line may be


def _rest_of_found(upper: str, lower: str, said: str = "") -> bool:
    """A plain line under a headline found on a page without '#' marks, short and holding no
    sentence, that the break cuts inside a word or after a conjunction ('…新加坡注册船' /
    '只遇袭后…'), or inside a word the page's text (`said`) prints whole twice or more
    ('…对美国埃' / '博拉…'): the headline's rest, never a subtitle (a subtitle opens on a phrase)."""
    u, l = squash_spaces(upper).strip(), squash_spaces(lower).strip()
    if not u or not l or len(l) > REST_OF_FOUND or SENTENCE_MARKS.search(l) or _SUB.match(l):
        return False
    return cuts_inside(u, l) or (u[-1] in _BOUND_END and len(u) >= 6) or _cuts_word(u, l, said)


def join_cut_headings(lines: list[Line]) -> list[Line]:
    """A Markdown page: two '##' lines of one rank, touching or with blank lines between, met
    at a break no head line ends or opens on (`_cut_heading`) become one heading — so does a
    headline found on a page without '#' marks with its rest under it (`_rest_of_found`) —,
    before the
    stages that read two headings as two stories' heads (the blank lines go; no text is lost)."""
    out: list[Line] = []
    last = ""                  # the last piece joined onto the heading above, if any
    said = "".join(x.text for x in lines if x.kind == "text")
    for i, l in enumerate(lines):
        k = len(out) - 1
        while k >= 0 and out[k].kind == "blank":
            k -= 1
        if (k >= 0 and out[k].kind == "heading" and l.text[:1] not in BULLETS
                and (l.kind == "heading" and out[k].data.get("rank") == l.data.get("rank")
                     and (_cut_heading(last or out[k].text, l.text)
                          or k < len(out) - 1 and _pieces_apart(out, k, last, lines, i))
                     or l.kind == "text" and out[k].data.get("found") and _rest_of_found(last or out[k].text, l.text, said))):
            up = out[k]
            del out[k + 1:]
            out[k] = Line(up.no, _join([up.text, l.text]), "heading", dict(up.data))
            last = l.text
            continue
        out.append(l)
        if l.kind != "blank":
            last = ""
    return out


PHRASE_MAX = 30         # characters of a phrase (a subtitle) printed over a story's first paragraph
_MARK = re.compile(r"[，。！？；,.!?;]")


def _pieces_apart(out: list[Line], k: int, last: str, lines: list[Line], i: int) -> bool:
    """Heading `out[k]` and heading `lines[i]`, blank lines between them: one headline's pieces
    (`headruns.one_headline`) when the upper one speaks of the story that opens under them
    and neither is a full headline whose own story runs further down (`headruns.own_text_below`:
    two headlines stacked over their stories' text)."""
    if (not headruns.one_headline(last or out[k].text, lines[i].text)
            or len(out[k].text) + len(lines[i].text) > headruns.MAX_CHARS):
        return False
    start = i + 1      # (past more pieces of the headline printed under it)
    while start < len(lines) and lines[start].kind in ("heading", "blank"):
        start += 1
    end = start
    while end < len(lines) and lines[end].kind not in ("heading", "header"):
        end += 1
    body = [x for x in lines[start:end] if x.kind == "text"]
    text = "".join(x.text for x in lines[start:end] if x.kind != "blank")
    para = ""           # the first paragraph: past a phrase standing over it (a subtitle)
    for x in body:
        if not para and len(x.text.strip()) <= PHRASE_MAX and not _MARK.search(x.text):
            continue
        para += x.text
        if ends_text(x.text):
            break
    return (headruns.speaks_of_story(out[k].text, text)
            and not any(headruns.own_text_below(t, para, text) for t in (last or out[k].text, lines[i].text)))


def _join_wrapped_headings(lines: list[Line]) -> list[Line]:
    """A Markdown page: two '##' lines in a row that are one headline a converter printed in
    two (wrapped in even halves, before a mark, or at a comma) become one heading."""
    from generator.ingest.split.heads.headstacks import balanced_wrap, open_end, starts_mid
    out: list[Line] = []
    joined = False             # the last line out is two lines joined already
    for l in lines:
        up = out[-1] if out else None
        if (up is not None and not joined and l.kind == "heading" and up.kind == "heading"
                and up.data.get("rank") == l.data.get("rank")
                and l.text[:1] not in BULLETS      # a bullet opens an item's headline, never a wrapped line
                and (balanced_wrap(up.text, l.text) or starts_mid(l.text) or open_end(up.text))):
            out[-1] = Line(up.no, _join([up.text, l.text]), "heading", dict(up.data))
            joined = True
            continue
        out.append(l)
        joined = False
    return out


def join_wrapped_heads(lines: list[Line]) -> list[Line]:
    """`lines` with each headline a box wrapped over several lines joined into one line."""
    if any(l.kind == "heading" for l in lines):
        return _join_wrapped_headings(lines)
    text_idx = [i for i, l in enumerate(lines) if l.kind == "text"]
    wrapped = [i + 1 < len(lines) and lines[i + 1].kind == "text" for i in text_idx]
    fulls = dict(zip(text_idx, column_fulls([lines[i].text for i in text_idx], wrapped)))
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if lines[i].kind != "text":
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind == "text":
            j += 1
        run = lines[i:j]
        # a '——' subtitle under the headline, in the same block, stays a line of its own
        k = len(run)
        while k > 0 and _SUB.match(run[k - 1].text):
            k -= 1
        head = run[:k]
        after = "".join(l.text.strip() for l in lines[j:j + AFTER] if l.kind == "text")
        story = "".join(l.text.strip() for l in lines[j:j + QUOTE_AFTER] if l.kind == "text")
        texts = [l.text for l in head]
        below = next((l.text for l in lines[j:] if l.kind == "text"), None)
        if k == len(run) and texts and below is not None and word_across(texts[-1], below) is not None:
            out.extend(run)    # the break under it cuts a word: column text going on, no headline
            i = j
            continue
        if k < len(run) and _wrapped_over_sub(texts):
            # over its '——' subtitle, a box wrap that cuts a word: one title, whatever its width
            out.append(Line(head[0].no, _join(texts), "text", {**head[0].data, "wrapped": texts}))
            out.extend(run[k:])
            i = j
            continue
        quoted = _quoted_last([squash_spaces(t.strip()) for t in texts], story)
        if (len(texts) > 3 and quoted
                and _one_headline(texts[:-1], fulls.get(i), after)):
            # a wrapped title over a subtitle its story quotes: the title one line, the subtitle apart
            out.append(Line(head[0].no, _join(texts[:-1]), "text", {**head[0].data, "wrapped": texts[:-1]}))
            out.extend(run[k - 1:])
            i = j
            continue
        if not quoted and (_one_headline(texts, fulls.get(i), after) or _paired_pieces(texts)):
            # (the printed lines kept: a column break's cut-off piece is told by them, `groupstrays`)
            out.append(Line(head[0].no, _join([l.text for l in head]), "text",
                            {**head[0].data, "wrapped": [l.text for l in head]}))
            out.extend(run[k:])
        else:
            out.extend(run)
        i = j
    return out
