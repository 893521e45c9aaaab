"""Units → segments (the stories of a page, before their headlines) at layout boundaries: a
byline opens a story, a headline or a jump marker ends the one before, a signature or a photo
credit ends one, a wide gap may start one; a piece cut off only by a wide gap goes back to the
story before it."""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.ingest.split.authors import bylines
from generator.ingest.split.units.items import Unit
from generator.ingest.split.boxes.editornotes import is_editor_note, note_lead_text
from generator.ingest.split.stories.kinds import CAPTION_PARAS_MAX as CAPTION_PARAS, caption_sized
from generator.ingest.split.result import Dropped
from generator.ingest.split.text.textutil import ends_text

TRANSPARENT = {"gap", "used", "header", "rheader", "drop"}


@dataclass
class Segment:
    first: int                                   # unit index of its first unit
    last: int
    paras: list[Unit] = field(default_factory=list)
    byline: bylines.Byline | None = None
    byline_line: int | None = None
    tail: Unit | None = None
    credit: Unit | None = None
    start: str = "free"                          # byline marker gap item free credit
    continued_from: int | None = None
    continued_to: int | None = None
    subtitle: str | None = None
    head: Unit | None = None
    doubts: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


class _Reader:
    """The segments of a page, cut while its units are read in order: `cur` is the story being
    read, closed (kept when it has text or a byline) where a boundary ends it."""

    def __init__(self, units: list[Unit], dropped: list[Dropped], md: bool = False) -> None:
        self.units = units
        self.md = md                    # a Markdown converter's page
        self.segs: list[Segment] = []
        self.cur: Segment | None = None
        self.item_head = False          # the last headline met heads a brief item ('■…')
        self.after_gap = False
        self.dropped = dropped

    def close(self) -> None:
        cur = self.cur
        if cur is not None and (cur.paras or cur.byline):
            self.segs.append(cur)
        elif cur is not None and cur.credit is not None:
            # a credit that opened a caption no text followed: listed, never lost
            self.dropped.append(Dropped("credit", cur.credit.text, cur.credit.lines[0]))
        self.cur = None

    def head(self, i: int, u: Unit) -> bool:
        cur = self.cur
        jump = cur.continued_from if cur is not None and cur.start == "marker" and not cur.paras else None
        self.close()
        self.item_head = bool(u.data.get("bullet") or u.data.get("item"))
        if jump is not None:       # '（上接第N版）' printed over the headline: its story goes on
            self.cur = Segment(i + 1, i + 1, start="marker", continued_from=jump)
        return False

    def jump_from(self, i: int, u: Unit) -> bool:
        self.close()
        self.cur = Segment(i, i, start="marker", continued_from=u.data["page"])
        return False

    def jump_to(self, i: int, u: Unit) -> bool:
        cur, segs = self.cur, self.segs
        target = cur if cur is not None and (cur.paras or cur.byline) else (segs[-1] if segs else None)
        if target is not None and target.continued_to is None:
            target.continued_to = u.data["page"]
            target.last = i
        if cur is not None:
            self.close()
        else:
            self.dropped.append(Dropped("marker", u.text, u.lines[0]))
            return True
        return False

    def byline(self, i: int, u: Unit) -> bool:
        cur = self.cur
        if _credits_caption(cur, u.data["byline"]):
            cur.tail = u            # '文/图 X' under a short unsigned text: its photo credit
            if u.data.get("subtitle"):      # a '——' line printed over the credit stays with it
                cur.subtitle = f"{cur.subtitle} {u.data['subtitle']}" if cur.subtitle else u.data["subtitle"]
            cur.last = i
            self.close()
            return True
        if cur is not None and cur.byline is None and _only_note(cur):
            # the story's byline line under its editor's note: the story goes on
            cur.byline, cur.byline_line, cur.last = u.data["byline"], u.lines[0], i
            return False
        self.close()
        self.cur = Segment(i, i, byline=u.data["byline"], byline_line=u.lines[0], start="byline",
                           subtitle=u.data.get("subtitle"))
        return False

    def para(self, i: int, u: Unit) -> bool:
        cur = self.cur
        lead = u.data.get("byline")
        if lead is not None:
            if cur is not None and cur.byline is None and _only_note(cur):
                # the lead under an editor's note printed under the headline: one story, the
                # lead's dateline read on in its paragraph (the note, not the lead, opens it)
                u.text = note_lead_text(lead.text) + u.text
                lead = bylines.Byline("", lead.credits, lead.rest)
            elif not (cur is not None and cur.start == "byline" and not cur.paras and cur.byline
                      and not cur.byline.credits):
                self.close()
                cur = self.cur = Segment(i, i, start="byline")
            elif self._signs_story_above(cur):
                # '本报评论员' under a story's text, then the next story's '本报讯…' lead: the
                # line signs the story above (a story has one byline)
                prev = self.segs[-1]
                if prev.byline is not None:
                    self._sign_before(prev)
                prev.tail, prev.last = self.units[cur.first], cur.first
                # (a '——' line printed over that byline line stays with the story below)
                cur = self.cur = Segment(i, i, start="byline", subtitle=cur.subtitle)
            elif cur.byline is not None:
                # '□本报评论员' then '本报讯…': one signature, both printed parts kept
                lead = bylines.Byline(f"{cur.byline.text} {lead.text}", lead.credits, lead.rest)
            cur.byline = lead
            if lead.text:
                cur.byline_line = cur.byline_line or u.lines[0]
        elif cur is None and u.data.get("box_label") and self._signed_above(i):
            cur = self.cur = self.segs.pop()    # a sidebar under the signed story's text
        elif cur is None:
            cur = self.cur = Segment(i, i, start="item" if self.item_head else ("gap" if self.after_gap else "free"))
            self.item_head = False
        if u.data.get("subtitle"):
            cur.subtitle = f"{cur.subtitle} {u.data['subtitle']}" if cur.subtitle else u.data["subtitle"]
        cur.paras.append(u)
        cur.last = i
        if cur.start == "credit":
            self.close()            # a caption under its credit is one paragraph
        return False

    def _credit_over_caption(self, i: int) -> str | None:
        """Where the credit unit `i` is printed over its caption rather than under it, how the
        caption reads: "head" — right under a headline (no text of a story read since it) and
        over one paragraph of caption size, no lead byline, which alone is the caption;
        "free" — on a column page with no story open, over one or two paragraphs opening on no
        lead byline that a headline, the next story's byline or the page's end closes."""
        cur = self.cur
        if cur is None or not (cur.paras or cur.byline is not None):
            before = _beside(self.units, i, -1)
            after = _beside(self.units, i, 1)
            if before is not None and after is not None and self.units[before].kind == "head":
                nxt = self.units[after]
                if nxt.kind == "para" and "byline" not in nxt.data and caption_sized(nxt.text, True):
                    return "head"
        if cur is None and not self.md:
            n, k = 0, i + 1
            while k < len(self.units) and self.units[k].kind == "para" and "byline" not in self.units[k].data:
                n, k = n + 1, k + 1
            if 1 <= n <= CAPTION_PARAS and (k == len(self.units) or self.units[k].kind in ("head", "bline", "minor")
                                            or "byline" in self.units[k].data):
                return "free"
        return None

    def _signed_above(self, i: int) -> bool:
        """Did the story printed right above unit `i` just close on its signature?"""
        prev = self.segs[-1] if self.segs else None
        return (prev is not None and prev.tail is not None and prev.credit is None
                and prev.continued_to is None and between_transparent(self.units, prev.last, i))

    def _signs_story_above(self, cur: Segment) -> bool:
        """Is the byline line that opened `cur` (no text yet) rather the signature of the story
        just before it, unsigned and printed right above? A story opened by a byline line of its
        own is unsigned when that line may in turn sign the story before it."""
        prev = self.segs[-1] if self.segs else None
        return (prev is not None and bool(prev.paras) and prev.tail is None and prev.credit is None
                and prev.continued_to is None and self.units[cur.first].kind == "bline"
                and between_transparent(self.units, prev.last, cur.first)
                and (prev.byline is None or self._line_signs_before(prev)))

    def _line_signs_before(self, s: Segment) -> bool:
        """Could the byline line opening segment `s` sign the unsigned story right before it?"""
        k = self.segs.index(s)
        pp = self.segs[k - 1] if k else None
        return (s.start == "byline" and self.units[s.first].kind == "bline" and bool(s.paras)
                and "byline" not in s.paras[0].data
                and pp is not None and bool(pp.paras) and pp.tail is None
                and pp.credit is None and pp.continued_to is None
                and between_transparent(self.units, pp.last, s.first))

    def _sign_before(self, s: Segment) -> None:
        """Move the byline line opening segment `s` to the story before it, as its signature."""
        pp = self.segs[self.segs.index(s) - 1]
        pp.tail, pp.last = self.units[s.first], s.first
        s.byline, s.byline_line, s.start, s.first = None, None, "free", s.first + 1

    def signature(self, i: int, u: Unit) -> bool:
        cur, segs = self.cur, self.segs
        target = cur if cur is not None else (segs[-1] if segs else None)
        if cur is not None and not cur.paras and cur.byline is None:
            # a signature before any text of the story opened (after a jump marker): listed
            self.dropped.append(Dropped("credit", u.text, u.lines[0]))
        elif target is not None and target.tail is None:
            target.tail = u
            target.last = max(target.last, i)
            if target is cur:
                self.close()       # a signature printed after the text ends the story
        elif cur is not None:
            cur.paras.append(u)
        else:              # a signature with no story before it: listed, never lost
            self.dropped.append(Dropped("credit", u.text, u.lines[0]))
        return False

    def credit(self, i: int, u: Unit) -> bool:
        cur = self.cur
        prev = self.segs[-1] if self.segs else None
        over = self._credit_over_caption(i)
        if over == "head":
            # a photo credit printed under the photo's headline and over its caption: it opens
            # the caption, which `para` closes after its one paragraph
            self.close()
            self.cur = Segment(i, i, credit=u, start="credit")
        elif cur is not None and cur.paras:
            cur.credit = u
            cur.last = i
            self.close()
        elif (self.md and cur is None and prev is not None and prev.paras and prev.credit is None
              and prev.tail is None and prev.continued_to is None
              and between_transparent(self.units, prev.last, i)):
            # a photo credit printed after blank lines under the caption (a converter to
            # Markdown prints them between any two blocks): it closes the text right above
            prev.credit, prev.last = u, i
        elif over == "free":
            # a credit printed over its caption ('新华社记者 X 摄' / the caption / the next
            # story): it opens the picture's text
            self.cur = Segment(i, i, start="free", credit=u)
        else:
            self.dropped.append(Dropped("credit", u.text, u.lines[0]))
        return False

