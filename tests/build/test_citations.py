"""Citations: GB/T 7714 [N/OL] with the reader's access date, RIS and BibTeX files beside each
article (parsed here as a reference manager would), and the 纠错 link with the article's id."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from generator.build.pages import citations
from generator.core.config import Corrections, load_config
from generator.core.frontmatter import ContentError
from generator.core.model import Article
from tests.support.archives import make_project
from tests.support.project import ROOT, serve_dir

ARTICLE = "/changji-daily/2022/11/07/01-01/"
HOSTILE = 'a{b}c%d&e\\f$g#h_i~j^k "<script>x</script>'


def _article(title: str = "标题", authors=("王薇", "李 四")) -> Article:
    return Article(id="changji-daily/2022-11-08/01-02", paper="changji-daily",
                   date=dt.date(2022, 11, 8), page=1, seq=2, title=title, authors=list(authors))


# ---- GB/T 7714

def test_the_citation_is_an_online_newspaper_reference_with_an_access_date(built):
    html = (built / "site" / ARTICLE.strip("/") / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<p class="cite-text" id="cite-text">(.*?)</p>', html)
    assert m
    text = re.sub(r"<[^>]+>", "", m.group(1))
    assert re.fullmatch(r".+\. .+\[N/OL\]\. 昌吉日报, 2022-11-07\(01\)\[引用日期\]\. "
                        r"https://archive\.example\.org/changji-daily/2022/11/07/01-01/", text), text


def test_a_browser_fills_in_the_readers_date(built, browser):
    base, stop = serve_dir(built / "site")
    page = browser.new_page()
    try:
        page.goto(base + ARTICLE)
        today = page.evaluate("(() => { const d = new Date(); const p = n => String(n).padStart(2, '0');"
                              " return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()); })()")
        cite = page.inner_text("#cite-text")
        assert f"(01)[{today}]. https://archive.example.org{ARTICLE}" in cite, cite
        assert "[引用日期]" not in cite
    finally:
        page.close()
        stop()


# ---- RIS

def _ris(data: bytes) -> list[tuple[str, str]]:
    text = data.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[-1] == "" and lines[-2] == "ER  - "
    rows = []
    for line in lines[:-2]:
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.+)", line)
        assert m, f"not an RIS line: {line!r}"
        rows.append((m.group(1), m.group(2)))
    assert rows[0] == ("TY", "NEWS")
    return rows


def test_each_article_has_an_ris_file_a_reference_manager_reads(built):
    site = built / "site"
    rows = _ris((site / ARTICLE.strip("/") / "cite.ris").read_bytes())
    tags = dict(rows)
    page = (site / ARTICLE.strip("/") / "index.html").read_text(encoding="utf-8")
    title = re.search(r'<meta name="citation_title" content="([^"]+)"', page).group(1)
    import html as _html
    assert tags["TI"] == _html.unescape(title)
    assert tags["T2"] == "昌吉日报" and tags["DA"] == "2022/11/07/" and tags["PY"] == "2022"
    assert tags["UR"] == "https://archive.example.org" + ARTICLE
    assert tags["N1"] == "第01版：要闻"
    assert [v for t, v in rows if t == "AU"] == ["王薇"]
    assert f'href="{ARTICLE}cite.ris"' in page and f'href="{ARTICLE}cite.bib"' in page


def test_ris_fields_stay_on_one_line():
    a = _article("第一行\n第二行\r\x0b")
    rows = _ris(citations.ris(a, "昌吉日报", "https://x.example/a/", "第01版：要闻", 8123, True,
                              "摘要\n第二段", "zh-CN"))
    assert ("TI", "第一行 第二行") in rows and ("AB", "摘要 第二段") in rows
    assert ("IS", "8123") in rows and ("N1", "出版日期为推定") in rows


# ---- BibTeX

def _bib_fields(text: str) -> dict[str, str]:
    """A small BibTeX reader: @type{key, name = {value}, …} with brace counting as BibTeX does
    (every brace counts, escaped or not)."""
    m = re.match(r"@(\w+)\{([^,\s]+),\n", text)
    assert m and m.group(1) == "article"
    pos, out = m.end(), {}
    while True:
        f = re.compile(r"\s*(\w+) = \{").match(text, pos)
        if not f:
            break
        depth, i = 1, f.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        out[f.group(1)] = text[f.end():i - 1]
        pos = i + (1 if text[i:i + 1] == "," else 0)
    assert text[pos:].strip() == "}", text[pos:]
    return out


_UNTEX = {r"\textbackslash{}": "\\", r"\textbraceleft{}": "{", r"\textbraceright{}": "}",
          r"\textasciicircum{}": "^", r"\textasciitilde{}": "~"}


def _untex(value: str) -> str:
    value = re.sub(r"\\text\w+\{\}", lambda m: _UNTEX[m.group()], value)
    return re.sub(r"\\([%&$#_])", r"\1", value)


def test_bibtex_braces_stay_balanced_and_specials_are_escaped():
    data = citations.bibtex(_article(HOSTILE), "昌吉日报", "https://x.example/a/%E6/", "第01版：要闻",
                            8123, False, "100% 真实 & {完整}", "zh-CN").decode("utf-8")
    fields = _bib_fields(data)
    assert fields["title"].startswith("{") and fields["title"].endswith("}")
    inner = fields["title"][1:-1]
    assert "{" not in inner.replace("{}", "") and "}" not in inner.replace("{}", "")
    assert not re.search(r"(?<!\\)[%&$#_]", inner)            # every special escaped
    assert _untex(inner) == HOSTILE
    assert _untex(fields["abstract"]) == "100% 真实 & {完整}"
    assert fields["author"] == "{王薇} and {李 四}"            # a name is never split
    assert fields["url"] == "https://x.example/a/%E6/"         # verbatim, not TeX-escaped
    assert fields["journal"] == "昌吉日报" and fields["entrysubtype"] == "newspaper"
    assert fields["date"] == "2022-11-08" and fields["number"] == "8123"


def test_each_article_has_a_bibtex_file(built):
    text = (built / "site" / ARTICLE.strip("/") / "cite.bib").read_text(encoding="utf-8")
    fields = _bib_fields(text)
    assert text.startswith("@article{changji-daily-2022-11-07-01-01,")
    assert fields["url"] == "https://archive.example.org" + ARTICLE
    assert fields["note"] == "第01版：要闻"


# ---- 纠错

def test_the_correction_link_carries_the_article_id(built):
    html = (built / "site" / ARTICLE.strip("/") / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<p class="correction"><a href="([^"]+)"[^>]*>纠错</a>', html)
    assert m, "every article has a 纠错 link"
    href = m.group(1).replace("&amp;", "&")
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and parts.path == "corrections@archive.example.org"
    q = parse_qs(parts.query)
    assert q["subject"] == ["纠错：changji-daily/2022-11-07/01-01"]
    assert "https://archive.example.org" + ARTICLE in q["body"][0]


def test_a_form_gets_the_id_as_a_query_parameter_escaped():
    a = _article(HOSTILE)
    href = citations.correction_href(Corrections(form="https://x.example/f?lang=zh", param="entry.1"),
                                     a, "https://x.example/a/")
    assert href == "https://x.example/f?lang=zh&entry.1=changji-daily%2F2022-11-08%2F01-02"
    mail = citations.correction_href(Corrections(email="e@x.example"), a, "https://x.example/a/")
    assert "<" not in mail and '"' not in mail and " " not in mail
    assert unquote(parse_qs(urlsplit(mail).query)["body"][0]).startswith(HOSTILE)


def _with_corrections(tmp: Path, block: str) -> Path:
    project = make_project(tmp / "p", issues=1, pages=1, per_page=1)
    cfg = project / "site_config.yaml"
    text = cfg.read_text(encoding="utf-8")
    text = re.sub(r"\ncorrections:\n  to: .*\n", "\n" + block, text)
    cfg.write_text(text, encoding="utf-8")
    return project


@pytest.mark.parametrize("block, message", [
    ("corrections:\n  to: not an address\n", "corrections.to is neither an e-mail address nor an http(s) URL"),
    ("corrections:\n  to: javascript:alert(1)\n", "corrections.to is neither"),
    ("corrections:\n  to: 42\n", "corrections.to must be an e-mail address or a URL"),
    ("corrections:\n  to: https://x.example/f\n  param: 'a b'\n", "corrections.param must be"),
    ("corrections:\n  mail: a@b.example\n", "unknown setting corrections.mail"),
    ("corrections: [a]\n", "'corrections' must be a mapping"),
])
def test_a_bad_corrections_setting_is_refused_by_file_and_line(tmp_path, block, message):
    project = _with_corrections(tmp_path, block)
    cfg = project / "site_config.yaml"
    key = block.splitlines()[-1].split(":")[0].strip() if block.count("\n") > 1 else "corrections"
    line = next(n for n, l in enumerate(cfg.read_text(encoding="utf-8").splitlines(), 1)
                if l.strip().startswith(key + ":"))
    with pytest.raises(ContentError) as err:
        load_config(str(cfg))
    assert message in str(err.value)
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "--config", str(cfg), "build",
                          "--no-search"], capture_output=True, text=True, cwd=project, timeout=300)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert f"site_config.yaml:{line}: " in run.stderr, run.stderr


def test_a_form_url_setting_links_every_article_to_the_form(tmp_path):
    project = _with_corrections(tmp_path, "corrections:\n  to: https://x.example/form\n")
    cfg = load_config(str(project / "site_config.yaml"))
    assert cfg.corrections == Corrections(form="https://x.example/form", param="article")


def test_a_hostile_title_stays_text_in_every_citation(tmp_path):
    """Built end to end: the page escapes it, RIS keeps it on one line, BibTeX balances it."""
    import random
    from tests.support.archives import article_meta, body_for, build, write_article
    project = make_project(tmp_path / "p", issues=1, pages=1, per_page=1)
    meta = article_meta("changji-daily", dt.date(2022, 11, 9), 1, 1, HOSTILE)
    write_article(project / "content" / "articles", meta, body_for(random.Random(1)))
    build(project)
    folder = project / "site" / "changji-daily/2022/11/09/01-01"
    html = (folder / "index.html").read_text(encoding="utf-8")
    cite = re.search(r'<p class="cite-text" id="cite-text">(.*?)</p>', html).group(1)
    assert "<script>" not in cite and "&lt;script&gt;" in cite
    assert ("TI", HOSTILE) in _ris((folder / "cite.ris").read_bytes())
    fields = _bib_fields((folder / "cite.bib").read_text(encoding="utf-8"))
    assert _untex(fields["title"][1:-1]) == HOSTILE
    mail = re.search(r'<p class="correction"><a href="([^"]+)"', html).group(1)
    assert "<" not in mail and '"' not in mail
