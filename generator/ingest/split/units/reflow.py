"""Hard-wrapped column lines → paragraphs.

PDF text of a Chinese page comes as ~15-character column lines, with blank lines wherever a column
or text box ended — often in the middle of a sentence. Paragraphs are rebuilt from layout cues
only: sentence-final punctuation, the width of a line compared with its column (a paragraph's last
line is short, its first line is indented by two characters), and whether text visibly stops
mid-sentence before a blank line. Lines are joined without spaces between Han characters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ingest.split.classify.latinwrap import pushed_short
from generator.ingest.split.authors.bylines import name_list, parse_lead, split_tail
from generator.ingest.split.text.textutil import (BULLETS, CONTINUES, ENUMERATOR, ends_sentence, ends_text, last_meaningful, squash_spaces, width)

WRAPPED_MAX = 30.0     # lines wider than this (in em) are whole paragraphs, not column lines
WIDE_SAME = 4.0        # em: two lines wrapped to one measure wider than the column differ by less
MEASURE_MIN = 8.0      # em: a column line at least this wide…
OTHER_MEASURE = 4.0    # …is not followed across a break by lines this much wider


@dataclass
class TextLine:
    no: int
    text: str


@dataclass
class Para:
    text: str
    lines: list[int] = field(default_factory=list)
    last_width: float = 0.0        # width of its last source line
    single: bool = True            # made of one source line
    raw: list[str] = field(default_factory=list)   # the source lines as printed

    @property
    def first(self) -> int:
        return self.lines[0]

    @property
    def last(self) -> int:
        return self.lines[-1]


def column_widths(lines: list[TextLine], radius: int = 10) -> list[float | None]:
    """For each line, the full width of its column: the upper quartile of nearby wrapped lines."""
    ws = [width(squash_spaces(l.text)) for l in lines]
    out: list[float | None] = []
    for i in range(len(lines)):
        near = sorted(w for w in ws[max(0, i - radius): i + radius + 1] if 4 <= w <= WRAPPED_MAX)
        if len(near) < 4:
            out.append(None)
            continue
        out.append(near[(len(near) * 3) // 4])
    return out


def join(a: str, b: str) -> str:
    """Join two wrapped pieces: no space, except between two Latin words."""
    a, b = a.rstrip(), b.lstrip()
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return f"{a} {b}"
    return a + b


def indented(raw: str) -> bool:
    """Does a printed line open with a paragraph indent (two ideographic spaces, or four
    spaces)? Extractors that keep indents print them only where a paragraph starts."""
    return raw.startswith(("\u3000\u3000", "    ", "\u3000 ", " \u3000")) and bool(raw.strip())


def line_text(raw: str) -> str:
    """A printed line's text for a paragraph: layout spaces dropped, except between the names of
    a name list, which stay apart by one ideographic space (the way Chinese type separates
    listed names; an ASCII space between Han characters reads as a layout fault)."""
    return "\u3000".join(raw.split()) if name_list(raw) else squash_spaces(raw.strip())


def overfull(text: str, full: float | None) -> bool:
    """Is a line wider than its column? Wrapped body lines never are (a punctuation mark may
    hang past the edge), so such a line is set on its own: a headline, a list, a table row."""
    if full is None:
        return False
    t = text.rstrip()
    w = hung_width(t)
    # a mark is counted as half an em, but justified type sets it anywhere from half to a
    # full em, so a body line with marks can measure an em over the column: allow half an
    # em of slack per mark (a headline set wider than its column rarely has any)
    marks = sum(1 for ch in t[:-1] if not ch.isalnum() and not ch.isspace())
    return full + 0.75 + 0.5 * marks < w <= WRAPPED_MAX


def hung_width(t: str) -> float:
    """A line's width without a closing mark, which may hang past the column's edge."""
    return width(t) - (width(t[-1]) if t and not t[-1].isalnum() else 0.0)


def opens_paragraph(b: str, c: str | None, full: float | None) -> bool:
    """Is `b` the indented first line of a paragraph that `c` continues? An indented line is two
    characters short of the column, and the line after it fills the column again — a
    paragraph's short last line has no such full-width successor."""
    if full is None or c is None:
        return False
    wb = width(b)
    return full - 2.75 <= wb <= full - 1.25 and width(c) >= full - 1.0 and not ends_sentence(b)


