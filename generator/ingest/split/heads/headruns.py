"""A Markdown headline printed as several '#' lines with blank lines between them.

A PDF→Markdown converter marks each line set in headline type with '#'; when it prints the
lines of one wrapped headline as blocks of their own, blank lines fall between them:

    ## 瑞士国际足联博物馆将

    ## 世界杯历史生动呈现

A kicker is set smaller than its headline (a plain line, or a '#' of a lower rank) and a
subtitle under it too, so two '#' lines of one rank with only blank lines between them are
one headline when the upper one speaks of the story under them — unless it is something else
set in headline type: a column or brief label ('## 简讯'), a bulleted item's head, or a kicker
the converter set
large: a phrase set apart by a gap over a line with none ('## 乡村振兴 特色产业'), or one
far narrower than the line under it ('## 守牢底线' over '## 冬季安全生产不容松懈'; a box wraps
a headline into lines of about its measure, the last one no wider). A banner over the page's
first story says none of the words that open the story under the pieces; a full headline,
over or under another one, that the first paragraph under the two hardly says while the
text further down says it again and again heads a story of its own (`own_text_below`;
`stackswap` and the story matching read those): they stay apart.
"""
from __future__ import annotations

import re

from generator.ingest.split.text.textutil import BULLETS, HAN, SENTENCE_MARKS, bigrams, squash_spaces, width

MAX_CHARS = 60          # the longest headline
KICKER_SHARE = 0.6      # an upper piece narrower than this share of the lower one is a kicker
LEAD = 60               # characters of text under the pieces that open the story below them
SPOKEN = 1              # bigrams of the upper piece the opening says again
HEAD_MIN = 12           # characters: a piece this long may be a full headline of its own…
ONCE = 1                # …said at most once by the first paragraph under it…
OWN_MIN = 5             # …past which its own text says this many of its bigrams…
OWN_SHARE = 0.4         # …and this share of them
_PHRASED = re.compile(rf"[{HAN}][ \t\u3000]+[{HAN}]")
_SUB = re.compile(r"^\s*(?:——|──|－－|--)")


def _label(text: str) -> bool:
    from generator.ingest.split.stories.kinds import is_brief_label, is_commentary_label, is_section_label
    return is_brief_label(text) or is_commentary_label(text) or is_section_label(text)


def one_headline(upper: str, lower: str) -> bool:
    """Can two '#' lines of one rank, printed apart by blank lines, be one headline's pieces?
    Neither is a label, a bulleted item or a '——' subtitle, the upper one is no phrase set
    apart by a gap over a plain line nor far narrower than the lower one, and together they
    are a headline's length with no sentence ended inside."""
    u, lo = squash_spaces(upper).strip(), squash_spaces(lower).strip()
    if not u or not lo or lo[:1] in BULLETS or u[:1] in BULLETS or _SUB.match(lo) or _SUB.match(u):
        return False
    if (_label(u) or _label(lo) or (_PHRASED.search(u) and not _PHRASED.search(lo))
            or width(u) < KICKER_SHARE * width(lo)):
        return False
    return len(u) + len(lo) <= MAX_CHARS and not SENTENCE_MARKS.search(u[:-1] + lo[:-1])


def speaks_of_story(upper: str, text: str) -> bool:
    """Does the upper piece say a word of the story's opening under the pieces (the first
    characters of the `text` under them)? A banner over the page says none."""
    return len(bigrams(squash_spaces(upper)) & bigrams(text[:LEAD])) >= SPOKEN


def own_text_below(piece: str, para: str, text: str) -> bool:
    """Is the piece a full headline of its own, stacked with another story's headline, whose
    story runs further down the `text` under the two: the first paragraph (`para`) says one
    of its words at most, the text after it many? (A piece of one headline is said by its
    story's opening as by the rest of that story.)"""
    head = bigrams(squash_spaces(piece))
    early, later = len(head & bigrams(para)), len(head & bigrams(text[len(para):]))
    return (len(squash_spaces(piece)) >= HEAD_MIN and later >= OWN_MIN and later >= OWN_SHARE * len(head)
            and early <= ONCE)
