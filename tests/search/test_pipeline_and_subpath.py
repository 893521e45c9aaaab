"""The search through the real pipeline: hosted under a sub-path (/archive/), and an added issue
re-indexes only the shard it falls in."""
import datetime as _dt
import os
import urllib.request
from pathlib import Path

from generator.core.config import load_config
from tests.support.project import copy_project, serve_dir

from tests.support.search import article_texts, load_archive, run_queries, truth, write_article


def test_sub_path_site_returns_site_paths_and_links_work(tmp_path, browser):
    from generator.build.pipeline import build_site
    project = copy_project(tmp_path / "project")
    config = load_config(str(project / "site_config.yaml"))
    build_site(config, base_url="https://example.org/archive/", progress=False)
    host = tmp_path / "host"
    host.mkdir()
    os.symlink(config.path(config.output_dir), host / "archive")
    base, stop = serve_dir(host)
    try:
        page = browser.new_page()
        page.goto(base + "/archive/search/?q=取暖")
        page.wait_for_selector("#search-results li a")
        res = run_queries(page, [("取暖", {})])[0]
        texts = article_texts(config, load_archive(config))
        assert {r["url"] for r in res} == truth(texts, "取暖") and res
        assert all(r["url"].startswith("/") and not r["url"].startswith("/archive/") for r in res)
        hrefs = page.eval_on_selector_all("#search-results li a", "els => els.map(e => e.href)")
        assert hrefs and all("/archive/" in h for h in hrefs)
        for h in hrefs:
            with urllib.request.urlopen(h) as resp:
                assert resp.status == 200
        page.close()
    finally:
        stop()


def test_added_issue_reindexes_only_its_shard(tmp_path):
    from generator.build.pipeline import build_site
    project = copy_project(tmp_path / "project")
    config = load_config(str(project / "site_config.yaml"))
    build_site(config, progress=False)
    site = Path(config.path(config.output_dir)) / config.search_bundle_dir
    before = {p.name: sorted(f.stat().st_mtime_ns for f in p.rglob("*") if f.is_file())
              for p in site.iterdir() if p.is_dir()}
    newest = max(a.date for a in load_archive(config).articles.values())
    day = newest + _dt.timedelta(days=1)
    write_article(Path(config.path(config.articles_dir)), "altay-daily", day, 1, 1,
                  "新增一期的头条", "新的一期报纸今天出版。", page_name="要闻")
    report = build_site(config, progress=False)
    key = f"{day.year}.1"
    assert report.search is not None and report.search.shards_indexed == [key]
    after = {p.name: sorted(f.stat().st_mtime_ns for f in p.rglob("*") if f.is_file())
             for p in site.iterdir() if p.is_dir()}
    for name in before:
        if name not in (key, "presence"):
            assert after[name] == before[name], name
    # the presence filter: only the group holding the new part has files rewritten
    changed = {f.relative_to(site / "presence").parts[0] for f in (site / "presence").rglob("*.bin")
               if f.stat().st_mtime_ns not in before["presence"]}
    assert len(changed) <= 1, changed


def test_added_issue_loads_only_its_years_articles_for_search(tmp_path, monkeypatch):
    """The search index of an incremental build loads the issues of the parts it reads (the
    added issue's year), not every issue of the archive; the result is the full index's."""
    from generator.build.pipeline import build_site
    project = copy_project(tmp_path / "project")
    articles = Path(project / "content" / "articles")
    write_article(articles, "changji-daily", _dt.date(2019, 3, 1), 1, 1, "旧年的文章", "三年前的报道。",
                  page_name="要闻")
    config = load_config(str(project / "site_config.yaml"))
    build_site(config, progress=False)
    newest = max(a.date for a in load_archive(config).articles.values())
    day = newest + _dt.timedelta(days=1)
    write_article(articles, "altay-daily", day, 1, 1, "新增一期的头条", "新的一期报纸今天出版。",
                  page_name="要闻")
    from generator.build import pipeline
    loaded = []
    real = pipeline.issue_loader

    def recording(plan):
        issues = real(plan)
        return issues._replace(load_days=lambda days: loaded.extend(days) or issues.load_days(days))

    monkeypatch.setattr(pipeline, "issue_loader", recording)
    report = build_site(config, progress=False)
    assert report.search.shards_indexed == [f"{day.year}.1"]
    assert loaded and {d.year for d in loaded} == {day.year}
    site = Path(config.path(config.output_dir)) / config.search_bundle_dir
    incremental = (site / "shards.json").read_bytes()
    monkeypatch.undo()
    fresh = tmp_path / "fresh"
    build_site(config, output=str(fresh), progress=False)
    assert (fresh / config.search_bundle_dir / "shards.json").read_bytes() == incremental
