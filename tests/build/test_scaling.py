"""No page grows with the archive except index pages: an issue's own pages are byte-identical
whether the archive holds 3 issues or 9, and list pages are bounded by the page size."""
from __future__ import annotations

import datetime as dt

from tests.support.archives import build
from tests.support.archives import make_project
from tests.support.html import tree


def test_issue_article_and_page_files_do_not_depend_on_archive_size(tmp_path):
    small = make_project(tmp_path / "small", issues=3)
    large = make_project(tmp_path / "large", issues=9)
    for p in (small, large):
        cfg = p / "site_config.yaml"
        cfg.write_text(cfg.read_text(encoding="utf-8").replace("topic_page_size: 50", "topic_page_size: 5"),
                       encoding="utf-8")
        build(p)
    a, b = tree(small / "site"), tree(large / "site")
    # the middle issue of the small archive has neighbours on both sides in both archives
    days = sorted({k.split("/")[3] for k in a if k.startswith("changji-daily/2022/11/")
                   and k.count("/") >= 4})
    middle = f"changji-daily/2022/11/{days[1]}/"
    own = [k for k in a if k.startswith(middle)]
    assert len(own) > 10
    assert [k for k in own if a[k] != b[k]] == []
    # list pages are bounded: no topic/place page lists more than 2 × page size articles
    for k, data in b.items():
        if k.startswith(("topics/", "places/")) and k.endswith("index.html") and k.count("/") >= 2:
            assert data.count(b'<li class="item') <= 2 * 5 - 1, k
