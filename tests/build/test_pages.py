"""The built pages, parsed: navigation at every level, metadata, JSON twins, feeds, sitemap."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

from generator.core.config import load_config
from generator.build.pipeline import dry_run

from tests.support.html import read

BASE = "https://archive.example.org/"


def archive_of(project: Path):
    cfg = load_config(str(project / "site_config.yaml"))
    return dry_run(cfg, clean=True).load_all()


def test_every_page_is_accessible_html(built):
    site = built / "site"
    for url in ("/", "/changji-daily/", "/changji-daily/2022/", "/changji-daily/2022/11/07/",
                "/changji-daily/2022/11/07/01/", "/changji-daily/2022/11/07/01-01/", "/topics/",
                "/places/", "/404.html"):
        page = read(site, url)
        assert page.lang == "zh-CN", url
        assert {"header", "nav", "main", "footer"} <= set(page.landmarks), url
        skip = [a for a in page.anchors if a.get("class") == "skip-link"]
        assert skip and skip[0]["href"] == "#main" and "main" in page.ids, url
        assert any(h.endswith("/search/") for h in page.hrefs()), url


def test_article_prev_next_walk_the_whole_issue_in_reading_order(built):
    site = built / "site"
    arch = archive_of(built)
    for issue in arch.all_issues():
        arts = issue.articles
        for i, a in enumerate(arts):
            page = read(site, a.url)
            prev = [h for h in page.rel("prev") if not h.endswith(".json")]
            nxt = [h for h in page.rel("next") if not h.endswith(".json")]
            assert set(prev) == ({arts[i - 1].url} if i else set()), a.id
            assert set(nxt) == ({arts[i + 1].url} if i + 1 < len(arts) else set()), a.id


def test_page_and_issue_navigation(built):
    site = built / "site"
    arch = archive_of(built)
    pub = arch.publication("changji-daily")
    for k, issue in enumerate(pub.issues):
        page = read(site, issue.url)
        assert set(page.rel("prev")) == ({pub.issues[k - 1].url} if k else set())
        assert set(page.rel("next")) == ({pub.issues[k + 1].url} if k + 1 < len(pub.issues) else set())
        labels = [a["_text"] for a in page.anchors if a.get("href", "").startswith("#page-")]
        assert labels == ["第01版：要闻", "第02版：综合"]
        for p in issue.pages:                   # every 版 links its articles in order
            assert p.url in page.hrefs()
        for j, p in enumerate(issue.pages):
            pp = read(site, p.url)
            assert set(pp.rel("prev")) == ({issue.pages[j - 1].url} if j else set())
            assert set(pp.rel("next")) == ({issue.pages[j + 1].url} if j + 1 < len(issue.pages) else set())
            listed = [h for h in pp.hrefs() if h in {a.url for a in issue.articles}]
            assert listed == [a.url for a in p.articles]


def test_year_calendar_links_every_issue_and_shows_gaps(built):
    site = built / "site"
    arch = archive_of(built)
    pub = arch.publication("changji-daily")
    page = read(site, "/changji-daily/2022/")
    linked = {h for h in page.hrefs() if h.count("/") == 5}
    assert linked == {i.url for i in pub.issues}
    html = (site / "changji-daily/2022/index.html").read_text(encoding="utf-8")
    from html.parser import HTMLParser

    class Cells(HTMLParser):
        months = 0
        gaps = 0

        def handle_starttag(self, tag, attrs):
            cls = dict(attrs).get("class", "") or ""
            if tag == "table" and "month" in cls:
                self.months += 1
            if tag == "td" and "no-issue" in cls:
                self.gaps += 1
    c = Cells()
    c.feed(html)
    # 缺期或休刊 only between the paper's first and last issue: not the whole year
    covered = (pub.issues[-1].date - pub.issues[0].date).days + 1
    assert c.months == 12 and c.gaps == covered - len(pub.issues)


def test_article_metadata_jsonld_citation_and_canonical(built):
    site = built / "site"
    arch = archive_of(built)
    for a in list(arch.articles.values())[:12]:
        page = read(site, a.url)
        canonical = [l["href"] for l in page.links if l.get("rel") == "canonical"]
        assert canonical == [BASE + a.url.lstrip("/")]
        (ld,) = page.jsonld()
        assert ld["@type"] == "NewsArticle" and ld["@context"] == "https://schema.org"
        assert ld["headline"] == a.title and ld["datePublished"] == a.date.isoformat()
        assert ld["url"] == canonical[0]
        assert ld["printPage"] == str(a.page) and ld["printSection"] == a.page_name
        assert ld["printEdition"] and ld["publisher"]["name"] == "昌吉日报" or a.paper != "changji-daily"
        assert page.meta("citation_title") == [a.title]
        assert page.meta("citation_publication_date") == [a.date.strftime("%Y/%m/%d")]
        assert page.meta("og:url") == canonical
        assert page.meta("citation_author") == a.authors
        cite = [s for s in page.scripts if s.get("src", "").endswith("static/highlight.js")]
        assert cite and "defer" in cite[0]
        assert a.title in (site / a.url.lstrip("/") / "index.html").read_text(encoding="utf-8")


def test_continued_stories_link_both_ways(built):
    site = built / "site"
    start = read(site, "/changji-daily/2022/11/07/01-02/")
    assert "/changji-daily/2022/11/07/02-02/" in [a["href"] for a in start.anchors
                                                  if "下转" in a["_text"]]
    cont = read(site, "/changji-daily/2022/11/07/02-02/")
    assert "/changji-daily/2022/11/07/01-02/" in [a["href"] for a in cont.anchors
                                                  if "上接" in a["_text"]]


def test_topics_and_places_are_links_to_their_indexes(built):
    site = built / "site"
    page = read(site, "/changji-daily/2022/11/07/01-01/")
    tags = [a["href"] for a in page.anchors if a["href"].startswith(("/topics/", "/places/"))]
    assert any(t.startswith("/places/%") for t in tags)       # Chinese names, percent-encoded
    assert tags and all((site / unquote(t).lstrip("/") / "index.html").is_file() for t in tags)
    overview = read(site, "/topics/")
    counts = [a["_text"] for a in overview.anchors if a["href"].startswith("/topics/") and a["href"] != "/topics/"]
    assert counts and all(c.endswith(")") for c in counts)


def test_home_lists_publications_newest_issues_and_on_this_day(built):
    site = built / "site"
    home = read(site, "/")
    hrefs = home.hrefs()
    assert "/changji-daily/" in hrefs and "/altay-daily/" in hrefs
    assert "otd-h" in home.ids      # 2022-11-08 exists and TODAY is 2024-11-08
    assert "/changji-daily/2022/11/08/" in hrefs


def test_json_twins(built):
    site = built / "site"
    arch = archive_of(built)
    a = arch.articles["changji-daily/2022-11-07/01-02"]
    data = json.loads((site / a.url.lstrip("/") / "index.json").read_text(encoding="utf-8"))
    assert data["id"] == a.id and data["url"] == a.url and data["title"] == a.title
    assert data["next"] == a.next.url and data["body_markdown"] == a.read_body(str(built))
    issue = json.loads((site / "changji-daily/2022/11/07/index.json").read_text(encoding="utf-8"))
    assert [p["label"] for p in issue["pages"]] == ["第01版：要闻", "第02版：综合"]
    page = json.loads((site / "changji-daily/2022/11/07/01/index.json").read_text(encoding="utf-8"))
    assert [x["id"] for x in page["articles"]] == [f"changji-daily/2022-11-07/01-0{i}" for i in (1, 2, 3)]
    root = json.loads((site / "index.json").read_text(encoding="utf-8"))
    assert {p["slug"] for p in root["publications"]} == {"changji-daily", "altay-daily"}


def test_feeds_and_sitemaps_are_wellformed(built):
    site = built / "site"
    ns = {"a": "http://www.w3.org/2005/Atom", "s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    feed = ET.parse(site / "feed.xml").getroot()
    entries = feed.findall("a:entry", ns)
    assert entries
    dates = [e.find("a:published", ns).text for e in entries]
    assert dates == sorted(dates, reverse=True)
    for topic_feed in (site / "topics").glob("*/feed.xml"):
        ET.parse(topic_feed)
    index = ET.parse(site / "sitemap.xml").getroot()
    locs = [l.text for l in index.iter("{%s}loc" % ns["s"])]
    assert BASE + "sitemaps/changji-daily-2022.xml" in locs
    year = ET.parse(site / "sitemaps/changji-daily-2022.xml").getroot()
    urls = {l.text for l in year.iter("{%s}loc" % ns["s"])}
    assert BASE + "changji-daily/2022/11/07/01-01/" in urls
    robots = (site / "robots.txt").read_text()
    assert f"Sitemap: {BASE}sitemap.xml" in robots
