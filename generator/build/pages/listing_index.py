"""The index pages of all topics and all places, with their sizes."""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator.build.commit import digest
from generator.build.pages import json_twins
from generator.build.plan.site_plan import Unit
from generator.core.topics import PLACE_LEVELS, place_level
from generator.core.urls import place_url, topic_url

if TYPE_CHECKING:
    from generator.build.render import Renderer


def topics_unit(g: bytes, index: list[tuple[str, str, int]]) -> Unit:
    """Covers every topic's slug, name and size."""
    key = "topics/index.html"
    return Unit(key, "topics", None, (key, "topics/index.json"), digest(g, key, (index,)))


def places_unit(g: bytes, index: list[tuple[str, str, int]]) -> Unit:
    """Covers every place's slug, name and size."""
    key = "places/index.html"
    return Unit(key, "places", None, (key,), digest(g, key, (index,)))


def render_topics(r: "Renderer", _) -> list[bytes]:
    items = [{"name": name, "url": topic_url(slug), "count": count}
             for slug, name, count in r.plan.topic_index]
    html = r.page("topics.html", items=items, groups=[], kind="topic",
                  canonical=r.abs_url("/topics/"))
    return [html, json_twins.dumps([{"name": i["name"], "url": i["url"], "count": i["count"]}
                                    for i in items])]


def place_groups(index: list[tuple[str, str, int]]) -> list[dict]:
    """Places grouped by level (州/地区 → 县/市 → 乡/镇 → 村), each group most-mentioned first;
    a level without places is left out. The level is read from the name, so the unit's digest
    (the names) covers it."""
    groups = [{"label": label, "id": f"level-{n + 1}", "items": []}
              for n, label in enumerate(PLACE_LEVELS)]
    for slug, name, count in index:
        groups[place_level(name)]["items"].append(
            {"name": name, "url": place_url(slug), "count": count})
    for g in groups:
        g["items"].sort(key=lambda i: (-i["count"], i["name"]))
    return [g for g in groups if g["items"]]


def render_places(r: "Renderer", _) -> bytes:
    return r.page("topics.html", items=[], groups=place_groups(r.plan.place_index), kind="place",
                  canonical=r.abs_url("/places/"))


KINDS = {"topics": (render_topics,), "places": (render_places,)}