def segments(units: list[Unit], dropped: list[Dropped], md: bool = False) -> list[Segment]:
    """Units → segments at layout boundaries (see the module docstring). Each reader method
    returns True when its unit was set aside without ending a gap's effect on the next one."""
    r = _Reader(units, dropped, md)
    handlers = {"head": r.head, "from": r.jump_from, "to": r.jump_to, "bline": r.byline,
                "para": r.para, "btail": r.signature, "credit": r.credit}
    for i, u in enumerate(units):
        k = u.kind
        if k == "header" and u.data.get("label") and r.cur is not None and r.cur.start == "byline" \
                and not r.cur.paras:
            r.close()          # a column label opens the next story: a byline line over it has
            continue           # no text of its own (`merge_weak` may sign the story above with it)
        if (k == "header" and u.data.get("label") == "commentary" and r.cur is not None and r.cur.paras
                and ends_text(r.cur.paras[-1].text)):
            r.close()          # a commentary column's label ('短评') under finished text opens
            continue           # the piece under it, wherever its headline is printed
        if k in ("used", "header", "rheader", "drop"):
            continue
        if k == "gap" and u.data.get("apart"):
            r.close()          # text set to another measure: no run-on of the story above
            r.after_gap = False
            continue
        if k == "gap":
            if not (r.cur is not None and r.cur.start in ("marker", "credit") and not r.cur.paras):
                r.close()      # (a '（上接…）' marker opens the story its headline and text
            r.after_gap = True     # begin, over any blank lines a converter printed between)
            continue
        handler = handlers.get(k)
        if handler is not None and handler(i, u):
            continue
        r.after_gap = False
    r.close()
    segs = r.segs
    firsts = {s.first for s in segs}
    for i, u in enumerate(units):
        if u.kind == "from" and i not in firsts:
            dropped.append(Dropped("marker", u.text, u.lines[0]))
    return segs


