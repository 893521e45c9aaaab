"""Article text is data, never markup: hostile bodies, titles, names and page names show as
text in real Chromium, run no script, and every JSON the pages carry parses to the exact text."""
from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.build.body_html import dangerous_url, summary, to_html
from generator.build.pages.json_twins import script_json
from generator.cli import main as cli_main
from generator.core.config import load_config
from generator.core.frontmatter import ContentError
from generator.search.documents import HEADLINE_WEIGHT, index_record
from generator.search.text import SEP
from tests.support.archives import article_meta, build, make_project, write_article
from tests.support.html import read
from tests.support.project import serve_dir

PAPER = "changji-daily"
DAY = dt.date(2022, 11, 7)
PUB_NAME = '昌吉<script>alert("pub")</script>日报'

# raw HTML in a body: each must show as these very characters
RAW_HTML = [
    '<script>alert("body-script")</script>',
    '<img src=x onerror=alert("body-img")>',
    "<iframe src=\"javascript:alert('body-iframe')\"></iframe>",
    '<svg onload=alert("body-svg")>',
    '<details open ontoggle=alert("body-toggle")>展开</details>',
    '<object data="javascript:alert(\'body-object\')"></object>',
    "<a href=\"javascript:alert('raw-a')\">原始链接</a>",
    "前<!--注释-->后",
]
# Markdown links and images whose URL must go (the link text stays)
BAD_LINKS = [
    "[普通](javascript:alert(101))",
    "[制表](jav&#x09;ascript:alert(102))",
    "[大小写]( JaVaScRiPt:alert(103))",
    "[实体](&#106;avascript:alert(104))",
    "[命名实体](javascript&colon;alert(105))",
    "[换行](java&NewLine;script:alert(106))",
    "[尖括号](<javascript:alert(107)>)",
    '[带标题](javascript:alert(108) "标题")',
    "[vb](vbscript:msgbox(109))",
    "[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMTApPC9zY3JpcHQ+)",
    "[引用][r]",
]
BAD_IMAGES = ["![图](javascript:alert(111))",
              "![图二](DATA:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTEyKT4=)"]
HOSTILE_BODY = "\n\n".join(RAW_HTML + [" ".join(BAD_LINKS), " ".join(BAD_IMAGES),
                                       "[正常链接](https://example.org/a?b=1&c=2) [站内](/changji-daily/)",
                                       "[r]: javascript:alert(113)"])

TITLES = {
    2: "标题<!--<script>",
    3: '</script><script>alert("title")</script>',
    4: "行\u2028分\u2029隔 & \"引号\" '单引号' <b>粗</b>",
}
KICKER = '<img src=x onerror=alert("kicker")>'
SUBTITLE = '"><svg onload=alert("subtitle")>'
BYLINE = '本报讯 <script>alert("byline")</script>'
AUTHOR = "<b onmouseover=alert(1)>王薇</b>"
TOPIC = '</script><script>alert("topic")</script>\u2028'
PLACE = '<img src=x onerror=alert("place")>'
PAGE_NAME = '<i onclick=alert("page")>要闻</i>'
OLD_ID = f"{PAPER}/2022-11-07/09-09"


def _url(seq: int) -> str:
    return f"/{PAPER}/2022/11/07/01-{seq:02d}/"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """One issue whose every article-derived field holds markup and script."""
    project = make_project(tmp_path_factory.mktemp("hostile") / "p", issues=0)
    cfg = project / "site_config.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace(
        "name: 昌吉日报", "name: " + json.dumps(PUB_NAME, ensure_ascii=False)), encoding="utf-8")
    arts = project / "content" / "articles"
    write_article(arts, article_meta(PAPER, DAY, 1, 1, "平常的标题", page_name=PAGE_NAME,
                                     issue_no=8123), "平常的正文。")
    for seq, title in TITLES.items():
        extra = {"page_name": PAGE_NAME, "issue_no": 8123}
        body = "普通段落。"
        if seq == 2:
            extra.update(kicker=KICKER, subtitle=SUBTITLE, byline=BYLINE, authors=[AUTHOR],
                         topics=[TOPIC], places=[PLACE])
            body = HOSTILE_BODY
        if seq == 4:
            extra["aliases"] = [OLD_ID]
            body = "控制字符在此。<b>粗</b>"   # control characters are refused at build (test_bad_content)
        write_article(arts, article_meta(PAPER, DAY, 1, seq, title, **extra), body)
    build(project)
    return project


# ---- the conversion itself

@pytest.mark.parametrize("text", RAW_HTML)
def test_raw_html_is_escaped_by_default(text):
    html = to_html(text)
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    assert "<svg" not in html and "<details" not in html and "<!--" not in html
    assert _visible_text(html) == text


