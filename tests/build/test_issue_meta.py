"""issue.yaml facts (期号, estimated date) reach the issue page, and editing them re-renders it."""
from __future__ import annotations

from html.parser import HTMLParser

from generator.core.config import load_config
from generator.build.pipeline import build_site
from tests.support.project import copy_project


class _H1(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth, self.text = 0, ""

    def handle_starttag(self, tag, attrs):
        if tag == "h1":
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "h1":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text += data


def issue_heading(site, path="changji-daily/2022/11/08/index.html") -> str:
    parser = _H1()
    parser.feed((site / path).read_text(encoding="utf-8"))
    return parser.text


def test_issue_yaml_reaches_the_issue_page(tmp_path):
    project = copy_project(tmp_path / "p")
    config = load_config(str(project / "site_config.yaml"))
    build_site(config, search=False, progress=False)
    site = project / "site"
    assert "日期为推定" in issue_heading(site)          # date_estimated: true in the sample
    assert "期" not in issue_heading(site).split("日期")[0].split("·")[-1]

    yaml_path = project / "content/raw/changji-daily/2022-11-08/issue.yaml"
    text = yaml_path.read_text(encoding="utf-8").replace("date_estimated: true", "date_estimated: false")
    yaml_path.write_text(text + "issue_no: 8123\n", encoding="utf-8")
    report = build_site(config, search=False, progress=False)
    assert report.mode != "noop"
    heading = issue_heading(site)
    assert "第8123期" in heading and "日期为推定" not in heading
