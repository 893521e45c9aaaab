"""Atom feeds: one per paper beside its pages, and every feed styled for a browser by an XSL the
site serves itself (a reader who clicks 订阅 sees a page with the titles, not raw XML)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tests.support.project import serve_dir

NS = {"a": "http://www.w3.org/2005/Atom"}


def _pi(path, kind: str = "text/xsl") -> str:
    head = path.read_text(encoding="utf-8")[:400]
    m = re.search(rf'<\?xml-stylesheet type="{kind}" href="([^"]+)"\?>', head)
    assert m, f"{path} names no {kind} stylesheet"
    return m.group(1)


def test_each_paper_has_its_own_feed(built):
    site = built / "site"
    for paper in ("changji-daily", "altay-daily"):
        feed = ET.parse(site / paper / "feed.xml").getroot()        # well-formed
        links = [e.find("a:link", NS).get("href") for e in feed.findall("a:entry", NS)]
        assert links and all(f"/{paper}/" in u for u in links)
        dates = [e.find("a:published", NS).text for e in feed.findall("a:entry", NS)]
        assert dates == sorted(dates, reverse=True)
        for page in (f"{paper}/index.html", f"{paper}/2022/index.html",
                     f"{paper}/2022/11/07/index.html", f"{paper}/2022/11/07/01/index.html",
                     f"{paper}/2022/11/07/01-01/index.html"):
            html = (site / page).read_text(encoding="utf-8")
            assert '<link rel="alternate" type="application/atom+xml"' in html
            assert f'href="/{paper}/feed.xml"' in html, page


def test_every_feed_names_a_same_origin_stylesheet(built):
    site = built / "site"
    feeds = [site / "feed.xml", *site.glob("*/feed.xml"), *site.glob("topics/*/feed.xml")]
    assert len(feeds) >= 4
    for f in feeds:
        assert _pi(f) == "/static/feed.xsl"                    # a site path: same origin
        assert _pi(f, "text/css") == "/static/feed.css"        # where XSLT does not run
    ET.parse(site / "static" / "feed.xsl")                     # the stylesheet is well-formed


def test_a_browser_shows_the_feed_as_a_page(built, browser):
    site = built / "site"
    feed = ET.parse(site / "changji-daily" / "feed.xml").getroot()
    titles = [e.find("a:title", NS).text for e in feed.findall("a:entry", NS)]
    base, stop = serve_dir(site)
    page = browser.new_page()
    try:
        page.goto(base + "/changji-daily/feed.xml")
        page.wait_for_selector("ol.entries li h2 a")
        shown = page.eval_on_selector_all("ol.entries li h2 a", "els => els.map(e => e.textContent)")
        assert shown == titles
        assert page.inner_text("h1") == feed.find("a:title", NS).text
        assert page.evaluate("document.documentElement.lang") == "zh-CN"
        assert page.evaluate("getComputedStyle(document.body).fontSize") == "16px"
    finally:
        page.close()
        stop()


def test_a_browser_without_xslt_still_shows_a_readable_feed(built, browser):
    """Chromium is removing XSLT: with it switched off, feed.css lays the raw feed out."""
    from tests.support.project import CHROMIUM
    base, stop = serve_dir(built / "site")
    b = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=[
        "--no-sandbox", "--disable-gpu", "--disable-blink-features=XSLT"])
    try:
        page = b.new_page()
        page.goto(base + "/changji-daily/feed.xml")
        page.wait_for_load_state("load")
        assert page.evaluate("document.documentElement.localName") == "feed"   # no XSLT ran
        style = page.evaluate("""() => {
            const t = document.querySelector('entry > title');
            const id = document.querySelector('entry > id');
            return [getComputedStyle(t).display, getComputedStyle(t).fontWeight,
                    getComputedStyle(id).display,
                    getComputedStyle(document.documentElement, '::before').content];
        }""")
    finally:
        b.close()
        stop()
    assert style[:3] == ["block", "700", "none"]
    assert "订阅源" in style[3]