@pytest.mark.parametrize("link", BAD_LINKS[:-1] + BAD_IMAGES)
def test_dangerous_markdown_urls_are_dropped_in_both_modes(link):
    for raw in (False, True):
        html = to_html(link, raw_html=raw)
        assert "href" not in html and "src" not in html, html
        assert "<a" in html or "<img " in html


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", " JaVaScRiPt:alert(1)", "jav&#x09;ascript:alert(1)", "\x01javascript:x",
    "java\tscript:x", "java\nscript:x", "&#106;avascript:x", "&#x6A;avascript:x", "&#106avascript:x",
    "javascript&colon;x", "java&Tab;script:x", "&amp;#106;avascript:x", "java\u200bscript:x",
    "vbscript:msgbox(1)", "VBScript:x", "data:text/html,<script>x</script>", " DATA:image/png;base64,AA",
])
def test_dangerous_url_sees_through_disguises(url):
    assert dangerous_url(url)


@pytest.mark.parametrize("url", ["https://example.org/javascript:x", "/changji-daily/", "#top",
                                 "mailto:x@example.org", "javascript-guide.html", "?q=data:"])
def test_ordinary_urls_are_kept(url):
    assert not dangerous_url(url)
    assert 'href="' in to_html(f"[x]({url})")


def test_raw_html_switch_keeps_tags_and_still_drops_script_urls():
    html = to_html('<b>x</b> [y](javascript:alert(1))', raw_html=True)
    assert "<b>x</b>" in html and "<a>y</a>" in html
    assert summary("<b>x</b> 正文", raw_html=True) == "x 正文"


def test_script_json_cannot_end_a_script_element():
    value = {"t": "标题<!--<script></script>&'\u2028\u2029"}
    text = script_json(value)
    assert not set("<>&'\u2028\u2029") & set(text)
    assert json.loads(text) == value


# ---- the built site

def test_article_pages_in_chromium_run_nothing_and_show_the_text(hostile, browser):
    site = hostile / "site"
    base, stop = serve_dir(site)
    dialogs: list[str] = []
    page = browser.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for seq, title in TITLES.items():
            page.goto(base + _url(seq), wait_until="load")
            assert page.inner_text("h1") == title
            assert _injected(page, base) == []
            ld = page.locator('script[type="application/ld+json"]')
            assert ld.count() == 1
            data = json.loads(ld.text_content())
            assert data["headline"] == title
            assert page.title().startswith(title + " — ")
            assert page.get_attribute('meta[property="og:title"]', "content") == title
        # the article with everything hostile
        page.goto(base + _url(2), wait_until="load")
        body_text = page.inner_text(".article-body")
        for text in RAW_HTML:
            assert text in body_text
        for shown in (KICKER, SUBTITLE, BYLINE):
            assert shown in page.inner_text(".article-head")
        assert PLACE in page.inner_text(".article-aside")
        assert TOPIC.strip() in page.inner_text(".article-aside")
        data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
        assert data["alternativeHeadline"] == SUBTITLE
        assert data["publisher"]["name"] == PUB_NAME
        assert data["author"][0]["name"] == AUTHOR
        assert data["keywords"] == [TOPIC]
        assert data["contentLocation"][0]["name"] == PLACE
        assert '<script>alert("body-script")</script>' in data["description"]
        # links whose URL was dropped lead nowhere; clicking them runs nothing
        links = page.locator(".article-body a")
        hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
        assert hrefs.count(None) == len(BAD_LINKS)
        assert "https://example.org/a?b=1&c=2" in hrefs and "/changji-daily/" in hrefs
        for i, h in enumerate(hrefs):
            if h is None:
                links.nth(i).click()
        assert page.url == base + _url(2)
        assert page.locator(".article-body img").count() == len(BAD_IMAGES)
        assert page.locator(".article-body img[src]").count() == 0
        page.wait_for_timeout(200)      # any late event handler (load/error/toggle) has run
    finally:
        page.close()
        stop()
    assert dialogs == []


