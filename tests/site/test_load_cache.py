"""The loader's cache gives back exactly the records a fresh parse gives."""
from __future__ import annotations

import dataclasses

from generator.content import article_files, load_articles
from generator.synthetic import write_synthetic_archive


def test_cached_records_equal_freshly_parsed_ones(tmp_path):
    arts = tmp_path / "articles"
    write_synthetic_archive(str(arts), 120, workers=1)
    files = article_files(str(arts))
    cache = str(tmp_path / "cache" / "articles.marshal")
    fresh = load_articles(files, cache)
    assert fresh.parsed == len(files) and not fresh.errors
    cached = load_articles(files, cache)
    assert cached.parsed == 0 and not cached.errors
    assert len(cached.articles) == len(fresh.articles)
    for a, b in zip(fresh.articles, cached.articles):
        for f in dataclasses.fields(a):
            assert getattr(a, f.name) == getattr(b, f.name), (a.id, f.name)
            assert type(getattr(a, f.name)) is type(getattr(b, f.name)), (a.id, f.name)
    assert cached.stamps == fresh.stamps


def test_a_corrupt_cache_is_only_a_slower_build(tmp_path):
    arts = tmp_path / "articles"
    write_synthetic_archive(str(arts), 20, workers=1)
    files = article_files(str(arts))
    cache = tmp_path / "articles.marshal"
    cache.write_bytes(b"\x00garbage")
    res = load_articles(files, str(cache))
    assert res.parsed == len(files) and not res.errors
    assert load_articles(files, str(cache)).parsed == 0
