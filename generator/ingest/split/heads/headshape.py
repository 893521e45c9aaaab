"""Shape predicates of headline lines and blocks: headline-like text, '——' subtitle lines,
kicker-shaped phrases, pull quotes, and a kicker / title / subtitle block's parts."""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.text.textutil import CONTINUES, ENUMERATOR, ends_sentence, han_count, last_meaningful, nonspace, phrase_spaces, squash_spaces, width


# a question or answer of an interview: '记者：…？' '答：…' 'Q：…'
_SPEAKER = re.compile(r"^(?:本报记者|记者|主持人|问|答|[QA])\s*[：:]")


def inner_semicolons(text: str) -> bool:
    """More than one '；', or one outside a headline's two clauses of some length each (a
    headline may join two statements with '；': '普京拒绝…邀请；美众议院通过…法案')."""
    parts = re.split(r"[；;]", text)
    if len(parts) == 1:
        return False
    return len(parts) > 2 or min(len(p.strip()) for p in parts) < 4


def headline_like(texts: list[str]) -> bool:
    """Short, no sentence punctuation, not a fragment, not numbered, not a dateline."""
    if not texts or len(texts) > 3:
        return False
    joined = squash_spaces("".join(t.strip() for t in texts))
    n = len(nonspace(joined))
    if n < 2 or n > (36 if len(texts) == 1 else 40) or han_count(joined) < 2:
        return False
    if re.search(r"[。]", joined) or inner_semicolons(joined) or last_meaningful(joined) in CONTINUES:
        return False
    if ENUMERATOR.match(joined) or bylines.parse_lead(joined) or _SPEAKER.match(joined):
        return False
    if bylines.parse_tail(joined) or bylines.parse_credit_line(joined):
        return False           # a signature '（文/图 X）' or a photo credit, never a headline
    if ends_sentence(joined):
        if joined[0] in "“\"‘「" or n > 24 or "，" in joined:
            return False
    commas = len(re.findall(r"[，,、]", joined))
    if commas > (1 if len(texts) == 1 and n <= 24 else 0):
        return False
    return True


SUB_LINE = re.compile(r"^\s*(?:——|──|－－|--)\s*\S")


def line_heady(text: str) -> bool:
    """One printed line that could belong to a headline block: a headline-like line or a
    '——' subtitle line."""
    t = text.strip()
    if SUB_LINE.match(t):
        return 2 <= len(nonspace(t)) <= 50 and not re.search(r"[。；;]", t)
    return headline_like([t])


def balanced(text: str) -> bool:
    """Quotes and brackets close on the line: a sentence wrapped over lines leaves one open."""
    return all(text.count(a) == text.count(b) for a, b in ("“”", "（）", "()", "《》", "「」"))


def kicker_shaped(text: str) -> bool:
    """Kickers are set as phrases: a gap between two phrases or quotes around one."""
    t = text.strip()
    return bool(re.search(r"\S[ \t\u3000]+\S", t)) or whole_quote(t)


def whole_quote(text: str) -> bool:
    """A line that is one quotation ('“守护群众健康是我们的责任！”'): a pull-quote kicker."""
    t = text.strip()
    return (4 <= len(t) <= 48 and t[0] in "“\"「『" and t.rstrip("！？。!?")[-1:] in "”\"」』"
            and balanced(t))


def head_block_parts(texts: list[str]) -> tuple[list[str], str, list[str]]:
    """A headline block printed as several lines → (kickers, title, subtitles).

    The order on the page is kicker, title, ——subtitle. The title is the widest line; lines
    above it are kickers, '——' lines are subtitles, and plain lines right after the title are
    the rest of a title that wrapped."""
    subs = [phrase_spaces(t) for t in texts if SUB_LINE.match(t.strip())]
    rest = [t for t in texts if not SUB_LINE.match(t.strip())]
    if not rest:
        return [], "", subs
    widths = [width(squash_spaces(t)) for t in rest]
    top = max(range(len(rest)), key=lambda k: (widths[k], -k))
    # a phrase-shaped line above a plain one is a kicker even when it is as wide
    if top == 0 and len(rest) > 1 and kicker_shaped(rest[0]) and not kicker_shaped(rest[1]):
        top = 1
    while top > 0 and not balanced("".join(rest[:top])):
        top -= 1               # a title wrapped inside its quotes starts where they open
    kickers = [phrase_spaces(t) for t in rest[:top]]
    title_lines = rest[top:]
    title = (phrase_spaces(title_lines[0]) if len(title_lines) == 1
             else squash_spaces("".join(t.strip() for t in title_lines)))
    return kickers, title, subs


def is_head_block(texts: list[str]) -> bool:
    """2–3 lines, each headline-like or a '——' subtitle, shaped like a block of kicker /
    title / subtitle rather than one sentence wrapped over lines."""
    quote = bool(texts) and whole_quote(texts[0])      # a pull quote heads the block
    rest = texts[1:] if quote else texts
    if not 2 <= len(texts) <= 3 or not all(line_heady(t) for t in rest) or not balanced("".join(rest)):
        return False
    if any(re.search(r"[，,、]", t) for t in rest if not SUB_LINE.match(t.strip())):
        return False           # commas: a sentence wrapped over lines
    if all(SUB_LINE.match(t.strip()) for t in texts):
        return False
    if any(SUB_LINE.match(t.strip()) for t in texts):
        return True
    kickers, _, _ = head_block_parts(texts)
    return bool(kickers) and (kicker_shaped(texts[0]) or width(squash_spaces(texts[0])) + 2
                              <= max(width(squash_spaces(t)) for t in texts))


def quote_kicker_shape(texts: list[str]) -> bool:
    joined = squash_spaces("".join(t.strip() for t in texts))
    return (len(texts) <= 3 and 4 <= len(joined) <= 48 and joined[0] in "“\"「"
            and joined.rstrip("！？。!?")[-1:] in "”\"」")
