"""Read and write article files: YAML front matter between `---` lines, then a Markdown body.

One module owns the file format so that ingest, the benchmark's synthetic archive and the loader
can never disagree about it. Errors carry the file and the 1-based line, because an editor has to
find the mistake in a file they edited by hand.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

import yaml

try:  # the C loader/dumper are ~10x faster; fall back silently where libyaml is missing
    _Loader = yaml.CSafeLoader
    _Dumper = yaml.CSafeDumper
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader
    _Dumper = yaml.SafeDumper

# Front matter keys in the order DESIGN.md lists them; writers emit exactly this order.
FIELD_ORDER = (
    "id", "paper", "date", "issue_no", "page", "page_name", "seq", "kicker", "title", "subtitle",
    "authors", "byline", "kind", "continued_from", "continued_to", "topics", "places", "aliases",
    "source",
)


class ContentError(Exception):
    """A problem in one content file, located precisely enough for an editor to fix it."""

    def __init__(self, path: str, line: int | None, message: str, hint: str = ""):
        self.path, self.line, self.message, self.hint = path, line, message, hint
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}" + (f" — {hint}" if hint else ""))


@dataclass(slots=True)
class Document:
    meta: dict[str, Any]
    body: str
    body_offset: int          # character offset where the body starts in the file text
    meta_lines: dict[str, int]  # key → 1-based line number in the file


_KEY_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:", re.M)


def parse(text: str, path: str = "<string>") -> Document:
    """Split `text` into front matter and body; raise ContentError naming file and line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith("---"):
        raise ContentError(path, 1, "file does not start with a '---' front matter line",
                           "put the YAML front matter between two '---' lines at the top")
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        raise ContentError(path, 1, "the first line must be exactly '---'")
    m = re.compile(r"^---[ \t]*$", re.M).search(text, first_nl + 1)
    if not m:
        raise ContentError(path, 1, "front matter is never closed",
                           "add a line '---' after the last front matter field")
    raw = text[first_nl + 1:m.start()]
    try:
        meta = _fast_load(raw)
        if meta is None:
            meta = yaml.load(raw, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else None   # +1 for 1-based, +1 for the opening '---'
        problem = exc.problem or str(exc)
        raise ContentError(path, line, f"malformed front matter: {problem}",
                           "check quoting and indentation on that line") from None
    except yaml.YAMLError as exc:
        raise ContentError(path, None, f"malformed front matter: {exc}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ContentError(path, 2, "front matter must be a mapping of 'key: value' lines")
    lines = {}
    for km in _KEY_LINE.finditer(raw):
        lines.setdefault(km.group(1), raw.count("\n", 0, km.start()) + 2)
    offset = m.end() + 1 if m.end() < len(text) and text[m.end()] == "\n" else m.end()
    return Document(meta=meta, body=text[offset:].strip("\n"), body_offset=offset, meta_lines=lines)


# ---- fast path ----
# PyYAML's constructor costs ~0.5 ms per article, 60 % of a clean 100k-article build's load.
# Front matter written by `dump` uses a tiny, regular subset of YAML; `_fast_load` parses exactly
# that subset and returns None for anything else (quotes, block lists, ASCII words YAML 1.1 might
# read as numbers or booleans …), which then goes through PyYAML as before. Equivalence with
# PyYAML is tested on real, synthetic and generated front matter (tests/site/test_frontmatter_fast.py).

_NO = object()
_FAST_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?\Z")
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_ASCII_WORD = re.compile(r"[a-z][a-z0-9/_.-]*\Z")
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
_FLOW = re.compile(r"[,\[\]{}]")
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_BAD = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029\ufeff]|: | #|:\Z")


def _scalar(s: str, in_list: bool = False):
    if not s:
        return _NO
    if s.isascii():
        if s in ("null", "~", "Null", "NULL"):
            return None
        if _INT.match(s):
            return int(s)
        if _DATE.match(s):
            try:
                return _dt.date.fromisoformat(s)
            except ValueError:
                return _NO
        return s if _ASCII_WORD.match(s) and s not in _YAML11_WORDS else _NO
    # non-ASCII plain scalar: YAML resolves it as a string unless its syntax says otherwise
    if s[0] in _INDICATORS or s[0] == " " or s[-1] == " " or _BAD.search(s) \
            or (in_list and _FLOW.search(s)):
        return _NO
    return s


def _value(s: str):
    if s.startswith("["):
        if not s.endswith("]"):
            return _NO
        inner = s[1:-1]
        if not inner:
            return []
        items = [_scalar(x, True) for x in inner.split(", ")]
        return _NO if any(x is _NO or x is None for x in items) else items
    return _scalar(s)


def _fast_load(raw: str):
    """The mapping `dump` wrote, or None when `raw` is not in the simple subset."""
    meta: dict[str, Any] = {}
    lines = raw.split("\n")
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        i += 1
        if not line:
            continue
        m = _FAST_KEY.match(line)
        if not m or m.group(1) in meta:
            return None
        key, val = m.group(1), m.group(2)
        if val:
            v = _value(val)
            if v is _NO:
                return None
            meta[key] = v
            continue
        if val is not None:      # "key: " with a trailing space
            return None
        sub: dict[str, Any] = {}
        while i < n and lines[i].startswith("  "):
            m2 = _FAST_KEY.match(lines[i][2:])
            if not m2 or not m2.group(2) or m2.group(1) in sub:
                return None
            v = _value(m2.group(2))
            if v is _NO:
                return None
            sub[m2.group(1)] = v
            i += 1
        meta[key] = sub or None
    return meta or None


def _represent_date(dumper: yaml.SafeDumper, value: _dt.date):
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


class _ArticleDumper(_Dumper):  # type: ignore[misc, valid-type]
    pass


_ArticleDumper.add_representer(_dt.date, _represent_date)


def dump(meta: dict[str, Any], body: str) -> str:
    """Serialise an article: fields in FIELD_ORDER (unknown keys after), then the body.

    Deterministic for the same input, so re-running ingest on unchanged pages rewrites nothing.
    """
    ordered = {k: meta[k] for k in FIELD_ORDER if k in meta}
    ordered.update({k: v for k, v in meta.items() if k not in ordered})
    head = yaml.dump(ordered, Dumper=_ArticleDumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=None, width=10_000)
    return f"---\n{head}---\n\n{body.strip()}\n"
