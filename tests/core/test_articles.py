"""Loading and validating article files: every fault names the file and the line to fix."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.core import frontmatter
from generator.build.pipeline import BuildFailed, dry_run
from generator.core.articles import article_files, load_file, parse_files
from generator.core.config import load_config
from generator.core.frontmatter import ContentError
from tests.support.project import copy_project

GOOD = {
    "id": "changji-daily/2022-11-08/01-02", "paper": "changji-daily", "date": dt.date(2022, 11, 8),
    "issue_no": 8123, "page": 1, "page_name": "要闻", "seq": 2, "kicker": "临危受命 逆行出征",
    "title": "我州援乌医疗队奔赴一线全力抗疫", "subtitle": None, "authors": ["王薇"],
    "byline": "本报讯 记者王薇报道", "kind": "article", "continued_from": None, "continued_to": None,
    "topics": ["抗疫"], "places": ["乌鲁木齐市"],
    "source": {"file": "content/raw/changji-daily/2022-11-08/01.txt", "lines": [5, 40]},
}
BODY = "第一段。\n\n第二段，“引号”。"


def write(path: Path, meta: dict, body: str = BODY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(frontmatter.dump(meta, body), encoding="utf-8")
    return path


def test_round_trip_keeps_every_field_and_the_body(tmp_path):
    path = write(tmp_path / "a.md", GOOD)
    article = load_file(str(path))
    assert article.id == GOOD["id"] and article.date == GOOD["date"]
    assert article.kicker == GOOD["kicker"] and article.authors == ["王薇"]
    assert article.source == GOOD["source"] and article.issue_no == 8123
    assert article.read_body() == BODY
    assert article.url == "/changji-daily/2022/11/08/01-02/"


def test_dump_is_deterministic_and_in_design_order(tmp_path):
    text = frontmatter.dump(dict(reversed(list(GOOD.items()))), BODY)
    assert text == frontmatter.dump(GOOD, BODY)
    keys = [line.split(":")[0] for line in text.split("---")[1].strip().splitlines()
            if line and not line.startswith(" ")]
    assert keys[:4] == ["id", "paper", "date", "issue_no"]


def test_malformed_yaml_names_file_and_line(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\nid: x/2022-11-08/01-01\ntitle: [unclosed\npage: 1\n---\nbody\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_file(str(path))
    assert err.value.path == str(path)
    assert err.value.line in (3, 4)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("key, value, line_of", [
    ("date", "2022-13-40", "date"),
    ("page", "one", "page"),
    ("kind", "essay", "kind"),
    ("authors", {"a": 1}, "authors"),
    ("id", "not an id", "id"),
])
def test_bad_field_points_at_its_line(tmp_path, key, value, line_of):
    meta = dict(GOOD, **{key: value})
    path = write(tmp_path / "a.md", meta)
    with pytest.raises(ContentError) as err:
        load_file(str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[err.value.line - 1].startswith(f"{line_of}:")


def test_missing_required_field_is_reported(tmp_path):
    meta = {k: v for k, v in GOOD.items() if k != "title"}
    path = write(tmp_path / "a.md", meta)
    with pytest.raises(ContentError, match="title"):
        load_file(str(path))


def test_no_front_matter_and_bad_encoding(tmp_path):
    (tmp_path / "plain.md").write_text("just text\n", encoding="utf-8")
    (tmp_path / "gbk.md").write_bytes(frontmatter.dump(GOOD, BODY).encode("gb18030"))
    parsed = parse_files(article_files(str(tmp_path)))
    assert all(isinstance(r, ContentError) for r in parsed.values())
    messages = sorted(str(e) for e in parsed.values())
    assert any("gbk.md" in m and "UTF-8" in m for m in messages)
    assert any("plain.md:1" in m for m in messages)


def test_duplicate_ids_name_both_files(tmp_path):
    """The build's one duplicate-id check (the state's id index) names both files."""
    project = copy_project(tmp_path / "p", with_articles=False)
    arts = project / "content" / "articles" / "x"
    arts.mkdir(parents=True)
    a = write(arts / "a.md", GOOD)
    b = write(arts / "b.md", GOOD)
    with pytest.raises(BuildFailed) as failed:
        dry_run(load_config(str(project / "site_config.yaml")))
    [dup] = [m for m in failed.value.messages if "duplicate id" in m]
    assert a.name in dup and b.name in dup

