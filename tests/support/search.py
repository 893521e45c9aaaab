"""Shared helpers for the search tests: build small archives, compute the substring truth in
plain Python, serve a site and drive window.archiveSearch in real Chromium."""
from __future__ import annotations

import dataclasses
import datetime as _dt
import shutil
from pathlib import Path
from typing import Iterable, Optional

import jinja2

from generator.core import frontmatter
from generator.core.config import SiteConfig, load_config
from generator.build.pipeline import dry_run
from generator.core.model import Archive
from generator.core.urls import article_file, make_id
from generator.search.text import article_blocks, fold, searchable_text
from tests.support.project import ROOT



def write_article(articles_dir: Path, paper: str, date: _dt.date, page: int, seq: int,
                  title: str, body: str, **meta) -> Path:
    """One article file in the project's format (front matter + Markdown body)."""
    aid = make_id(paper, date, page, seq)
    data = {"id": aid, "paper": paper, "date": date, "page": page, "seq": seq, "title": title}
    data.update(meta)
    path = articles_dir / article_file(paper, date, page, seq)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(frontmatter.dump(data, body), encoding="utf-8")
    return path


def project_config(project: Path, **search) -> SiteConfig:
    """The repository's site_config.yaml, rooted at `project` (articles under content/articles)."""
    if not (project / "site_config.yaml").exists():
        project.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "site_config.yaml", project / "site_config.yaml")
    config = load_config(str(project / "site_config.yaml"))
    return dataclasses.replace(config, **search) if search else config


def load_archive(config: SiteConfig) -> Archive:
    """The archive exactly as the build plans it (every issue loaded)."""
    return dry_run(config, clean=True).load_all()


def article_texts(config: SiteConfig, archive: Archive) -> dict[str, str]:
    """url → the text the index holds (headline + body), as plain Python sees it."""
    return {a.url: searchable_text(article_blocks(a, a.read_body(config.root)))
            for a in archive.articles.values()}


def truth(texts: dict[str, str], query: str, spellings=None) -> set[str]:
    """Articles whose text contains every whitespace-separated term (any spelling of it).

    Latin letters compare case-insensitively (the search is documented to ignore case), and
    both sides are folded first (text.fold: full-width = half-width punctuation, digits and
    letters, whitespace between Han characters dropped): a plain substring search of
    fold(term) in fold(text)."""
    spellings = spellings or (lambda t: [t])
    terms = [[fold(s).lower() for s in spellings(fold(t))] for t in query.split()]
    out = set()
    for url, text in texts.items():
        low = fold(text).lower()
        if terms and all(any(s in low for s in alts) for alts in terms):
            out.add(url)
    return out


def render_search_page(config: SiteConfig, archive: Archive, site_dir: Path) -> None:
    """templates/search.html with base.html and static JS, as the site build would write them
    (kept independent of the render module so these tests only need the search templates)."""
    base = config.base_path
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "templates")),
                             autoescape=True, undefined=jinja2.ChainableUndefined)
    pubs = [{"slug": p.slug, "name": p.name, "url": p.url} for p in archive.publications]
    env.globals.update(base=base, config=config, nav_publications=pubs,
                       url=lambda p: base + p.lstrip("/"), abs_url=lambda p: config.base_url + p.lstrip("/"),
                       kind_label=lambda k: k, cn_date=str)
    arts = list(archive.articles.values())
    topic_names = sorted({t for a in arts for t in a.topics})
    html = env.get_template("search.html").render(
        publications=[{"slug": p.slug, "name": p.name} for p in archive.publications],
        years=sorted({a.date.year for a in arts}),
        page_names=sorted({a.page_name for a in arts if a.page_name}),
        kinds=sorted({a.kind for a in arts}),
        topics=[{"name": n, "slug": f"t{i}"} for i, n in enumerate(topic_names)],
        canonical=None)
    (site_dir / "search").mkdir(parents=True, exist_ok=True)
    (site_dir / "search" / "index.html").write_text(html, encoding="utf-8")
    static = site_dir / "static"
    static.mkdir(exist_ok=True)
    for f in ("search.js", "search-facets.js", "search-ui.js", "highlight.js"):
        shutil.copy(ROOT / "templates" / "static" / f, static / f)


def run_queries(page, queries: Iterable[tuple[str, dict]]) -> list[list[dict]]:
    """archiveSearch for each (query, options) in the page, in one round trip."""
    return page.evaluate(
        "async (qs) => { const out = []; for (const [q, o] of qs) out.push(await window.archiveSearch(q, o)); return out; }",
        [[q, o] for q, o in queries])


def filtered(archive: Archive, urls: set[str], paper: Optional[str] = None,
             year_from: Optional[int] = None, year_to: Optional[int] = None,
             page_name: Optional[str] = None, kind: Optional[str] = None,
             topic: Optional[str] = None, **_) -> set[str]:
    """The subset of `urls` that passes the filters, decided from the model (the oracle)."""
    by_url = {a.url: a for a in archive.articles.values()}
    keep = set()
    for u in urls:
        a = by_url[u]
        if paper and a.paper != paper:
            continue
        if year_from is not None and a.date.year < year_from:
            continue
        if year_to is not None and a.date.year > year_to:
            continue
        if page_name and a.page_name != page_name:
            continue
        if kind and a.kind != kind:
            continue
        if topic and topic not in a.topics:
            continue
        keep.add(u)
    return keep


def open_search_page(browser, base: str):
    """A Chromium tab on /search/ once archiveSearch exists; yields it, then fails the test on
    any uncaught page error (use as the body of a generator fixture)."""
    p = browser.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.goto(base + "/search/")
    p.wait_for_function("typeof window.archiveSearch === 'function'")
    yield p
    p.close()
    assert not errors, errors


def urls(results) -> set[str]:
    return {r["url"] for r in results}


def indexed_synthetic_site(root: Path, articles: int, part_size: int, seed: int = 11):
    """A synthetic archive (bench.synthetic, every third day) indexed in parts of `part_size`
    articles, with search.js under static/ and no /search/ page (the stand-in harness then
    loads search.js alone, so nothing is preloaded): (config, archive, site, report)."""
    from bench.synthetic import write_synthetic_archive
    from generator.search.index import index_site
    config = project_config(root, search_max_shard_articles=part_size)
    write_synthetic_archive(config.path(config.articles_dir), articles, seed=seed, days_step=3)
    archive = load_archive(config)
    site = root / "site"
    report = index_site(config, archive, str(site), progress=False)
    (site / "static").mkdir()
    shutil.copy(ROOT / "templates" / "static" / "search.js", site / "static" / "search.js")
    return config, archive, site, report