def _beside(units: list[Unit], i: int, step: int) -> int | None:
    """The first unit from `i` in direction `step` (±1) that the reader does not pass over."""
    j = i + step
    while 0 <= j < len(units) and units[j].kind in TRANSPARENT:
        j += step
    return j if 0 <= j < len(units) else None


def _only_note(s: Segment) -> bool:
    """Has the story read so far only an editor's note (no lead of its own yet)?"""
    return bool(s.paras) and is_editor_note(s.paras[0].text) and s.tail is None and s.credit is None \
        and s.continued_to is None and all("byline" not in p.data for p in s.paras)


def _credits_caption(cur: Segment | None, b: bylines.Byline) -> bool:
    """Is a byline line of picture roles only ('文/图 X', '图/X') printed under a short text
    that has no byline yet the signature of that text (a caption) rather than the byline of a
    story below?"""
    roles = [r for r, _ in b.credits]
    return (cur is not None and cur.byline is None and cur.tail is None and bool(cur.paras)
            and cur.start != "item"            # a brief item's text is no caption
            and bool(roles) and all("图" in r or "摄" in r for r in roles)
            and sum(len(p.text) for p in cur.paras) <= 300)


CAPTION_CHARS = 400


def _signs_over_caption(units: list[Unit], prev: Segment, s: Segment) -> bool:
    """Is the byline line opening `s` — a text of caption size closed by a photo credit ('X 摄')
    — rather the signature of the unsigned story `prev` printed right above? A byline names who
    wrote a story; a caption's names are in its credit, so the line signs the text above."""
    u = units[s.first]
    return (s.start == "byline" and u.kind == "bline" and s.credit is not None and s.tail is None
            and s.continued_from is None and 0 < len(s.paras) <= CAPTION_PARAS
            and sum(len(p.text) for p in s.paras) <= CAPTION_CHARS
            and "byline" not in s.paras[0].data
            and bool(prev.paras) and prev.byline is None and prev.tail is None
            and prev.credit is None and prev.continued_to is None
            and between_transparent(units, prev.last, s.first))