def breaks_inside(a: str, b: str, full: float | None, para: str = "", a_first: bool = False,
                  c: str | None = None, md: bool = False) -> bool:
    """Is there a paragraph break between consecutive lines `a` and `b` of one block?
    `para` is the paragraph so far (a numbered sub-heading ends on a short line even without
    punctuation when the next line is indented, or on a full line when the next line opens an
    indented paragraph — `c` is the line after `b`). `md`: the page is a PDF→Markdown
    converter's, which prints a blank line after each paragraph of a caption or box."""
    wa, wb = width(a), width(b)
    if split_tail(para or a) is not None:
        return True            # the story's signature '（记者 X）' closed the paragraph
    if b[:1] in BULLETS and (ends_sentence(a) or a.endswith(("）", ")"))):
        return True            # a bulleted item starts afresh
    if b[:1] in "”’」』）)》】〕，。、；：！？":
        return False           # a paragraph never opens with a closing mark or a stop
    if name_list(a) or name_list(b):
        return True            # a line of a list of names stands on its own
    if wa > WRAPPED_MAX or full is None:
        return ends_sentence(a)
    if overfull(a, full) and not wrapped_wide(a, b, full, para, md) and not (md and md_line_on(a, b, full)):
        return True            # a line set on its own, wider than the column
    indent_b = wb <= full - 1.5
    if ends_sentence(a):
        # a sentence that ended at the column's end may go on in a full line under it; so may a
        # paragraph's indented first line reaching the column's end (two ems short of it)
        reaches = wa > full - 2.0 or (a_first and wa >= full - 2.75)
        return not reaches or indent_b or parse_lead(b) is not None
    if last_meaningful(a) in CONTINUES or pushed_short(a, b, full):
        return False           # (or a bracketed Latin gloss did not fit on the line: it goes on)
    heading = ENUMERATOR.match(para or a) is not None and len(para or a) <= 40
    room = full - (2.0 if a_first else 0.0)      # a paragraph's first line is indented
    if heading and opens_paragraph(b, c, full):
        return True
    if a_first and wa <= room - 2.5 and subheading_shaped(a) and opens_paragraph(b, c, full):
        # a short phrase standing alone: an un-numbered sub-heading — only when the next line
        # is visibly indented and the one after fills the column again, so a first line that
        # merely sits in a column narrower than the page's usual width is not cut off
        return True
    return wa <= room - 2.5 and indent_b and (heading or ENUMERATOR.match(b) is not None)


def wrapped_wide(a: str, b: str, full: float | None, para: str = "", md: bool = False) -> bool:
    """Are `a` and `b` lines of a paragraph set wider than the column (a caption or a box across
    columns), `a` wrapped into `b`? `a` stops mid-sentence, on a word or a comma, and `b` runs
    over the column by about as much (Latin words and marks make the measured widths of one
    measure differ by an em or more) — or, when the paragraph so far (`para`) holds more than a
    column line besides `a`, is the paragraph's shorter last line."""
    if ends_sentence(a) or not (a[-1:].isalnum() or last_meaningful(a) in CONTINUES):
        return False
    wa, wb = width(a), width(b)
    if overfull(b, full) and wide_measure(a, b, md):
        return True
    return wb < wa and full is not None and width(para) >= wa + full + 1.0


LATIN_SLACK = 2.0      # em more two lines of one wide measure may differ by when one holds Latin words
_LATIN = re.compile(r"[A-Za-z]{2,}")


def wide_measure(a: str, b: str, md: bool = True) -> bool:
    """Are `a` and `b` set to one measure? Latin words print wider than counted (proportional
    type, the spaces justification puts round them), so a line holding some may count short
    (`md`: on a Markdown converter's page, whose lines are printed as the PDF set them)."""
    slack = WIDE_SAME + (LATIN_SLACK if md and (_LATIN.search(a) or _LATIN.search(b)) else 0.0)
    return abs(width(a) - width(b)) <= slack


def md_line_on(a: str, b: str, full: float | None) -> bool:
    """On a Markdown converter's page: does a caption's or box's line over the column go on into
    the line under it in the same block? The converter ends a paragraph with a blank line, so
    one block is one paragraph: a line stopping mid-sentence goes on (a caption's box may be an
    em or two wider than the text column), and so does one ending a sentence at the line's end
    over a line of the same measure, the next sentence."""
    if not ends_sentence(a):
        return parse_lead(b) is None and b[:1] not in BULLETS
    return overfull(b, full) and wide_measure(a, b, True)


