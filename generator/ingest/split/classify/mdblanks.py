"""Blank lines a PDF→Markdown converter prints inside a paragraph.

A converter that works from the PDF's text blocks (pymupdf4llm and its kind) ends a block
wherever the PDF's drawing order breaks — every two or three lines of a column, at a line
holding a Latin word, at a column's foot — and prints a blank line after each block, as if a
paragraph ended there:

    美国战争部星期五（6月
    (blank)
    12日）公布了第三批有关不
    明异常现象 (UAP) 的解密文
    (blank)
    件。这次公布是美国政府持续

A line that fills its column went on into the next line, whatever the converter printed after
it; so does a line that leaves a bracket or quote open, and a paragraph's first line (indented two characters) that stops on no sentence end.
Such a blank is dropped when the line under it reads as text too (it goes on into a line of
its own, ends a sentence, or fills its column): a short phrase standing alone under a full
line is a kicker, a label or a byline, and keeps its blank. Only on Markdown-shaped pages
(headings marked `#` or bold): plain text keeps every blank, as a page's author printed it.
"""
from __future__ import annotations

import operator
import re
from collections import Counter

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.text.textutil import ends_sentence, nonspace, width

REST = 0.99         # the rest of a subtitle is narrower than its line
_DATELINE = re.compile(r"\d+\s*日\s*电|本报讯|记者|通讯员")
_STOPS = re.compile(r"[。；;！？!?，,：:]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
WINDOW = 8          # text lines either side that tell the local column width
MIN_FULL = 8.0      # narrower 'columns' are lists and tables, not text columns
SLACK = 1.5         # a full line may stop this short of its column (a Latin word moved down)
OVER = 1.0          # a line wider than its column by more is not of it
INDENT = 2.0        # a paragraph's first line is indented two characters
HALVES_RANK = 7     # a headline put together from its halves ranks below every '#' heading


def _column(widths: list[float], i: int, sections: list[int] | None = None) -> float | None:
    """The width most lines near line i have: the column they are set in. With `sections`
    (each text line's section: the headings above it), lines under another heading do not
    count while this one's section has enough of its own: a caption or a box set wider just
    above a story's heading would make its first lines look short."""
    lo, hi = max(0, i - WINDOW), i + WINDOW + 1
    if sections is not None:
        # (the line judged does not count: in a short section it would set its own measure)
        own = [w for k, (w, s) in enumerate(zip(widths[lo:hi], sections[lo:hi]), lo)
               if k != i and s == sections[i] and w >= MIN_FULL]
        if len(own) >= 3:
            own.sort()
            return own[(len(own) * 3) // 4]
    near = sorted(w for w in widths[lo:hi] if w >= MIN_FULL)
    if len(near) < 3:
        return None
    # the upper quartile: full lines are the most, and a comma or a Latin word makes one half
    # an em narrower than the next
    return near[(len(near) * 3) // 4]


def mend_blanks(lines: list[Line]) -> list[Line]:
    """`lines` without the blank lines printed inside a paragraph (Markdown pages only)."""
    if not any(l.kind == "heading" for l in lines):
        return lines
    lines = _mend_heads(_mend_subtitles(lines, _words(lines)))
    texts = [i for i, l in enumerate(lines) if l.kind == "text"]
    widths = [width(lines[i].text.strip()) for i in texts]
    sections = _sections(lines, texts)
    words = _words(lines)
    drop: set[int] = set()
    for k, a in enumerate(texts[:-1]):
        b = texts[k + 1]
        if b == a + 1 or any(lines[j].kind != "blank" for j in range(a + 1, b)):
            continue
        full = _column(widths, k, sections)
        if full is None:
            continue
        wa, wb = widths[k], widths[k + 1]
        if wa > full + OVER or wb > full + OVER:
            continue
        a_goes_on = (wa >= full - SLACK or _left_open(lines[a].text)
                     or _cuts_word(lines[a].text, lines[b].text, words)
                     or _glossed(lines[a].text, lines[b].text)
                     or (wa >= full - INDENT - SLACK and not ends_sentence(lines[a].text)
                         and _opens_paragraph(lines, a)))
        if not a_goes_on or (ends_sentence(lines[a].text) and _lone_head(lines, b, full, widths, texts, k + 1)):
            continue
        nxt = b + 1 < len(lines) and lines[b + 1].kind == "text"
        if not (nxt or ends_sentence(lines[b].text) or wb >= full - SLACK):
            continue
        drop.update(range(a + 1, b))
    return [l for i, l in enumerate(lines) if i not in drop] if drop else lines


HEAD_LINES = 2      # lines of a short head a narrow box wraps (a 简讯 item's title)


def _lone_head(lines: list[Line], b: int, full: float, widths: list[float], texts: list[int],
               kb: int) -> bool:
    """Does a short head stand at line b, set apart under a finished sentence: a block of at
    most HEAD_LINES lines holding no stop, its last line short of the column (a paragraph
    stops short only on a sentence's end) with a blank under it? A 简讯 box sets each item's
    title so, in bold, wrapped at the box's measure."""
    end = kb
    while end + 1 < len(texts) and texts[end + 1] == texts[end] + 1:
        end += 1
    last = texts[end]
    if end - kb + 1 > HEAD_LINES or last + 1 >= len(lines) or lines[last + 1].kind != "blank":
        return False
    if any(_STOPS.search(lines[texts[j]].text) for j in range(kb, end + 1)):
        return False
    return widths[end] < full - INDENT - SLACK and not _left_open(lines[last].text)


def _sections(lines: list[Line], texts: list[int]) -> list[int]:
    """For each text line (index into `lines`), how many headings stand above it."""
    out, seen, heads = [], 0, 0
    for i in texts:
        heads += sum(1 for l in lines[seen:i] if l.kind == "heading")
        seen = i
        out.append(heads)
    return out


CUT_MIN = 3         # times the page says a word for a line end cutting it to be a wrap


def _words(lines: list[Line]) -> dict[str, int]:
    """How often the page's text lines say each pair of Han characters (within a line)."""
    out: Counter[str] = Counter()
    for l in lines:
        if l.kind == "text":
            for run in _HAN_RUN.findall(nonspace(l.text)):
                out.update(map(operator.add, run, run[1:]))     # each character joined to the next
    return out


def _cuts_word(upper: str, lower: str, words: dict[str, int]) -> bool:
    """Does the line end fall inside a word the page says again and again ('…总统星' / '期四…')?
    Then the line goes on into the next, whatever its width."""
    a, b = upper.rstrip()[-1:], lower.lstrip()[:1]
    return bool(a and b and _HAN.match(a) and _HAN.match(b)) and words.get(a + b, 0) >= CUT_MIN


def _glossed(upper: str, lower: str) -> bool:
    """Does `lower` open with a bracket glossing the name `upper` ends on ('…唐纳德·特朗普' /
    '(Donald Trump) 总统…')? The gloss follows the name in one sentence."""
    u, l = upper.rstrip(), lower.lstrip()
    return bool(u and _HAN.match(u[-1]) and re.match(r"[(（][A-Za-z]", l))


def _left_open(text: str) -> bool:
    """Does a line leave a bracket or a quote open at its end ('…星期四（8', '美国副总统万斯 (JD')?
    What opened goes on into the next line, whatever the converter printed between."""
    t = text.rstrip()
    return any(t.count(a) > t.count(b) for a, b in ("（）", "()", "“”", "《》")) and not ends_sentence(t)


def _opens_paragraph(lines: list[Line], i: int) -> bool:
    """Is line i the first of a paragraph: after a blank, a heading or a byline, or after a
    line that ends a sentence?"""
    if i == 0:
        return True
    p = lines[i - 1]
    return p.kind != "text" or ends_sentence(p.text)


def _mend_subtitles(lines: list[Line], words: dict[str, int]) -> list[Line]:
    """A '——' subtitle the converter broke where its box wrapped it, the rest printed after a
    blank as a line of its own ('——届时一段海况平稳的窗' / '口期将会开始'): a rest narrower
    than the line, that finishes no sentence, stands alone and is no dateline or byline ('新华社
    广州12月1日电' opens the story), joins the subtitle — unless it goes on into the text under
    it (leaves a bracket open, ends inside a word the page says, or on a name glossed below):
    then it is the story's first line, which the converter printed alone."""
    out: list[Line] = []
    skip: set[int] = set()
    for i, l in enumerate(lines):
        if i in skip:
            continue
        if l.kind == "sub" and not ends_sentence(l.text):
            j = i + 1
            while j < len(lines) and lines[j].kind == "blank":
                j += 1
            if (j > i + 1 and j < len(lines) and lines[j].kind == "text"
                    and (j + 1 >= len(lines) or lines[j + 1].kind != "text")):
                rest = lines[j].text.strip()
                if (rest and width(rest) <= REST * width(l.text.strip()) and not _STOPS.search(rest)
                        and not ends_sentence(rest) and not bylines.parse_lead(rest)
                        and bylines.parse_standalone(rest) is None and not _DATELINE.search(rest)
                        and not opens_text(lines, j, words)):
                    out.append(Line(l.no, l.text.rstrip() + rest, l.kind, dict(l.data)))
                    skip.update(range(i + 1, j + 1))
                    continue
        out.append(l)
    return out


def _first_line(rest: str, lines: list[Line], j: int) -> bool:
    """Is `rest` (line j) as wide as a paragraph's indented first line in the column of text
    right under it (no wider than the column)? Then it opens the story: a subtitle's type is larger than the body's, and what its
    box wraps onto a second line is a few characters, not a column's line."""
    below: list[float] = []
    for l in lines[j + 1:]:
        if l.kind == "heading" or len(below) >= 2 * WINDOW:
            break
        if l.kind == "text":
            below.append(width(l.text.strip()))
    full = _column(below, 0) if len(below) >= 3 else None
    return (full is not None and full - INDENT - SLACK <= width(rest) <= full + OVER
            and _next_text(lines, j) is not None)


def opens_text(lines: list[Line], j: int, words: dict[str, int] | None = None) -> bool:
    """Is text line j, printed alone, the first line of the text under it rather than a head
    line (a subtitle or its rest)? It is when it reads on into the next text line (a bracket or
    quote left open, a word of the page cut, a name glossed below) or is as wide as an
    indented first line of the column under it. `words`: `_words(lines)`, when already known."""
    rest = lines[j].text.strip()
    return (_goes_on(rest, _next_text(lines, j), _words(lines) if words is None else words)
            or _first_line(rest, lines, j))


def _next_text(lines: list[Line], i: int) -> str | None:
    """The text of the first text line after line i, past blanks (None: none follows)."""
    for l in lines[i + 1:]:
        if l.kind == "text":
            return l.text
        if l.kind != "blank":
            return None
    return None


def _goes_on(upper: str, lower: str | None, words: dict[str, int]) -> bool:
    """Does `upper` read on into `lower`: a bracket or quote left open, a word cut, a name glossed?"""
    return lower is not None and (_left_open(upper) or _cuts_word(upper, lower, words)
                                  or _glossed(upper, lower))


def _alone(lines: list[Line], i: int) -> bool:
    """Is text line i a line of its own, between blanks (or the page's edge)?"""
    return ((i == 0 or lines[i - 1].kind == "blank")
            and (i + 1 >= len(lines) or lines[i + 1].kind == "blank"))


def _head_half(text: str) -> bool:
    """Could the line be part of a headline: no sentence, byline or dateline in it?"""
    t = text.strip()
    return (bool(t) and not re.search(r"[。；;！？!?]", t) and not ends_sentence(t)
            and not bylines.parse_lead(t) and bylines.parse_standalone(t) is None
            and not _DATELINE.search(t))


def _mend_heads(lines: list[Line]) -> list[Line]:
    """A plain headline (a picture's, a box's: not marked '#') that its box wrapped, each half
    printed as a line of its own between blanks ('斯塔默宣布辞' / '去英国首相职务'): two such
    lines that read as one headline broken — even halves, the lower opening on a mark, the
    upper stopping on a comma — become one line."""
    from generator.ingest.split.heads.headstacks import balanced_wrap, open_end, starts_mid
    out: list[Line] = []
    skip: set[int] = set()
    for i, l in enumerate(lines):
        if i in skip:
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind == "blank":
            j += 1
        k = j + 1
        while k < len(lines) and lines[k].kind == "blank":
            k += 1
        if (l.kind == "text" and j > i + 1 and k < len(lines) and lines[j].kind == "text"
                and lines[k].kind == "text" and _alone(lines, i) and _alone(lines, j)
                and _head_half(l.text) and _head_half(lines[j].text)):
            upper, lower = l.text.strip(), lines[j].text.strip()
            if balanced_wrap(upper, lower) or starts_mid(lower) or open_end(upper):
                out.append(Line(l.no, upper + lower, "heading", {"rank": HALVES_RANK}))
                skip.update(range(i + 1, j + 1))
                continue
        out.append(l)
    return out


NARROWER = 2.0      # em: a headline's lines, in larger type, hold fewer characters than the text's
PIECE_LINES = 3     # lines of one piece of a headline a box wrapped
EVEN = 1.0          # em: the lines a box wrapped differ by less


def mend_head_pieces(lines: list[Line]) -> list[Line]:
    """A plain headline (a picture's, a box's: not marked '#') that the converter printed in
    pieces of one or more lines between blanks ('七国集团领导人在全球经' / '济和中东危机之际前往法'
    + '国' / then the caption): after finished text (or at the page's top), pieces with no
    sentence mark, byline or dateline, each break between two of them a wrap — a word cut, a number cut from what it counts ('…造成五' / '人死亡'), a
    clause left open ('美国司法部、'), a line opening on a mark — and every line clearly narrower
    than the text under them (the headline's larger type: fewer characters to the line), are one
    headline. Markdown pages only; run before the stages that move text under headlines, which
    would read the first piece as a story's first line."""
    if not any(l.kind == "heading" for l in lines):
        return lines
    out: list[Line] = []
    i = 0
    after_text = False          # the last non-blank line is text stopping mid-sentence
    while i < len(lines):
        # (text stopping mid-sentence goes on after the blank: no headline starts there)
        run = None if after_text else _head_run(lines, i)
        if run is None:
            out.append(lines[i])
            if lines[i].kind != "blank":
                after_text = lines[i].kind == "text" and not ends_sentence(lines[i].text)
            i += 1
            continue
        after_text = False
        texts = [lines[k].text.strip() for k in run]
        joined = "".join(texts)
        out.append(Line(lines[run[0]].no, joined, "heading", {"rank": HALVES_RANK}))
        i = run[-1] + 1
    return out


def _head_run(lines: list[Line], i: int) -> list[int] | None:
    """The text lines of a headline printed in pieces, starting at line i, after a blank (None:
    no such run; the caller has seen that no text stopping mid-sentence stands above it)."""
    if lines[i].kind != "text" or (i > 0 and lines[i - 1].kind != "blank") or not _piece_line(lines[i].text):
        return None
    from generator.ingest.split.heads.headstacks import open_end, starts_mid
    from generator.ingest.split.text.wordcut import word_across
    from generator.ingest.split.heads.wrapcut import cuts_inside
    pieces: list[list[int]] = []
    k = i
    while k < len(lines) and lines[k].kind == "text":
        piece = [k]
        while piece[-1] + 1 < len(lines) and lines[piece[-1] + 1].kind == "text":
            piece.append(piece[-1] + 1)
        if len(piece) > PIECE_LINES or not all(_piece_line(lines[j].text) for j in piece):
            break
        if pieces:
            # (the cheap tests first: the lines so far are all but the last now, even)
            done = [j for q in pieces for j in q]
            ws = [width(lines[j].text.strip()) for j in done]
            top = max(ws + [width(lines[j].text.strip()) for j in piece])
            opened = len(pieces[0]) == 1 and lines[done[0]].text.strip()[-1:] in "、，,；;：:"
            if any(w < top - EVEN for n, w in enumerate(ws) if not (opened and n == 0)):
                break
            upper = lines[pieces[-1][-1]].text
            if not (open_end(upper) or starts_mid(lines[k].text)
                    or cuts_inside(upper.strip(), lines[k].text.strip())
                    or _one_measure(upper, [lines[j].text for j in piece], top)):
                break
        pieces.append(piece)
        k = piece[-1] + 1
        while k < len(lines) and lines[k].kind == "blank":
            k += 1
    if len(pieces) < 2 or k >= len(lines) or lines[k].kind != "text" or k == pieces[-1][-1] + 1:
        return None
    run = [j for piece in pieces for j in piece]
    widths = {j: width(lines[j].text.strip()) for j in run}
    below = [width(l.text.strip()) for l in lines[k:k + 2 * WINDOW] if l.kind == "text"]
    full = _column(below, 0) if len(below) >= 3 else None
    top = max(widths.values())
    if full is None or top > full - NARROWER:
        return None
    # a box wraps a headline at one measure: every line but the last as wide as the widest (a
    # paragraph's first line is indented) — a first piece of one line may stop on a mark
    opened = len(pieces[0]) == 1 and lines[run[0]].text.strip()[-1:] in "、，,；;：:"
    last, nxt = lines[run[-1]].text.strip(), lines[k].text.strip()
    if open_end(last) or word_across(last, nxt) or starts_mid(nxt):
        return None         # a headline never stops on a comma, nor goes on into the text
    if any(widths[j] < top - EVEN for j in run[:-1] if not (opened and j == run[0])):
        return None
    return run


def _one_measure(upper: str, piece: list[str], top: float) -> bool:
    """Is the break over `piece` a wrap of one box: the line above it and the piece's first line
    both set to the box's measure (`top`, the widest line), the piece wrapped there too (more
    lines than one)? Type of one size wrapped to one measure is one headline; a kicker or a
    subtitle is a phrase of its own length, or of its own type."""
    return (len(piece) >= 2 and width(upper.strip()) >= top - EVEN
            and width(piece[0].strip()) >= top - EVEN)


def _piece_line(text: str) -> bool:
    """Could the line be a line of a headline: no sentence mark, byline, dateline or bracketed
    gloss in it?"""
    t = text.strip()
    return (bool(t) and not re.search(r"[。！？!?]", t) and not ends_sentence(t)
            and not bylines.parse_lead(t) and bylines.parse_standalone(t) is None
            and not _DATELINE.search(t) and not re.search(r"[(（]", t))
