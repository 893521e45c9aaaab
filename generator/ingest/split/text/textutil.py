"""Character classes and small text measures shared by the ingest stages.

Everything here is about layout cues that hold for any Chinese newspaper page: which characters
are Han, which punctuation ends a sentence, how wide a line is in "em" units (Han = 1, ASCII and
the punctuation PDF tools compress = ½), and how Chinese numerals read.
"""
from __future__ import annotations

import operator
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Iterator

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
SENTENCE_MARKS = re.compile(r"[。！？!?；;]")    # a mark that ends a sentence or a clause of one
# Full-width punctuation that counts as "CJK" for spacing decisions.
CJK_PUNCT = "，。、；：！？“”‘’（）《》〈〉【】「」『』…—·～﹏￥％＋－／"
_WIDE = re.compile(f"[{HAN}{CJK_PUNCT}]")
_HALF = set(CJK_PUNCT) - {"—", "…"}

SENTENCE_END = set("。！？!?…")
CLOSERS = set("”’」』）)》】〕\"'")
SUBTITLE_OPENING = re.compile(r"^(?:——|──|－－|--)\s*\S")   # a '——' subtitle's first characters
CONTINUES = set("，、；：,;:（(“‘《〈【—")      # a line ending in these is mid-sentence
BULLETS = "□■◎○●◆◇▲△★☆◉▶►"

ENUMERATOR = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|"
    r"\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[，、,是]|[①-⑳])")


def is_wide(ch: str) -> bool:
    return bool(_WIDE.match(ch))


_SPACE = re.compile(r"\s+")
_HALF_MARK = re.compile("[\x00-\x7f" + re.escape("".join(sorted(_HALF))) + "]")
_ASCII = re.compile("[\x00-\x7f]")


# How the page being split sets its marks (`classify.markwidth`, set by split_page): a context
# variable, so a split in another thread or task never sees this page's setting.
_MARKS_FULL: ContextVar[bool] = ContextVar("marks_full", default=False)


@contextmanager
def marks_full(full: bool) -> Iterator[None]:
    """Measure marks a full em (`True`) or half (`False`) inside the block; the setting before
    it comes back however the block ends."""
    token = _MARKS_FULL.set(full)
    try:
        yield
    finally:
        _MARKS_FULL.reset(token)


def width(text: str) -> float:
    """Printed width in em: Han characters are 1, ASCII ½, and the punctuation PDF tools
    compress ½ — or a full em on a page whose own column lines show it sets marks a full em
    (`classify.markwidth`)."""
    return full_width(text) if _MARKS_FULL.get() else half_width(text)


@lru_cache(maxsize=1 << 16)
def half_width(text: str) -> float:
    """Width in em with compressible punctuation ½. Counted by regular expressions and cached:
    the stages measure each line of a page dozens of times."""
    ink = _SPACE.sub("", text)
    return len(ink) - 0.5 * (len(ink) - len(_HALF_MARK.sub("", ink)))


@lru_cache(maxsize=1 << 16)
def full_width(text: str) -> float:
    """Width in em with every mark a full em: justified type and headlines may set a mark
    anywhere from half an em to a full one, so a line full of marks measures short by `width`."""
    ink = _SPACE.sub("", text)
    return len(ink) - 0.5 * (len(ink) - len(_ASCII.sub("", ink)))


def nonspace(text: str) -> str:
    return _SPACE.sub("", text)


_SPACE_RUN = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a]+")


@lru_cache(maxsize=1 << 16)
def squash_spaces(text: str) -> str:
    """Drop layout spaces next to Han characters or full-width punctuation, keep one space
    between Latin words ("Hello world") — PDF tools justify Chinese lines with spaces."""
    def repl(m: re.Match) -> str:
        s, e = m.start(), m.end()
        before = text[s - 1] if s > 0 else ""
        after = text[e] if e < len(text) else ""
        if not before or not after:
            return ""
        if is_wide(before) or is_wide(after):
            return ""
        return " "
    return _SPACE_RUN.sub(repl, text)


def phrase_spaces(text: str) -> str:
    """For headline-like text: collapse space runs to one (a gap between phrases is meaningful
    in kickers such as '临危受命 逆行出征'), trim the ends."""
    return _SPACE_RUN.sub(" ", text).strip()


def last_meaningful(text: str) -> str:
    """The last character that is not a closing quote/bracket or space."""
    t = text.rstrip()
    while t and t[-1] in CLOSERS:
        t = t[:-1].rstrip()
    return t[-1] if t else ""


def ends_sentence(text: str) -> bool:
    """True when `text` ends a sentence (。！？… possibly inside closing quotes)."""
    return last_meaningful(text) in SENTENCE_END


# a bracketed note right after a finished sentence: '…落实。（记者 王薇）', '…。（作者单位：X）'
_NOTE_END = re.compile(r"[。！？!?…][”’」』\"']?[ \t\u3000]*[（(][^（）()]{1,60}[）)]$")


def ends_text(text: str) -> bool:
    """Does `text` end a piece of text: a finished sentence, or a note in brackets printed
    right after one (a signature or author note closes the story)? Give it enough of the
    last lines to hold the note's opening bracket."""
    t = text.rstrip()
    return ends_sentence(t) or bool(_NOTE_END.search(t))


_HAN_CHAR = re.compile(f"[{HAN}]")


def han_count(text: str) -> int:
    return len(_HAN_CHAR.findall(text))


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(text: str) -> int | None:
    """'四' → 4, '十二' → 12, '二十' → 20, '3' / '３' → 3; None when not a number."""
    t = text.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if t.isdigit():
        return int(t)
    if not t or any(c not in _CN_DIGITS and c not in "十百" for c in t):
        return None
    total, current = 0, 0
    for c in t:
        if c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _CN_DIGITS[c] if current else _CN_DIGITS[c]
    return total + current


_GRAM_RUN = re.compile(f"[{HAN}0-9A-Za-z]+")


def bigrams(text: str) -> set[str]:
    """Character bigrams inside runs of Han/alphanumerics (punctuation and spaces cut runs)."""
    out: set[str] = set()
    for run in _GRAM_RUN.findall(text):
        out.update(map(operator.add, run, run[1:]))      # each character joined to the next
    return out


def printed_indent(text: str) -> bool:
    """Does the line open with printed indentation (a full-width space, a tab, two spaces)? One
    space is a word space the wrap carried to the line's start ('(NASA)' / ' 星期二…')."""
    return text.startswith(("\u3000", "\t", "  "))
