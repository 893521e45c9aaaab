"""A column label printed as a head stack's first line ('大国博弈', '聚焦国际局势' over the title).

A paper sets the name of a column or a running theme over a story's title as its kicker. Such
a label names the column, not the news: the page's text hardly says its words. And it is no
first piece of a title a box wrapped — a wrap fills the box's first line, a break at a sense
mark keeps the mark or halves the title — so a label stands far narrower than the line under
it. The shape rules that read a head stack's lines from their story cannot tell it when the
story is printed away from its headline (a headline group at a page's top or foot) and do not
split a title holding commas; this rule reads the label from the whole page instead.
"""
from __future__ import annotations

import re

from generator.ingest.split.heads.headshape import SUB_LINE
from generator.ingest.split.heads.headstacks import cuts_word, starts_mid
from generator.ingest.split.text.textutil import bigrams, han_count, squash_spaces, width

LABEL_CHARS = 10         # Han characters of a label at most
LABEL_SHARE = 0.6        # a label is at most this share of the width of the line under it
SAID_MAX = 1 / 3         # share of a label's words (bigrams) the page's text may say
_PLAIN = re.compile(r"^[\u3400-\u9fff A-Za-z0-9\u3000]+$")


def label_over_title(texts: list[str], page_text: str) -> bool:
    """Is the first of a head stack's lines (2 or more, '——' lines after the plain ones) a
    column label over the title under it: a plain phrase — no mark — far narrower than the
    next line, its break cutting no word of the page, and its words said by at most a third
    of the page's text outside the headlines?"""
    plain = [t for t in texts if not SUB_LINE.match(t.strip())]
    if len(plain) < 2 or plain[0] != texts[0]:
        return False
    upper, lower = texts[0].strip(), squash_spaces(texts[1]).strip()
    if not _PLAIN.match(upper) or not 2 <= han_count(upper) <= LABEL_CHARS:
        return False
    if width(squash_spaces(upper)) > LABEL_SHARE * width(lower) or starts_mid(lower):
        return False
    page = bigrams(page_text)
    if cuts_word(upper, lower, page):
        return False
    grams = bigrams(upper)
    return bool(grams) and sum(g in page for g in grams) <= SAID_MAX * len(grams)
