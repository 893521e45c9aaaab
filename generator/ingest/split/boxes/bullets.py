"""Bulleted items: a brief's title printed inline after its bullet, parallel bulleted sub-headings
of one story, and the bullet printed before a headline."""
from __future__ import annotations

import re

from generator.ingest.split.units.reflow import Para
from generator.ingest.split.text.textutil import BULLETS, ENUMERATOR, nonspace, squash_spaces
from generator.ingest.split.units.items import Unit, is_brief_label_unit
from generator.ingest.split.heads.headshape import headline_like


_TITLE_GAP = re.compile(r"^(\S{2,30}?)[ \t\u3000]+\S")


# a bracketed Latin gloss ('(Marco Rubio)'): running text glosses a name, a headline does not
_GLOSS = re.compile(r"[(（]\s*[A-Za-z]")


def bullet_title(p: Para) -> tuple[str, str, str] | None:
    """'●Title text 9月8日，body…' → ('●', 'Title text', 'body…'): a bulleted brief carries
    its headline inline, ended by a gap in the printed line or by the time phrase that opens
    the body — never before a bracketed Latin gloss, which only running text carries. None when
    the paragraph is not such an item."""
    text = p.text
    if len(text) < 8 or text[0] not in BULLETS:
        return None
    bullet, rest = text[0], text[1:].lstrip()
    raw = (p.raw[0] if p.raw else text).strip()[1:].lstrip()
    title = None
    m = _TITLE_GAP.match(raw)
    if m and headline_like([m.group(1)]) and rest.startswith(squash_spaces(m.group(1))):
        title = squash_spaces(m.group(1))
    else:
        m = re.search(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|连日来|近期|目前", rest[:34])
        if m and m.start() >= 4 and headline_like([rest[:m.start()]]) and not _GLOSS.search(rest[:m.start()]):
            title = rest[:m.start()]
    if not title:
        return None
    body = rest[len(title):].lstrip()
    return (bullet, title, body) if len(body) >= 4 else None


BULLET_SUB_MAX = 16      # characters: a sub-heading is a short phrase


_DATED = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^(?:近日|日前)")


def marker(text: str) -> str | None:
    """The bullet or enumerator that opens a one-line heading ('■', '一、'), as a kind."""
    t = text.strip()
    if t[:1] in BULLETS:
        return t[0]
    m = ENUMERATOR.match(t)
    return re.sub(r"[一二三四五六七八九十\d①-⑳]+", "n", m.group(0)) if m else None


def bullet_subheads(units: list[Unit]) -> None:
    """A run of parallel bulleted phrases ('■渠道清淤早动手' … '■节水新法见实效', or '一、…'
    '二、…'), two or more of about the same length with the same mark, each standing between
    undated paragraphs with no byline anywhere in between, are the sub-headings of one story
    — printed before or after their sections — not headlines: they become paragraphs of it.
    Bulleted brief titles differ: longer, of varying length, each followed by its own
    bylined or dated item. (The last one, printed under its section, may have been read as the
    kicker over the story's headline: it goes with the run.)"""
    def mark_of(u: Unit) -> str | None:
        if u.kind not in ("head", "minor") or u.data.get("kickers") or u.data.get("subtitles") or len(u.data.get("raw", [u.text])) > 1:
            return None
        n = len(nonspace(u.text))
        return marker(u.text) if 4 <= n <= BULLET_SUB_MAX else None

    def plain(u: Unit) -> bool:
        return u.kind == "para" and "byline" not in u.data and not _DATED.match(u.text.strip())

    i = 0
    while i < len(units):
        mark = mark_of(units[i])
        if mark is None:
            i += 1
            continue
        run, j = [i], i + 1
        while j < len(units):
            k = j
            while k < len(units) and plain(units[k]):
                k += 1
            if k == j or k >= len(units) or mark_of(units[k]) != mark:
                break
            run.append(k)
            j = k + 1
        sizes = [len(nonspace(units[h].text)) for h in run]
        # story text right before the run (its first paragraph may carry the byline); after it,
        # more of the story (sub-headings printed before their sections) or, when printed
        # under their sections, whatever follows the story
        around = i > 0 and units[i - 1].kind == "para"
        if len(run) >= 2 and max(sizes) - min(sizes) <= 2 and around and not _under_brief_label(units, i, mark):
            for h in run:
                units[h].kind = "para"
                units[h].text = squash_spaces(units[h].text)
                units[h].data["subhead"] = True
        i = run[-1] + 1


def _under_brief_label(units: list[Unit], i: int, mark: str) -> bool:
    """Is the bulleted head `i` one of a 简讯 box's items: above it only paragraphs and heads
    with the same mark up to the box's label ('· 短讯 ·', '快讯')? The items' titles may
    happen to be of one length; the label says they are stories of their own."""
    for k in range(i - 1, -1, -1):
        u = units[k]
        if is_brief_label_unit(u):
            return True
        if u.kind in ("para", "gap"):
            continue
        if u.kind in ("head", "minor") and marker(u.text) == mark:
            continue
        return False
    return False


def bullet_heads(units: list[Unit]) -> None:
    """A headline printed after a bullet ('◆美助卿重申对台政策未变', an item of a 简讯 box):
    the bullet is decoration, not part of the title (listed as dropped by the segmenter)."""
    for u in units:
        t = u.text.strip()
        if u.kind == "head" and "bullet" not in u.data and len(t) > 2 and t[0] in BULLETS and t[1] not in BULLETS:
            u.data["bullet"] = t[0]
            u.text = t[1:].lstrip()
