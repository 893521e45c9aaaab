"""A commentary column's label printed over a headline ('评论员文章', '时评', '观点'): the column
names the piece under it. `lines` keeps a label over running text as a commentary header
(`briefs.commentary_labels`); one over a headline box it reads as page furniture and drops —
the piece under it is still the column's, so its kind follows from the label."""
from __future__ import annotations

import re

from generator.ingest.split.stories import kinds


def _flat(text: str) -> str:
    return re.sub(r"[\s#*·•■□●◆]+", "", text or "")


def labels_over_headlines(lines: list, result) -> None:
    """A dropped header line that is an opinion column's label, with the next printed line the
    opening of an article's headline, makes that article a commentary — unless it is signed as
    news (a dispatch or reporter's byline) or the label is a neutral column word ('国际观察'),
    which as often names a section of news. The label stays dropped: it names the column, not
    the piece (no kicker)."""
    by_no = {x.no: k for k, x in enumerate(lines)}
    for d in result.dropped:
        if d.kind != "header" or not kinds.is_commentary_label(d.text) or kinds.is_neutral_label(d.text):
            continue
        k = by_no.get(d.line)
        if k is None:
            continue
        nxt = next((x for x in lines[k + 1:] if x.kind != "blank" and x.text.strip()), None)
        head = _flat(nxt.text) if nxt is not None else ""
        if len(head) < 4:
            continue
        for a in result.articles:
            title = _flat(a.title)
            if a.kind == "article" and a.title_source == "headline" and (title.startswith(head) or head.startswith(title)) \
                    and not kinds.signed_as_news(a.byline):
                a.kind = "commentary"
                break
