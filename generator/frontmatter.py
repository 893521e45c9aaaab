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
