"""`build.py ingest`: files per DESIGN.md, editors' changes kept, ids stable, bad issues isolated."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.core import frontmatter
from generator.core.config import load_config
from generator.build.pipeline import dry_run
from generator.ingest.write import assign_ids, ingest_all
from generator.ingest.split.result import SplitArticle
from tests.support.project import ROOT, raw_project

PAGES = ROOT / "tests" / "fixtures" / "pages"


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    return raw_project(tmp_path / "proj")


def run_ingest(proj: Path, capsys, force: bool = False) -> tuple[int, str, str]:
    code = ingest_all(load_config(str(proj / "site_config.yaml")), force=force)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ingest_writes_articles_per_design(proj, capsys):
    code, out, err = run_ingest(proj, capsys)
    assert code == 0, err
    files = sorted(p.relative_to(proj).as_posix() for p in (proj / "content" / "articles").rglob("*.md"))
    # the two text issues, then the PDF issue (three 版 PDFs typeset from the 2022-11-08 text)
    assert files == [f"content/articles/altay-daily/2025/02/05/03-0{n}.md" for n in range(1, 5)] + \
        [f"content/articles/changji-daily/2022/11/08/01-0{n}.md" for n in range(1, 6)] + \
        [f"content/articles/changji-daily/2022/11/09/{n}.md" for n in
         ("01-01", "01-02", "02-01", "02-02", "03-01")]
    doc = frontmatter.parse((proj / files[4]).read_text(encoding="utf-8"))
    m = doc.meta
    assert m["id"] == "changji-daily/2022-11-08/01-01" and m["date"] == dt.date(2022, 11, 8)
    assert (m["page"], m["seq"], m["page_name"], m["kind"]) == (1, 1, "要闻", "article")
    assert (m["kicker"], m["title"], m["authors"]) == ("临危受命 逆行出征", "我州援乌医疗队奔赴一线全力抗疫", ["王薇"])
    assert m["byline"] == "本报讯 记者王薇报道:" and "抗疫" in m["topics"] and "乌鲁木齐市" in m["places"]
    assert m["source"] == {"file": "content/raw/changji-daily/2022-11-08/01.txt", "lines": [5, 38]}
    assert list(m)[:8] == ["id", "paper", "date", "issue_no", "page", "page_name", "seq", "kicker"]
    assert "日均出车量8次以上，常常顾不上吃饭" in doc.body.replace(",", "，")
    cont = frontmatter.parse((proj / files[0]).read_text(encoding="utf-8")).meta
    assert (cont["kind"], cont["title"], cont["continued_from"], cont["continued_to"]) == \
        ("continuation", "政府工作报告", 1, 4)
    archive = dry_run(load_config(str(proj / "site_config.yaml")), clean=True).load_all()
    assert len(archive.articles) == 14
    # the report lists articles, unsure guesses and dropped lines
    assert out.count("5 articles") == 2 and "4 articles" in out
    assert "title derived from the caption" in out and "weak overlap" in out
    assert "dropped banner line '全面深入学习宣传贯彻党的二十大精神'" in out
    assert "dropped header line '政 府 工 作 报 告'" in out and "dropped decoration line '同心抗疫 共克时艰'" in out


def test_reingest_rewrites_nothing_and_keeps_an_edited_title(proj, capsys):
    run_ingest(proj, capsys)
    art = proj / "content" / "articles" / "changji-daily" / "2022" / "11" / "08"
    stamps = {p.name: p.stat().st_mtime_ns for p in art.glob("*.md")}
    code, out, _ = run_ingest(proj, capsys)
    assert code == 0 and "0 written, 5 unchanged" in out
    assert stamps == {p.name: p.stat().st_mtime_ns for p in art.glob("*.md")}

    edited = art / "01-02.md"
    text = edited.read_text(encoding="utf-8").replace("title: 白杨河乡扎实做好农村清洁取暖工作",
                                                      "title: 白杨河乡清洁取暖惠及农牧民")
    edited.write_text(text, encoding="utf-8")
    code, out, _ = run_ingest(proj, capsys)
    assert code == 0
    assert "title: 白杨河乡清洁取暖惠及农牧民" in edited.read_text(encoding="utf-8")
    assert "1 kept (edited by hand)" in out and "01-02.md: changed since ingest wrote it" in out
    code, out, _ = run_ingest(proj, capsys)           # still kept on every later run
    assert "白杨河乡清洁取暖惠及农牧民" in edited.read_text(encoding="utf-8") and "1 kept" in out

    code, out, _ = run_ingest(proj, capsys, force=True)
    assert "title: 白杨河乡扎实做好农村清洁取暖工作" in edited.read_text(encoding="utf-8")
    assert "FORCED" in out


def test_a_file_ingest_never_wrote_is_not_overwritten(proj, capsys):
    target = proj / "content" / "articles" / "changji-daily" / "2022" / "11" / "08" / "01-01.md"
    target.parent.mkdir(parents=True)
    target.write_text("hand written\n", encoding="utf-8")
    code, out, _ = run_ingest(proj, capsys)
    assert target.read_text(encoding="utf-8") == "hand written\n" and "kept" in out


def test_bad_issues_fail_clearly_and_others_still_ingest(proj, capsys):
    raw = proj / "content" / "raw"
    cases = {
        "2023-01-01": ({}, None),                                                   # no issue.yaml
        "2023-01-02": ({"issue.yaml": "paper: changji-daily\ndate: [2023\n"}, "malformed YAML"),
        "2023-01-03": ({"issue.yaml": "paper: changji-daily\ndate: 2023-01-03\n", "01.txt": ""}, "empty"),
        "2023-01-04": ({"issue.yaml": "paper: changji-daily\ndate: 2023-01-04\n", "01.txt": b"\x00\xff" * 99},
                       "binary"),
        "2023-01-05": ({"issue.yaml": "paper: changji-daily\ndate: 2023-01-05\n", "01.txt": "page 1\n"},
                       "no articles"),
        "2023-01-06": ({"issue.yaml": "paper: altay-daily\ndate: 2023-01-06\n", "01.txt": "x"}, "folder says"),
        "2023-01-07": ({"issue.yaml": "paper: changji-daily\ndate: 2023-01-07\n"}, "no page files"),
    }
    for day, (files, _) in cases.items():
        d = raw / "changji-daily" / day
        d.mkdir()
        for name, content in files.items():
            (d / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    code, out, err = run_ingest(proj, capsys)
    assert code != 0
    assert "Traceback" not in err
    for day, (_, words) in cases.items():
        line = next((l for l in err.splitlines() if day in l), "")
        assert line.startswith("error: "), err
        if words:
            assert words in line, line
    assert "issue.yaml: missing" in err
    assert len(list((proj / "content" / "articles").rglob("*.md"))) == 14     # the good issues


def test_gbk_page_ingests(proj, capsys):
    d = proj / "content" / "raw" / "altay-daily" / "2025-02-06"
    d.mkdir()
    (d / "issue.yaml").write_text("paper: altay-daily\ndate: 2025-02-06\nissue_no: 7001\npages: {2: 综合}\n",
                                  encoding="utf-8")
    shutil.copy(PAGES / "col_detached_gbk.txt", d / "02.txt")
    code, out, err = run_ingest(proj, capsys)
    assert code == 0, err
    doc = frontmatter.parse((proj / "content/articles/altay-daily/2025/02/06/02-01.md").read_text(encoding="utf-8"))
    assert (doc.meta["title"], doc.meta["issue_no"], doc.meta["page_name"]) == ("寒潮中的坚守", 7001, "综合")


def test_cli_exit_codes(proj):
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "--config", str(proj / "site_config.yaml"),
                          "ingest"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    (proj / "content" / "raw" / "altay-daily" / "2025-02-05" / "issue.yaml").write_text("::: bad", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "--config", str(proj / "site_config.yaml"),
                          "ingest"], capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and "issue.yaml" in run.stderr and "changji-daily" in run.stdout


def _art(title: str, body: str) -> SplitArticle:
    return SplitArticle(title=title, body=body)


def test_ids_survive_a_new_story_on_the_page():
    date = dt.date(2024, 1, 2)
    first = [_art("甲", "甲的正文" * 5), _art("乙", "乙的正文" * 5)]
    assert assign_ids("p", date, 1, first, {}) == [1, 2]
    known = {f"p/2024-01-02/01-0{n}": {"body_key": None, "title": a.title} for n, a in enumerate(first, 1)}
    from generator.ingest.write import _body_key
    for n, a in enumerate(first, 1):
        known[f"p/2024-01-02/01-0{n}"]["body_key"] = _body_key(a.body)
    # a better splitter now finds a story before both, and retitles one
    again = [_art("丙", "丙的正文" * 5), _art("甲", "甲的正文" * 5), _art("乙新", "乙的正文" * 5)]
    assert assign_ids("p", date, 1, again, known) == [3, 1, 2]


def test_the_shipped_sample_articles_are_what_ingest_writes_today(proj, capsys):
    """content/articles is committed: a change to the ingest rules that alters how the sample
    pages split must show up here (and the sample be re-ingested on purpose), not silently
    rewrite a reader's fresh checkout on its first build."""
    assert run_ingest(proj, capsys)[0] == 0
    shipped = ROOT / "content" / "articles"
    fresh = proj / "content" / "articles"
    names = sorted(p.relative_to(shipped).as_posix() for p in shipped.rglob("*.md"))
    assert names == sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*.md"))
    for name in names:
        assert (fresh / name).read_text(encoding="utf-8") == (shipped / name).read_text(encoding="utf-8"), name
