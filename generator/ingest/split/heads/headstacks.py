"""Head stacks: headline-like lines printed one above the other with no blank line between —
which is the title, which are kickers (引题), subtitles (副题), slogans or a banner.

Width alone misleads: a kicker set in smaller type is often wider than its title, and a title
wrapped over two lines looks like a kicker over a title. The cues used here hold on any page:

- a title speaks of its story: it shares more of the story's concrete words (character
  bigrams) than a kicker, slogan or banner does;
- a line that goes on into the next one either fills its column or cuts a word in two (the
  bigram across the line end occurs in the story); a line that stops short and cuts no word
  is complete on its own;
- '——' opens a subtitle; a phrase with a gap or in quotes is a kicker;
- above the kickers, at the top of a page, stands a banner; after the title, short phrases
  that do not speak of the story are slogans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ingest.split.text.textutil import HAN, bigrams, squash_spaces, width
from generator.ingest.split.heads.wrapcut import box_wrap, cuts_inside

STACK_MAX = 6            # lines: banner, two kicker lines, a title of two lines, a subtitle
_SUB = re.compile(r"^\s*(?:——|──|－－|--)\s*\S")
_HAN1 = re.compile(f"[{HAN}]")


def is_sub(text: str) -> bool:
    return bool(_SUB.match(text))


def shaped(text: str) -> bool:
    """Kickers are set as phrases: a gap between two phrases, or quotes around one."""
    t = text.strip()
    return bool(re.search(r"\S[ \t\u3000]+\S", t)) or (t[:1] in "“\"「『" and t.rstrip("！？。!?")[-1:] in "”\"」』")


def speaks_of(text: str, story: set[str]) -> int:
    """How many of the story's bigrams the line repeats."""
    return len(bigrams(squash_spaces(text)) & story)


def fills(text: str, full: float | None) -> bool:
    """Does the line fill its column (so it may have wrapped)? Unknown column: no."""
    return full is not None and full - 1.0 <= width(squash_spaces(text)) <= full + 0.5


OPEN_END = set("，、：；,:;")
CLAUSE_MIN = 3           # characters: the shortest clause a headline sets after a comma


def open_end(text: str) -> bool:
    """Does the line stop on a comma or colon, or a word or two after one? A headline never
    ends there, so a line that does goes on into the next one: the two are one headline broken
    where its sense breaks ('香港高楼火灾已致128人罹难，' / '美国表示哀悼，' / '警方持续拘捕相关人员'),
    or a wide box wrapped it inside its last clause ('…表示关切，批评' / '中国的行动破坏稳定')."""
    t = squash_spaces(text).strip()
    if not t:
        return False
    tail = re.split(r"[，、：；,:;]", t[:-1])
    return t[-1] in OPEN_END or (len(tail) > 1 and len(tail[-1]) + 1 < CLAUSE_MIN
                                 and _HAN1.match(t[-1]) is not None)


_NO_LINE_START = set("，、。；：！？）”’》」』,.;:!?)")


def starts_mid(lower: str) -> bool:
    """Does the line open with a comma, stop or closing mark, or with a clause of one character
    ('后，美国财政部…': the end of '…重返伊朗后')? No headline, kicker or subtitle does: it is the
    rest of the line above, wrapped without regard to the marks (or printed by the extractor as
    a piece of its own)."""
    t = squash_spaces(lower).strip()
    return bool(t) and (t[0] in _NO_LINE_START or _ONE_CHAR_CLAUSE.match(t) is not None)


_ONE_CHAR_CLAUSE = re.compile(r"^[\u4e00-\u9fff][，,]")


_CLAUSE_EDGE = "，。！？；：、,.!?;:“”‘’「」《》（）()—\n "


def quotes_clause(line: str, text: str) -> bool:
    """Is the line a whole clause of the story text, printed between marks there? Kickers and
    subtitles quote a clause of their story; a title sums the story up in words of its own, and
    half of a wrapped title is no clause."""
    t = squash_spaces(line).strip()
    if len(t) < QUOTE_MIN or not _HAN1.match(t[0]) or not _HAN1.match(t[-1]):
        return False
    at = text.find(t)
    while at >= 0:
        before = text[at - 1] if at else "\n"
        after = text[at + len(t)] if at + len(t) < len(text) else "\n"
        if before in _CLAUSE_EDGE and after in _CLAUSE_EDGE:
            return True
        at = text.find(t, at + 1)
    return False


QUOTE_MIN = 6            # characters: shorter clauses recur in any story by chance


def quoted_lines(texts: list[str], story_text: str) -> tuple[int, int] | None:
    """(title start, title end) of 2–3 plain headline lines when the line(s) above or below the
    title quote a clause of the story and the title lines do not: those are its kicker or
    subtitle. None when the lines read no such way (a title's halves never quote apart)."""
    if not story_text or any(is_sub(t) for t in texts):
        return None
    q = [quotes_clause(t, story_text) for t in texts]
    if q[0] and not any(q[1:]) and not open_end(texts[0]) and not starts_mid(texts[1]):
        return 1, len(texts)                   # a kicker quoted from the story
    if q[-1] and not any(q[:-1]) and not open_end(texts[-2]) and not starts_mid(texts[-1]):
        # a line of two phrases set apart over plain title lines is a kicker: a title wraps
        # its words without a gap
        top = 1 if len(texts) == 3 and phrase_gap(texts[0]) and not phrase_gap(texts[1]) else 0
        return top, len(texts) - 1             # a subtitle quoted from the story
    return None


