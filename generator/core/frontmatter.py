"""Read and write article files: YAML front matter between `---` lines, then a Markdown body.

One module owns the file format so that ingest, the benchmark's synthetic archive and the loader
can never disagree about it. Errors carry the file and the 1-based line, because an editor has to
find the mistake in a file they edited by hand.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass
from typing import Any, Optional

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


def read_text(path: str, hint: str, bom: bool = False) -> str:
    """A file's text as UTF-8 (a BOM allowed with `bom`); ContentError naming the line of the
    first bad byte, or why the file cannot be read."""
    try:
        raw = _read_bytes(path)
    except OSError as exc:
        raise ContentError(path, None, f"cannot read file: {exc.strerror}") from None
    try:
        return raw.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(path, raw[:exc.start].count(b"\n") + 1, "file is not valid UTF-8",
                           hint) from None


def _read_bytes(path: str) -> bytes:
    """A file's bytes through the descriptor alone: `open()`'s buffered file object costs
    more than the read of a 4 KB article (~8 → ~5 µs), and a build reads a million."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    try:
        chunks = []
        while True:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
    finally:
        os.close(fd)


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
    check_characters(text, path)
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
    lines: dict[str, int] = {}
    meta = _fast_load(raw, lines)
    slow = meta is None
    if slow:
        meta = load_yaml(raw, path, first_line=2, what="front matter")
        if meta is None:
            meta = {}
        if not isinstance(meta, dict):
            raise ContentError(path, 2, "front matter must be a mapping of 'key: value' lines")
        lines.clear()
        for km in _KEY_LINE.finditer(raw):
            lines.setdefault(km.group(1), raw.count("\n", 0, km.start()) + 2)
        # YAML escapes ("\0", "\a") can spell characters the file itself does not hold
        check_values(meta, path, lines)
    offset = m.end() + 1 if m.end() < len(text) and text[m.end()] == "\n" else m.end()
    return Document(meta=meta, body=text[offset:].strip("\n"), body_offset=offset, meta_lines=lines)


# ---- characters, strict YAML, dates ----
# Everything a file says ends up in HTML, JSON and Atom feeds; a character XML 1.0 cannot carry
# (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) would make a feed
# invalid, and a NUL breaks the search indexer. DEL and the C1 controls are valid XML but never
# meant in newspaper text (they come from broken extraction), so they are refused too.
INVALID_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_CHAR_NAMES = {0: "NUL", 7: "BEL", 8: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
               0x1B: "ESC", 0x7F: "DEL", 0xFFFE: "a non-character", 0xFFFF: "a non-character"}
MIN_YEAR, MAX_YEAR = 1000, 9998   # 4-digit years whose calendar pages can be drawn


def describe_char(c: str) -> str:
    """`U+0007 (BEL)`: how an error names a character an editor cannot see."""
    n = ord(c)
    name = _CHAR_NAMES.get(n) or ("a lone surrogate" if 0xD800 <= n <= 0xDFFF else "a control character")
    return f"U+{n:04X} ({name})"


def check_characters(text: str, path: str) -> None:
    """Refuse text holding a character HTML, JSON and feeds cannot carry; the error names the
    first one's line and column and counts the rest, so one edit pass removes them all."""
    m = INVALID_CHAR.search(text)
    if m is None:
        return
    line = text.count("\n", 0, m.start()) + 1
    column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
    more = len(INVALID_CHAR.findall(text, m.end()))
    also = f" (and {more} more such character{'s' if more > 1 else ''} in the file)" if more else ""
    raise ContentError(path, line, f"invalid character {describe_char(m.group())} at column "
                       f"{column}{also}; it cannot appear in HTML, JSON or the Atom feeds",
                       "delete it in a text editor (ingest removes such characters from raw pages "
                       "by itself)")


def check_values(meta: dict, path: str, lines: dict[str, int], default_line: int = 2) -> None:
    """Refuse a parsed mapping whose keys or text values (at any depth) hold a character
    `check_characters` refuses; the error points at the top-level key's line (`default_line`
    when unknown)."""
    seen: set[int] = set()       # YAML aliases can make a list contain itself
    for key, value in meta.items():
        stack = [key, value]
        while stack:
            v = stack.pop()
            if isinstance(v, (dict, list, tuple, set)):
                if id(v) in seen:
                    continue
                seen.add(id(v))
            if isinstance(v, str):
                m = INVALID_CHAR.search(v)
                if m:
                    raise ContentError(path, lines.get(str(key), default_line),
                                       f"'{key}' holds the invalid character "
                                       f"{describe_char(m.group())} (written as a YAML escape); "
                                       "it cannot appear in HTML, JSON or the Atom feeds",
                                       "remove the escape from that value")
            elif isinstance(v, dict):
                stack.extend(v.keys())
                stack.extend(v.values())
            elif isinstance(v, (list, tuple, set)):
                stack.extend(v)


