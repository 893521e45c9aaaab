"""A small archive with known dates for the issue-14 tests (date picker, 404 neighbours, year
coverage, estimated dates): changji-daily on 2022-11-07, 11-08 (date_estimated, with a note),
11-12, 12-05, 2023-01-10 and 2023-03-02 — gaps inside a month, across a month, across a year
and a month without an issue."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from tests.support.archives import article_meta, body_for, make_project, write_article

PAPER = "changji-daily"
DAYS = [dt.date(2022, 11, 7), dt.date(2022, 11, 8), dt.date(2022, 11, 12), dt.date(2022, 12, 5),
        dt.date(2023, 1, 10),
        dt.date(2023, 3, 2)]
ESTIMATED = dt.date(2022, 11, 8)
NOTE = "日期为估计值：原版面日期未随文本提取。<b>不是标记</b>"
YAML = (f"paper: {PAPER}\ndate: {ESTIMATED.isoformat()}\npages:\n  1: 要闻\n"
        f"date_estimated: true\nnote: \"{NOTE}\"\n")


def issue_path(d: dt.date) -> str:
    return f"/{PAPER}/{d.year:04d}/{d.month:02d}/{d.day:02d}/"


def make_dated(dest: Path, base_url: str | None = None) -> Path:
    project = make_project(dest, issues=0, base_url=base_url)
    rng = random.Random(14)
    arts = project / "content" / "articles"
    for k, day in enumerate(DAYS):
        for p in (1, 2):
            for s in (1, 2):
                write_article(arts, article_meta(PAPER, day, p, s, f"{day.isoformat()}第{p}版第{s}篇",
                                                 issue_no=100 + k), body_for(rng))
    raw = project / "content" / "raw" / PAPER / ESTIMATED.isoformat()
    raw.mkdir(parents=True)
    (raw / "01.txt").write_text("## 标题\n\n正文。\n", encoding="utf-8")
    (raw / "issue.yaml").write_text(YAML, encoding="utf-8")
    return project
