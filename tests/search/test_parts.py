"""Search parts planned from the days' article counts alone (`plan_part_days`, what an
incremental build knows without loading articles) are the parts `plan_parts` cuts from the
articles themselves."""
import dataclasses
from collections import Counter

import pytest

from generator.search.parts import plan_part_days, plan_parts
from tests.support.search import load_archive, project_config


@pytest.mark.parametrize("max_articles", [1, 45, 130, 2000])
def test_parts_from_day_counts_are_the_parts_of_the_articles(tmp_path_factory, max_articles):
    from bench.synthetic import write_synthetic_archive
    root = tmp_path_factory.mktemp("parts")
    config = project_config(root)
    write_synthetic_archive(config.path(config.articles_dir), 400, seed=3, days_step=40)
    config = dataclasses.replace(config, search_max_shard_articles=max_articles)
    archive = load_archive(config)
    counts = Counter(a.date for a in archive.articles.values())
    by_days = plan_part_days(dict(counts), config)
    by_articles = plan_parts(archive, config)
    assert by_articles and (max_articles == 2000 or len(by_articles) > 2)
    assert {k: (s, sorted({a.date for a in arts})) for k, (s, arts) in by_articles.items()} == \
        {k: (s, days) for k, (s, days) in by_days.items()}
