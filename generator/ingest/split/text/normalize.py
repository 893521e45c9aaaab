"""Text that PDF extraction gets wrong, put right at ingest (called from decode) and counted.

- **Kangxi radicals and CJK compatibility ideographs** (U+2F00–U+2FDF, U+2E80–U+2EFF,
  U+F900–U+FAFF): fonts embedded as Type 3 or with a shared glyph make extractors print `⾼` for
  `高`. Each such character maps to the unified ideograph its Unicode compatibility decomposition
  names (NFKC of just these blocks); characters without one (most radical-supplement forms)
  stay as they are.
- **Letter-spaced lines**: a justified column line comes out as `新 华 社 北 京 3 月 5 日 电`,
  `（ 以 下 简 称 ）`. In a line holding a run of three or more Han characters or CJK punctuation
  marks, each separated by one space, the spaces next to CJK characters are removed. A line that is
  only a short run of spaced Han characters (`政 府 工 作 报 告`, a running header or column label
  the splitter recognises by its spacing) is left as it is, and so are spaces between Latin words.
- **Full-width spaces inside a prose line** (`据悉　该项目`): removed between two CJK characters;
  leading ones (a paragraph indent, which the splitter reads), the gap after a dateline or
  before a byline role (`…电　记者`) and gaps between names after a role (`记者　王薇　李明`) are kept.
- **Half-width punctuation in Chinese text** (`据悉,该项目`, `问题!”`, `(以下简称)`): `,;:!?`
  right after a Han character and followed by CJK text, a digit or the line end, and `()` around
  text with Han characters, become `，；：！？（）` — but only on a page whose own convention is
  full-width (more full-width marks than such half-width ones): some papers and extractors set
  ASCII marks throughout, and a page is kept consistent with itself. Digits (`1,000`, `3:2`,
  `10:30`), Latin words, URLs and e-mail addresses are never touched (no Han character before
  the mark).

`normalize_text(text) → (text, counts)`; `normalization_note(name, counts)` is the line for
ingest's report and `split`'s stderr.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from generator.ingest.split.text.textutil import CJK_PUNCT, HAN

_WIDE = f"{HAN}{CJK_PUNCT}"
_COMPAT_BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF))
_COMPAT_CHARS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]")

KIND_RADICAL = "radical"
KIND_COMPAT = "compatibility ideograph"
KIND_SPACED = "letter-spaced line"
KIND_IDEO_SPACE = "full-width space"
KIND_PUNCT = "half-width punctuation"
KIND_DOT = "bullet middle dot"


def _unified(ch: str) -> bool:
    return len(ch) == 1 and unicodedata.name(ch, "").startswith("CJK UNIFIED IDEOGRAPH")


@lru_cache(maxsize=1)
def compat_table() -> dict[int, str]:
    """Code point → unified ideograph, for every character of the three blocks whose NFKC form
    is one CJK unified ideograph (the 12 unified ideographs inside U+FA0E–U+FA29 map to
    themselves and are left out)."""
    table = {}
    for lo, hi in _COMPAT_BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if not unicodedata.name(ch, ""):
                continue
            to = unicodedata.normalize("NFKC", ch)
            if to != ch and _unified(to):
                table[cp] = to
    return table


def _fix_compat(text: str, counts: Counter) -> str:
    if not _COMPAT_CHARS.search(text):
        return text
    table = compat_table()
    for ch in _COMPAT_CHARS.findall(text):
        if ord(ch) in table:
            kind = KIND_COMPAT if ord(ch) >= 0xF900 else KIND_RADICAL
            counts[(kind, f"{ch}→{table[ord(ch)]}")] += 1
    return text.translate(table)


# a run of ≥3 CJK characters, each separated from the next by exactly one space
_SPACED_RUN = re.compile(f"[{_WIDE}](?:[ \u3000][{_WIDE}]){{2,}}")
# the splitter's spaced label/running-header line: only spaced Han characters, 2–16 of them
_LABEL_LINE = re.compile(f"^[ \t\u3000]*[{HAN}](?:[ \t\u3000]+[{HAN}]){{1,15}}[ \t\u3000]*$")
# in a letter-spaced line: one space between a CJK character and a digit or another CJK character
_CJK_GAP = re.compile(f"(?<=[{_WIDE}0-9])[ \u3000](?=[{_WIDE}])|(?<=[{_WIDE}])[ \u3000](?=[0-9])")


JUSTIFIED_MIN = 7        # Han characters: a spaced label or running header is shorter


def _justified(line: str, nxt: str) -> bool:
    """Is a line of spaced Han characters a line of text that justification spread (the
    converter printed the gaps as spaces), not a label? It is when it is long and the text goes
    on in the next line, with no blank between ('本 报 讯 记 者 熊 洋 浩 报' / '道：特朗普…')."""
    n = nxt.strip()
    return (len(re.sub(r"\s", "", line)) >= JUSTIFIED_MIN and bool(n) and n[0] not in "#*-|>"
            and not _LABEL_LINE.match(nxt))


def _lead_cut(line: str, after: str) -> bool:
    """Is a line of spaced Han characters the start of a lead byline that the line's end cut
    ('本 报 讯 记 者 曹 琪 燕 报' … '道：美国总统…')? A converter to Markdown may print blank
    lines between the two; the byline's grammar, read across them, says it is text."""
    from generator.ingest.split.authors.bylines import parse_lead
    closed = re.sub(r"\s", "", line)
    lead = parse_lead(closed + after.strip())
    return lead is not None and len(re.sub(r"\s", "", lead.text)) > len(closed)


