"""site_config.yaml → SiteConfig. Validated once, at the edge, with messages that say what to fix."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.core.frontmatter import ContentError


@dataclass(slots=True)
class Topic:
    name: str
    slug: str
    keywords: list[str]


@dataclass(frozen=True, slots=True)
class Corrections:
    """Where a reader reports an error in an article (the 纠错 link): an e-mail address or the
    URL of a form; `param` is the form's query parameter that carries the article's id."""
    email: str = ""
    form: str = ""
    param: str = "article"


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
    # HTML tags in article Markdown: False (default) shows them as text; True keeps them as markup.
    # Links/images with javascript:/vbscript:/data: URLs lose them either way.
    markdown_raw_html: bool = False
    corrections: Corrections | None = None      # None: no 纠错 link
    # Files beside the pages (`site_files:`), for hosts that limit how many files a site holds:
    # json_twins False drops the index.json of issue, 版 and article pages (the home, paper and
    # year twins stay: the date picker and the 404 page read them); citations "issue" writes
    # one cite.ris + cite.bib per issue (all its articles) instead of a pair per article.
    json_twins: bool = True
    citations: str = "article"

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


def _key_line(text: str, *keys: str) -> int | None:
    """The 1-based line of a (nested) key in YAML text, for error messages; None if not there."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = None
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            break
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                line, node = k.start_mark.line + 1, v
                break
        else:
            break
    return line


_MARKDOWN_KEYS = ("raw_html",)


def _known_keys(section: dict, name: str, keys: tuple, path: str, text: str) -> None:
    """Refuse a setting under `name` that is not one of `keys` (a typo would silently do nothing)."""
    for key in section:
        if key not in keys:
            raise ContentError(path, _key_line(text, name, str(key)), f"unknown setting {name}.{key}",
                               f"the settings under '{name}' are: " + ", ".join(keys))


def _mapping(section: Any, name: str, keys: tuple, example: str, path: str, text: str) -> dict:
    """A settings section that must be a mapping of known keys (the error names its line)."""
    if not isinstance(section, dict):
        raise ContentError(path, _key_line(text, name), f"'{name}' must be a mapping", f"write it as  {example}")
    _known_keys(section, name, keys, path, text)
    return section


def _switch(section: dict, name: str, key: str, default: bool, hint: str, path: str, text: str) -> bool:
    """`name.key`: true or false (missing or empty: `default`)."""
    value = section.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise ContentError(path, _key_line(text, name, key),
                           f"{name}.{key} must be true or false, got {value!r}", hint)
    return value


def _markdown_options(section: Any, path: str, text: str) -> bool:
    """`markdown: {raw_html: false}` → raw_html, refusing anything that is not plainly a switch:
    a typo must not silently leave a site with the opposite of what its editors wrote."""
    if section is None:
        return False
    section = _mapping(section, "markdown", _MARKDOWN_KEYS, "markdown: {raw_html: false}", path, text)
    return _switch(section, "markdown", "raw_html", False,
                   "false (the default) shows HTML tags in article text as text; "
                   "true lets them through as markup", path, text)


_SITE_FILES_KEYS = ("json_twins", "citations")
CITATION_PLACES = ("article", "issue")


def _site_files(section: Any, path: str, text: str) -> tuple[bool, str]:
    """`site_files: {json_twins: true, citations: article}` → (json_twins, citations),
    refusing values that are not plainly one of the choices."""
    if section is None:
        return True, "article"
    section = _mapping(section, "site_files", _SITE_FILES_KEYS,
                       "site_files: {json_twins: true, citations: article}", path, text)
    twins = _switch(section, "site_files", "json_twins", True,
                    "true (the default) writes index.json beside every issue, 版 and "
                    "article page; false writes none there", path, text)
    cites = section.get("citations", "article")
    if cites is None:
        cites = "article"
    if cites not in CITATION_PLACES:
        raise ContentError(path, _key_line(text, "site_files", "citations"),
                           f"site_files.citations must be article or issue, got {cites!r}",
                           "article (the default): cite.ris and cite.bib beside each article; "
                           "issue: one pair per issue holding every article of the issue")
    return twins, cites


_CORRECTIONS_KEYS = ("to", "param")
_EMAIL = re.compile(r"^[^@\s<>\"'(),;:\\\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_PARAM = re.compile(r"^[A-Za-z0-9_.\-]+$")


def _corrections(section: Any, path: str, text: str) -> Corrections | None:
    """`corrections: {to: 纠错@example.org | https://form, param: article}` → Corrections,
    refusing a value that would make a broken or unsafe link on every article page."""
    if section is None:
        return None
    if isinstance(section, str):
        section = {"to": section}
    section = _mapping(section, "corrections", _CORRECTIONS_KEYS,
                       "corrections: {to: editor@example.org}  or  "
                       "corrections: {to: 'https://example.org/form', param: article}", path, text)
    to = section.get("to")
    line = _key_line(text, "corrections", "to") or _key_line(text, "corrections")
    hint = ("an e-mail address (editor@example.org) or the http(s) URL of a form "
            "(https://example.org/form); leave 'corrections' out for no 纠错 link")
    if not isinstance(to, str) or not to.strip():
        raise ContentError(path, line, f"corrections.to must be an e-mail address or a URL, got {to!r}", hint)
    to = to.strip()
    param = section.get("param", "article")
    if not isinstance(param, str) or not _PARAM.match(param):
        raise ContentError(path, _key_line(text, "corrections", "param") or line,
                           f"corrections.param must be a query parameter name, got {param!r}",
                           "letters, digits, '_', '-', '.' — e.g. article or entry.123456")
    from urllib.parse import urlsplit
    if to.lower().startswith("mailto:"):
        to = to[7:]
    if _EMAIL.match(to):
        return Corrections(email=to, param=param)
    parts = urlsplit(to)
    if parts.scheme in ("http", "https") and parts.netloc and not any(c.isspace() for c in to) \
            and not parts.fragment:
        return Corrections(form=to, param=param)
    raise ContentError(path, line, f"corrections.to is neither an e-mail address nor an http(s) URL: {to!r}", hint)


def load_config(path: str = "site_config.yaml", overrides: dict[str, Any] | None = None) -> SiteConfig:
    text = ""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        data = yaml.safe_load(text) or {}
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
    json_twins, citations = _site_files(data.get("site_files"), path, text)
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
        markdown_raw_html=_markdown_options(data.get("markdown"), path, text),
        corrections=_corrections(data.get("corrections"), path, text),
        json_twins=json_twins, citations=citations,
    )
