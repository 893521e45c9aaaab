"""Ids, URLs, output paths and slugs: the permanent URL scheme in one place.

Every page's URL derives from ids and names here; `out_path` turns a site path into the file
under the output folder, so nothing else builds paths from article data."""
from __future__ import annotations

import datetime as _dt
import functools
import re
from urllib.parse import quote

from generator.core.topics import slugify_place


def issue_url(paper: str, date: _dt.date) -> str:
    return f"/{paper}/{date.year:04d}/{date.month:02d}/{date.day:02d}/"


def page_url(paper: str, date: _dt.date, page: int) -> str:
    return f"/{paper}/{date.year:04d}/{date.month:02d}/{date.day:02d}/{page:02d}/"


def article_url(article_id: str) -> str:
    """`changji-daily/2022-11-08/01-02` → `/changji-daily/2022/11/08/01-02/`."""
    paper, day, rest = article_id.split("/")
    return f"/{paper}/{day.replace('-', '/')}/{rest}/"


def article_file(paper: str, date: _dt.date, page: int, seq: int) -> str:
    """An article's file under the articles folder: <paper>/<YYYY>/<MM>/<DD>/NN-SS.md."""
    return f"{paper}/{date:%Y}/{date:%m}/{date:%d}/{page:02d}-{seq:02d}.md"


def make_id(paper: str, date: _dt.date, page: int, seq: int) -> str:
    return f"{paper}/{date:%Y-%m-%d}/{page:02d}-{seq:02d}"


def topic_url(slug: str) -> str:
    return f"/topics/{slug}/"


def place_url(slug: str) -> str:
    return f"/places/{slug}/"


def out_path(url: str, name: str = "index.html") -> str:
    """Site path → output file relative to the site root (`/a/b/` → `a/b/index.html`)."""
    return url.lstrip("/") + name


@functools.lru_cache(maxsize=65536)
def safe_slug(name: str) -> str:
    """Names used as URL segments (places, topics without a configured slug); cached: a full
    plan asks for every name of every article (~450k times at 100k articles)."""
    s = slugify_place(name).replace("/", "-").replace("\\", "-").strip(". ")
    return s or "untitled"


_SAFE = "/#?=&-._~%:"
_PLAIN = re.compile(r"[A-Za-z0-9_.\-~/#?=&%:]*").fullmatch    # what `quote` leaves as it is


def href(url: str) -> str:
    """Percent-encode non-ASCII path characters so hrefs are valid everywhere. Most URLs need
    nothing (each page asks ~12 times); a topic's or place's recurs on thousands of pages."""
    return url if _PLAIN(url) else _quoted(url)


@functools.lru_cache(maxsize=65536)
def _quoted(url: str) -> str:
    return quote(url, safe=_SAFE)

