"""The index pages of all topics and all places, with their sizes."""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator.build.commit import digest
from generator.build.pages import json_twins
from generator.build.plan.site_plan import Unit
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
    html = r.page("topics.html", items=items, kind="topic", canonical=r.abs_url("/topics/"))
    return [html, json_twins.dumps([{"name": i["name"], "url": i["url"], "count": i["count"]}
                                    for i in items])]


def render_places(r: "Renderer", _) -> bytes:
    items = sorted(({"name": name, "url": place_url(slug), "count": count}
                    for slug, name, count in r.plan.place_index),
                   key=lambda i: (-i["count"], i["name"]))
    return r.page("topics.html", items=items, kind="place", canonical=r.abs_url("/places/"))


KINDS = {"topics": (render_topics,), "places": (render_places,)}
