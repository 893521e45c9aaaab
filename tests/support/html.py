"""A tiny HTML reader for the site tests (html.parser, no string grepping)."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path


class Page(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.anchors: list[dict] = []      # <a> attrs + text
        self.links: list[dict] = []        # <link> attrs
        self.metas: list[dict] = []
        self.scripts: list[dict] = []      # attrs + text
        self.ids: set[str] = set()
        self.lang = None
        self.title = ""
        self._stack: list[tuple[str, dict, list]] = []
        self.landmarks: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "html":
            self.lang = a.get("lang")
        if tag in ("main", "nav", "header", "footer", "article", "aside"):
            self.landmarks.append(tag)
        if tag == "link":
            self.links.append(a)
        elif tag == "meta":
            self.metas.append(a)
        elif tag in ("a", "script", "title", "h1"):
            self._stack.append((tag, a, []))

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1][0] == tag:
            t, a, text = self._stack.pop()
            a = dict(a, _text="".join(text).strip())
            if t == "a":
                self.anchors.append(a)
            elif t == "script":
                self.scripts.append(a)
            elif t == "title":
                self.title = a["_text"]
            elif t == "h1":
                self.h1 = a["_text"]

    def handle_data(self, data):
        for _, _, text in self._stack:
            text.append(data)

    # helpers
    def rel(self, rel: str) -> list[str]:
        """hrefs of <a rel=…> and <link rel=…>."""
        return [x["href"] for x in self.anchors + self.links if rel in x.get("rel", "").split()]

    def meta(self, name: str) -> list[str]:
        return [m.get("content", "") for m in self.metas
                if m.get("name") == name or m.get("property") == name]

    def jsonld(self) -> list[dict]:
        return [json.loads(s["_text"]) for s in self.scripts if s.get("type") == "application/ld+json"]

    def hrefs(self) -> list[str]:
        return [a["href"] for a in self.anchors if "href" in a]


def read(site: Path, url_path: str) -> Page:
    """Parse the page at a site path such as /changji-daily/2022/11/07/."""
    rel = url_path.lstrip("/")
    f = site / rel / "index.html" if (not rel or rel.endswith("/")) else site / rel
    return Page(f.read_text(encoding="utf-8"))


def tree(site: Path) -> dict[str, bytes]:
    """Every file of a site folder by relative path, with its bytes."""
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
