"""A notice's name ('征稿启事', '更正', '关于…的通知') heads the notice printed under it. On a page
that prints headlines under their stories, a notice name right under another text — a photo's
caption and credit — can be taken as that text's headline, leaving the notice under it
headless; a notice's name is printed over its notice, never under the text it names."""
from __future__ import annotations

import re

from generator.ingest.split.classify.noticelines import BARE_MAX, is_name_line, name_text
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


def notice_heads(ctx, heads: list[int]) -> None:
    """A notice's name printed alone right over a story with no headline yet heads that story,
    before the page's headlines are matched by group or overlap: a notice's name is printed
    over its notice on every page, also one that prints its stories' headlines under them or
    grouped at its top or foot — and its few words say little of the text a matching by
    overlap could find. Only a bare name ('更正', '遗失声明', '招聘启事'): a news headline
    reporting a statement says more ('外交部就…发表严正声明') and may stand under its story."""
    units, segs, used = ctx.units, ctx.segs, ctx.used
    for h in heads:
        u = units[h]
        if (h in used or len(u.lines) != 1 or u.data.get("kickers") or not is_name_line(u.text)
                or len(name_text(u.text)) > BARE_MAX):
            continue
        s = next((s for s in segs if s.head is None and s.continued_from is None and ctx.before(h, s)), None)
        if s is not None:
            s.head = u
            used.add(h)
