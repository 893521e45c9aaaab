"""The archive model: grouping, reading order and prev/next at every level."""
from __future__ import annotations

import datetime as dt

from generator.core.model import Article, assemble_issue
from generator.core.urls import article_url, make_id, page_url


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


def test_an_issue_groups_pages_in_reading_order_and_links_them():
    arts = [a for a in sample() if a.paper == "a-daily" and a.date == dt.date(2024, 1, 1)]
    issue = assemble_issue("a-daily", dt.date(2024, 1, 1), reversed(arts), None)
    assert [p.number for p in issue.pages] == [1, 3]
    assert issue.pages[0].label == "第01版：要闻" and issue.pages[1].label == "第03版"
    assert issue.pages[0].next is issue.pages[1] and issue.pages[1].prev is issue.pages[0]
    order = [x.id for x in issue.articles]
    assert order == ["a-daily/2024-01-01/01-01", "a-daily/2024-01-01/01-02", "a-daily/2024-01-01/03-01"]
    first, second, third = issue.articles
    assert first.next is second and second.next is third and third.next is None and first.prev is None


def test_issue_facts_from_issue_yaml_name_the_pages():
    arts = [art("a-daily", "2024-01-01", 3, 1)]
    issue = assemble_issue("a-daily", dt.date(2024, 1, 1), arts,
                           {"issue_no": 8123, "pages": {3: "政府工作报告"}})
    assert issue.issue_no == 8123 and issue.pages[0].label == "第03版：政府工作报告"