class _Fault(yaml.constructor.ConstructorError):
    """A value YAML reads but Python cannot build (2025-13-45, a 5000-digit number), at its node."""

    def __init__(self, problem: str, mark, hint: str):
        super().__init__(None, None, problem, mark)
        self.hint = hint


class _StrictMixin:
    """Turns the ValueError/OverflowError of building one value into a `_Fault` at that value's
    line (PyYAML lets them escape without a position)."""

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)  # type: ignore[misc]
        except yaml.YAMLError:
            raise
        except (ValueError, OverflowError, TypeError) as exc:
            if node.tag == "tag:yaml.org,2002:timestamp":
                raise _Fault(f"{node.value} is not a real date ({exc})", node.start_mark,
                             "write an existing date as YYYY-MM-DD") from None
            raise _Fault(f"cannot read the value {str(node.value)[:40]!r} ({exc})", node.start_mark,
                         "check that value") from None


class _StrictLoader(_StrictMixin, _Loader):  # type: ignore[misc, valid-type]
    pass


class _StrictPyLoader(_StrictMixin, yaml.SafeLoader):
    """The pure-Python parser: it raises RecursionError on absurd nesting where libyaml's
    recursive composer overflows the C stack and kills the process."""


_NESTING = re.compile(r"[\[{-]")


def load_yaml(text: str, path: str, first_line: int = 1, what: str = "YAML") -> Any:
    """Parse YAML (`text` starts at line `first_line` of `path`); every fault — bad syntax,
    impossible dates, characters YAML refuses, absurd nesting — is a ContentError with the line."""
    deep = len(_NESTING.findall(text)) > 1000      # libyaml crashes near 50,000 levels
    last = first_line + text.count("\n")           # an error at the end of input is on this line
    try:
        return yaml.load(text, Loader=_StrictPyLoader if deep else _StrictLoader)
    except _Fault as exc:
        mark = exc.problem_mark
        raise ContentError(path, min(mark.line + first_line, last) if mark else first_line,
                           exc.problem, exc.hint) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = min(mark.line + first_line, last) if mark else first_line
        raise ContentError(path, line, f"malformed {what}: {exc.problem or exc.context or exc}",
                           "check quoting and indentation on that line") from None
    except yaml.reader.ReaderError as exc:
        line = min(text.count("\n", 0, max(0, exc.position)) + first_line, last)
        raise ContentError(path, line, f"malformed {what}: {exc.reason}",
                           "delete the character or re-save the file as UTF-8 text") from None
    except yaml.YAMLError as exc:
        raise ContentError(path, first_line, f"malformed {what}: {exc}") from None
    except RecursionError:
        raise ContentError(path, _deep_line(text) + first_line - 1,
                           f"malformed {what}: lists or mappings nested too deeply",
                           "write the values as plain 'key: value' lines") from None


def _deep_line(text: str, limit: int = 50) -> int:
    """The 1-based line where '[' / '{' nesting first passes `limit` (for the error message)."""
    depth = 0
    for m in re.finditer(r"[\[{\]}]", text):
        depth += 1 if m.group() in "[{" else -1
        if depth > limit:
            return text.count("\n", 0, m.start()) + 1
    return 1


def to_date(value: Any) -> Optional[_dt.date]:
    """A YAML value as a calendar date: a date, a datetime (its day) or a 'YYYY-MM-DD' string,
    with a 4-digit year; None for anything else (an int, 2025-02-30, '20250205', year 0001)."""
    if isinstance(value, str):
        if not _DATE.match(value.strip()):
            return None
        try:
            value = _dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date) and MIN_YEAR <= value.year <= MAX_YEAR:
        return value
    return None


# ---- fast path ----
# PyYAML's constructor costs ~0.5 ms per article, 60 % of a clean 100k-article build's load.
# Front matter written by `dump` uses a tiny, regular subset of YAML; `_fast_load` parses exactly
# that subset (plain scalars, one-line single-quoted ones, flow lists and mappings, a block list
# of flow lists) and returns None for anything else
# (double quotes, block lists, ASCII words YAML 1.1 might
# read as numbers or booleans …), which then goes through PyYAML as before. Equivalence with
# PyYAML is tested on real, synthetic and generated front matter (tests/site/test_frontmatter_fast.py).