def subheading_shaped(line: str) -> bool:
    """A short line of words with no punctuation at all ('党建引领聚合力'): when it opens a
    paragraph and stops well short of the column, it cannot be the first line of wrapped
    text (that fills the column), so it is a paragraph — a sub-heading — on its own."""
    t = line.strip()
    return 4 <= len(t) <= 20 and not re.search(r"[\W_]", t.replace(" ", ""))


def reflow_block(lines: list[TextLine], fulls: list[float | None], carry: str = "",
                 md: bool = False) -> list[Para]:
    """One block of consecutive non-blank lines → its paragraphs. `carry` is the text of a
    paragraph from before a blank line that this block's first line continues. `md`: a
    Markdown converter's page (`breaks_inside`)."""
    paras: list[Para] = []
    cur: Para | None = None
    prev = ""
    for k, (line, full) in enumerate(zip(lines, fulls)):
        text = line_text(line.text)
        after = line_text(lines[k + 1].text) if k + 1 < len(lines) else None
        context = (carry + cur.text) if cur is not None and cur is paras[0] else (cur.text if cur else "")
        a_first = cur is not None and len(cur.lines) == 1 and not (carry and cur is paras[0])
        if cur is not None and not breaks_inside(prev, text, full, context, a_first, after, md):
            cur.text = join(cur.text, text)
            cur.lines.append(line.no)
            cur.single = False
            cur.raw.append(line.text.strip())
        else:
            cur = Para(text, [line.no], raw=[line.text.strip()])
            paras.append(cur)
        cur.last_width = width(text)
        prev = text
    return paras


def continues_across_blank(prev: Para, full: float | None, nxt: list[str] | None = None) -> bool:
    """Does paragraph `prev` go on after a blank line (a column break mid-sentence)? `nxt` are
    the first lines after the blank."""
    if ends_text(prev.text) or split_tail(prev.text) is not None:
        return False           # a finished sentence (a note in brackets may close it: '。（完）'), or a story signed '（记者 X）'
    if nxt and nxt[0].strip()[:1] in BULLETS:
        return False           # a bulleted item starts afresh
    if nxt and indented(nxt[0]):
        return False           # an indented line opens a paragraph: a column break never indents
    if (nxt and len(nxt) >= 2 and prev.last_width >= MEASURE_MIN
            and all(width(squash_spaces(t.strip())) >= prev.last_width + OTHER_MEASURE for t in nxt[:2])):
        return False           # text going on across a column break keeps its measure: lines far
                               # wider than the column are a box or caption of their own
    if last_meaningful(prev.text) in CONTINUES:
        return True
    if ENUMERATOR.match(prev.text) and len(prev.text) <= 40 and full is not None:
        expected = full - (2.0 if prev.single else 0.0)
        if prev.last_width <= expected - 2.5:
            return False          # a numbered sub-heading that ended on a short line
        if nxt and len(nxt) >= 2 and opens_paragraph(squash_spaces(nxt[0].strip()),
                                                     squash_spaces(nxt[1].strip()), full):
            return False          # … or on a full one, before an indented paragraph
    return True


def reflow_lines(lines: list[TextLine]) -> list[Para]:
    """Reflow text lines where a TextLine with empty text stands for a blank line."""
    fulls_all = column_widths([l for l in lines if l.text.strip()])
    it = iter(fulls_all)
    fulls = [next(it) if l.text.strip() else None for l in lines]
    paras: list[Para] = []
    block: list[tuple[TextLine, float | None]] = []

    def flush() -> None:
        if not block:
            return
        cont = bool(paras) and continues_across_blank(paras[-1], block[0][1],
                                                      [b[0].text for b in block[:2]])
        new = reflow_block([b[0] for b in block], [b[1] for b in block],
                           carry=paras[-1].text if cont else "")
        if cont and new:
            head = new.pop(0)
            paras[-1].text = join(paras[-1].text, head.text)
            paras[-1].lines += head.lines
            paras[-1].last_width = head.last_width
            paras[-1].single = False
            paras[-1].raw += head.raw
        paras.extend(new)
        block.clear()

    for line, full in zip(lines, fulls):
        if line.text.strip():
            block.append((line, full))
        else:
            flush()
    flush()
    return paras


def reflow(text: str) -> list[str]:
    """Plain text → paragraph strings (every line treated as body text)."""
    lines = [TextLine(i + 1, s) for i, s in enumerate(text.split("\n"))]
    return [p.text for p in reflow_lines(lines) if p.text]
