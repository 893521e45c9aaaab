"""A picture printed without a headline right under a 简讯 box's last item.

A 简讯 item is one paragraph under its short title. When paragraphs follow it closed by a photo
credit ('孟梅志　摄'), they are a caption printed under the box — a picture with no headline of
its own — not more of the item: the item keeps its paragraph, the rest is a photo.
"""
from __future__ import annotations

from generator.ingest.split.stories.boundaries import Segment
from generator.ingest.split.units.items import Unit, is_brief_label_unit


def _item_head(units: list[Unit], first: int) -> bool:
    """Is the head right over unit `first` a 简讯 item's title: bulleted, marked an item, or one
    of a run of one-paragraph items under the box's label?"""
    k = first - 1
    while k >= 0 and units[k].kind == "gap":
        k -= 1
    if k < 0 or units[k].kind != "head":
        return False
    if units[k].data.get("bullet") or units[k].data.get("item"):
        return True
    # unbulleted: above it only (head, one paragraph) items up to the box's label
    k -= 1
    while k >= 0:
        u = units[k]
        if u.kind == "gap":
            k -= 1
            continue
        if is_brief_label_unit(u):
            return True
        if u.kind != "para":
            return False
        k -= 1
        while k >= 0 and units[k].kind == "gap":
            k -= 1
        if k < 0 or units[k].kind != "head" or units[k].data.get("bullet"):
            return False        # (a box's items share their mark: a head without one under them is not theirs)
        k -= 1
    return False


def split_brief_photos(units: list[Unit], segs: list[Segment]) -> list[Segment]:
    """Each 简讯 item followed by paragraphs closed by a photo credit: the item keeps its first
    paragraph, the rest is a photo caption with no headline."""
    out: list[Segment] = []
    for s in segs:
        if s.credit is None or len(s.paras) < 2 or s.continued_from is not None or not _item_head(units, s.first):
            out.append(s)
            continue
        caption = s.paras[1:]
        photo = Segment(caption[0].data.get("_idx", s.last), s.last, paras=caption, credit=s.credit, start="free")
        photo.doubts.append("photo caption under a 简讯 item separated from it by guess")
        s.paras = s.paras[:1]
        s.credit = None
        s.last = photo.first - 1
        out += [s, photo]
    return out
