"""A headline that matched no story, given to a story printed without one.

pdftotext can print a headline box far from its story (beside another box, among other
headlines), and its story then opens with no headline over it. When the other passes place
neither — the headline left over, the story headless — the story whose words the headline
speaks most is its own: it shares at least `MIN_SHARED` of the headline's character bigrams
with it, more than with any other story on the page (headed or not), so a headline that speaks
as much of a story it does not head is still reported and dropped."""
from __future__ import annotations

from generator.ingest.split.stories.boundaries import Segment
from generator.ingest.split.units.items import Unit
from generator.ingest.split.text.textutil import bigrams

MIN_SHARED = 3          # bigrams: fewer are shared by chance (美国, 总统)


def headless_owner(u: Unit, segs: list[Segment]) -> Segment | None:
    """The headless story (no headline, no jump from another page) the headline `u` speaks of
    most, when it speaks of no other story as much."""
    g = bigrams(u.text)
    if not g:
        return None
    shared = [(len(g & bigrams(s.text())), k) for k, s in enumerate(segs) if s.paras]
    if not shared:
        return None
    best, k = max(shared)
    s = segs[k]
    if best < MIN_SHARED or sum(n == best for n, _ in shared) > 1:
        return None
    if s.head is not None or s.continued_from is not None:
        return None
    return s
