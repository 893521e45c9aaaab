"""Enrich: topics and places for articles whose front matter does not give them.

Front matter wins: a `topics:`/`places:` key that is present (even empty) is kept as written —
an editor's correction must survive. Only keys that are *absent* are derived from the text with
`generator.core.topics`, and the result is cached per file stamp so a rebuild does not re-read bodies.
"""
from __future__ import annotations

import os
import pickle
from typing import Iterable, Optional

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
    enricher = Enricher(config, root)
    read = enricher.fill(todo, stamps)
    enricher.save()
    return read


class Enricher:
    """The cache loaded once, filled batch by batch (a full build streams its records), saved
    once: it keeps the entries of the files seen this build."""

    def __init__(self, config: SiteConfig, root: str):
        self.config, self.root = config, root
        self.path = os.path.join(config.path(config.cache_dir), CACHE_NAME)
        self.cache: Optional[dict] = None
        self.fresh: dict = {}
        self.read = 0

    def _load(self) -> dict:
        from generator.core import topics as _topics   # the extraction rules are part of the key
        self.tag = digest([(t.name, t.keywords) for t in self.config.topics],
                          file_digest([_topics.__file__, __file__]))
        try:
            with open(self.path, "rb") as fh:
                cached_tag, cache = pickle.load(fh)
            if cached_tag != self.tag:
                cache = {}
        except Exception:
            cache = {}
        return cache

    def fill(self, articles: Iterable[Article], stamps: dict[str, tuple[int, int]]) -> int:
        """Fill absent topics/places of `articles` in place; returns the bodies read."""
        tax = self.config.topics
        read = 0
        for a in articles:
            if not a.missing:
                continue
            if self.cache is None:
                self.cache = self._load()
            key = (a.path, stamps.get(a.path))
            hit = self.cache.get(key)
            if hit is None:
                body = a.read_body(self.root)
                hit = (topics_for(a.title, body, tax, kicker=a.kicker or "", subtitle=a.subtitle or ""),
                       places_in(a.kicker or "", a.title, a.subtitle or "", body))
                read += 1
            self.fresh[key] = hit
            if "topics" in a.missing:
                a.topics = list(hit[0])
            if "places" in a.missing:
                a.places = list(hit[1])
        self.read += read
        return read

    def save(self) -> None:
        """Write the cache when it changed (bodies read, or entries of vanished files)."""
        if self.cache is None or not (self.read or len(self.fresh) != len(self.cache)):
            return
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        tmp = f"{self.path}.tmp-{os.getpid()}"
        with open(tmp, "wb") as fh:
            pickle.dump((self.tag, self.fresh), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.path)