def phrase_gap(text: str) -> bool:
    """Does the line set two Han phrases apart by a space ('是罕见的巧合 国际足联称')? A kicker
    of two short phrases is printed so; a wrapped title never is (spaces between Latin words
    say nothing)."""
    return bool(re.search(f"[{HAN}”」][ \t\u3000]+[{HAN}“「]", text.strip()))


def cuts_word(upper: str, lower: str, story: set[str]) -> bool:
    """Does the line end fall inside a word of the story ('…全力抗' / '疫…'), or inside a word,
    a number or a clause where no head line ends (`wrapcut`: a word the story need not print
    near its head)?"""
    u, l = squash_spaces(upper).strip(), squash_spaces(lower).strip()
    if not (u and l and _HAN1.match(u[-1]) and _HAN1.match(l[0])):
        return False
    return u[-1] + l[0] in story or cuts_inside(u, l)


def density(text: str, story: set[str]) -> float:
    """The share of the line's bigrams that the story repeats: concrete words score high,
    mottos and slogans low."""
    grams = bigrams(squash_spaces(text))
    return len(grams & story) / len(grams) if grams else 0.0


SUB_MIN_WIDTH = 0.6      # a subtitle is a statement of its own, not a short remainder


def restates(upper: str, lower: str) -> bool:
    """Does `lower` say again a word of `upper` (a shared bigram) as a line of its own? A
    title is too concise to say a word twice, so the two halves of a wrapped title seldom
    share one; a subtitle often restates the title's subject ('…老旧小区…' / '…改造小区四十
    个'). A title may still repeat a word ('电商服务站开到家门口农牧民' / '当上电商主播'):
    the rest of a wrap is then short, while a subtitle is a statement about as long as the
    title, so a lower line under `SUB_MIN_WIDTH` of the upper one does not count."""
    u, l = squash_spaces(upper), squash_spaces(lower)
    return bool(bigrams(u) & bigrams(l)) and width(l) >= SUB_MIN_WIDTH * width(u)


def _han_grams(text: str) -> set[str]:
    """Bigrams of Han characters only (a Latin name like 'NBA' may stand in both halves)."""
    return {g for g in bigrams(text) if _HAN1.match(g[0]) and _HAN1.match(g[1])}


def balanced_wrap(upper: str, lower: str) -> bool:
    """Two plain lines of the same length (±1 character): a title a head box wrapped in two
    even halves — a kicker or a subtitle is a phrase of its own length, and a subtitle of
    about the title's length says one of its words again."""
    u, l = squash_spaces(upper).strip(), squash_spaces(lower).strip()
    return (len(u) >= 6 and abs(len(u) - len(l)) <= 1 and not (shaped(upper) or shaped(lower) or is_sub(lower))
            and not _han_grams(u) & _han_grams(l))     # a subtitle restates a word of its title


REST_CHARS = 6           # a title's last word or two, wrapped onto a line of their own…
REST_SHARE = 0.5         # …under a line at least twice as wide


def short_rest(upper: str, lower: str) -> bool:
    """Is `lower` the last word or two of a title that wrapped at the end of `upper`
    ('美国宣布在世界杯场地' / '禁止无人机')? A title under its kicker says more than that: the
    kicker is the shorter phrase."""
    u, l = squash_spaces(upper).strip(), squash_spaces(lower).strip()
    return (len(u) >= 2 * REST_CHARS - 2 and 2 <= len(l) <= REST_CHARS and width(l) <= REST_SHARE * width(u)
            and _HAN1.match(u[-1]) is not None and not shaped(upper) and not is_sub(lower)
            and l[-1:] not in OPEN_END)           # (a line stopping on a colon ends no title)


def continues(upper: str, lower: str, story: set[str], full: float | None) -> bool:
    """Is `lower` the rest of a title that wrapped at the end of `upper`? It is when the line
    end cuts a word of the story, or when `upper` fills its column and speaks of the story
    about as much as `lower` does (a kicker that happens to fill the column speaks less) and
    `lower` does not restate it (a subtitle under a title that fills the column)."""
    if shaped(upper) or is_sub(upper) or is_sub(lower):
        return False
    if (open_end(upper) or starts_mid(lower) or cuts_word(upper, lower, story) or balanced_wrap(upper, lower)
            or short_rest(upper, lower) or box_wrap(squash_spaces(upper), squash_spaces(lower))):
        return True
    return (fills(upper, full) and density(upper, story) >= 0.5 * density(lower, story)
            and not restates(upper, lower))


