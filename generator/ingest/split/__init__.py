"""The pure splitter: one page of extracted text → its articles (no files, no clock).

Stages: decode → lines (furniture, flatpage) → blocks → reflow → headstacks → bylines → kinds →
briefs → segment → assign.
`split_page` is the public entry (`build.py split`, ingest and `bench-ingest` call it)."""
from generator.ingest.split.page import split_page

__all__ = ["split_page"]
