"""Page images: an issue ingested from typeset page PDFs, built — the
版 page shows its image with one SVG link per article region, the issue page a thumbnail strip,
each article links 在版面中查看 and its PDF; images are rendered once per PDF content, and an
incremental build equals a clean one byte for byte. Skips without Chromium (typesetting)."""
from __future__ import annotations

import json
import re
import shutil
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.core import frontmatter
from generator.core.config import load_config
from generator.ingest.write import ingest_all
from tests.ingest.pdf.pdf_pages import typeset_pdfs  # noqa: F401  (the fixture)
from tests.support.archives import build
from tests.support.html import read, tree
from tests.support.project import ROOT, serve_dir

ISSUE = "content/raw/test-daily/2024-03-05"
DAY = "/test-daily/2024/03/05/"


class Svg(HTMLParser):
    """The region map of a 版 page: each <a> in the SVG with its href, <title> and <rect>."""

    def __init__(self, text: str):
        super().__init__()
        self.img: dict = {}
        self.links: list[dict] = []
        self.groups: list[str] = []
        self._in_svg = self._in_title = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img" and "page.webp" in (a.get("src") or ""):
            self.img = a
        elif tag == "svg" and "pageimg-map" in (a.get("class") or ""):
            self._in_svg = True
        elif self._in_svg and tag == "g":
            self.groups.append(a.get("id"))
        elif self._in_svg and tag == "a":
            self.links.append({"href": a["href"], "title": "", "rect": None, "group": self.groups[-1]})
        elif self._in_svg and tag == "title":
            self._in_title = True
        elif self._in_svg and tag == "rect":
            self.links[-1]["rect"] = a

    def handle_endtag(self, tag):
        if tag == "svg":
            self._in_svg = False
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.links[-1]["title"] += data


def _project(tmp_path: Path, pdfs: list[Path]) -> Path:
    proj = tmp_path / "proj"
    proj.mkdir()
    shutil.copy(ROOT / "site_config.yaml", proj / "site_config.yaml")
    shutil.copytree(ROOT / "templates", proj / "templates")
    folder = proj / ISSUE
    folder.mkdir(parents=True)
    (folder / "issue.yaml").write_text("paper: test-daily\ndate: 2024-03-05\n"
                                       "pages: {1: 要闻, 2: 综合}\n", encoding="utf-8")
    for n, pdf in enumerate(pdfs, 1):
        shutil.copy(pdf, folder / f"{n:02d}.pdf")
    assert ingest_all(load_config(str(proj / "site_config.yaml"))) == 0
    return proj


def _metas(proj: Path, page: int) -> list[tuple[Path, dict]]:
    folder = proj / "content/articles/test-daily/2024/03/05"
    return [(p, frontmatter.parse(p.read_text(encoding="utf-8")).meta)
            for p in sorted(folder.glob(f"{page:02d}-*.md"))]


def _images(report) -> list[str]:
    return sorted(k for k in report.rendered if k.endswith("page.webp"))


@pytest.fixture(scope="module")
def pdf_site(tmp_path_factory, typeset_pdfs):
    proj = _project(tmp_path_factory.mktemp("pageimg"), [typeset_pdfs[0][0], typeset_pdfs[1][0]])
    t = time.perf_counter()
    report = build(proj)
    return proj, report, time.perf_counter() - t


