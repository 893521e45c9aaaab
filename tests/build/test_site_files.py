"""`site_files`: fewer files for hosts that limit them — no JSON twins beside issue, 版 and
article pages, and the citation files packed into one cite.ris + cite.bib per issue — with
every link still resolving and incremental builds equal to clean ones."""
from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from pathlib import Path

import pytest

from generator.build.pages import article as article_page
from generator.core.config import load_config
from generator.core.frontmatter import ContentError
from generator.tools.linkcheck import check_site
from tests.support.archives import article_meta, body_for, build, make_project, write_article
from tests.support.html import Page, tree

PACKED = "site_files:\n  json_twins: false\n  citations: issue\n"


def _project(tmp: Path, block: str = PACKED, **kw) -> Path:
    project = make_project(tmp / "p", **kw)
    cfg = project / "site_config.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + "\n" + block, encoding="utf-8")
    return project


def _ris_records(data: bytes) -> list[dict[str, list[str]]]:
    """RIS records as a reference manager splits them: `TAG  - value` lines up to `ER  - `."""
    records, rec = [], {}
    for line in data.decode("utf-8").split("\r\n"):
        if line == "ER  - ":
            records.append(rec)
            rec = {}
        elif line:
            m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.+)", line)
            assert m, f"not an RIS line: {line!r}"
            rec.setdefault(m.group(1), []).append(m.group(2))
    assert rec == {}, "text after the last record"
    return records


def test_default_site_keeps_twins_and_a_citation_pair_beside_each_article(tmp_path):
    project = make_project(tmp_path / "p", issues=1, pages=1, per_page=2)
    cfg = load_config(str(project / "site_config.yaml"))
    assert (cfg.json_twins, cfg.citations) == (True, "article")
    build(project)
    art = project / "site" / "changji-daily" / "2022" / "11" / "07" / "01-01"
    assert {p.name for p in art.iterdir()} == {"index.html", "index.json", "cite.ris", "cite.bib"}
    assert not (art.parent / "cite.ris").exists()


def test_packed_site_has_one_citation_pair_per_issue_and_no_page_twins(tmp_path):
    project = _project(tmp_path, issues=2, pages=2, per_page=3)
    build(project)
    site = project / "site"
    issue = site / "changji-daily" / "2022" / "11" / "07"
    art = issue / "01-02"
    assert {p.name for p in art.iterdir()} == {"index.html"}
    assert {p.name for p in (issue / "01").iterdir()} == {"index.html"}
    assert not (issue / "index.json").exists()
    assert (site / "index.json").exists() and (site / "changji-daily" / "index.json").exists() \
        and (site / "changji-daily" / "2022" / "index.json").exists()   # scripts read these
    # every article of the issue, in reading order, once in each file
    ids = [f"changji-daily/2022-11-07/{p:02d}-{s:02d}" for p in (1, 2) for s in (1, 2, 3)]
    records = _ris_records((issue / "cite.ris").read_bytes())
    assert [r["ID"][0] for r in records] == ids
    assert all(r["TY"] == ["NEWS"] and r["T2"] == ["昌吉日报"] for r in records)
    bib = (issue / "cite.bib").read_text(encoding="utf-8")
    assert re.findall(r"^@article\{([^,]+),$", bib, flags=re.M) == [i.replace("/", "-") for i in ids]
    assert bib.count("{") == bib.count("}")
    # the article page links to its issue's pair and to no twin
    page = Page((art / "index.html").read_text(encoding="utf-8"))
    hrefs = [a["href"] for a in page.anchors]
    assert "/changji-daily/2022/11/07/cite.ris" in hrefs and "/changji-daily/2022/11/07/cite.bib" in hrefs
    assert not [h for h in hrefs + [link["href"] for link in page.links]
                if h.startswith("/changji-daily/2022/11/07/") and h.endswith("index.json")]
    issue_page = Page((issue / "index.html").read_text(encoding="utf-8"))
    assert "/changji-daily/2022/11/07/cite.ris" in [a["href"] for a in issue_page.anchors]


