"""What splitting one page produces: articles plus every non-article line, and doubts."""
from __future__ import annotations

from dataclasses import dataclass, field

JSON_KEYS = ("title", "kicker", "subtitle", "authors", "byline", "kind", "body",
             "continued_from", "continued_to")


@dataclass
class SplitArticle:
    title: str
    body: str                                  # Markdown: paragraphs separated by one blank line
    kind: str = "article"
    kicker: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    credits: list[tuple[str, str]] = field(default_factory=list)   # (role, name)
    byline: str | None = None
    continued_from: int | None = None
    continued_to: int | None = None
    lines: tuple[int, int] = (0, 0)            # source line range (1-based, inclusive)
    title_source: str = "headline"             # headline | header | derived | jump
    doubts: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in JSON_KEYS}


@dataclass
class Dropped:
    kind: str          # banner header decoration marker credit section kicker
    text: str
    line: int


@dataclass
class SplitResult:
    articles: list[SplitArticle] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)     # page-level doubts
