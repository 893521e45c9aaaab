"""The pure splitter: one page of extracted text → its articles (no files, no clock).

Its folders are its stages, as the page's data flows through them: text (decode, normalize, shared
text measures) → classify (lines, furniture, the page's shape) → order (reading order put right)
→ units (blocks, reflow) → heads (headline type, head stacks) → authors (bylines) → boxes (briefs,
captions, sidebars and other boxes) → stories (boundaries, headlines matched to stories, kinds).
`page.py` runs the line passes first (classify, order, and the heads and authors rules that read
lines), then builds units and runs the unit passes, then cuts stories.
`split_page` is the public entry (`build.py split`, ingest and `bench-ingest` call it)."""
from generator.ingest.split.page import split_page

__all__ = ["split_page"]
