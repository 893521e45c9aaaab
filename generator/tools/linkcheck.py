"""`python build.py check`: every internal link in the built site must resolve.

Crawls every HTML file of the site folder, extracts `href`/`src` attribute values, and resolves
each internal one (site paths under the base path, relative paths, and absolute URLs under
`base_url` such as canonical links) to a file: `/a/b/` → `a/b/index.html`. A `#fragment` must
name an `id` in the target page. External links are not fetched.

The extraction is a regular expression over attributes rather than a full HTML parse: the site's
HTML is our own, always double- or single-quoted, and 100k pages must check in well under a
minute; it runs on all cores.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import unquote, urlsplit

_ATTR = re.compile(r"""\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_ID = re.compile(r"""\sid\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_SKIP_SCHEMES = ("mailto:", "javascript:", "data:", "tel:", "about:")


@dataclass
class Broken:
    file: str        # relative to the site folder
    href: str
    reason: str


@dataclass
class CheckResult:
    files: int = 0
    links: int = 0
    broken: list[Broken] = field(default_factory=list)


def _resolve(href: str, page_rel: str, base_path: str, base_url: str) -> Optional[tuple[str, str]]:
    """(target path relative to the site, fragment) for an internal link, None for external."""
    href = href.strip()
    if href.startswith(base_path) and not any(c in href for c in "?#%:\\") \
            and "/." not in href:                  # the common case: a plain site path
        rel = href[len(base_path):]
        return (rel + "index.html" if rel == "" or rel.endswith("/") else rel), ""
    if not href or href.startswith(_SKIP_SCHEMES):
        return None
    if base_url and href.startswith(base_url):
        href = base_path + href[len(base_url):]
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if not path:                                 # "#frag" or "?q=" on the same page
        return page_rel, parts.fragment
    if path.startswith("/"):
        if not path.startswith(base_path):
            return ("\x00outside:" + path, parts.fragment)
        rel = path[len(base_path):]
    else:
        here = os.path.dirname(page_rel)
        rel = os.path.normpath(os.path.join(here, path)).replace(os.sep, "/")
        if path.endswith("/"):
            rel += "/"
        if rel.startswith("../") or rel == "..":
            return ("\x00outside:" + path, parts.fragment)
        if rel == ".":
            rel = ""
        elif rel.startswith("./"):
            rel = rel[2:]
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    return rel, parts.fragment


_EXISTS: dict[str, bool] = {}
_IDS: dict[str, set[str]] = {}
# Per-process caches of what a target holds, emptied when full: a 1M-article site has ~4.5M
# files, and a cache of all of them in every worker would cost more memory than the build.
_EXISTS_MAX, _IDS_MAX = 200_000, 20_000


def _target_ok(site: str, target: str) -> bool:
    ok = _EXISTS.get(target)
    if ok is None:
        if len(_EXISTS) >= _EXISTS_MAX:
            _EXISTS.clear()
        full = os.path.join(site, target)
        ok = os.path.isfile(full) or (os.path.isdir(full)          # "/a/b" without the slash
                                      and os.path.isfile(os.path.join(full, "index.html")))
        _EXISTS[target] = ok
    return ok


def _scan(job: tuple[str, list[str], str, str]) -> tuple[int, int, list[Broken]]:
    """Check a batch of pages (in a worker): (pages, internal links, broken links)."""
    site, pages, base_path, base_url = job
    links, broken = 0, []
    for rel in pages:
        with open(os.path.join(site, rel), encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        seen: set[str] = set()
        for m in _ATTR.finditer(text):
            href = m.group(1) if m.group(1) is not None else m.group(2)
            if href in seen:
                continue
            seen.add(href)
            res = _resolve(href.replace("&amp;", "&"), rel, base_path, base_url)
            if res is None:
                continue
            links += 1
            target, frag = res
            if target.startswith("\x00outside:"):
                broken.append(Broken(rel, href, f"outside the site's base path {base_path}"))
            elif not _target_ok(site, target):
                broken.append(Broken(rel, href, "no such file: " + target))
            elif frag and target.endswith(".html"):
                if target not in _IDS:
                    if len(_IDS) >= _IDS_MAX:
                        _IDS.clear()
                    _IDS[target] = _ids(os.path.join(site, target))
                if unquote(frag) not in _IDS[target]:
                    broken.append(Broken(rel, href, f"no id '{frag}' in {target}"))
    return len(pages), links, broken


def _ids(path: str) -> set[str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
    except OSError:
        return set()
    return {m.group(1) if m.group(1) is not None else m.group(2) for m in _ID.finditer(text)} \
        | set(re.findall(r"""\sname\s*=\s*"([^"]*)\"""", text))


def check_site(site: str, base_path: str = "/", base_url: str = "",
               workers: Optional[int] = None) -> CheckResult:
    site = os.path.abspath(site)
    pages = []
    for dirpath, dirnames, filenames in os.walk(site):
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith(".html"):
                pages.append(os.path.relpath(os.path.join(dirpath, f), site).replace(os.sep, "/"))
    result = CheckResult(files=len(pages))
    size = 400
    jobs = [(site, pages[i:i + size], base_path, base_url) for i in range(0, len(pages), size)]
    workers = workers or os.cpu_count() or 1
    _EXISTS.clear()
    _IDS.clear()
    if workers > 1 and len(jobs) > 2:
        import multiprocessing

        from generator.core.forkmap import worker_signals
        with multiprocessing.get_context("fork").Pool(workers, initializer=worker_signals) as pool:
            scanned = pool.map(_scan, jobs)
    else:
        scanned = [_scan(j) for j in jobs]
    for _, links, broken in scanned:
        result.links += links
        result.broken.extend(broken)
    return result


def check_main(config, args: argparse.Namespace) -> int:
    site = getattr(args, "output", None) or config.path(config.output_dir)
    if not os.path.isdir(site):
        print(f"error: {site} does not exist — run `python build.py build` first", file=sys.stderr)
        return 2
    from generator.tools.serve import site_base
    base_url, base_path = site_base(site, config)
    res = check_site(site, base_path, base_url)
    for b in res.broken[:500]:
        print(f"{b.file} → {b.href}  ({b.reason})")
    if len(res.broken) > 500:
        print(f"… and {len(res.broken) - 500} more")
    status = "FAILED" if res.broken else "ok"
    print(f"link check {status}: {res.files:,} pages, {res.links:,} internal links, "
          f"{len(res.broken):,} broken", file=sys.stderr)
    return 1 if res.broken else 0