def test_listing_and_site_pages_in_chromium_run_nothing(hostile, browser):
    site = hostile / "site"
    topic = read(site, _url(2)).rel("tag")[0]
    place = next(h for h in read(site, _url(2)).hrefs() if h.startswith("/places/"))
    paths = ["/", f"/{PAPER}/", f"/{PAPER}/2022/", f"/{PAPER}/2022/11/07/",
             f"/{PAPER}/2022/11/07/01/", topic, place, "/topics/", "/places/", "/search/",
             "/404.html", "/changji-daily/2022/11/07/09-09/"]
    base, stop = serve_dir(site)
    dialogs: list[str] = []
    page = browser.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for path in paths:
            page.goto(base + path, wait_until="load")
            if path.endswith("09-09/"):            # the redirect page moves on to the article
                page.wait_for_url(base + _url(4))
            assert _injected(page, base) == [], path
        page.goto(base + f"/{PAPER}/2022/11/07/01/", wait_until="load")
        heads = page.inner_text("ol.articles")
        for title in TITLES.values():
            assert title.replace("\u2028", "").replace("\u2029", "") in \
                heads.replace("\u2028", "").replace("\u2029", "")
        assert PAGE_NAME in page.inner_text("h1")
        page.goto(base + "/search/", wait_until="load")
        facets = page.evaluate("window.archiveSearchFacets")
        assert TOPIC in [t["name"] for t in facets["topics"]]
        assert PUB_NAME in [p["name"] for p in facets["papers"]]
        page.wait_for_timeout(200)
    finally:
        page.close()
        stop()
    assert dialogs == []


def test_inline_json_is_escaped_in_the_html_source(hostile):
    """The bytes themselves: no JSON embedded in a page holds a raw <, >, & or line separator."""
    site = hostile / "site"
    for path in (_url(2), _url(3), _url(4), "/search/"):
        doc = read(site, path)
        inline = [s["_text"] for s in doc.scripts if "src" not in s]
        assert inline
        for text in inline:
            assert not set("<>&\u2028\u2029") & set(text), (path, text[:80])
    assert read(site, _url(2)).jsonld()[0]["headline"] == TITLES[2]
    # the templates' tojson is the same helper as the JSON-LD's (one escaping everywhere)
    facets = next(s["_text"] for s in read(site, "/search/").scripts if "src" not in s)
    assert script_json(PUB_NAME) in facets and script_json(TOPIC) in facets


def test_json_twins_hold_the_exact_text(hostile):
    site = hostile / "site"
    for seq, title in TITLES.items():
        raw = (site / _url(seq).strip("/") / "index.json").read_bytes()
        assert b"<" not in raw and b">" not in raw
        data = json.loads(raw)
        assert data["title"] == title and data["paper_name"] == PUB_NAME
    art = json.loads((site / _url(2).strip("/") / "index.json").read_text(encoding="utf-8"))
    assert art["body_markdown"] == HOSTILE_BODY and art["kicker"] == KICKER
    page = json.loads((site / PAPER / "2022/11/07/01/index.json").read_text(encoding="utf-8"))
    assert page["name"] == PAGE_NAME
    assert [a["title"] for a in page["articles"]][1:] == list(TITLES.values())


def test_feed_is_well_formed_xml_with_the_exact_text(hostile):
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.parse(hostile / "site" / "feed.xml").getroot()      # raises if not well-formed
    entries = {e.find("a:title", ns).text: e for e in root.findall("a:entry", ns)}
    for title in TITLES.values():
        assert title in entries
    e2 = entries[TITLES[2]]
    assert e2.find("a:author/a:name", ns).text == AUTHOR
    assert e2.find("a:category", ns).get("term") == TOPIC
    assert '<script>alert("body-script")</script>' in e2.find("a:summary", ns).text
    # the control characters a PDF left in the body are gone, the text around them stays
    assert entries[TITLES[4]].find("a:summary", ns).text.replace(" ", "") == "控制字符在此。<b>粗</b>"
    for sitemap in [hostile / "site" / "sitemap.xml", *(hostile / "site" / "sitemaps").glob("*.xml")]:
        ET.parse(sitemap)                                       # topic/place URLs escaped too


def test_search_record_holds_the_text_not_the_markup(hostile):
    from generator.core.articles import load_file
    path = hostile / "content/articles" / PAPER / "2022/11/07/01-02.md"
    a = load_file(str(path))
    record, blocks, _ = index_record(a, a.read_body(str(hostile)), PUB_NAME, PAGE_NAME)
    assert record.meta["title"] == TITLES[2] and record.meta["kicker"] == KICKER
    words = "".join(w for w in record.content.split() if w not in HEADLINE_WEIGHT)
    assert words.replace(SEP, "") == "".join(blocks).replace(" ", "")   # the text, every character
    assert "<iframe" not in words and "<details" not in words           # the body's markup is gone


# ---- the raw-HTML switch

