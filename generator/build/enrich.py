"""Enrich: topics and places for articles whose front matter does not give them.

Front matter wins: a `topics:`/`places:` key that is present (even empty) is kept as written —
an editor's correction must survive. Only keys that are *absent* are derived from the text with
`generator.core.topics`, and the result is cached per file stamp so a rebuild does not re-read bodies.
"""
from __future__ import annotations

import os
import pickle
from typing import Iterable

from generator.core.config import SiteConfig
from generator.build.commit import digest, file_digest
from generator.core.model import Article
from generator.core.topics import places_in, topics_for

CACHE_NAME = "enrich.pickle"


def enrich(articles: Iterable[Article], config: SiteConfig, root: str,
           stamps: dict[str, tuple[int, int]]) -> int:
    """Fill absent topics/places in place; returns how many bodies had to be read."""
    todo = [a for a in articles if a.missing]
    if not todo:
        return 0
    tax = config.topics
    from generator.core import topics as _topics   # the extraction rules are part of the cache key
    tag = digest([(t.name, t.keywords) for t in tax], file_digest([_topics.__file__, __file__]))
    path = os.path.join(config.path(config.cache_dir), CACHE_NAME)
    try:
        with open(path, "rb") as fh:
            cached_tag, cache = pickle.load(fh)
        if cached_tag != tag:
            cache = {}
    except Exception:
        cache = {}
    fresh, read = {}, 0
    for a in todo:
        key = (a.path, stamps.get(a.path))
        hit = cache.get(key)
        if hit is None:
            body = a.read_body(root)
            hit = (topics_for(a.title, body, tax, kicker=a.kicker or "", subtitle=a.subtitle or ""),
                   places_in(a.kicker or "", a.title, a.subtitle or "", body))
            read += 1
        fresh[key] = hit
        if "topics" in a.missing:
            a.topics = list(hit[0])
        if "places" in a.missing:
            a.places = list(hit[1])
    if read or len(fresh) != len(cache):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.tmp-{os.getpid()}"
        with open(tmp, "wb") as fh:
            pickle.dump((tag, fresh), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    return read