def _close_letter_spacing(line: str, counts: Counter, nxt: str = "", after: str = "") -> str:
    """`line` closed up when it is letter-spaced text; `nxt` is the next line, `after` the next
    non-blank one."""
    if not _SPACED_RUN.search(line) or (_LABEL_LINE.match(line) and not _justified(line, nxt)
                                        and not _lead_cut(line, after)):
        return line
    indent = re.match(r"^[ \t\u3000]*", line).group()
    body = line[len(indent):]
    closed = _CJK_GAP.sub("", body)
    if closed != body:
        counts[(KIND_SPACED, "")] += 1
    return indent + closed


# a bracketed Latin spelling: a line holding one has few break points, and justification spreads
# the rest of the line ('·里 奇 (Matthew Ritchie)', '伊 (Mojtaba Khamenei) 仍 然')
_GLOSS = re.compile(r"[(（]\s*[A-Za-z][A-Za-z .'-]+[)）]?")
_HAN_GAP = re.compile(f"(?<=[{HAN}]) (?=[{HAN}])")


def _close_glossed_line(line: str, counts: Counter) -> str:
    """`line` with the single spaces between two Han characters removed when it holds a bracketed
    Latin spelling and no byline role (a role's names stay apart: '记者 王薇 (Wang Wei)')."""
    if "(" not in line and "（" not in line or not _GLOSS.search(line) or _ROLE_NEAR.search(line):
        return line
    if _LABEL_LINE.match(line) or not _HAN_GAP.search(line.strip()):
        return line
    indent = re.match(r"^[ \t\u3000]*", line).group()
    counts[(KIND_SPACED, "")] += 1
    return indent + _HAN_GAP.sub("", line[len(indent):])


_PROSE = re.compile("[，。、；！？]")
_MD_MARK = re.compile(r"^\s{0,3}#{1,6}\s")
_IDEO_GAP = re.compile(f"(?<=[{_WIDE}])\u3000(?=[{_WIDE}])")
# a gap that separates a dateline or a byline role from what follows is meaningful
_KEEP_BEFORE = re.compile(r"(?:记者|通讯员|特约|实习|本报|文/|图/|摄影|编者)")
_KEEP_AFTER = set("电讯摄）)】")
_ROLE_NEAR = re.compile(r"记者|通讯员|实习生|特约|摄影|作者|编辑")     # names after a role stay apart


def _drop_ideographic_spaces(line: str, counts: Counter) -> str:
    if "\u3000" not in line.lstrip(" \t\u3000") or not _PROSE.search(line):
        return line
    indent = re.match(r"^[ \t\u3000]*", line).group()
    body = line[len(indent):]

    def repl(m: re.Match) -> str:
        if (body[m.start() - 1] in _KEEP_AFTER or _KEEP_BEFORE.match(body, m.end())
                or _ROLE_NEAR.search(body, max(0, m.start() - 12), m.start())):
            return m.group()
        counts[(KIND_IDEO_SPACE, "")] += 1
        return ""
    return indent + _IDEO_GAP.sub(repl, body)


_OPENERS = "“‘（《〈【「『"
_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_HALF_MARK = re.compile(
    f"(?<=[{HAN}”’）》」』])([,;:!?])(?=[{_WIDE}{_OPENERS}0-9]|[ \t]*$)", re.M)
_HALF_PARENS = re.compile(r"\(([^()\n]{1,60})\)")
_HAN_CHAR = re.compile(f"[{HAN}]")
_FULL_MARKS = re.compile("[，；：！？（]")


def _half_parens(text: str) -> list[re.Match]:
    return [m for m in _HALF_PARENS.finditer(text) if _HAN_CHAR.search(m.group(1))]


