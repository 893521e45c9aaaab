"""A notice's name ('征稿启事', '更正', '关于…的通知') heads the notice printed under it. On a page
that prints headlines under their stories, a notice name right under another text — a photo's
caption and credit — can be taken as that text's headline, leaving the notice under it
headless; a notice's name is printed over its notice, never under the text it names."""
from __future__ import annotations

import re

from generator.ingest.split.stories import kinds


def _flat(text: str) -> str:
    return re.sub(r"[\s#*]+", "", text or "")


def notice_names_down(lines: list, result) -> None:
    """Article A titled with a notice's name, whose title line stands between its own text and
    the text of the next article B, which has no headline (a derived title) and no byline: the
    name is B's title and B a notice; A's title is derived from its text."""
    arts = result.articles
    for a, b in zip(arts, arts[1:]):
        if (a.title_source != "headline" or not kinds.is_notice(a.title) or b.title_source != "derived"
                or b.byline or a.lines[1] >= b.lines[0] or not a.body.strip()):
            continue
        name = _flat(a.title)
        if not any(a.lines[1] < x.no < b.lines[0] and _flat(x.text) == name for x in lines):
            continue
        b.title, b.title_source, b.kind = a.title, "headline", "notice"
        b.doubts = [d for d in b.doubts if not d.startswith("no headline")]
        a.title, a.title_source = kinds.derive_title(a.body.split("\n\n")[0]), "derived"
        a.doubts.append(f"notice name under this text is the next text's title; title derived: '{a.title}'")
