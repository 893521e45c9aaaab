"""Render one output unit (see `generator.build.plan`) to bytes: Jinja2 pages, JSON twins, feeds.

One `Renderer` per process holds the compiled templates (compiled once, reused for every page).
It reads only from the `SitePlan` and the article's own Markdown file, which is what the unit's
digest covers. Links are site paths prefixed with the configured base path (`/` or `/archive/`),
so the same tree works at a domain root or under a sub-path, including the 404 page.
"""
from __future__ import annotations

import calendar
import hashlib
import datetime as _dt
import json
import os
from typing import Optional

import jinja2
from markupsafe import Markup, escape as _mescape


def _esc(value) -> str:
    return str(_mescape(value))

from generator.build.pages import feeds
from generator.build.pages import json_twins as jsondata
from generator.build.pages import sitemap
from generator.build.body_html import is_plain, summary, to_html
from generator.core.model import Article, Issue, Page, article_url
from generator.build.plan import (KIND_LABELS, SitePlan, Unit, href, place_url, topic_url, on_this_day, search_facets)

WEEKDAYS = "一二三四五六日"


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
    return env


class Renderer:
    def __init__(self, plan: SitePlan):
        self.plan = plan
        cfg = plan.config
        self.base = cfg.base_path
        self.base_url = cfg.base_url
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
        out = []
        for a in articles:
            key = (a.id, level, source)
            li = self._li.get(key)
            if li is None:
                li = self._li[key] = self._item(a, level, source)
            out.append(li)
        return Markup("\n".join(out))

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

    def close(self) -> None:
        """Drop the plan and the env → self.items cycle, so the 100k-article model is freed by
        reference counting as soon as the build returns instead of by a cyclic-GC pass."""
        self.env.globals.pop("items", None)
        self.plan = None
        self._li.clear()

    # ---- helpers
    def abs_url(self, path: str) -> str:
        return self.base_url + href(path.lstrip("/"))

    def _page(self, template: str, **ctx) -> bytes:
        try:
            return self.env.get_template(template).render(**ctx).encode("utf-8")
        except jinja2.TemplateError as exc:
            raise _failure(exc, template) from None

    def topic_links(self, a: Article) -> list[dict]:
        return [{"name": t, "url": topic_url(self.plan.slug_of("topic", t))}
                for t in a.topics]

    def place_links(self, a: Article) -> list[dict]:
        return [{"name": p, "url": place_url(self.plan.slug_of("place", p))} for p in a.places]

    # ---- dispatch
    def render(self, unit: Unit) -> list[tuple[str, bytes]]:
        fn = getattr(self, "r_" + unit.kind)
        data = fn(unit.arg)
        if isinstance(data, bytes):
            data = [data]
        return list(zip(unit.outputs, data))

    # ---- article
    def r_article(self, aid: str):
        plan = self.plan
        a = plan.archive.articles[aid]
        page, issue = plan.page_of[aid], plan.issue_of[aid]
        body = a.read_body(plan.root)
        paper_name = self.names.get(a.paper, a.paper)
        aurl = a.url
        iurl, purl = self.issue_url(issue), self.page_url(page)
        d = a.date
        date_iso = d.isoformat()
        canonical = self.abs_url(aurl)
        cont = plan.continued.get(aid, (None, None))
        topics, places = self.topic_links(a), self.place_links(a)
        plain = is_plain(body)
        body_html = to_html(body, plain)
        desc = summary(body, 150, body_html, plain)
        citation = cite(a, paper_name, canonical)
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": a.title, "url": canonical, "mainEntityOfPage": canonical,
            "datePublished": date_iso, "inLanguage": plan.config.language,
            "author": [{"@type": "Person", "name": n} for n in a.authors],
            "publisher": {"@type": "Organization", "name": paper_name},
            "isPartOf": {"@type": "PublicationIssue", "datePublished": date_iso,
                         "issueNumber": str(issue.issue_no) if issue.issue_no else None,
                         "url": self.abs_url(iurl),
                         "isPartOf": {"@type": "Periodical", "name": paper_name}},
            "printEdition": f"第{issue.issue_no}期" if issue.issue_no else date_iso,
            "printSection": page.name or page.label,
            "printPage": str(a.page),
            "genre": a.kind, "keywords": a.topics, "description": desc,
        }
        if a.subtitle or a.kicker:
            ld["alternativeHeadline"] = a.subtitle or a.kicker
        if a.places:
            ld["contentLocation"] = [{"@type": "Place", "name": p} for p in a.places]
        ld = {k: v for k, v in ld.items() if v not in (None, [], "")}
        ld["isPartOf"] = {k: v for k, v in ld["isPartOf"].items() if v is not None}
        ld_json = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        # paths and dates the template shows several times, computed once (a strftime each)
        url = self.url
        html = self._page(
            "article.html", a=a, page=page, issue=issue, paper_name=paper_name,
            body_html=body_html, canonical=canonical, description=desc,
            cont_from=cont[0], cont_to=cont[1], topics=topics, places=places,
            citation=citation, jsonld=ld_json,
            a_url=aurl, a_href=url(aurl), issue_url=iurl, issue_href=url(iurl),
            page_url=purl, page_href=url(purl),
            prev_href=url(a.prev.url) if a.prev is not None else None,
            next_href=url(a.next.url) if a.next is not None else None,
            date_iso=date_iso, date_slash=f"{d.year:04d}/{d.month:02d}/{d.day:02d}",
            date_cn=cn_date(d))
        data = jsondata.article(a, page, issue, body, abs_url=canonical, paper_name=paper_name,
                                topics=topics, places=places, continued=cont,
                                issue_url=iurl, page_url=purl)
        return [html, jsondata.dumps(data)]

    # ---- page (版) and issue
    def r_page(self, arg):
        page = self.plan.pages[arg]
        issue = self.plan.issues[(page.paper, page.date)]
        name = self.names.get(page.paper, page.paper)
        html = self._page("page.html", page=page, issue=issue, paper_name=name,
                          canonical=self.abs_url(page.url))
        return [html, jsondata.dumps(jsondata.page(page, issue, name))]

    def r_issue(self, arg):
        issue = self.plan.issues[arg]
        name = self.names.get(issue.paper, issue.paper)
        html = self._page("issue.html", issue=issue, paper_name=name,
                          canonical=self.abs_url(issue.url))
        return [html, jsondata.dumps(jsondata.issue(issue, name))]

    # ---- publication, year calendar
    def r_pub(self, slug: str):
        pub = self.plan.archive.publication(slug)
        years = []
        for y in pub.years:
            issues = pub.issues_in(y)
            years.append({"year": y, "issues": len(issues), "pages": sum(len(i.pages) for i in issues),
                          "url": f"/{slug}/{y}/"})
        html = self._page("publication.html", pub=pub, years=years,
                          first=pub.issues[0] if pub.issues else None,
                          last=pub.issues[-1] if pub.issues else None,
                          canonical=self.abs_url(pub.url))
        data = {"paper": slug, "name": pub.name, "url": pub.url,
                "first": jsondata.issue_ref(pub.issues[0] if pub.issues else None),
                "last": jsondata.issue_ref(pub.issues[-1] if pub.issues else None),
                "years": [{"year": y["year"], "issues": y["issues"], "url": y["url"],
                           "data": y["url"] + "index.json"} for y in years]}
        return [html, jsondata.dumps(data)]

    def r_year(self, arg):
        slug, year = arg
        pub = self.plan.archive.publication(slug)
        issues = pub.issues_in(year)
        by_date = {i.date: i for i in issues}
        cal = calendar.Calendar(firstweekday=0)
        months = []
        for m in range(1, 13):
            weeks = []
            for week in cal.monthdatescalendar(year, m):
                weeks.append([{"day": d.day if d.month == m else None, "date": d,
                               "issue": by_date.get(d) if d.month == m else None} for d in week])
            months.append({"month": m, "weeks": weeks,
                           "count": sum(1 for i in issues if i.date.month == m)})
        years = pub.years
        k = years.index(year)
        html = self._page("year.html", pub=pub, year=year, months=months, issues=issues,
                          prev_year=years[k - 1] if k > 0 else None,
                          next_year=years[k + 1] if k + 1 < len(years) else None,
                          years=years, weekdays=WEEKDAYS,
                          canonical=self.abs_url(f"/{slug}/{year}/"))
        return [html, jsondata.dumps(jsondata.year(slug, pub.name, year, issues))]

    # ---- home
    def r_home(self, _):
        plan = self.plan
        arch = plan.archive
        newest = arch.all_issues()[:12]
        pubs = [{"pub": p, "first": p.issues[0] if p.issues else None,
                 "last": p.issues[-1] if p.issues else None} for p in arch.publications]
        otd = on_this_day(arch, plan.today)
        html = self._page("home.html", newest=newest, pubs=pubs, otd=otd, today=plan.today,
                          names=self.names, total=plan.total_articles,
                          canonical=self.abs_url("/"))
        data = {"title": plan.config.title, "base_url": self.base_url,
                "articles": plan.total_articles,
                "publications": [{"slug": p.slug, "name": p.name, "url": p.url,
                                  "data": p.url + "index.json",
                                  "issues": len(p.issues),
                                  "years": [{"year": y, "url": f"/{p.slug}/{y}/",
                                             "data": f"/{p.slug}/{y}/index.json"} for y in p.years]}
                                 for p in arch.publications],
                "newest_issues": [jsondata.issue_ref(i) for i in newest]}
        return [html, jsondata.dumps(data)]

    # ---- topics and places
    def _listing(self, table, kind: str, arg):
        slug, number = arg
        listing = table[slug]
        chunk = next(c for c in listing.chunks if c.number == number)
        path = listing.base if number is None else f"{listing.base}page/{number}/"
        return self._page("listing.html", listing=listing, chunk=chunk, kind=kind,
                          page_of=self.plan.page_of, names=self.names,
                          feed=f"{listing.base}feed.xml" if kind == "topic" else None,
                          canonical=self.abs_url(path))

    def r_topic(self, arg):
        return self._listing(self.plan.topics, "topic", arg)

    def r_place(self, arg):
        return self._listing(self.plan.places, "place", arg)

    def r_topics(self, _):
        items = [{"name": name, "url": topic_url(slug), "count": count}
                 for slug, name, count in self.plan.topic_index]
        html = self._page("topics.html", items=items, kind="topic",
                          canonical=self.abs_url("/topics/"))
        return [html, jsondata.dumps([{"name": i["name"], "url": i["url"], "count": i["count"]}
                                      for i in items])]

    def r_places(self, _):
        items = sorted(({"name": name, "url": place_url(slug), "count": count}
                        for slug, name, count in self.plan.place_index),
                       key=lambda i: (-i["count"], i["name"]))
        return self._page("topics.html", items=items, kind="place",
                          canonical=self.abs_url("/places/"))

    # ---- feeds, sitemaps, robots, 404, search, redirects, static
    def _entries(self, arts: list[Article]) -> list[feeds.FeedEntry]:
        out = []
        for a in arts:
            body = a.read_body(self.plan.root)
            out.append(feeds.FeedEntry(url=self.abs_url(a.url), title=a.title,
                                       date=a.date.isoformat(), authors=a.authors,
                                       summary=summary(body, 200), category=a.topics))
        return out

    def r_feed(self, _):
        cfg = self.plan.config
        return feeds.atom(title=cfg.title, subtitle=cfg.description,
                          feed_url=self.abs_url("/feed.xml"), site_url=self.base_url,
                          entries=self._entries(self.plan.newest), language=cfg.language)

    def r_topic_feed(self, slug: str):
        cfg = self.plan.config
        listing = self.plan.topics[slug]
        return feeds.atom(title=f"{listing.name} — {cfg.title}", subtitle="",
                          feed_url=self.abs_url(f"{listing.base}feed.xml"),
                          site_url=self.abs_url(listing.base),
                          entries=self._entries(listing.newest),
                          language=cfg.language)

    def r_sitemap_year(self, arg):
        slug, year = arg
        pub = self.plan.archive.publication(slug)
        urls = []
        for i in pub.issues_in(year):
            d = i.date.isoformat()
            urls.append((self.abs_url(i.url), d))
            for p in i.pages:
                urls.append((self.abs_url(p.url), d))
                urls.extend((self.abs_url(article_url(aid)), d) for aid in self.plan.ids_on(p))
        return sitemap.urlset(urls)

    def r_sitemap(self, _):
        plan = self.plan
        files = [self.abs_url("/sitemaps/site.xml")] + [
            self.abs_url("/" + key) for key in plan.sitemap_keys]
        site = ["/", "/topics/", "/places/"] + [p.url for p in plan.archive.publications] \
            + [f"/{p.slug}/{y}/" for p in plan.archive.publications for y in p.years] \
            + [topic_url(slug) for slug, _, _ in plan.topic_index] \
            + (["/search/"] if plan.has_search_page else [])
        return [sitemap.index(files), sitemap.urlset((self.abs_url(u), None) for u in site)]

    def r_robots(self, _):
        return sitemap.robots(self.base_url, self.base)

    def r_404(self, _):
        return self._page("404.html", canonical=None)

    def r_search(self, _):
        pubs, years, page_names, kinds, topics = search_facets(self.plan)
        return self._page("search.html", publications=[{"slug": s, "name": n} for s, n in pubs],
                          years=years, page_names=page_names, kinds=kinds,
                          topics=[{"name": n, "slug": s} for n, s in topics],
                          canonical=self.abs_url("/search/"))

    def r_redirect(self, arg):
        old, new = arg
        target = self.plan.article(new)
        return self._page("redirect.html", target=target, canonical=self.abs_url(target.url))

    def r_placeholder(self, _):
        return b"// placeholder: search-term highlighting is not installed\n"

    def r_static(self, src: str):
        with open(src, "rb") as fh:
            return fh.read()


def cite(a: Article, paper_name: str, url: str) -> str:
    """GB/T 7714-2015 newspaper reference: 作者. 题名[N]. 报纸名, 日期(版次). URL"""
    who = ", ".join(a.authors) + ". " if a.authors else ""
    return f"{who}{a.title}[N]. {paper_name}, {a.date.isoformat()}({a.page:02d}). {url}"