_NO = object()
_FAST_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?\Z")
_INT = re.compile(r"-?(?:0|[1-9][0-9]{0,17})\Z")   # longer numbers: PyYAML, which locates errors
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]{0,8})\.[0-9]{1,12}\Z")   # a region's page fraction
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_ASCII_WORD = re.compile(r"[a-z][a-z0-9/_.-]*\Z")
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
_FLOW = re.compile(r"[,\[\]{}]")
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_BAD = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029\ufeff]|: | #|:\Z")


_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029\ufeff]")


def _quoted(s: str):
    """A single-quoted scalar on one line ('本报讯 记者王薇报道：' — `dump` quotes a value that
    ends in a colon): its text with '' read as ', or _NO."""
    inner = s[1:-1]
    if "'" in inner.replace("''", "") or _CONTROL.search(inner):
        return _NO
    return inner.replace("''", "'")


def _scalar(s: str, in_list: bool = False):
    if not s:
        return _NO
    if not in_list and len(s) >= 2 and s[0] == "'" and s[-1] == "'":
        return _quoted(s)
    if s.isascii():
        if s in ("null", "~", "Null", "NULL"):
            return None
        if _INT.match(s):
            return int(s)
        if _FLOAT.match(s):
            return float(s)
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


def _mapping(s: str):
    """A flow mapping of plain scalars ('{file: content/raw/…/01.pdf, page: 1}'), or _NO."""
    inner = s[1:-1]
    out: dict[str, Any] = {}
    for part in inner.split(", ") if inner else []:
        m = _FAST_KEY.match(part)
        if not m or not m.group(2) or m.group(1) in out:
            return _NO
        v = _scalar(m.group(2), True)
        if v is _NO:
            return _NO
        out[m.group(1)] = v
    return out


_SEEN: dict[str, Any] = {}   # value text → its value: most recur (paper, kind, 版名, dates, null …)
_LINES: dict[str, tuple] = {}  # a whole 'key: value' line → (key, value), for the same reason
_SEEN_MAX = 100_000


def _value(s: str):
    """The value a line's text after 'key: ' spells, or _NO; one that recurs is read once."""
    v = _SEEN.get(s, _NO)
    if v is _NO:
        v = _read_value(s)
        if v is _NO or type(v) is dict:
            return v
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        _SEEN[s] = v
    return list(v) if type(v) is list else v     # each article its own list


def _read_value(s: str):
    if s.startswith("{"):
        return _mapping(s) if s.endswith("}") else _NO
    if s.startswith("["):
        if not s.endswith("]"):
            return _NO
        inner = s[1:-1]
        if not inner:
            return []
        items = [_scalar(x, True) for x in inner.split(", ")]
        return _NO if any(x is _NO or x is None for x in items) else items
    return _scalar(s)


def _fast_load(raw: str, lines: Optional[dict[str, int]] = None):
    """The mapping `dump` wrote, or None when `raw` is not in the simple subset; `lines` gets
    each key's 1-based line in the file (the front matter starts on line 2)."""
    meta: dict[str, Any] = {}
    at = lines if lines is not None else {}
    lines = raw.split("\n")
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        i += 1
        if not line:
            continue
        hit = _LINES.get(line)
        if hit is not None:
            key, v = hit
            if key in meta:
                return None
            at[key] = i + 1
            meta[key] = list(v) if type(v) is list else v     # each article its own list
            continue
        m = _FAST_KEY.match(line)
        if not m or m.group(1) in meta:
            return None
        key, val = m.group(1), m.group(2)
        at[key] = i + 1
        if val:
            v = _value(val)
            if v is _NO:
                return None
            meta[key] = v
            if type(v) is not dict:
                if len(_LINES) >= _SEEN_MAX:
                    _LINES.clear()
                _LINES[line] = (key, list(v) if type(v) is list else v)
            continue
        if val is not None:      # "key: " with a trailing space
            return None
        if i < n and lines[i].startswith("- "):
            items = []        # a block list of flow lists (a PDF article's regions)
            while i < n and lines[i].startswith("- "):
                v = _value(lines[i][2:])
                if v is _NO or not isinstance(v, list):
                    return None
                items.append(v)
                i += 1
            meta[key] = items
            continue
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