def test_the_page_shows_its_image_with_one_link_per_article_region(pdf_site):
    proj, report, _ = pdf_site
    site = proj / "site"
    assert _images(report) == [f"test-daily/2024/03/05/{n:02d}/page.webp" for n in (1, 2)]
    for page in (1, 2):
        folder = site / DAY[1:] / f"{page:02d}"
        assert (folder / "page.webp").read_bytes()[8:12] == b"WEBP"
        assert (folder / "thumb.webp").read_bytes()[8:12] == b"WEBP"
        assert (folder / "page.pdf").read_bytes() == (proj / ISSUE / f"{page:02d}.pdf").read_bytes()
        from PIL import Image
        with Image.open(folder / "page.webp") as im, Image.open(folder / "thumb.webp") as th:
            big, small = im.size, th.size
        svg = Svg((folder / "index.html").read_text(encoding="utf-8"))
        # sized (no layout shift) and lazy; the sizes are the image's own
        assert (int(svg.img["width"]), int(svg.img["height"])) == big and big[0] == 1600
        assert small[0] == 300 and svg.img["loading"] == "lazy"
        metas = _metas(proj, page)
        want = sorted((f"{DAY}{page:02d}-{m['seq']:02d}/", m["title"], tuple(r))
                      for _, m in metas for r in m["regions"])
        got = []
        for link in svg.links:
            r = link["rect"]
            x, y, w, h = (float(r[k]) for k in ("x", "y", "width", "height"))
            got.append((link["href"], link["title"],
                        (round(x / big[0], 3), round(y / big[1], 3),
                         round((x + w) / big[0], 3), round((y + h) / big[1], 3))))
            assert link["group"] == f"a-{int(link['href'].rstrip('/')[-2:])}"
        assert len(got) == len(want) > 0
        for (h1, t1, b1), (h2, t2, b2) in zip(sorted(got), want):
            assert (h1, t1) == (h2, t2) and all(abs(a - b) < 0.002 for a, b in zip(b1, b2))
        twin = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        assert twin["image"] == {"url": f"{DAY}{page:02d}/page.webp", "width": big[0],
                                 "height": big[1], "thumb": f"{DAY}{page:02d}/thumb.webp",
                                 "thumb_width": small[0], "thumb_height": small[1],
                                 "pdf": f"{DAY}{page:02d}/page.pdf"}
        # with JS off the article list is still there
        page_doc = read(site, f"{DAY}{page:02d}/")
        hrefs = page_doc.hrefs()
        assert all(f"{DAY}{page:02d}-{m['seq']:02d}/" in hrefs for _, m in metas)


def test_issue_strip_and_article_links(pdf_site):
    proj, _, _ = pdf_site
    site = proj / "site"
    from generator.tools.linkcheck import check_site
    assert check_site(str(site), "/", "https://archive.example.org/", workers=1).broken == []
    issue = read(site, DAY)
    thumbs = [a for a in issue.anchors if a["href"] in (f"{DAY}01/", f"{DAY}02/")]
    html = (site / DAY[1:] / "index.html").read_text(encoding="utf-8")
    assert 'class="page-thumbs"' in html
    for n in (1, 2):
        assert f'<a href="{DAY}{n:02d}/"><img src="{DAY}{n:02d}/thumb.webp" width="300"' in html
    assert thumbs
    for page in (1, 2):
        for _, m in _metas(proj, page):
            doc = read(site, f"{DAY}{page:02d}-{m['seq']:02d}/")
            links = {a["_text"]: a["href"] for a in doc.anchors}
            assert links["在版面中查看"] == f"{DAY}{page:02d}/#a-{m['seq']}"
            assert links["原版 PDF"] == f"{DAY}{page:02d}/page.pdf"