def between_transparent(units: list[Unit], a: int, b: int) -> bool:
    return all(units[k].kind in TRANSPARENT for k in range(a + 1, b))


def merge_weak(units: list[Unit], segs: list[Segment]) -> list[Segment]:
    """A block cut off only by a wide gap, with no byline or credit of its own, belongs to the
    story before it. A byline line with no text under it (a headline follows), right after a
    story that has no signature, closes that story ('文/图 X' printed under the text, maybe
    over a '（下转…）' jump)."""
    out: list[Segment] = []
    for s in segs:
        u = units[s.first]
        if out and _signs_over_caption(units, out[-1], s):
            # '本报评论员' under a story's text, then a photo's caption closed by 'X 摄': the
            # line signs the story above, the caption stands alone
            out[-1].tail, out[-1].last = u, s.first
            s.byline, s.byline_line, s.start, s.first = None, None, "free", s.first + 1
        if (out and s.byline is not None and not s.paras and u.kind == "bline"
                and all(units[k].kind in TRANSPARENT | {"to"} for k in range(s.first + 1, s.last + 1))
                and u.data.get("byline") is not None and out[-1].paras and out[-1].tail is None
                and out[-1].credit is None and out[-1].continued_to is None
                and between_transparent(units, out[-1].last, s.first)):
            out[-1].tail = u
            out[-1].last = s.last
            out[-1].continued_to = s.continued_to      # '（下转…）' under the signature
            if s.subtitle:         # a '——' line printed over the signature goes with it
                out[-1].subtitle = f"{out[-1].subtitle} {s.subtitle}" if out[-1].subtitle else s.subtitle
            continue
        if (out and s.start == "gap" and s.byline is None and s.credit is None and s.continued_from is None
                and s.subtitle is None
                and out[-1].credit is None and out[-1].continued_to is None
                and between_transparent(units, out[-1].last, s.first)):
            prev = out[-1]
            prev.paras += s.paras
            prev.last = s.last
            prev.tail = prev.tail or s.tail
            prev.continued_to = s.continued_to     # a '（下转…）' under the piece ends the story
            continue
        out.append(s)
    return out
