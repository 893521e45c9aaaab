"""The search index reads the archive a part at a time (`generator/search/source.py`): a build
loads one part's issues, makes its records and lets them go before the next, so what it holds
does not grow with the archive; the bundles are the ones an archive held whole gives."""
import dataclasses
import json

from generator.search.index import index_site
from generator.search.parts import plan_parts

from tests.support.project import copy_project
from tests.support.search import load_archive, project_config


def _archive(root, max_articles: int):
    from bench.synthetic import write_synthetic_archive
    config = project_config(copy_project(root, with_articles=False))
    write_synthetic_archive(config.path(config.articles_dir), 1200, seed=5, days_step=20)
    return dataclasses.replace(config, search_max_shard_articles=max_articles)


def test_a_build_holds_one_parts_issues_at_a_time_and_gives_the_whole_archives_bundles(
        tmp_path, monkeypatch):
    from generator.build import pipeline
    from generator.build.pipeline import build_site
    config = _archive(tmp_path / "project", 250)
    held: set = set()
    most, plans, before = [0], [], []
    real = pipeline.issue_loader

    def recording(plan):
        plans.append(plan)
        issues = real(plan)

        def load(days):
            if not before:
                before.append(len(plan.archive.articles))
            issues.load_days(days)
            held.update(days)
            most[0] = max(most[0], len(held))

        def release(days):
            issues.release_days(days)
            held.difference_update(days)

        return issues._replace(load_days=load, release_days=release)

    monkeypatch.setattr(pipeline, "issue_loader", recording)
    report = build_site(config, progress=False)   # a full build, with search
    whole = load_archive(config)
    parts = plan_parts(whole, config)
    assert len(report.search.shards_indexed) == len(parts) > 2
    widest = max(len({a.date for a in arts}) for _, arts in parts.values())
    assert 0 < most[0] <= widest
    assert not held
    # what the plan holds after indexing: no more articles than before
    assert len(plans[0].archive.articles) <= before[0] < len(whole.articles)
    built = tmp_path / "project" / config.output_dir / config.search_bundle_dir
    again = tmp_path / "whole"
    index_site(config, whole, str(again), progress=False)
    mine = {p.relative_to(built): p.read_bytes() for p in built.rglob("*") if p.is_file()}
    theirs = {p.relative_to(again / config.search_bundle_dir): p.read_bytes()
              for p in (again / config.search_bundle_dir).rglob("*") if p.is_file()}
    assert mine.keys() == theirs.keys() and mine == theirs


def test_days_whose_articles_disagree_with_their_counts_are_indexed_from_the_whole_archive(
        tmp_path):
    from generator.search.source import IssueLoader
    config = _archive(tmp_path / "project", 250)
    whole = load_archive(config)
    counts: dict = {}
    for a in whole.articles.values():
        counts[a.date] = counts.get(a.date, 0) + 1
    first = min(counts)
    counts[first] += 1   # a count one too high: the parts cut from counts are not the archive's
    loaded = []
    issues = IssueLoader(counts, loaded.append)
    index_site(config, whole, str(tmp_path / "site"), progress=False, issues=issues)
    assert loaded[-1] == set(counts)
    manifest = json.loads((tmp_path / "site" / config.search_bundle_dir / "shards.json").read_text())
    assert sorted(s["key"] for s in manifest["shards"]) == sorted(plan_parts(whole, config))
    assert sum(s["articles"] for s in manifest["shards"]) == len(whole.articles)