@dataclass
class Plan:
    """Line indices of a head stack by role, in printed order."""
    above: list[int] = field(default_factory=list)      # banner (page top) or headlines of their own
    kickers: list[int] = field(default_factory=list)
    title: list[int] = field(default_factory=list)
    subs: list[int] = field(default_factory=list)
    slogans: list[int] = field(default_factory=list)


def _title_line(texts: list[str], story: set[str], story_text: str = "") -> int:
    """The line that speaks most of the story; ties go to the wider line. A phrase-shaped line
    (a kicker's shape) is the title only when no plain line is there, nor is a line quoting a
    clause of the story (a kicker's or subtitle's words) when another line does not."""
    cands = [i for i, t in enumerate(texts) if not is_sub(t)]
    plain = [i for i in cands if not shaped(texts[i])] or cands
    plain = [i for i in plain if not quotes_clause(texts[i], story_text)] or plain
    return max(plain, key=lambda i: (speaks_of(texts[i], story), width(squash_spaces(texts[i])), -i))


def plan_stack(texts: list[str], story: set[str], full: float | None, story_text: str = "") -> Plan:
    """Roles of a stack of 1–`STACK_MAX` headline-like lines printed before or after `story`
    (the bigrams of the text next to the stack; `story_text`: that text)."""
    p = Plan()
    if not any(not is_sub(t) for t in texts):
        p.subs = list(range(len(texts)))
        return p
    t = _title_line(texts, story, story_text)
    first, last = t, t
    while first > 0 and continues(texts[first - 1], texts[first], story, full):
        first -= 1
    while last + 1 < len(texts) and continues(texts[last], texts[last + 1], story, full):
        last += 1
    p.title = list(range(first, last + 1))
    for i in range(last + 1, len(texts)):
        if is_sub(texts[i]) or speaks_of(texts[i], story) >= 2:
            p.subs.append(i)
        else:
            p.slogans.append(i)
    k = first - 1
    if k >= 0:
        p.kickers = [k]
        # a kicker printed over two lines: two phrases of about the same width
        if k >= 1 and not is_sub(texts[k - 1]) and abs(width(squash_spaces(texts[k - 1]))
                                                        - width(squash_spaces(texts[k]))) <= 2:
            p.kickers.insert(0, k - 1)
    p.above = list(range(0, p.kickers[0] if p.kickers else first))
    return p


KICKER_MARGIN = 0.25     # how much denser in the story's words a title is than its kicker
CONCRETE = 0.3           # density of a line that speaks of the story (a title, a subtitle)


def kicker_or_sub(texts: list[str], story: set[str], full: float | None) -> tuple[int, int] | None:
    """A title of several plain lines (no kicker found by width) may be a kicker over its title
    or a title over a subtitle without '——'. Returns (title start, title end) or None when
    the lines read as one wrapped title.

    The upper line is a kicker when the lines below speak of the story clearly more; it is a
    title complete on its own, over a plain subtitle, when it stops short of its column (a line
    end chosen, not a wrap) or the one line under it restates one of its words, and both lines
    speak of the story. A line end that cuts a word, or an upper line that fills the column
    over a line that says none of its words again, is a wrap."""
    if len(texts) < 2 or any(is_sub(t) or shaped(t) for t in texts):
        return None
    upper, lower = texts[0], "".join(t.strip() for t in texts[1:])
    if (open_end(upper) or starts_mid(texts[1]) or cuts_word(upper, texts[1], story)
            or box_wrap(squash_spaces(upper), squash_spaces(texts[1]))
            or len(texts) == 2 and short_rest(upper, texts[1])):
        return None
    du, dl = density(upper, story), density(lower, story)
    if dl >= du + KICKER_MARGIN and speaks_of(lower, story) >= 2 and (
            len(texts) == 2 or continues(texts[1], texts[2], story, full)):
        return 1, len(texts)              # a kicker (wider than its title) over the title
    if (fills(upper, full) or full is None) and not (len(texts) == 2 and restates(upper, lower)):
        return None
    if du >= CONCRETE and dl >= CONCRETE and min(speaks_of(upper, story), speaks_of(lower, story)) >= 2:
        return 0, 1                       # the title over a plain subtitle
    return None


def part_stack(texts: list[str], above: set[str], below: set[str], full: float | None) -> int:
    """Where a stack of headline lines printed tightly between two stories parts: lines
    [:p] end the story above (its headline printed under it), lines [p:] open the story below
    (its label, kicker or title printed over it). Each line goes with the story it speaks of;
    a wrapped title and a '——' subtitle under its title stay whole. A line that speaks of
    neither (a column label) goes with the story below, right under it."""
    def parts_ok(p: int) -> bool:
        if p in (0, len(texts)):
            return True
        upper, lower = texts[p - 1], texts[p]
        return not (is_sub(lower) or continues(upper, lower, above, full)
                    or continues(upper, lower, below, full))

    def score(p: int) -> int:
        return sum(speaks_of(t, above) for t in texts[:p]) + sum(speaks_of(t, below) for t in texts[p:])

    return max((p for p in range(len(texts) + 1) if parts_ok(p)), key=lambda p: (score(p), -p))
