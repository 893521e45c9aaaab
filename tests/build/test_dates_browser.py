"""Issue 14 in real headless Chromium: the 往期回顾 date picker (mouse, keyboard, phone and
desktop sizes, JS off), the 404 page's nearest issues for a day without one, the year
calendar's 缺期 marks inside the paper's coverage only, and estimated dates / notes shown."""
from __future__ import annotations

import json
import re

import pytest

from tests.support.dated import NOTE, PAPER, make_dated
from tests.support.archives import build
from generator.tools.serve import serve_in_background
from tests.support.project import serve_dir

ARTICLE = f"/{PAPER}/2022/11/08/01-01/"          # in the estimated issue
PLAIN_ARTICLE = f"/{PAPER}/2022/11/07/01-02/"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = make_dated(tmp_path_factory.mktemp("dated") / "p")
    build(project)
    base, stop = serve_dir(project / "site")
    yield base, project / "site"
    stop()


@pytest.fixture
def page(browser, served):
    """A page that records script errors; `errors` must stay empty."""
    p = browser.new_page()
    p.errors = []
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    yield p
    p.close()


def _inside_viewport(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    width = page.evaluate("window.innerWidth")
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5


@pytest.mark.parametrize("size", [(390, 844), (1366, 900)])
def test_from_an_article_another_issue_is_two_clicks_away(page, served, size):
    base, _ = served
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(base + ARTICLE)
    assert page.locator(".datepicker-pop").count() == 0           # nothing loaded until opened
    page.click("a.datepicker-open")                                 # click 1
    pop = page.locator(".datepicker-pop")
    pop.locator(".dp-grid a").first.wait_for()
    assert pop.is_visible() and _inside_viewport(page, ".datepicker-pop")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert all(e.evaluate("e => e.scrollWidth <= e.clientWidth + 1")       # lists not clipped
               for e in pop.locator(".dp-head select").all())
    assert pop.locator("caption").inner_text() == "2022年11月"      # opens at the page's month
    days = {a.inner_text(): a.get_attribute("href") for a in pop.locator(".dp-grid a").all()}
    assert days == {"7": f"/{PAPER}/2022/11/07/", "8": f"/{PAPER}/2022/11/08/",
                    "12": f"/{PAPER}/2022/11/12/"}
    assert pop.locator('.dp-grid a[aria-current="date"]').inner_text() == "8"
    assert pop.locator(".dp-grid td.dp-none").count() == 30 - 3 - 6    # 1–6 Nov: before coverage
    pop.locator(".dp-grid a", has_text="12").click()                 # click 2
    page.wait_for_url(base + f"/{PAPER}/2022/11/12/")
    assert page.errors == []


def test_the_picker_moves_by_month_and_year(page, served):
    base, _ = served
    page.goto(base + PLAIN_ARTICLE)
    page.click("a.datepicker-open")
    pop = page.locator(".datepicker-pop")
    pop.locator(".dp-grid a").first.wait_for()
    assert pop.locator(".dp-prev").is_disabled()                   # the first month with issues
    pop.locator(".dp-next").click()
    page.wait_for_function("document.querySelector('.dp-grid caption').textContent == '2022年12月'")
    assert [a.get_attribute("href") for a in pop.locator(".dp-grid a").all()] == [
        f"/{PAPER}/2022/12/05/"]
    pop.locator(".dp-next").click()                               # into the next year
    page.wait_for_function("document.querySelector('.dp-grid caption').textContent == '2023年1月'")
    pop.locator(".dp-next").click()                               # February has no issue
    page.wait_for_function("document.querySelector('.dp-grid caption').textContent == '2023年3月'")
    assert pop.locator(".dp-next").is_disabled()                   # the last month with issues
    pop.locator(".dp-prev").click()
    page.wait_for_function("document.querySelector('.dp-grid caption').textContent == '2023年1月'")
    page.select_option(".dp-year", "2022")          # January 2022 has none: the nearest month that has
    page.wait_for_function("document.querySelector('.dp-grid caption').textContent == '2022年11月'")
    page.select_option(".dp-year", "2023")                        # November → March, the nearest
    page.wait_for_function("document.querySelector('.dp-grid caption').textContent == '2023年3月'")
    page.select_option(".dp-month", "1")
    page.wait_for_function("document.querySelector('.dp-grid caption').textContent == '2023年1月'")
    assert pop.locator(".dp-month option").nth(0).inner_text() == "1月 · 1期"
    assert pop.locator(".dp-foot a").get_attribute("href") == f"/{PAPER}/2023/"
    pop.locator(".dp-grid a").click()
    page.wait_for_url(base + f"/{PAPER}/2023/01/10/")
    assert page.errors == []


def test_the_picker_works_from_the_keyboard(page, served):
    base, _ = served
    page.goto(base + f"/{PAPER}/2022/11/08/01/")                    # a 版 page
    for _ in range(40):                                            # reachable with Tab
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.className") == "datepicker-open":
            break
    else:
        pytest.fail("Tab never reached 往期回顾")
    opener = page.locator("a.datepicker-open")
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.getAttribute('aria-current') == 'date'")
    assert opener.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Escape")                                  # closes, focus back
    assert not page.locator(".datepicker-pop").is_visible()
    assert page.evaluate("document.activeElement.className") == "datepicker-open"
    assert opener.get_attribute("aria-expanded") == "false"
    page.keyboard.press(" ")                                       # a button: Space opens too
    page.wait_for_function("document.activeElement.getAttribute('aria-current') == 'date'")
    page.keyboard.press("ArrowRight")                              # the next day with an issue
    assert page.evaluate("document.activeElement.textContent") == "12"
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("document.activeElement.textContent") == "7"
    page.keyboard.press("Enter")
    page.wait_for_url(base + f"/{PAPER}/2022/11/07/")
    assert page.errors == []


def test_a_calendar_that_does_not_load_says_so_and_keeps_the_year_link(page, served):
    base, _ = served
    page.route(f"**/{PAPER}/2022/index.json", lambda route: route.abort())
    page.goto(base + ARTICLE)
    page.click("a.datepicker-open")
    status = page.locator(".dp-status")
    page.wait_for_function("document.querySelector('.dp-status').textContent.includes('没有载入')")
    assert page.locator(".dp-grid a").count() == 0
    assert page.locator(".dp-foot a").get_attribute("href") == f"/{PAPER}/2022/"
    assert "全年日历" in status.inner_text()
    assert page.errors == []


def test_without_js_the_picker_is_a_link_to_the_year_calendar(browser, served):
    base, _ = served
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    try:
        for path, year in ((ARTICLE, 2022), (f"/{PAPER}/2023/01/10/", 2023),
                           (f"/{PAPER}/2022/12/05/01/", 2022)):
            page.goto(base + path)
            page.click("a.datepicker-open")
            page.wait_for_url(base + f"/{PAPER}/{year}/")
            assert page.locator("table.month").count() == 12
        # and the 404 page keeps its plain list of papers
        response = page.goto(base + f"/{PAPER}/2022/11/10/")
        assert response.status == 404
        assert page.locator("#nearest").is_hidden()
        assert page.locator(".papers a").get_attribute("href") == f"/{PAPER}/"
    finally:
        ctx.close()


@pytest.mark.parametrize("path, links, same", [
    # a gap inside a month
    (f"/{PAPER}/2022/11/10/", [f"/{PAPER}/2022/11/08/", f"/{PAPER}/2022/11/12/", f"/{PAPER}/2022/"], False),
    # an article URL of a day without an issue, neighbours in two years
    (f"/{PAPER}/2022/12/31/01-01/", [f"/{PAPER}/2022/12/05/", f"/{PAPER}/2023/01/10/", f"/{PAPER}/2022/"], False),
    # before the first issue: only a later one
    (f"/{PAPER}/2022/01/03/", [f"/{PAPER}/2022/11/07/", f"/{PAPER}/2022/"], False),
    # a day that has an issue, a 版 that does not exist
    (f"/{PAPER}/2022/11/12/09/", [f"/{PAPER}/2022/11/12/", f"/{PAPER}/2022/11/08/", f"/{PAPER}/2022/12/05/", f"/{PAPER}/2022/"], True),
])
def test_the_404_page_links_the_nearest_issues_of_a_missing_day(page, served, path, links, same):
    base, _ = served
    response = page.goto(base + path)
    assert response.status == 404
    page.locator("#nearest").wait_for(state="visible")
    assert [a.get_attribute("href") for a in page.locator("#nearest a").all()] == links
    assert (page.locator("#nearest li.same").count() == 1) == same
    page.locator("#nearest a").first.click()
    page.wait_for_url(base + links[0])
    assert page.errors == []


def test_a_404_outside_any_date_says_nothing_about_dates(page, served):
    base, _ = served
    for path in ("/no-such-page/", "/unknown-paper/2022/11/10/"):
        assert page.goto(base + path).status == 404
        page.wait_for_load_state("networkidle")
        assert page.locator("#nearest").is_hidden()
    assert page.errors == []


def test_the_year_calendar_marks_gaps_only_inside_the_papers_coverage(page, served):
    base, _ = served
    page.goto(base + f"/{PAPER}/2022/")
    # coverage 2022-11-07 .. 2022-12-31: 55 days, 4 issues
    assert page.locator("td.has-issue").count() == 4
    assert page.locator("td.no-issue").count() == 55 - 4
    assert page.locator("td.out-of-range").count() == 365 - 55
    november = page.locator("table.month").nth(10)
    assert [t.inner_text() for t in november.locator("td.out-of-range").all()] == [str(d) for d in range(1, 7)]
    assert page.locator("table.month").nth(0).locator("td.no-issue").count() == 0
    page.goto(base + f"/{PAPER}/2023/")
    # coverage 2023-01-01 .. 2023-03-02: the paper's last issue ends it
    assert page.locator("td.has-issue").count() == 2
    assert page.locator("td.no-issue").count() == 31 + 28 + 2 - 2
    assert page.locator("td.out-of-range").count() == 365 - 61


def test_an_estimated_date_is_said_on_every_page_of_its_issue(page, served):
    base, site = served
    page.goto(base + f"/{PAPER}/2022/11/08/")
    assert "日期为推定" in page.inner_text("h1")
    note = page.locator(".issue-note")
    assert NOTE in note.inner_text() and note.locator("b").count() == 0   # text, not markup
    page.goto(base + f"/{PAPER}/2022/11/08/02/")
    assert "日期为推定" in page.inner_text("h1")
    page.goto(base + ARTICLE)
    assert "日期为推定" in page.inner_text(".dateline")
    cite = page.inner_text("#cite-text")
    assert re.search(r"\[N/OL\]\. 昌吉日报, 2022-11-08\[日期推定\]\(01\)\[\d{4}-\d\d-\d\d\]\. ", cite), cite
    ld = json.loads(page.locator('script[type="application/ld+json"]').inner_text())
    assert ld["datePublished"] == "2022-11-08"
    assert ld["isPartOf"]["description"] == "出版日期为推定"
    twins = [json.loads((site / rel / "index.json").read_text(encoding="utf-8"))
             for rel in (f"{PAPER}/2022/11/08", f"{PAPER}/2022/11/08/02", f"{PAPER}/2022/11/08/01-01")]
    assert [t["date_estimated"] for t in twins] == [True, True, True]
    assert twins[0]["note"] == NOTE
    year = json.loads((site / PAPER / "2022/index.json").read_text(encoding="utf-8"))
    assert {i["date"]: i["date_estimated"] for i in year["issues"]}["2022-11-08"] is True

    # an issue with a known date says none of it
    page.goto(base + f"/{PAPER}/2022/11/07/")
    assert "推定" not in page.inner_text("main") and page.locator(".issue-note").count() == 0
    page.goto(base + PLAIN_ARTICLE)
    assert "推定" not in page.inner_text("main")
    ld = json.loads(page.locator('script[type="application/ld+json"]').inner_text())
    assert "description" not in ld["isPartOf"]
    twin = json.loads((site / PAPER / "2022/11/07/01-02/index.json").read_text(encoding="utf-8"))
    assert twin["date_estimated"] is False
    assert page.errors == []


def test_picker_and_404_work_under_a_sub_path(browser, tmp_path):
    """A site hosted at /archive/: the picker's and the 404 page's links carry the base path."""
    project = make_dated(tmp_path / "p", base_url="https://example.org/archive/")
    build(project)
    base, stop = serve_in_background(str(project / "site"), "/archive/")
    page = browser.new_page()
    errors: list = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(base + "/archive" + ARTICLE)
        page.click("a.datepicker-open")
        page.locator(".dp-grid a").first.wait_for()
        hrefs = [a.get_attribute("href") for a in page.locator(".datepicker-pop a").all()]
        assert hrefs and all(h.startswith("/archive/") for h in hrefs)
        page.locator(".dp-grid a", has_text="12").click()
        page.wait_for_url(base + f"/archive/{PAPER}/2022/11/12/")
        assert page.goto(base + f"/archive/{PAPER}/2022/11/10/").status == 404
        page.locator("#nearest").wait_for(state="visible")
        assert [a.get_attribute("href") for a in page.locator("#nearest a").all()] == [
            f"/archive/{PAPER}/2022/11/08/", f"/archive/{PAPER}/2022/11/12/", f"/archive/{PAPER}/2022/"]
    finally:
        page.close()
        stop()
    assert errors == []
