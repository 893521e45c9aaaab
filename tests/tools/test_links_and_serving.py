"""The link checker catches broken links; the site works under a sub-path and through serve."""
from __future__ import annotations

import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

from generator.tools.linkcheck import check_site
from generator.tools.serve import make_server

from tests.support.archives import build
from tests.support.archives import ROOT, make_project
from tests.support.html import read


def test_built_site_has_no_broken_links(built):
    res = check_site(str(built / "site"), "/", "https://archive.example.org/", workers=1)
    assert res.files > 20 and res.links > 500
    assert res.broken == []


def test_link_checker_reports_the_file_and_the_broken_href(tmp_path):
    project = make_project(tmp_path / "p", issues=1)
    build(project)
    page = project / "site/changji-daily/2022/11/07/01-01/index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("</main>", '<a href="/changji-daily/2099/01/01/">x</a>'
                                 '<a href="../01-02/#nope">y</a></main>'), encoding="utf-8")
    res = check_site(str(project / "site"), "/", "https://archive.example.org/", workers=1)
    broken = {(b.file, b.href) for b in res.broken}
    assert broken == {("changji-daily/2022/11/07/01-01/index.html", "/changji-daily/2099/01/01/"),
                      ("changji-daily/2022/11/07/01-01/index.html", "../01-02/#nope")}
    out = subprocess.run([sys.executable, str(ROOT / "build.py"), "check"], cwd=project,
                         capture_output=True, text=True)
    assert out.returncode == 1 and "/changji-daily/2099/01/01/" in out.stdout


def test_link_checker_gives_the_same_answer_with_its_caches_emptied_as_it_goes(tmp_path, monkeypatch):
    """Its per-process caches are bounded (a 1M-article site has millions of targets)."""
    from generator.tools import linkcheck
    project = make_project(tmp_path / "p", issues=2)
    build(project)
    page = project / "site/changji-daily/2022/11/07/01-01/index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("</main>", '<a href="/changji-daily/2099/01/01/">x</a>'
                                 '<a href="../01-02/#nope">y</a></main>'), encoding="utf-8")
    whole = check_site(str(project / "site"), "/", "https://archive.example.org/", workers=1)
    monkeypatch.setattr(linkcheck, "_EXISTS_MAX", 3)
    monkeypatch.setattr(linkcheck, "_IDS_MAX", 1)
    small = check_site(str(project / "site"), "/", "https://archive.example.org/", workers=1)
    assert (small.files, small.links) == (whole.files, whole.links)
    assert [(b.file, b.href) for b in small.broken] == [(b.file, b.href) for b in whole.broken]
    assert len(whole.broken) == 2


def test_cli_build_then_check(tmp_path):
    project = make_project(tmp_path / "p", issues=2)
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--no-search"],
                         cwd=project, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (project / "site/index.html").is_file()
    check = subprocess.run([sys.executable, str(ROOT / "build.py"), "check"], cwd=project,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_site_under_a_sub_path(tmp_path):
    project = make_project(tmp_path / "p", issues=2, base_url="https://example.github.io/archive/")
    build(project)
    site = project / "site"
    page = read(site, "/changji-daily/2022/11/07/01-01/")
    internal = [h for h in page.hrefs() if not h.startswith(("http", "#", "mailto:"))]
    assert internal and all(h.startswith("/archive/") for h in internal)
    assert [l["href"] for l in page.links if l.get("rel") == "canonical"] == \
        ["https://example.github.io/archive/changji-daily/2022/11/07/01-01/"]
    css = [l["href"] for l in page.links if l.get("rel") == "stylesheet"]
    assert css[0] == "/archive/static/site.css"
    feed = (site / "changji-daily" / "feed.xml").read_text(encoding="utf-8")     # same origin
    assert '<?xml-stylesheet type="text/xsl" href="/archive/static/feed.xsl"?>' in feed
    assert check_site(str(site), "/archive/", "https://example.github.io/archive/", workers=1).broken == []
    # a root-relative link that forgets the base path is caught
    assert check_site(str(site), "/", "https://example.github.io/archive/", workers=1).broken

    httpd = make_server(str(site), "/archive/", port=0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        status, body = _get(base + "/archive/changji-daily/2022/11/07/01-01/")
        assert status == 200 and "/archive/static/site.css" in body.decode()
        assert _get(base + "/archive/static/site.css")[0] == 200
        status, body = _get(base + "/archive/no/such/page/")
        assert status == 404 and "找不到" in body.decode()
        assert _get(base + "/changji-daily/")[0] == 404           # outside the base path
        status, _ = _get(base + "/")                               # redirected into the site
        assert status == 200
    finally:
        httpd.shutdown()
        httpd.server_close()
