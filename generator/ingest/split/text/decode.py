"""Bytes of a page file → text. UTF-8 (with or without BOM) first, then GB18030 (a superset of
GBK/GB2312, what many Chinese PDF tools write); anything else is refused with a clear reason.
Characters HTML, JSON and XML feeds cannot carry (control characters from broken extraction)
are removed here, and counted, so no article ever holds one; then text the extraction got wrong
(Kangxi radicals for ideographs, letter-spaced lines, stray half-width punctuation) is put right
and counted (normalize.py)."""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from generator.core.frontmatter import INVALID_CHAR
from generator.ingest.split.text.normalize import normalization_note, normalize_text


class PageError(Exception):
    """A page file that cannot be used; the message names the file and says what to do."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


def _looks_like_text(text: str) -> bool:
    """Not binary: control characters are a small share (stray ones, removed later, are fine),
    and few private-use or replacement characters (the signs of a wrong encoding)."""
    if not text:
        return False
    if len(_CONTROL.findall(text)) > max(2, len(text) // 10):
        return False
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    odd = sum(1 for c in visible if ord(c) >= 0xE000 and ord(c) < 0xF900 or c == "\ufffd")
    return odd <= len(visible) // 50


_CONTROL_BYTES = bytes([*range(0, 9), 0x0B, *range(0x0E, 0x20), 0x7F])
_OTHER_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def _mostly_nul(data: bytes) -> bool:
    """Binary files hold NULs among many control bytes, BOM-less UTF-16 is full of NULs; a text
    page with a few stray NULs (a broken extraction) is text whose NULs are removed."""
    head = data[:4096]
    nul = head.count(0)
    controls = len(head.translate(None, _OTHER_BYTES))
    return nul > max(2, len(head) // 100) or (nul > 0 and controls > len(head) // 10)


def decode_page(data: bytes, name: str, cleaned: Optional[list[str]] = None) -> str:
    """Decode and normalise one page; raise PageError for empty, binary or undecodable input.
    When control characters were removed or extraction faults put right, a line saying how many
    and which goes to `cleaned` (one per kind of cleaning)."""
    if not data.strip():
        raise PageError(f"{name}: the page is empty — put the page's extracted text in it or delete it")
    if _mostly_nul(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
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
    text, removed = remove_invalid(normalise(text))
    if removed and cleaned is not None:
        cleaned.append(removal_note(name, removed))
    text, fixed = normalize_text(text)
    if fixed and cleaned is not None:
        cleaned.append(normalization_note(name, fixed))
    return text


def normalise(text: str) -> str:
    """Unix newlines, no zero-width characters, form feeds as blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n\n")
    return _ZERO_WIDTH.sub("", text)


def remove_invalid(text: str) -> tuple[str, Counter]:
    """`text` without the characters HTML, JSON and XML feeds cannot carry (C0 controls other
    than tab and newline, DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF), and how many of
    each were removed."""
    found = Counter(INVALID_CHAR.findall(text))
    return (INVALID_CHAR.sub("", text), found) if found else (text, found)


def removal_note(name: str, removed: Counter) -> str:
    """`01.txt: removed 5 control characters (U+0000 ×2, U+0007 ×3)` for ingest's report."""
    total = sum(removed.values())
    counts = sorted(removed.items())
    kinds = ", ".join(f"U+{ord(c):04X} ×{n}" for c, n in counts[:12]) + \
        (f", {len(counts) - 12} more kinds" if len(counts) > 12 else "")
    return (f"{name}: removed {total} control character{'s' if total > 1 else ''} "
            f"({kinds}) that HTML, JSON and the Atom feeds cannot carry")
