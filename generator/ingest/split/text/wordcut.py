"""Does a break between two pieces of text fall inside a word?

A page or column break cuts a paragraph wherever the column ends, inside a word as often as not
('耗资大' / '约1470万美元'); a headline ends on a whole word, and its story's lead opens on one.
The few characters either side of the break are segmented into words, as a Chinese word
segmenter does (the likeliest run of dictionary words, each as likely as its count says); when
one word of that segmentation spans the break, the two pieces are one run of text. The word list
(`words.txt.gz`, Han words of 2–4 characters with their counts) is drawn from jieba's dictionary
by `python -m bench.ingest.build_words`.
"""
from __future__ import annotations

import gzip
import math
import os
import re
from collections import Counter
from functools import lru_cache

from generator.ingest.split.text.textutil import nonspace

_HAN = re.compile(r"[\u4e00-\u9fff]")
SIDE = 4                 # characters read on each side of the break
LONGEST = 4              # the longest word in the list
TOTAL = 60_000_000       # about the sum of the dictionary's counts: a count → a probability
SINGLE = 1               # the count a lone character stands for (a word the list lacks)
_PATH = os.path.join(os.path.dirname(__file__), "words.txt.gz")


@lru_cache(maxsize=1)
def _words() -> dict[str, float]:
    """word → log probability, read once per process."""
    out: dict[str, float] = {}
    with gzip.open(_PATH, "rt", encoding="utf-8") as f:
        for line in f:
            w, n = line.split()
            out[w] = math.log(int(n) / TOTAL)
    return out


def is_word(text: str) -> bool:
    """Is `text` a word of the list (Han words of 2–4 characters)?"""
    return text in _words()


def _han_run(text: str, from_end: bool) -> str:
    """The Han characters at the end (or the start) of `text`, at most SIDE of them."""
    t = re.sub(r"\s+", "", text)
    if from_end:
        m = re.search(r"[\u4e00-\u9fff]{1,%d}$" % SIDE, t)
    else:
        m = re.match(r"[\u4e00-\u9fff]{1,%d}" % SIDE, t)
    return m.group(0) if m else ""


def word_across(upper: str, lower: str) -> str | None:
    """The word a break between `upper` and `lower` cuts ('耗资大' / '约1470…' → '大约'), or None
    when the break falls between words (or beside a mark, a digit or a Latin letter)."""
    a, b = _han_run(upper, True), _han_run(lower, False)
    if not a or not b:
        return None
    s, cut = a + b, len(a)
    at = 0
    for w in _segment(s):
        if at < cut < at + len(w):
            return w
        at += len(w)
    return None


def word_ends_at(upper: str, lower: str) -> bool:
    """Does a word of two or more characters of the list end right at the break between
    `upper` and `lower` ('…前往法国' / '在中东…': '法国' | '在')? Then the break falls between
    words whatever pairs of characters across it the page repeats ('国在' of '美国在…')."""
    a, b = _han_run(upper, True), _han_run(lower, False)
    if not a or not b:
        return False
    at = 0
    for w in _segment(a + b):
        at += len(w)
        if at == len(a):
            return len(w) >= 2
        if at > len(a):
            return False
    return False


# a word that needs a word after it (a preposition or conjunction: no headline stops on one)
# and one bound to the word before it (a particle, 等 closing a list, 被 after its subject: no
# paragraph opens on one)
NEEDS_NEXT = set("的地得和与及并而或在对把被将从向以为于由跟同")
BOUND_BACK = set("的地得了着过们吗呢吧等被")
# modal verbs and conjunctions that want the words of their clause after them, read on a
# Markdown page, where a break's first part is otherwise taken for a headline ('…一部法案若要')
WANTS_NEXT = set("要能若需须应让使") | {
    "如果", "假如", "要是", "虽然", "尽管", "因为", "由于", "为了", "是否", "必须", "应该", "应当",
    "能够", "已经", "正在", "将会", "将要", "以及", "而且", "并且", "对于", "关于", "根据", "通过",
    "随着", "包括", "按照", "这些", "那些", "这个", "那个", "一些", "一种", "一个"}


def _segment(s: str) -> list[str]:
    """`s` (Han characters) as the likeliest run of words of the list."""
    words = _words()
    single = math.log(SINGLE / TOTAL)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(-math.inf, 0)] * len(s)
    for i in range(len(s)):
        if best[i][0] == -math.inf:
            continue
        for k in range(1, LONGEST + 1):
            if i + k > len(s):
                break
            p = single if k == 1 else words.get(s[i:i + k])
            if p is not None and best[i][0] + p > best[i + k][0]:
                best[i + k] = (best[i][0] + p, i)
    out, j = [], len(s)
    while j > 0:
        i = best[j][1]
        out.append(s[i:j])
        j = i
    return out[::-1]


def ends_wanting(text: str, modal: bool = False) -> bool:
    """Does `text` stop on a lone preposition or conjunction ('…在他知道是为'), or with `modal`
    also on a modal verb or a clause's conjunction ('…一部法案若要')? No headline stops on a word
    that wants the next one: such a text goes on into the next line."""
    a = _han_run(text, True)
    if not a or not text.rstrip().endswith(a):
        return False
    last = _segment(a)[-1]
    return last in NEEDS_NEXT or (modal and last in WANTS_NEXT)


def opens_bound(text: str) -> bool:
    """Does `text` open on a particle bound to the word before it ('的核心议题…', '们说')?
    Such a text is the rest of the line above."""
    b = _han_run(text, False)
    return bool(b) and text.lstrip().startswith(b) and _segment(b)[0] in BOUND_BACK


# a line that opens on these goes on from the line above (no line of its own starts so)
BOUND_START = set("，、。；：？！》）」』”’的之了着")
_LOOSE = NEEDS_NEXT | BOUND_BACK


def _is_han(ch: str) -> bool:
    return bool(ch) and ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")


def page_bigrams(text: str) -> Counter:
    """Every bigram of adjacent characters inside a printed line, counted over the page."""
    out: Counter = Counter()
    for t in text.split("\n"):
        t = nonspace(t)
        out.update(t[k:k + 2] for k in range(len(t) - 1))
    return out


def cuts_page_word(upper: str, lower: str, words: Counter) -> bool:
    """Does the break between the two lines fall inside a word: one the page prints unbroken
    elsewhere (`page_bigrams`; no particle or preposition, which pairs with anything), or one of
    the word list?"""
    a, b = nonspace(upper)[-1:], nonspace(lower)[:1]
    if not (_is_han(a) and _is_han(b)):
        return False
    if words[a + b] > 0 and not {a, b} & _LOOSE:
        return True
    return word_across(upper, lower) is not None