def _fix_punctuation(text: str, counts: Counter) -> str:
    marks = list(_HALF_MARK.finditer(text))
    parens = _half_parens(text)
    if not marks and not parens:
        return text
    if len(_FULL_MARKS.findall(text)) <= len(marks) + len(parens):
        return text          # the page sets ASCII marks throughout: keep it consistent with itself
    for m in marks:
        counts[(KIND_PUNCT, m.group(1))] += 1
    for m in _half_parens(_HALF_MARK.sub("", text)):
        counts[(KIND_PUNCT, "()")] += 1
    return fullwidth_punctuation(text)


def fullwidth_punctuation(text: str) -> str:
    """`,;:!?` after a Han character (before CJK text, a digit or the line end) and `()` around
    text with Han characters as full-width marks, whatever the rest of the text uses."""
    text = _HALF_MARK.sub(lambda m: _FULL[m.group(1)], text)
    return _HALF_PARENS.sub(
        lambda m: f"（{m.group(1)}）" if _HAN_CHAR.search(m.group(1)) else m.group(), text)


def normalize_text(text: str) -> tuple[str, Counter]:
    """`text` with the extraction faults above put right, and a count per (kind, detail)."""
    counts: Counter = Counter()
    text = _fix_compat(text, counts)
    raw = text.split("\n")
    after = [""] * len(raw)           # the next non-blank line after each line
    for k in range(len(raw) - 2, -1, -1):
        after[k] = raw[k + 1] if raw[k + 1].strip() else after[k + 1]
    # a Markdown converter prints blank lines inside paragraphs: there the text goes on after them
    md = any(_MD_MARK.match(s) for s in raw)
    lines = [_drop_ideographic_spaces(_close_letter_spacing(s, counts, aft if md else nxt, aft), counts)
             for s, nxt, aft in zip(raw, raw[1:] + [""], after)]
    if md:           # (a Markdown converter prints the PDF's spread gaps as spaces)
        lines = [_close_glossed_line(s, counts) for s in lines]
    text = _fix_punctuation("\n".join(lines), counts)
    text = _fix_bullet_dots(text, counts)
    return text, counts


# A converter to Markdown (pymupdf4llm) starts a list item ('- ') where a text span starts with
# '·' — and a PDF often sets the middle dot of a name in a font of its own, so '基尔·斯塔默'
# comes out as '基尔  - 斯塔默', or as '安德烈' / '- 道格拉斯' when the dot opened a line. A
# hyphen set apart by spaces between two Han characters, or a list mark opening a line whose
# sentence the line above has not finished, is that dot.
_DOT_INLINE = re.compile(f"(?<=[{HAN}]) +- +(?=[{HAN}])")
_DOT_LINE = re.compile(f"^(?![ \\t]*[-*+] )(.*[{HAN}])(\\n(?:[ \\t]*\\n)*)- +(?=[{HAN}])", re.M)


def _fix_bullet_dots(text: str, counts: Counter) -> str:
    if "- " not in text:
        return text
    def dot(m: re.Match) -> str:
        counts[(KIND_DOT, "")] += 1
        return "".join(m.groups()) + "·"
    return _DOT_LINE.sub(dot, _DOT_INLINE.sub(dot, text))


def normalization_note(name: str, counts: Counter) -> str:
    """`01.txt: normalised extraction faults: 3 Kangxi radicals (⾼→高 ×2, ⼈→人 ×1), 2 letter-spaced
    lines closed up, …` for ingest's report and `split`'s stderr."""
    parts = []
    for kind, label in ((KIND_RADICAL, "Kangxi radical{s} → unified ideographs"),
                        (KIND_COMPAT, "CJK compatibility ideograph{s} → unified ideographs"),
                        (KIND_SPACED, "letter-spaced line{s} closed up"),
                        (KIND_IDEO_SPACE, "full-width space{s} inside a line removed"),
                        (KIND_PUNCT, "half-width punctuation mark{s} → full-width"),
                        (KIND_DOT, "middle dot{s} printed as a list mark ' - ' → '·'")):
        items = sorted(((d, n) for (k, d), n in counts.items() if k == kind), key=lambda x: (-x[1], x[0]))
        total = sum(n for _, n in items)
        if not total:
            continue
        text = f"{total} " + label.format(s="" if total == 1 else "s")
        details = [f"{d} ×{n}" for d, n in items if d]
        if details:
            text += " (" + ", ".join(details[:8]) + (f", {len(details) - 8} more" if len(details) > 8 else "") + ")"
        parts.append(text)
    return f"{name}: normalised text the PDF extraction got wrong: " + "; ".join(parts)
