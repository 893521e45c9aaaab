"""A head stack whose title quotes its story and whose kicker does not: the kicker is the title.

A title sums its story up in words of its own; a kicker or subtitle often quotes a clause of it.
When the line read as the title (the wider one, or the one under the other) repeats a whole
clause of the story word for word while the one line over it does not, the two were read upside
down: the upper line is the title and the quoting line its subtitle ('NASA公布月球基地计划详情' /
'今年将分阶段向月球发射三次无人任务'). The same holds the other way up: a quoting title over one
subtitle that does not quote is a kicker set wider than its title ('为此目的已建立了一条沟通渠道' /
'美伊代表团周三将于卡塔尔分别与调节方会晤'): the lower line is the title."""
from __future__ import annotations

from generator.ingest.split.stories.boundaries import Segment
from generator.ingest.split.heads.headstacks import quotes_clause


def unquote_titles(segs: list[Segment]) -> None:
    """Swap title and kicker where the title quotes the story and the kicker does not. In place."""
    for s in segs:
        head = s.head
        if head is None or not s.paras:
            continue
        kickers = head.data.get("kickers", [])
        subs = head.data.get("subtitles", [])
        if not kickers and len(subs) == 1:
            _lower_title(s, subs[0])
            continue
        if len(kickers) != 1 or subs:
            continue
        kick = kickers[0]
        text = s.text()
        if not quotes_clause(head.text, text) or quotes_clause(kick.text, text):
            continue
        kick.data["subtitles"] = [head]
        head.data["kickers"] = []
        s.head = kick


def _lower_title(s: Segment, sub) -> None:
    """A title that quotes its story over a subtitle that does not: the title is a kicker set
    wider than the headline under it. In place."""
    head, text = s.head, s.text()
    if head.data.get("rank") and not head.data.get("found"):
        return          # a line the page marks as a headline ('##') is its title
    if sub.data.get("kickers") or not quotes_clause(head.text, text) or quotes_clause(sub.text, text):
        return
    if sub.text.lstrip().startswith(("——", "──", "--")):
        return          # a '——' subtitle is set as one, whatever it says
    sub.data["kickers"] = [head]
    head.data["subtitles"] = []
    s.head = sub
