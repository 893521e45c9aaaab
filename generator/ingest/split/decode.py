"""Bytes of a page file → text. UTF-8 (with or without BOM) first, then GB18030 (a superset of
GBK/GB2312, what many Chinese PDF tools write); anything else is refused with a clear reason."""
from __future__ import annotations

import re


class PageError(Exception):
    """A page file that cannot be used; the message names the file and says what to do."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        return False
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    odd = sum(1 for c in visible if ord(c) >= 0xE000 and ord(c) < 0xF900 or c == "\ufffd")
    return odd <= len(visible) // 50


def decode_page(data: bytes, name: str) -> str:
    """Decode and normalise one page; raise PageError for empty, binary or undecodable input."""
    if not data.strip():
        raise PageError(f"{name}: the page is empty — put the page's extracted text in it or delete it")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PageError(f"{name}: looks like a binary file, not page text — "
                        "export the PDF page as plain text (UTF-8 or GBK)")
    text = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = None
    if text is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError:
                raise PageError(f"{name}: is neither UTF-8 nor GBK/GB18030 text — "
                                "re-export it as UTF-8") from None
    if not _looks_like_text(text):
        raise PageError(f"{name}: does not look like page text (binary or wrong encoding) — "
                        "re-export it as UTF-8 plain text")
    return normalise(text)


def normalise(text: str) -> str:
    """Unix newlines, no zero-width characters, form feeds as blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n\n")
    return _ZERO_WIDTH.sub("", text)