def test_raw_html_switch_re_renders_and_still_drops_script_links(tmp_path, browser):
    project = make_project(tmp_path / "p", issues=0)
    write_article(project / "content" / "articles",
                  article_meta(PAPER, DAY, 1, 1, "开关"),
                  '<b>x</b> [y](javascript:alert("raw-on")) [z](https://example.org/)')
    build(project)
    site = project / "site"
    art = site / _url(1).strip("/") / "index.html"
    assert "&lt;b&gt;x&lt;/b&gt;" in art.read_text(encoding="utf-8")
    cfg = project / "site_config.yaml"
    text = cfg.read_text(encoding="utf-8")
    assert "raw_html: false" in text
    cfg.write_text(text.replace("raw_html: false", "raw_html: true"), encoding="utf-8")
    assert load_config(str(cfg)).markdown_raw_html is True
    build(project)                                        # incremental: the switch re-renders
    base, stop = serve_dir(site)
    dialogs: list[str] = []
    page = browser.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(base + _url(1), wait_until="load")
        assert page.inner_text(".article-body b") == "x"
        y = page.locator(".article-body a", has_text="y")
        assert y.get_attribute("href") is None
        y.click()
        assert page.locator(".article-body a", has_text="z").get_attribute("href") == \
            "https://example.org/"
        assert _injected(page, base, allowed=("b",)) == []
    finally:
        page.close()
        stop()
    assert dialogs == []


@pytest.mark.parametrize("setting, message", [
    ("markdown: {raw_html: yes please}", "markdown.raw_html must be true or false"),
    ("markdown: true", "'markdown' must be a mapping"),
    ("markdown: {raw_htm: true}", "unknown setting markdown.raw_htm"),
])
def test_a_bad_switch_is_a_clear_error(tmp_path, capsys, setting, message):
    project = make_project(tmp_path / "p", issues=0)
    cfg = project / "site_config.yaml"
    lines = cfg.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("markdown:"))
    lines[at:at + 3] = [setting]
    cfg.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_config(str(cfg))
    assert err.value.line == at + 1 and message in str(err.value)
    assert cli_main(["--config", str(cfg), "build"]) == 2
    out = capsys.readouterr().err
    assert f"site_config.yaml:{at + 1}: {message}" in out and "Traceback" not in out


# ---- helpers

_INJECTED_JS = """([base, allowed]) => {
  const bad = [];
  const ok = new Set(['http:', 'https:', 'mailto:']);
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'base', 'details'].includes(tag))
      bad.push(tag);
    for (const name of el.getAttributeNames()) {
      if (name.toLowerCase().startsWith('on')) bad.push(tag + '[' + name + ']');
      if (['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href'].includes(name)) {
        let proto;
        try { proto = new URL(el.getAttribute(name), location.href).protocol; } catch (e) { proto = 'bad'; }
        if (!ok.has(proto)) bad.push(tag + '[' + name + ']=' + el.getAttribute(name));
      }
    }
    if (tag === 'script') {
      const src = el.getAttribute('src');
      const fine = el.type === 'application/ld+json'
        || (src && new URL(src, location.href).href.startsWith(base + '/static/'))
        || (!src && el.textContent.startsWith('window.archiveSearchFacets = '));
      if (!fine) bad.push('script:' + (src || el.textContent.slice(0, 60)));
    }
  }
  for (const el of document.querySelectorAll('.article-body *')) {
    if (!['p', 'a', 'img', 'strong', 'em', 'code', 'pre', 'br', 'blockquote', 'ul', 'ol', 'li', 'hr']
        .concat(allowed).includes(el.tagName.toLowerCase()))
      bad.push('body:' + el.tagName);
  }
  if (document.querySelectorAll('script[type="application/ld+json"]').length > 1) bad.push('ld+json x2');
  return bad;
}"""


def _injected(page, base: str, allowed: tuple = ()) -> list[str]:
    """Elements and attributes the page's own templates never make: whatever article text
    managed to inject (scripts, handlers, frames, script/data URLs, tags in the body other than
    Markdown's own and `allowed`)."""
    return page.evaluate(_INJECTED_JS, [base, list(allowed)])


def _visible_text(html: str) -> str:
    """What a reader sees of an HTML fragment: its text with entities decoded."""
    class Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []

        def handle_data(self, data):
            self.parts.append(data)
    t = Text()
    t.feed(html)
    t.close()
    return "".join(t.parts).strip()


def test_feed_drops_characters_xml_cannot_hold():
    """Article files with control characters are refused at build; the feed writer still never
    emits one (a single such character makes the whole feed unreadable)."""
    from generator.build.pages.feeds import FeedEntry, atom
    entry = FeedEntry(url="https://x.example/a/", title="标\x01题\x0b", date="2024-01-02",
                      authors=["作\x07者"], summary="正\x00文\ufffe。", category=["话\x1f题"])
    root = ET.fromstring(atom(title="报\x02", subtitle="", feed_url="https://x.example/feed.xml",
                              site_url="https://x.example/", entries=[entry]))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    e = root.find("a:entry", ns)
    assert (e.find("a:title", ns).text, e.find("a:summary", ns).text) == ("标题", "正文。")
    assert e.find("a:author/a:name", ns).text == "作者"
    assert e.find("a:category", ns).get("term") == "话题"
