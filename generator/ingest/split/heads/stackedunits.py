"""Two headlines stacked over one story's text, the other story's text printed after it.

pdftotext reads a page's narrow head boxes in position order: when two stories' headline
boxes stand one over the other (or side by side, read one after the other) with both texts
below, it prints headline A, headline B, B's text, then A's text opening with its own lead
byline ('本报讯 记者X报道：…') and no headline. The head rules then take A for B's kicker and
leave A's story headless. What sorts it out is what the texts say: A's words come back in the
text that opens with the lead, B's in the text right under the two. Then A moves down to that
lead. Units are moved, never changed.
"""
from __future__ import annotations

from generator.ingest.split.units.items import Unit
from generator.ingest.split.text.textutil import bigrams

SHARED_MIN = 4      # bigrams of a headline found again in the text it sums up
REACH = 600         # characters of each text compared


def _real(units: list[Unit], k: int) -> int | None:
    while k < len(units) and units[k].kind == "gap":
        k += 1
    return k if k < len(units) else None


def _text(units: list[Unit], a: int, b: int) -> str:
    return "".join(u.text for u in units[a:b] if u.kind == "para")[:REACH]


def part_stacked_heads(units: list[Unit]) -> list[Unit]:
    """`units` with each upper headline of a two-headline stack moved down to the lead-opened,
    headless text that repeats its words, when the text right under the stack repeats the lower
    headline's words more than the upper's."""
    i = 0
    while i < len(units):
        j = _real(units, i + 1) if units[i].kind == "head" else None
        if j is None or units[j].kind != "head":
            i += 1
            continue
        k = j + 1
        while k < len(units) and (units[k].kind == "gap" or (units[k].kind == "para" and not (
                k > j + 1 and units[k].data.get("byline") is not None))):
            k += 1
        if (k >= len(units) or units[k].kind != "para" or units[k].data.get("byline") is None
                or not any(u.kind == "para" for u in units[j + 1:k])):
            i += 1
            continue
        end = k + 1
        while end < len(units) and units[end].kind in ("para", "gap"):
            end += 1
        under, lead = bigrams(_text(units, j + 1, k)), bigrams(_text(units, k, end))
        ga, gb = bigrams(units[i].text), bigrams(units[j].text)
        a_lead, a_under = len(ga & lead), len(ga & under)
        b_lead, b_under = len(gb & lead), len(gb & under)
        if a_lead >= SHARED_MIN and a_lead > a_under and b_under >= SHARED_MIN and b_under > b_lead:
            head = units[i]
            units = units[:i] + units[i + 1:k] + [head] + units[k:]
            continue           # (unit i is now the lower headline: read on from it)
        i += 1
    return units
