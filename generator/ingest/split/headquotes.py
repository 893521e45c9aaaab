"""A head stack whose title quotes its story and whose kicker does not: the kicker is the title.

A title sums its story up in words of its own; a kicker or subtitle often quotes a clause of it.
When the line read as the title (the wider one, or the one under the other) repeats a whole
clause of the story word for word while the one line over it does not, the two were read upside
down: the upper line is the title and the quoting line its subtitle ('NASA公布月球基地计划详情' /
'今年将分阶段向月球发射三次无人任务')."""
from __future__ import annotations

from generator.ingest.split.boundaries import Segment
from generator.ingest.split.headstacks import quotes_clause


def unquote_titles(segs: list[Segment]) -> None:
    """Swap title and kicker where the title quotes the story and the kicker does not. In place."""
    for s in segs:
        head = s.head
        if head is None or not s.paras:
            continue
        kickers = head.data.get("kickers", [])
        if len(kickers) != 1 or head.data.get("subtitles"):
            continue
        kick = kickers[0]
        text = s.text()
        if not quotes_clause(head.text, text) or quotes_clause(kick.text, text):
            continue
        kick.data["subtitles"] = [head]
        head.data["kickers"] = []
        s.head = kick
