"""The article scan: the same answer however many threads walk the years."""
from __future__ import annotations

import datetime as dt

from generator.build.scan import scan_articles
from tests.support.archives import make_project


def test_threaded_scan_equals_the_single_threaded_one(tmp_path):
    project = make_project(tmp_path / "p", issues=4, pages=1, per_page=2,
                           papers=("changji-daily", "altay-daily"), start=dt.date(2021, 12, 30))
    (project / "content" / "articles" / "altay-daily" / "2023").mkdir()      # an empty year
    (project / "content" / "articles" / "altay-daily" / ".git").mkdir()      # hidden: skipped
    arts = str(project / "content" / "articles")
    one = scan_articles(arts, threads=1)
    assert sum(len(e) for e in one.values()) == 16
    assert {d.split("/")[-3] for d in one} == {"2021", "2022"}
    for threads in (2, 4):
        many = scan_articles(arts, threads=threads)
        assert list(many.items()) == list(one.items())
