"""`python build.py serve`: the built site on http://127.0.0.1:PORT, under its base path.

A site configured for `https://example.github.io/archive/` has links starting `/archive/`, so
the server mounts the site folder there (and redirects `/` to it) — what you see locally is what
the host will serve. Unknown paths get the site's own 404.html with status 404.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import threading
from typing import Callable
import os
import sys
from urllib.parse import urlsplit


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    base_path = "/"
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".json": "application/json", ".xml": "application/xml",
                      ".xsl": "application/xslt+xml",
                      ".ris": "application/x-research-info-systems", ".bib": "application/x-bibtex",
                      ".js": "text/javascript", ".wasm": "application/wasm",
                      ".pf_meta": "application/octet-stream"}

    def log_message(self, fmt, *args):  # one short line per request
        sys.stderr.write("%s %s\n" % (self.command, fmt % args))

    def _strip_base(self) -> bool:
        path = urlsplit(self.path).path
        if self.base_path != "/":
            if path in ("/", self.base_path.rstrip("/")):
                self.send_response(302)
                self.send_header("Location", self.base_path)
                self.end_headers()
                return False
            if not path.startswith(self.base_path):
                self._not_found()
                return False
            self.path = "/" + self.path[len(self.base_path):]
        return True

    def _not_found(self) -> None:
        page = os.path.join(self.directory, "404.html")
        body = b"404 Not Found"
        if os.path.isfile(page):
            with open(page, "rb") as fh:
                body = fh.read()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_error(self, code, message=None, explain=None):
        if code == 404:
            self._not_found()
        else:
            super().send_error(code, message, explain)

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def do_GET(self):
        if self._strip_base():
            super().do_GET()

    def do_HEAD(self):
        if self._strip_base():
            super().do_HEAD()


def site_base(site: str, config) -> tuple[str, str]:
    """(base_url, base_path) the site was built for: recorded in its index.json (a build with
    --base-url differs from site_config.yaml), else the configuration's."""
    import json
    from urllib.parse import urlsplit
    try:
        with open(os.path.join(site, "index.json"), encoding="utf-8") as fh:
            base_url = json.load(fh)["base_url"]
        path = urlsplit(base_url).path or "/"
        return base_url, path if path.endswith("/") else path + "/"
    except (OSError, ValueError, KeyError, TypeError):
        return config.base_url, config.base_path


def make_server(site: str, base_path: str = "/", port: int = 8000,
                host: str = "127.0.0.1", quiet: bool = False) -> http.server.ThreadingHTTPServer:
    attrs: dict = {"base_path": base_path}
    if quiet:
        attrs["log_message"] = lambda self, *args: None
    handler = functools.partial(type("H", (SiteHandler,), attrs), directory=os.path.abspath(site))
    httpd = http.server.ThreadingHTTPServer((host, port), handler)
    httpd.daemon_threads = True
    return httpd


def serve_in_background(site: str, base_path: str = "/") -> tuple[str, Callable[[], None]]:
    """The site on a free port of 127.0.0.1 in a thread (query timing, browser tests):
    (its root URL, a function that stops it)."""
    httpd = make_server(site, base_path, port=0, quiet=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()

    def stop() -> None:
        httpd.shutdown()
        httpd.server_close()
    return f"http://127.0.0.1:{httpd.server_address[1]}", stop


def serve_main(config, args: argparse.Namespace) -> int:
    site = getattr(args, "output", None) or config.path(config.output_dir)
    if not os.path.isfile(os.path.join(site, "index.html")):
        print(f"error: no site in {site} — run `python build.py build` first", file=sys.stderr)
        return 2
    port = getattr(args, "port", 8000) or 8000
    base_path = site_base(site, config)[1]
    try:
        httpd = make_server(site, base_path, port)
    except OSError as exc:
        print(f"error: cannot listen on 127.0.0.1:{port}: {exc.strerror} — try --port {port + 1}",
              file=sys.stderr)
        return 1
    print(f"serving {os.path.relpath(site)}/ at http://127.0.0.1:{port}{base_path}"
          "  (Ctrl-C to stop)", file=sys.stderr)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0
