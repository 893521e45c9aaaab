"""The archive model: grouping, reading order and prev/next at every level."""
from __future__ import annotations

import datetime as dt

from generator.core.model import Article, article_url, build_archive, make_id, page_url


def art(paper: str, day: str, page: int, seq: int, **kw) -> Article:
    date = dt.date.fromisoformat(day)
    return Article(id=make_id(paper, date, page, seq), paper=paper, date=date, page=page, seq=seq,
                   title=kw.pop("title", f"{paper} {day} {page}-{seq}"), **kw)


def sample():
    return [
        art("b-daily", "2024-01-02", 2, 1), art("a-daily", "2024-01-01", 1, 2),
        art("a-daily", "2024-01-01", 1, 1, page_name="要闻"), art("a-daily", "2024-01-01", 3, 1),
        art("a-daily", "2024-01-05", 1, 1), art("a-daily", "2023-12-31", 1, 1),
    ]


def test_urls_follow_the_permanent_scheme():
    assert make_id("a-daily", dt.date(2024, 1, 5), 3, 12) == "a-daily/2024-01-05/03-12"
    assert article_url("a-daily/2024-01-05/03-12") == "/a-daily/2024/01/05/03-12/"
    assert page_url("a-daily", dt.date(2024, 1, 5), 3) == "/a-daily/2024/01/05/03/"


def test_grouping_and_navigation():
    archive = build_archive(sample(), {"a-daily": "甲报", "b-daily": "乙报"})
    assert [p.slug for p in archive.publications] == ["a-daily", "b-daily"]
    a = archive.publication("a-daily")
    assert a.name == "甲报" and a.years == [2023, 2024]
    dates = [i.date.isoformat() for i in a.issues]
    assert dates == ["2023-12-31", "2024-01-01", "2024-01-05"]
    issue = a.issues[1]
    assert issue.prev is a.issues[0] and issue.next is a.issues[2]
    assert a.issues[0].prev is None and a.issues[2].next is None
    assert [p.number for p in issue.pages] == [1, 3]
    assert issue.pages[0].label == "第01版：要闻" and issue.pages[1].label == "第03版"
    assert issue.pages[0].next is issue.pages[1] and issue.pages[1].prev is issue.pages[0]
    order = [x.id for x in issue.articles]
    assert order == ["a-daily/2024-01-01/01-01", "a-daily/2024-01-01/01-02", "a-daily/2024-01-01/03-01"]
    first, second, third = issue.articles
    assert first.next is second and second.next is third and third.next is None and first.prev is None
    # prev/next never cross issues or publications
    assert archive.publication("b-daily").issues[0].prev is None


def test_aliases_become_redirects():
    moved = art("a-daily", "2024-01-01", 2, 1, aliases=["a-daily/2024-01-01/01-09"])
    archive = build_archive([moved], {})
    assert archive.redirects == {"a-daily/2024-01-01/01-09": "a-daily/2024-01-01/02-01"}
    assert archive.publications[0].name == "a-daily"
