"""issue.yaml's `date_estimated` and `note`: an edit re-renders exactly the pages that
show them — the note only the issue page, the estimate the issue, 版 and article pages and the
year calendar — and the incremental build equals a clean one byte for byte."""
from __future__ import annotations

import datetime as dt
import os
import random
import shutil
from pathlib import Path

from tests.support.dated import ESTIMATED, NOTE, PAPER, YAML, make_dated
from tests.support.archives import article_meta, body_for, build, write_article
from tests.support.html import tree

ISSUE = f"{PAPER}/2022/11/08/"
# every file that shows the 11-08 estimate: its issue, its two 版, its four articles, the year
ESTIMATE_SHOWN = {ISSUE + f for f in ("index.html", "index.json")} | {
    f"{ISSUE}{p}/{f}" for p in ("01", "02", "01-01", "01-02", "02-01", "02-02")
    for f in ("index.html", "index.json")} | {f"{PAPER}/2022/index.html", f"{PAPER}/2022/index.json"} | {
    f"{ISSUE}{a}/{f}" for a in ("01-01", "01-02", "02-01", "02-02")    # the citation files say it too
    for f in ("cite.ris", "cite.bib")}


def _write_yaml(project: Path, text: str) -> None:
    path = project / "content" / "raw" / PAPER / ESTIMATED.isoformat() / "issue.yaml"
    path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def _step(project: Path, tmp: Path, same_files: bool = True):
    """Rebuild incrementally; (report, the files whose bytes changed); checks it equals clean."""
    before = tree(project / "site")
    inc = build(project)
    after = tree(project / "site")
    clean = tmp / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    build(project, output=str(clean), clean=True)
    assert after == tree(clean)
    assert sorted(before) == sorted(after) or not same_files
    return inc, {k for k in after if k in before and before[k] != after[k]}


def test_editing_the_note_or_the_estimate_re_renders_exactly_what_shows_them(tmp_path):
    project = make_dated(tmp_path / "p")
    assert build(project).mode == "full"
    assert build(project).mode == "noop"

    # the note: only the issue page and its twin show it
    _write_yaml(project, YAML.replace(NOTE, "另一条说明"))
    inc, changed = _step(project, tmp_path)
    assert inc.mode == "incremental" and inc.units_rendered == 1
    assert changed == {ISSUE + "index.html", ISSUE + "index.json"}
    assert "另一条说明" in (project / "site" / ISSUE / "index.html").read_text(encoding="utf-8")

    # the estimate: issue, 版 and article pages (dateline, citation, JSON-LD, twins), the year
    _write_yaml(project, YAML.replace(NOTE, "另一条说明").replace("date_estimated: true",
                                                                 "date_estimated: false"))
    inc, changed = _step(project, tmp_path)
    assert inc.mode == "incremental" and inc.units_rendered == 1 + 2 + 4 + 1
    assert changed == ESTIMATE_SHOWN
    cite = (project / "site" / ISSUE / "01-01/index.html").read_text(encoding="utf-8")
    assert "日期推定" not in cite and "日期为推定" not in cite

    # and back, note removed as well
    _write_yaml(project, YAML.replace(f'note: "{NOTE}"\n', ""))
    inc, changed = _step(project, tmp_path)
    assert inc.units_rendered == 1 + 2 + 4 + 1 and changed == ESTIMATE_SHOWN
    assert build(project).mode == "noop"


def test_a_new_neighbour_keeps_the_note_and_the_estimate(tmp_path):
    """Adding 2022-11-10 changes the next-issue link of 11-08, whose pages are re-planned from
    what the build state remembers of it: its note and estimate must survive that."""
    project = make_dated(tmp_path / "p")
    build(project)
    write_article(project / "content" / "articles",
                  article_meta(PAPER, dt.date(2022, 11, 10), 1, 1, "插入的一期"),
                  body_for(random.Random(3)))
    inc, changed = _step(project, tmp_path, same_files=False)
    assert inc.mode == "incremental"
    assert ISSUE + "index.html" in changed                        # its 下一期 link moved
    html = (project / "site" / ISSUE / "index.html").read_text(encoding="utf-8")
    assert "日期为推定" in html and "issue-note" in html
