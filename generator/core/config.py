"""site_config.yaml → SiteConfig. Validated once, at the edge, with messages that say what to fix."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.core.frontmatter import ContentError


@dataclass(slots=True)
class Topic:
    name: str
    slug: str
    keywords: list[str]


@dataclass(slots=True)
class SiteConfig:
    root: str                                   # folder holding site_config.yaml
    title: str = "Newspaper archive"
    title_en: str = ""
    description: str = ""
    base_url: str = "/"
    language: str = "zh-CN"
    raw_dir: str = "content/raw"
    articles_dir: str = "content/articles"
    output_dir: str = "site"
    cache_dir: str = ".cache"
    publications: dict[str, dict[str, Any]] = field(default_factory=dict)
    topics: list[Topic] = field(default_factory=list)
    workers: int = 0
    feed_size: int = 50
    topic_page_size: int = 50
    search_shard_by: str = "year"
    search_bundle_dir: str = "pagefind"
    search_max_shard_articles: int = 2000   # a time slice with more articles is split in parts

    def path(self, rel: str) -> str:
        return rel if os.path.isabs(rel) else os.path.join(self.root, rel)

    @property
    def base_path(self) -> str:
        """The URL path prefix the site is served under ('/' or '/archive/')."""
        from urllib.parse import urlsplit
        p = urlsplit(self.base_url).path or "/"
        return p if p.endswith("/") else p + "/"

    @property
    def publication_names(self) -> dict[str, str]:
        return {slug: str(p.get("name", slug)) for slug, p in self.publications.items()}


def load_config(path: str = "site_config.yaml", overrides: dict[str, Any] | None = None) -> SiteConfig:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
    except FileNotFoundError:
        raise ContentError(path, None, "site configuration not found",
                           "run from the project folder or pass --config") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise ContentError(path, mark.line + 1 if mark else None,
                           f"malformed YAML: {exc.problem}") from None
    if not isinstance(data, dict):
        raise ContentError(path, 1, "site_config.yaml must be a mapping")
    data.update(overrides or {})
    paths = data.get("paths") or {}
    build = data.get("build") or {}
    search = data.get("search") or {}
    topics = []
    for name, spec in (data.get("topics") or {}).items():
        spec = spec or {}
        if not isinstance(spec, dict) or not spec.get("slug"):
            raise ContentError(path, None, f"topic {name!r} needs a slug and keywords",
                               "write it as  名称: {slug: ascii-slug, keywords: [词, 词]}")
        topics.append(Topic(name=str(name), slug=str(spec["slug"]),
                            keywords=[str(k) for k in spec.get("keywords") or [name]]))
    pubs = {}
    for slug, spec in (data.get("publications") or {}).items():
        pubs[str(slug)] = spec if isinstance(spec, dict) else {"name": str(spec)}
    base_url = str(data.get("base_url") or "/")
    return SiteConfig(
        root=os.path.dirname(os.path.abspath(path)),
        title=str(data.get("title", "Newspaper archive")), title_en=str(data.get("title_en", "")),
        description=str(data.get("description", "")),
        base_url=base_url if base_url.endswith("/") else base_url + "/",
        language=str(data.get("language", "zh-CN")),
        raw_dir=paths.get("raw", "content/raw"), articles_dir=paths.get("articles", "content/articles"),
        output_dir=paths.get("output", "site"), cache_dir=paths.get("cache", ".cache"),
        publications=pubs, topics=topics,
        workers=int(build.get("workers", 0)), feed_size=int(build.get("feed_size", 50)),
        topic_page_size=int(build.get("topic_page_size", 50)),
        search_shard_by=str(search.get("shard_by", "year")),
        search_bundle_dir=str(search.get("bundle_dir", "pagefind")),
        search_max_shard_articles=int(search.get("max_shard_articles", 2000)),
    )
