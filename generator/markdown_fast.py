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

_INLINE = re.compile(r"[\\`*_\[\]<>&\r\t]|[ \t]$|^\s|^ {0,3}(?:[#>=+\-]|\d+[.)])", re.M)
_PARAS = re.compile(r"\n{2,}")
_md = markdown.Markdown(output_format="html")


def is_plain(text: str) -> bool:
    return _INLINE.search(text) is None


def to_html(text: str) -> str:
    """HTML for a Markdown body (paragraphs separated by blank lines)."""
    text = text.strip("\n")
    if not text:
        return ""
    if is_plain(text):
        return "\n".join(f"<p>{p}</p>" for p in _PARAS.split(text) if p)
    return _md.reset().convert(text)


def plain_text(text: str) -> str:
    """Body text without Markdown markup, for summaries and meta descriptions."""
    if not is_plain(text):
        text = re.sub(r"<[^>]+>", "", _md.reset().convert(text))
        import html
        text = html.unescape(text)
    return re.sub(r"\s+", " ", text).strip()


def summary(text: str, limit: int = 120) -> str:
    t = plain_text(text)
    return t if len(t) <= limit else t[:limit].rstrip() + "…"