def test_images_render_once_per_pdf_and_incremental_equals_clean(pdf_site, typeset_pdfs, tmp_path):
    proj, _, _ = pdf_site
    noop = build(proj)
    assert noop.mode == "noop" and noop.units_rendered == 0
    # an article's title edited: its pages re-render, no image does
    path, meta = _metas(proj, 1)[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", "title: 改过的<b>标题</b>", text, count=1),
                    encoding="utf-8")
    inc = build(proj)
    assert inc.mode == "incremental" and _images(inc) == []
    assert f"test-daily/2024/03/05/01/index.html" in inc.rendered
    svg = Svg((proj / "site" / DAY[1:] / "01" / "index.html").read_text(encoding="utf-8"))
    assert "改过的<b>标题</b>" in [l["title"] for l in svg.links]     # text, not markup
    # the same PDF touched (new stamp, same bytes): nothing renders again
    pdf2 = proj / ISSUE / "02.pdf"
    pdf2.write_bytes(pdf2.read_bytes())
    assert _images(build(proj)) == []
    # a changed PDF: only its images
    before = (proj / "site" / DAY[1:] / "01" / "page.webp").stat().st_mtime_ns
    shutil.copy(typeset_pdfs[2][0], pdf2)
    changed = build(proj)
    assert _images(changed) == ["test-daily/2024/03/05/02/page.webp"]
    assert (proj / "site" / DAY[1:] / "01" / "page.webp").stat().st_mtime_ns == before
    assert (proj / "site" / DAY[1:] / "02" / "page.pdf").read_bytes() == pdf2.read_bytes()
    clean = build(proj, output=str(tmp_path / "clean"), clean=True)
    a, b = tree(proj / "site"), tree(tmp_path / "clean")
    assert sorted(a) == sorted(b)
    assert [k for k in a if a[k] != b[k]] == []


def test_clicking_every_region_lands_on_its_article(pdf_site, browser):
    proj, _, _ = pdf_site
    base, stop = serve_dir(proj / "site")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    try:
        for n in (1, 2):
            url = f"{base}{DAY}{n:02d}/"
            page.goto(url)
            links = page.locator("svg.pageimg-map a")
            count = links.count()
            assert count > 0
            for i in range(count):
                page.goto(url)
                link = page.locator("svg.pageimg-map a").nth(i)
                href = link.get_attribute("href")
                want = link.locator("title").text_content()
                rect = link.locator("rect")
                rect.scroll_into_view_if_needed()
                box = rect.bounding_box()
                assert box and box["width"] > 5 and box["height"] > 5
                # click the region's own spot (top-left inside: regions never overlap there)
                page.mouse.click(box["x"] + 4, box["y"] + 4)
                page.wait_for_url(base + href)
                assert page.inner_text("h1").strip() == want
        # keyboard: Tab reaches the region links and focus shows the title
        page.goto(f"{base}{DAY}01/")
        for _ in range(60):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.closest && !!document.activeElement.closest('svg')"):
                break
        else:
            pytest.fail("no region link is keyboard reachable")
        shown = page.evaluate("getComputedStyle(document.activeElement.querySelector('text')).display")
        assert shown != "none"
        # a phone: the map scales with the image, nothing overflows
        page.set_viewport_size({"width": 360, "height": 740})
        page.goto(f"{base}{DAY}01/")
        img = page.locator(".pageimg img").bounding_box()
        svg = page.locator("svg.pageimg-map").bounding_box()
        assert abs(img["width"] - svg["width"]) < 2.5 and abs(img["height"] - svg["height"]) < 2.5
        assert img["width"] < 360
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
        # 在版面中查看: the article's regions are the :target
        first = page.locator("svg.pageimg-map a").first.get_attribute("href")
        page.goto(base + first)
        page.click("a.in-page")
        page.wait_for_url(f"{base}{DAY}01/#a-*")
        stroke = page.evaluate("getComputedStyle(document.querySelector(':target rect')).stroke")
        assert stroke not in ("none", "transparent", "rgba(0, 0, 0, 0)")
    finally:
        page.close()
        stop()
    assert failed == []


def test_pages_without_a_pdf_have_no_image_parts(built):
    site = built / "site"
    day = site / "changji-daily/2022/11/07"
    for html in (day / "index.html", day / "01" / "index.html", day / "01-01" / "index.html"):
        text = html.read_text(encoding="utf-8")
        assert "pageimg" not in text and "page-thumbs" not in text and "在版面中查看" not in text
    assert not list(site.rglob("*.webp")) and not list(site.rglob("page.pdf"))
    assert "image" not in json.loads((day / "01" / "index.json").read_text(encoding="utf-8"))
