"""Grammar cues that a piece of text set apart by a blank line runs on into the next one.

On a Markdown-shaped page a page or column break cuts a paragraph anywhere, and its first part,
standing alone on a short line, looks like a headline. The width, the marks and the words cut
across the break (`flatpage`, `wordcut`) catch most cuts; these catch cuts that fall between
whole words, read off the grammar of the two pieces — what no headline and no paragraph's first
line is:

- a quotation mark or bracket the first piece opens and the second one closes
  ('…秉承中华人民' / '共和国旨意行事的，…”'): a headline's marks are paired on its own lines;
- a first piece whose last clause, after a comma, is one or two characters ('…疫苗,但',
  '…称,一次'): a headline's clause says something, a paragraph's next words stand over the break;
- a first piece opening on a conjunction that wants a second clause ('尽管…', '虽然…') with no
  comma in it, over a rest that finishes a sentence: the clause it opens is unfinished (over a
  headline it is a kicker lifted from the text);
- a second piece opening on a verb of saying and a comma ('说，自5月8日…'), or on an adverb
  that stands between a subject and its verb ('将面临…', '并表示…'), finishing its sentence: its
  subject stands at the end of the first piece;
- a second piece opening with one character and a middle dot ('汀·盖奇'): a transliterated name
  the break cut, whose first part ends the first piece ('…美国选手贾斯').
"""
from __future__ import annotations

import re

from generator.ingest.split.text.textutil import HAN, ends_text, width

_PAIRS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "「": "」", "『": "』", "【": "】"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_COMMA = re.compile(r"[，,]")
_SHORT_TAIL = re.compile(f"[，,]([{HAN}]{{1,2}})$")
# conjunctions that open a clause another clause must finish: a headline opening on one
# prints the comma between the two
_WANTS_MAIN = re.compile(r"^(?:尽管|虽然|虽说|即使|即便|哪怕|如果|假如|倘若|只要|只有|除非|无论|不论|不管)")
_SAID = re.compile(r"^(?:说|称|表示|指出|认为|强调|透露|宣布|补充说|回应说|告诉[^，,。]{0,8})[，,：:]")
# adverbs that stand between a subject and its verb: no paragraph opens on one
_PREDICATE = re.compile(f"^(?:将(?![军领士])|并(?!非)|却|则|便|均)[{HAN}]")
RUN_WIDE = 50.0          # em: wider than any headline (flatpage.HEAD_MAX)
_NAME_CUT = re.compile(f"^[{HAN}][·・][{HAN}]")


def _open_mark(text: str) -> str | None:
    """The last quotation mark or bracket `text` opens and leaves open, if any."""
    stack: list[str] = []
    for ch in text:
        if ch in _PAIRS:
            stack.append(ch)
        elif ch in _CLOSERS and stack and stack[-1] == _CLOSERS[ch]:
            stack.pop()
    return stack[-1] if stack else None


def leaves_open(text: str) -> bool:
    """Does `text` open a quotation mark or bracket it does not close? A headline's marks are
    paired on its own lines; a column line cut mid-sentence often leaves one open."""
    return _open_mark(text) is not None


def _closes_first(text: str, opener: str) -> bool:
    """Does `text` close the mark `opener` before it opens another of its kind?"""
    closer = _PAIRS[opener]
    for ch in text:
        if ch == closer:
            return True
        if ch == opener:
            return False
    return False


def runs_on(a: str, b: str) -> bool:
    """Is `b`, printed after a blank line under `a`, the rest of the sentence `a` began?"""
    a, b = a.strip(), b.strip()
    if not a or not b:
        return False
    opener = _open_mark(a)
    if opener is not None and _closes_first(b, opener):
        return True
    if _SHORT_TAIL.search(a):
        return True
    if _WANTS_MAIN.match(a) and not _COMMA.search(a) and (ends_text(b) or width(b) > RUN_WIDE):
        return True            # (a kicker lifted from the text, '如果该协议按预期推进', over its title)
    if _SAID.match(b) and re.search(f"[{HAN}A-Za-z)）]$", a):
        return True
    if (_PREDICATE.match(b) and not ends_text(a) and re.search(f"[{HAN}]$", a)
            and (ends_text(b) or width(b) > RUN_WIDE)):
        return True            # '…配合此类招募的人员' / '将面临严重后果，…'：the predicate of its subject
    return _NAME_CUT.match(b) is not None and re.search(f"[{HAN}]$", a) is not None
