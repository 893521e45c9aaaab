"""Citations of an article: GB/T 7714-2015 text for the page, RIS and BibTeX files beside it
(reference managers — Zotero, EndNote — import these), and the 纠错 link.

All pure string building from the article's fields, so the article unit's digest (the article,
its issue number, date estimate and 版 label; the config through the global digest) covers them.
"""
from __future__ import annotations

import re
from typing import Optional
from urllib.parse import quote

from generator.core.config import Corrections
from generator.core.model import Article

ACCESS_PLACEHOLDER = "[引用日期]"     # what a page shows without JavaScript (see static/cite.js)
# Characters a one-line field cannot hold: line breaks and the controls XML/RIS readers choke on.
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _line(value: str) -> str:
    """One line of text: line breaks and control characters become a space."""
    return _BREAKS.sub(" ", value or "").strip()


def gbt7714(a: Article, paper_name: str, url: str, estimated: bool = False) -> tuple[str, str]:
    """GB/T 7714-2015 electronic newspaper reference, split around the access date:
    作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. URL. The page shows
    ACCESS_PLACEHOLDER between the halves until its script writes the reader's date there
    (a static page cannot know the day it is read). An inferred date is marked 日期[日期推定]."""
    who = ", ".join(a.authors) + ". " if a.authors else ""
    when = a.date.isoformat() + ("[日期推定]" if estimated else "")
    return f"{who}{a.title}[N/OL]. {paper_name}, {when}({a.page:02d})", f". {url}"


def page_note(a: Article, page_label: str) -> str:
    """Where in the paper: 第01版：要闻."""
    return _line(page_label) or f"第{a.page:02d}版"


def ris(a: Article, paper_name: str, url: str, page_label: str, issue_no: Optional[int],
        estimated: bool, abstract: str, language: str) -> bytes:
    """An RIS record (TY NEWS): one `TAG  - value` per line, ended by `ER  - `."""
    rows = [("TY", "NEWS"), ("TI", a.title)]
    rows += [("AU", n) for n in a.authors]
    rows += [("T2", paper_name), ("DA", a.date.strftime("%Y/%m/%d/")), ("PY", str(a.date.year)),
             ("SP", str(a.page))]
    if issue_no:
        rows.append(("IS", str(issue_no)))
    rows += [("N1", page_note(a, page_label))]
    if estimated:
        rows.append(("N1", "出版日期为推定"))
    if abstract:
        rows.append(("AB", abstract))
    rows += [("UR", url), ("LA", language), ("ID", a.id)]
    lines = [f"{tag}  - {_line(value)}" for tag, value in rows if _line(value)]
    return ("\r\n".join(lines + ["ER  - ", ""])).encode("utf-8")


# LaTeX's special characters, written so the braces of a BibTeX value stay balanced (BibTeX
# counts every brace, escaped or not, so \{ would unbalance the field).
_TEX = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
        "%": r"\%", "&": r"\&", "$": r"\$", "#": r"\#", "_": r"\_", "^": r"\textasciicircum{}",
        "~": r"\textasciitilde{}"}
_TEX_RE = re.compile("|".join(re.escape(c) for c in _TEX))


def tex(value: str) -> str:
    """A BibTeX field value: one line, LaTeX specials escaped, braces balanced."""
    return _TEX_RE.sub(lambda m: _TEX[m.group()], _line(value))


def _bib_url(url: str) -> str:
    """A URL field is read verbatim (biblatex), so it is not TeX-escaped: only its braces and
    spaces are percent-encoded, which keeps the value balanced and the URL the same."""
    return _line(url).replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def bibtex_key(aid: str) -> str:
    """changji-daily/2022-11-08/01-02 → changji-daily-2022-11-08-01-02 (a key BibTeX accepts)."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", aid).strip("-")


def bibtex(a: Article, paper_name: str, url: str, page_label: str, issue_no: Optional[int],
           estimated: bool, abstract: str, language: str) -> bytes:
    """A biblatex/BibTeX @article with entrysubtype newspaper; names are braced whole so a
    Chinese name is never split into given and family parts."""
    fields = [("title", "{" + tex(a.title) + "}")]
    if a.authors:
        fields.append(("author", " and ".join("{" + tex(n) + "}" for n in a.authors)))
    fields += [("journal", tex(paper_name)), ("journaltitle", tex(paper_name)),
               ("entrysubtype", "newspaper"), ("date", a.date.isoformat()),
               ("year", str(a.date.year)), ("month", str(a.date.month)), ("pages", str(a.page))]
    if issue_no:
        fields.append(("number", str(issue_no)))
    note = page_note(a, page_label) + ("；出版日期为推定" if estimated else "")
    fields += [("note", tex(note)), ("url", _bib_url(url)), ("langid", tex(language))]
    if abstract:
        fields.append(("abstract", tex(abstract)))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@article{{{bibtex_key(a.id)},\n{body}\n}}\n".encode("utf-8")


def correction_href(c: Corrections, a: Article, url: str) -> str:
    """The 纠错 link: mailto: with the article's id in the subject, or the form's URL with the
    id as a query parameter. Percent-encoded here; the template escapes it for HTML."""
    if c.email:
        subject = quote(f"纠错：{a.id}", safe="")
        body = quote(f"{_line(a.title)}\n{url}\n\n", safe="")
        return f"mailto:{c.email}?subject={subject}&body={body}"
    sep = "&" if "?" in c.form else "?"
    return f"{c.form}{sep}{quote(c.param, safe='')}={quote(a.id, safe='')}"
