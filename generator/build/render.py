"""Render one output unit (see `generator.build.plan`) to bytes, through its page kind's module
(`generator.build.pages`).

One `Renderer` per process holds the compiled templates (compiled once, reused for every page)
and what every page kind shares: the URL helpers, list items, breadcrumbs and page chrome.
It reads only from the `SitePlan` and the article's own Markdown file, which is what the unit's
digest covers. Links are site paths prefixed with the configured base path (`/` or `/archive/`),
so the same tree works at a domain root or under a sub-path, including the 404 page.
"""
from __future__ import annotations

import hashlib
import datetime as _dt
import os
from typing import Optional

import jinja2
from markupsafe import Markup, escape as _mescape

from generator.build.pages import json_twins
from generator.build.pages.registry import KINDS
from generator.build.pages.year_calendar import WEEKDAYS
from generator.build.plan.site_plan import SitePlan, Unit
from generator.core.model import KIND_LABELS, Article, Issue, Page
from generator.core.urls import href, place_url, topic_url


def _esc(value) -> str:
    return str(_mescape(value))


class TemplateFailure(Exception):
    """A template raised: carries the template file and line for the error message."""


def _failure(exc: jinja2.TemplateError, template: str) -> TemplateFailure:
    """The template file and line when Jinja knows them, else the template being rendered."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return TemplateFailure(f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}")
    return TemplateFailure(f"templates/{template}: {exc}")


def cn_date(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def make_env(templates_dir: str, base_path: str, base_url: str,
             cache_dir: Optional[str] = None) -> jinja2.Environment:
    options = dict(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    # Compiling the templates costs ~0.3 s — a tenth of adding an issue to a big archive — so
    # their bytecode is cached on disk. Jinja checks each template's source checksum; the
    # options that change the compiled code (and Jinja's version) name the cache folder.
    bcc = None
    if cache_dir:
        tag = hashlib.blake2b(repr((sorted(options.items()), jinja2.__version__)).encode(),
                              digest_size=6).hexdigest()
        try:
            os.makedirs(os.path.join(cache_dir, tag), exist_ok=True)
            bcc = jinja2.FileSystemBytecodeCache(os.path.join(cache_dir, tag))
        except OSError:
            bcc = None
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        autoescape=jinja2.select_autoescape(["html", "xml"]), auto_reload=False, cache_size=-1,
        undefined=jinja2.StrictUndefined, bytecode_cache=bcc, **options)

    def url(path: str) -> str:
        path = path.lstrip("/")
        return base_path + (path if path.isascii() and " " not in path else href(path))

    def abs_url(path: str) -> str:
        return base_url + href(path.lstrip("/"))

    env.globals.update(url=url, abs_url=abs_url, base=base_path, cn_date=cn_date,
                       kind_label=lambda k: KIND_LABELS.get(k, k),
                       weekday=lambda d: "星期" + WEEKDAYS[d.weekday()])
    env.filters["cn_date"] = cn_date
    # Jinja's own tojson leaves U+2028/U+2029 raw: every JSON a template embeds goes through
    # the same escaping as the JSON-LD
    env.filters["tojson"] = lambda value: Markup(json_twins.script_json(value))
    return env


class Renderer:
    def __init__(self, plan: SitePlan):
        self.plan = plan
        cfg = plan.config
        self.base = cfg.base_path
        self.base_url = cfg.base_url
        self.raw_html = cfg.markdown_raw_html     # part of the global digest (plan.inputs_digest)
        self.env = make_env(os.path.join(plan.root, "templates"), self.base, self.base_url,
                            os.path.join(cfg.path(cfg.cache_dir), "jinja"))
        pubs = [{"slug": p.slug, "name": p.name, "url": p.url} for p in plan.archive.publications]
        self.env.globals.update(config=cfg, nav_publications=pubs)
        self.names = {p.slug: p.name for p in plan.archive.publications}
        self.url = self.env.globals["url"]
        self._li: dict[tuple, str] = {}
        self.env.globals["items"] = self.items
        self.env.globals["crumbs"] = self.crumbs
        self._issue_urls: dict[tuple, str] = {}
        self._page_urls: dict[tuple, str] = {}
        self._chrome()

    def _chrome(self) -> None:
        """Render the parts every page shares (`templates/_chrome.html`) once per process."""
        try:
            mod = self.env.get_template("_chrome.html").module
            chrome = {f"chrome_{name}": Markup(getattr(mod, name)())
                      for name in ("head", "header", "footer")}
        except jinja2.TemplateError as exc:
            raise _failure(exc, "_chrome.html") from None
        self.env.globals.update(chrome)

    # ---- list items: plain Python, cached per process, because a topic page of 50 articles
    # rendered through Jinja macros costs ~5 ms and the same item recurs on many pages
    def items(self, articles, level: int = 3, source: bool = False) -> Markup:
        return Markup("\n".join([self.item(a, level, source) for a in articles]))

    def item(self, a: Article, level: int, source: bool) -> str:
        key = (a.id, level, source)
        li = self._li.get(key)
        if li is None:
            li = self._li[key] = self._item(a, level, source)
        return li

    def crumbs(self, items: list[tuple]) -> Markup:
        """The breadcrumb: (label, site path) pairs after 首页, the last one the current page."""
        e, url = _esc, self.url
        out = [f'<nav class="breadcrumb wrap" aria-label="位置">\n<ol>\n'
               f'<li><a href="{e(self.base)}">首页</a></li>\n']
        last = len(items) - 1
        for i, (label, link) in enumerate(items):
            if i == last:
                out.append(f'<li aria-current="page">{e(label)}</li>')
            else:
                out.append(f'<li><a href="{e(url(link))}">{e(label)}</a></li>')
        out.append("</ol>\n</nav>\n")
        return Markup("".join(out))

    # Issue.url and Page.url format the date with strftime (~10 µs); an issue's ~60 articles
    # ask for the same few, so they are remembered per process
    def issue_url(self, issue: Issue) -> str:
        key = (issue.paper, issue.date)
        u = self._issue_urls.get(key)
        if u is None:
            u = self._issue_urls[key] = issue.url
        return u

    def page_url(self, page: Page) -> str:
        key = (page.paper, page.date, page.number)
        u = self._page_urls.get(key)
        if u is None:
            u = self._page_urls[key] = page.url
        return u

    def _item(self, a: Article, level: int, source: bool) -> str:
        e = _esc
        h = [f'<li class="item kind-{a.kind}">\n<h{level} class="headline">']
        if a.kicker:
            h.append(f'<span class="kicker">{e(a.kicker)}</span>')
        h.append(f'<a href="{self.url(a.url)}">{e(a.title)}</a>')
        if a.subtitle:
            h.append(f'<span class="subtitle">{e(a.subtitle)}</span>')
        h.append(f"</h{level}>\n<p class=\"meta\">")
        meta = []
        if source:
            page = self.plan.page_of[a.id]
            meta.append(f'<a href="{self.url(page.url)}">{e(self.names.get(a.paper, a.paper))} '
                        f'{cn_date(a.date)} {e(page.label)}</a>')
        if a.byline:
            meta.append(f'<span class="byline">{e(a.byline)}</span>')
        if a.kind != "article":
            meta.append(f'<span class="badge">{KIND_LABELS.get(a.kind, a.kind)}</span>')
        if a.continued_from:
            meta.append(f'<span class="cont">上接第{a.continued_from:02d}版</span>')
        if a.continued_to:
            meta.append(f'<span class="cont">下转第{a.continued_to:02d}版</span>')
        h.append(" · ".join(meta))
        h.append("</p>\n</li>")
        return "".join(h)

    def preload(self) -> None:
        """Compile every page template now, so processes forked afterwards share the compiled
        code instead of each compiling it again; a broken template is left for `render` to
        report with its file and line."""
        for name in self.env.loader.list_templates():
            if name.endswith(".html"):
                try:
                    self.env.get_template(name)
                except jinja2.TemplateError:
                    pass

    def forget(self) -> None:
        """Drop the per-process caches (list items, issue and page URLs) of a batch already
        rendered: a full build renders batch by batch with one Renderer."""
        self._li.clear()
        self._issue_urls.clear()
        self._page_urls.clear()

    def close(self) -> None:
        """Drop the plan and the env → self.items cycle, so the 100k-article model is freed by
        reference counting as soon as the build returns instead of by a cyclic-GC pass."""
        self.env.globals.pop("items", None)
        self.plan = None
        self._li.clear()

    # ---- helpers
    def abs_url(self, path: str) -> str:
        return self.base_url + href(path.lstrip("/"))

    cn_date = staticmethod(cn_date)

    def page(self, template: str, **ctx) -> bytes:
        """A template rendered to bytes; a template error names the file and line."""
        try:
            return self.env.get_template(template).render(**ctx).encode("utf-8")
        except jinja2.TemplateError as exc:
            raise _failure(exc, template) from None

    def topic_links(self, a: Article) -> list[dict]:
        return [{"name": t, "url": topic_url(self.plan.slug_of("topic", t))}
                for t in a.topics]

    def place_links(self, a: Article) -> list[dict]:
        return [{"name": p, "url": place_url(self.plan.slug_of("place", p))} for p in a.places]

    # ---- dispatch: each page kind's module renders it (pages/registry.py)
    def render(self, unit: Unit) -> list[tuple[str, bytes]]:
        data = KINDS[unit.kind].render(self, unit.arg)
        if isinstance(data, bytes):
            data = [data]
        return list(zip(unit.outputs, data))
