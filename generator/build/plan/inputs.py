"""The global digest's inputs: templates, static files, the code that renders, the config."""
from __future__ import annotations

import os

from generator.build.commit import digest, file_digest
from generator.core.config import SiteConfig


def code_files() -> list[str]:
    """Every module of the stages whose code shapes the output (`core/`, `build/`), found by
    walking them, so a new module can never escape the digest."""
    package = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    found = []
    for stage in ("core", "build"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(package, stage)):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return found


def inputs_digest(config: SiteConfig, templates_dir: str) -> bytes:
    """Templates (and static files' stamps) + the generator code that renders + every config
    field a page can show — everything besides the articles that the output depends on."""
    code = code_files()
    tpl, static = [], []
    for dirpath, dirnames, filenames in os.walk(templates_dir):
        dirnames.sort()
        for f in sorted(filenames):
            path = os.path.join(dirpath, f)
            if os.path.relpath(path, templates_dir).startswith("static" + os.sep):
                st = os.stat(path)
                static.append((path, st.st_size, st.st_mtime_ns))
            else:
                tpl.append(path)
    cfg = (config.title, config.title_en, config.description, config.base_url, config.language,
           sorted((k, sorted(v.items())) for k, v in config.publications.items()),
           [(t.name, t.slug, t.keywords) for t in config.topics], config.feed_size,
           config.topic_page_size, config.search_bundle_dir, config.search_shard_by,
           config.markdown_raw_html, config.corrections, config.json_twins, config.citations)
    return digest(repr(cfg), static, file_digest(code + tpl))