def test_the_issue_pack_holds_the_records_the_article_files_would(tmp_path):
    packed = _project(tmp_path / "a", issues=1, pages=2, per_page=2)
    plain = make_project(tmp_path / "b" / "p", issues=1, pages=2, per_page=2)
    build(packed)
    build(plain)
    issue = Path("changji-daily", "2022", "11", "07")
    singles = b"".join((plain / "site" / issue / f"{p:02d}-{s:02d}" / article_page.RIS).read_bytes()
                       for p in (1, 2) for s in (1, 2))
    assert (packed / "site" / issue / article_page.RIS).read_bytes() == singles


def test_packed_site_has_no_broken_links(tmp_path):
    project = _project(tmp_path, issues=2, pages=2, per_page=2)
    build(project)
    res = check_site(str(project / "site"), "/", "https://archive.example.org/", workers=1)
    assert res.files and res.broken == []


def _same_as_clean(project: Path, tmp: Path, step: str) -> None:
    inc = build(project)
    assert inc.mode == "incremental", step
    clean_out = tmp / "clean"
    shutil.rmtree(clean_out, ignore_errors=True)
    build(project, output=str(clean_out), clean=True)
    a, b = tree(project / "site"), tree(clean_out)
    assert sorted(a) == sorted(b), f"{step}: files differ: {sorted(set(a) ^ set(b))[:8]}"
    assert [k for k in a if a[k] != b[k]] == [], step


def test_packed_site_rebuilds_incrementally_to_the_clean_site(tmp_path):
    project = _project(tmp_path, issues=3, pages=2, per_page=2)
    build(project)
    arts = project / "content" / "articles"
    rng = random.Random(4)
    day = dt.date(2022, 11, 30)
    for s in (1, 2):
        write_article(arts, article_meta("changji-daily", day, 1, s, f"新一期{s}"), body_for(rng))
    _same_as_clean(project, tmp_path, "add issue")
    target = sorted(arts.rglob("*.md"))[1]
    text = target.read_text(encoding="utf-8")
    target.write_text(re.sub(r"^title: .*$", "title: 改过的标题", text, count=1, flags=re.M),
                      encoding="utf-8")
    _same_as_clean(project, tmp_path, "edit title")
    pack = project / "site" / target.relative_to(arts).parent / article_page.RIS
    assert "TI  - 改过的标题" in pack.read_text(encoding="utf-8")
    target.unlink()
    _same_as_clean(project, tmp_path, "delete article")


def test_switching_the_setting_rebuilds_the_whole_site_without_stale_files(tmp_path):
    project = make_project(tmp_path / "p", issues=1, pages=1, per_page=2)
    build(project)
    cfg = project / "site_config.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + "\n" + PACKED, encoding="utf-8")
    assert build(project).mode == "full"
    art = project / "site" / "changji-daily" / "2022" / "11" / "07" / "01-01"
    assert {p.name for p in art.iterdir()} == {"index.html"}


@pytest.mark.parametrize("block, message", [
    ("site_files:\n  json_twins: no thanks\n", "site_files.json_twins must be true or false"),
    ("site_files:\n  citations: page\n", "site_files.citations must be article or issue"),
    ("site_files:\n  twins: false\n", "unknown setting site_files.twins"),
    ("site_files: [json_twins]\n", "'site_files' must be a mapping"),
])
def test_a_bad_site_files_setting_is_refused_by_file_and_line(tmp_path, block, message):
    project = _project(tmp_path, block, issues=0)
    cfg = project / "site_config.yaml"
    key = block.splitlines()[-1].split(":")[0].strip()
    line = next(n for n, text in enumerate(cfg.read_text(encoding="utf-8").splitlines(), 1)
                if text.strip().startswith(key + ":"))
    with pytest.raises(ContentError) as err:
        load_config(str(cfg))
    assert message in str(err.value) and err.value.line == line
