"""Article body Markdown → HTML, with a fast path for plain paragraphs.

Why: almost every newspaper article is nothing but paragraphs. Python-Markdown costs ~1 ms per
article; joining `<p>` tags costs microseconds. The fast path is taken only when the text holds
nothing Markdown would treat specially (no markup characters, no entity or HTML characters, no
indentation or trailing spaces), and then produces exactly Python-Markdown's output
(`tests/site/test_markdown_fast.py` checks that on generated text).
"""
from __future__ import annotations

import re

import markdown

# What makes a body not plain, as three cheap scans instead of one regex of anchored
# alternatives tried at every character (5x slower on a typical body): a markup, entity or
# HTML character anywhere; a space ending a line (a tab is caught by the first scan); a line
# starting with whitespace (indented code, and any 1–3 space indent of a marker) or with a block
# marker (heading, quote, setext underline, list item).
_SPECIAL = re.compile(r"[\\`*_\[\]<>&\r\t]")
_LINE_START = re.compile(r"\n(?:[^\S\n]|[#>=+\-]|\d+[.)])")
_PARAS = re.compile(r"\n{2,}")
_md = markdown.Markdown(output_format="html")
_SPACE = re.compile(r"\s+")


def is_plain(text: str) -> bool:
    if _SPECIAL.search(text) is not None or " \n" in text or text.endswith(" "):
        return False
    return _LINE_START.search("\n" + text) is None


def to_html(text: str, plain: bool | None = None) -> str:
    """HTML for a Markdown body (paragraphs separated by blank lines).

    `plain`: the result of `is_plain(text)` when the caller already knows it."""
    text = text.strip("\n")
    if not text:
        return ""
    if plain if plain is not None else is_plain(text):
        return "\n".join(f"<p>{p}</p>" for p in _PARAS.split(text) if p)
    return _md.reset().convert(text)


def plain_text(text: str, html_text: str | None = None, plain: bool | None = None) -> str:
    """Body text without Markdown markup, for summaries and meta descriptions.

    Pass `html_text` (the body already rendered) to avoid converting twice."""
    if not (plain if plain is not None else is_plain(text)):
        import html
        text = html.unescape(re.sub(r"<[^>]+>", "", html_text or to_html(text)))
    return _SPACE.sub(" ", text).strip()


def summary(text: str, limit: int = 120, html_text: str | None = None,
            plain: bool | None = None) -> str:
    """The first `limit` characters of the body's text (only the head is normalised)."""
    if plain is None:
        plain = is_plain(text)
    t = plain_text(text[:limit * 3] if plain else text, html_text, plain)
    return t if len(t) <= limit else t[:limit].rstrip() + "…"
