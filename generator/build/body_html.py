"""Article body Markdown → HTML, with a fast path for plain paragraphs.

Why: almost every newspaper article is nothing but paragraphs. Python-Markdown costs ~1 ms per
article; joining `<p>` tags costs microseconds. The fast path is taken only when the text holds
nothing Markdown would treat specially (no markup characters, no entity or HTML characters, no
indentation or trailing spaces), and then produces exactly Python-Markdown's output
(`tests/build/test_body_html.py` checks that on generated text).

Article text comes from PDF extraction and editors, so it is not trusted markup: raw HTML in a
body is shown as text (`raw_html=False`, the default, as Hugo does unless told otherwise), and
links and images whose URL would run code or embed a document (`javascript:`, `vbscript:`,
`data:`) lose that URL whatever `raw_html` says.
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

# What makes a body not plain, as three cheap scans instead of one regex of anchored
# alternatives tried at every character (5x slower on a typical body): a markup, entity or
# HTML character anywhere; a space ending a line (a tab is caught by the first scan); a line
# starting with whitespace (indented code, and any 1–3 space indent of a marker) or with a block
# marker (heading, quote, setext underline, list item).
_SPECIAL = re.compile(r"[\\`*_\[\]<>&\r\t]")
_LINE_START = re.compile(r"\n(?:[^\S\n]|[#>=+\-]|\d+[.)])")
_PARAS = re.compile(r"\n{2,}")
_SPACE = re.compile(r"\s+")

# URL schemes that run script or embed a whole document when followed or loaded.
_DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
# What a browser skips or that could hide a scheme from a prefix test: C0/C1 controls and space
# (the URL parser strips them at the ends and drops tab/newline inside), zero-width and
# direction marks, soft hyphen, BOM. Removing them everywhere only ever makes the test stricter.
_IGNORABLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]+")
# Python-Markdown's placeholder for a backslash-escaped character inside a URL.
_ESCAPED_CHAR = re.compile("\x02(\\d+)\x03")


def _unescape_char(m: re.Match) -> str:
    code = int(m.group(1))
    return chr(code) if code < 0x110000 else ""


def dangerous_url(url: str) -> bool:
    """True when a link/image URL would run code or load a document (`javascript:`, `vbscript:`,
    `data:`), however it is disguised: any case, entities (`jav&#x09;ascript:`, `&colon;`, also
    doubly encoded), control characters or whitespace around or inside the scheme."""
    u = _ESCAPED_CHAR.sub(_unescape_char, url.replace(AMP_SUBSTITUTE, "&"))
    for _ in range(4):           # the browser decodes once; decoding more only drops more
        decoded = html.unescape(u)
        if decoded == u:
            break
        u = decoded
    return _IGNORABLE.sub("", u).lower().startswith(_DANGEROUS_SCHEMES)


class _DropDangerousUrls(Treeprocessor):
    """Removes `href`/`src` values that `dangerous_url` rejects from Markdown links and images
    (the link text or alt text stays). Runs after Python-Markdown has restored escaped
    characters, so it sees the URL as it will be written."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            for attr in ("href", "src"):
                value = el.get(attr)
                if value is not None and dangerous_url(value):
                    del el.attrib[attr]


class _SafeMarkdown(Extension):
    """Raw HTML (blocks and inline tags) becomes text unless `raw_html`; dangerous URLs go."""

    def __init__(self, raw_html: bool):
        super().__init__()
        self.raw_html = raw_html

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        if not self.raw_html:
            md.preprocessors.deregister("html_block")   # <div>…</div> blocks → paragraph text
            md.inlinePatterns.deregister("html")        # <b>, <img …>, <!-- --> → text
        # entities (&amp; &#x4e2d;) stay: the browser shows them as the characters they name
        md.treeprocessors.register(_DropDangerousUrls(md), "drop_dangerous_urls", -10)


# one converter per mode, built once per process and reset before each body
_MD = {raw: markdown.Markdown(output_format="html", extensions=[_SafeMarkdown(raw)])
       for raw in (False, True)}


def is_plain(text: str) -> bool:
    if _SPECIAL.search(text) is not None or " \n" in text or text.endswith(" "):
        return False
    return _LINE_START.search("\n" + text) is None


def to_html(text: str, plain: bool | None = None, raw_html: bool = False) -> str:
    """HTML for a Markdown body (paragraphs separated by blank lines).

    `plain`: the result of `is_plain(text)` when the caller already knows it. `raw_html`: let
    HTML tags in the text through as markup (site_config `markdown: {raw_html: true}`); by
    default they are escaped and show literally. Dangerous link/image URLs are dropped either way."""
    text = text.strip("\n")
    if not text:
        return ""
    if plain if plain is not None else is_plain(text):
        return "\n".join(f"<p>{p}</p>" for p in _PARAS.split(text) if p)
    return _MD[bool(raw_html)].reset().convert(text)


def plain_text(text: str, html_text: str | None = None, plain: bool | None = None,
               raw_html: bool = False) -> str:
    """Body text without Markdown markup, for summaries and meta descriptions: the text the
    page shows (so escaped raw HTML stays as its literal characters). The result is plain text
    that the caller must escape for its output format.

    Pass `html_text` (the body already rendered with the same `raw_html`) to avoid converting
    twice."""
    if not (plain if plain is not None else is_plain(text)):
        text = html.unescape(re.sub(r"<[^>]+>", "", html_text or to_html(text, False, raw_html)))
    return _SPACE.sub(" ", text).strip()


def summary(text: str, limit: int = 120, html_text: str | None = None,
            plain: bool | None = None, raw_html: bool = False) -> str:
    """The first `limit` characters of the body's text (only the head is normalised)."""
    if plain is None:
        plain = is_plain(text)
    t = plain_text(text[:limit * 3] if plain else text, html_text, plain, raw_html)
    return t if len(t) <= limit else t[:limit].rstrip() + "…"
