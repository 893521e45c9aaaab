"""A story's sub-heading on a Markdown-shaped page without '##' marks.

A sub-heading inside a long story is a short line set apart between paragraphs, as a headline
is; on a page without heading marks only the words tell them apart. Two readings say a short
line goes on with the story above rather than opening a new one:

- it repeats a long run of that story's headline word for word ('人权人士：“权利的存废将完全
  取决于中共的意愿”' under '…人权组织：权利的存废将完全取决于中共的意愿'): no two stories'
  headlines share a whole clause;
- it quotes a speaker ('X：…') the story above names again and again, whom the paragraph
  under it names bare and no other story names (a story continued from another page
  introduced its people there);
- it names a person by the short name that the story above introduced in full, with the
  Latin spelling ('凯瑟琳·哈纳韦(Catherine Hanaway)' … '哈纳韦：洛瑞思…'), whom no other story
  of the page names, and the paragraph under it names that person again without introducing
  them: a news story introduces the people it names in its own lead.
"""
from __future__ import annotations

import re

from generator.ingest.split.text.textutil import HAN

SPOKEN = 2              # times the text above names a speaker it need not introduce again
SHARED_RUN = 8          # Han characters a sub-heading repeats of its story's headline
_SPEAKER = re.compile(f"^([{HAN}·・]{{2,12}})[：:]")
FULL_NAME = re.compile(f"[{HAN}]{{1,8}}[·・]([{HAN}]{{2,6}})\\s*[（(][A-Za-z]")


def _longest_han_run(a: str, b: str) -> int:
    """The longest run of Han characters `a` and `b` share."""
    x = re.sub(f"[^{HAN}]", "\0", a)
    y = re.sub(f"[^{HAN}]", "\1", b)
    best = 0
    prev = [0] * (len(y) + 1)
    for i in range(1, len(x) + 1):
        cur = [0] * (len(y) + 1)
        for j in range(1, len(y) + 1):
            if x[i - 1] == y[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def is_subhead(line: str, title: str, above: str, lead: str, elsewhere: str) -> bool:
    """Is the short `line` a sub-heading of the story above it? `title`: that story's headline;
    `above`: its text down to the line; `lead`: the paragraph under the line; `elsewhere`:
    the page's text outside that story and the section under the line."""
    if title and _longest_han_run(line, title) >= SHARED_RUN:
        return True
    # a line quoting a speaker ('海格塞斯：…') is about that speaker: the story's person ties it
    # only as the speaker, not named further on ('…将由特朗普总统做出')
    speaker = _SPEAKER.match(line.strip())
    for m in FULL_NAME.finditer(above):
        short = m.group(1)
        if speaker and short not in speaker.group(1):
            continue
        if (short in line and short in lead and short not in elsewhere
                and not re.search(f"[·・]{short}\\s*[（(]", lead)):
            return True
    # a story continued from another page ('上接…') introduced its people there: a speaker the
    # text above names again and again, whom the paragraph under the line names bare (no title
    # or given name before it) and no other story names, is the story's own
    who = speaker.group(1) if speaker else ""
    return (2 <= len(who) <= 4 and above.count(who) >= SPOKEN and who not in elsewhere
            and re.search(f"(?:^|[^{HAN}·・]){who}", lead.strip()) is not None
            and re.search(f"[{HAN}·・]{who}", lead) is None)
