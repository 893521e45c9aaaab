"""A sequence of edits, each followed by an incremental build that must equal a clean build.

The incremental planner (generator/units.py) re-plans only dirty issues and touched listings;
every kind of edit below reaches a different path of it: new and vanished issues (neighbours'
links), articles moving between issues and folders, topics and places changing (listing
membership, paging counted from the oldest, renamed listings), issue.yaml facts, aliases,
the date (历史上的今天) and a new paper (everything re-planned).
"""
from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
from pathlib import Path

from tests.support.archives import build
from tests.support.archives import article_meta, body_for, make_project, write_article
from tests.support.html import tree

ARTS = ("content", "articles")


def _set(path: Path, key: str, value: str) -> None:
    text = path.read_text(encoding="utf-8")
    if re.search(rf"^{key}:", text, flags=re.M):
        text = re.sub(rf"^{key}: .*$", f"{key}: {value}", text, count=1, flags=re.M)
    else:
        text = text.replace("\ntitle:", f"\n{key}: {value}\ntitle:", 1)
    path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def _articles(project: Path) -> list[Path]:
    return sorted(project.joinpath(*ARTS).rglob("*.md"))


def _same_as_clean(project: Path, tmp: Path, today: dt.date, step: str) -> None:
    inc = build(project, today=today)
    assert inc.mode in ("incremental", "full"), step
    clean_out = tmp / "clean"
    shutil.rmtree(clean_out, ignore_errors=True)
    build(project, output=str(clean_out), clean=True, today=today)
    a, b = tree(project / "site"), tree(clean_out)
    assert sorted(a) == sorted(b), f"{step}: files differ: {sorted(set(a) ^ set(b))[:8]}"
    diff = [k for k in a if a[k] != b[k]]
    assert diff == [], f"{step}: contents differ: {diff[:8]}"
    return inc


def test_every_kind_of_edit_rebuilds_incrementally_to_the_clean_site(tmp_path):
    project = make_project(tmp_path / "p", issues=5, pages=2, per_page=3,
                           papers=("changji-daily",), seed=3)
    cfg = project / "site_config.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("topic_page_size: 50",
                                                           "topic_page_size: 3"), encoding="utf-8")
    today = dt.date(2024, 11, 8)
    assert build(project, today=today).mode == "full"
    arts = project.joinpath(*ARTS)
    rng = random.Random(5)
    files = _articles(project)

    # 1. a new newest issue, with explicit topics and places
    day = dt.date(2022, 11, 30)
    for p in (1, 2):
        for s in (1, 2):
            meta = article_meta("changji-daily", day, p, s, f"新一期{p}-{s}", issue_no=9100,
                                topics=["抗疫", "新专题"], places=["昌吉市", "新地名村"])
            write_article(arts, meta, body_for(rng))
    inc = _same_as_clean(project, tmp_path, today, "add issue")
    assert inc.mode == "incremental" and inc.units_rendered < inc.units
    assert inc.parsed == 4                      # only the new files were read

    # 1b. a back-filled old issue (members inserted at the oldest end of every list), then
    #     three issues one by one (the front page of each list moves on)
    for p in (1, 2):
        meta = article_meta("changji-daily", dt.date(2022, 10, 1), p, 1, f"旧一期{p}",
                            topics=["抗疫"], places=["昌吉市"])
        write_article(arts, meta, body_for(rng))
    _same_as_clean(project, tmp_path, today, "back-filled issue")
    for k in range(3):
        day = dt.date(2022, 12, 1 + k)
        for s in (1, 2, 3):
            meta = article_meta("changji-daily", day, 1, s, f"连续{k}-{s}",
                                topics=["抗疫"], places=["昌吉市"])
            write_article(arts, meta, body_for(rng))
        _same_as_clean(project, tmp_path, today, f"issue {k} of three")

    # 2. retitle an old article, change another's topics and places
    _set(files[0], "title", "改过的标题")
    _set(files[4], "topics", "[新专题]")
    _set(files[4], "places", "[新地名村, 另一地名镇]")
    _same_as_clean(project, tmp_path, today, "edit title, topics, places")

    # 3. delete an article, and every article of one issue (the issue vanishes)
    files[7].unlink()
    victims = sorted(files[12].parent.glob("*.md"))
    for f in victims:
        f.unlink()
    _same_as_clean(project, tmp_path, today, "delete article and issue")

    # 4. move an article to another day (another issue) and another folder
    moved = files[2]
    target = arts / "changji-daily" / "2022" / "11" / "30" / "01-09.md"
    text = moved.read_text(encoding="utf-8")
    old_id = re.search(r"^id: (.*)$", text, flags=re.M).group(1)
    text = text.replace(old_id, "changji-daily/2022-11-30/01-09").replace(
        re.search(r"^date: (.*)$", text, flags=re.M).group(0), "date: 2022-11-30")
    text = re.sub(r"^seq: .*$", "seq: 9", text, count=1, flags=re.M)
    text = re.sub(r"^page: .*$", "page: 1", text, count=1, flags=re.M)
    text = text.replace("\ntitle:", f"\naliases: [{old_id}]\ntitle:", 1)
    target.write_text(text, encoding="utf-8")
    moved.unlink()
    _same_as_clean(project, tmp_path, today, "move article to another issue with an alias")

    # 5. issue.yaml facts for an existing issue (期号, 版名)
    raw = project / "content" / "raw" / "changji-daily" / "2022-11-30"
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "01.txt").write_text("## 标题\n\n正文。\n", encoding="utf-8")
    (raw / "issue.yaml").write_text("paper: changji-daily\ndate: 2022-11-30\nissue_no: 9200\n"
                                    "pages: {1: 头版要闻, 2: 第二版}\n", encoding="utf-8")
    _same_as_clean(project, tmp_path, today, "issue.yaml")

    # 6. another day (历史上的今天 changes), nothing else
    _same_as_clean(project, tmp_path, dt.date(2024, 11, 9), "new date")

    # 7. a new paper: the publications change, everything is planned again
    meta = article_meta("altay-daily", dt.date(2022, 11, 8), 1, 1, "另一份报纸", issue_no=1)
    write_article(arts, meta, body_for(rng))
    full = _same_as_clean(project, tmp_path, dt.date(2024, 11, 9), "new paper")
    assert full.mode == "full"

    # 8. a no-op after all that
    assert build(project, today=dt.date(2024, 11, 9)).mode == "noop"


def test_a_record_marshal_cannot_store_still_builds_and_rebuilds(tmp_path):
    """An editor may write a YAML date inside `source`; the build state must keep it."""
    project = make_project(tmp_path / "p", issues=1, pages=1, per_page=2)
    path = sorted(project.joinpath(*ARTS).rglob("*.md"))[0]
    text = path.read_text(encoding="utf-8").replace("\ntitle:", "\nsource: {file: x.txt, checked: 2022-11-08}\ntitle:", 1)
    path.write_text(text, encoding="utf-8")
    assert build(project).mode == "full"
    _set(sorted(project.joinpath(*ARTS).rglob("*.md"))[1], "title", "另一标题")
    _same_as_clean(project, tmp_path, dt.date(2024, 11, 8), "pickled record")
