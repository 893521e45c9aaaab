"""PDF ingest: one newspaper page PDF (one 版) → the same `SplitResult` the text splitter gives,
read from the characters' positions, fonts and sizes instead of extracted text.

Stages: `read` (pdfplumber: characters and rules; clear errors for broken, encrypted and
image-only PDFs) → `layout` (characters → lines → regions between rules → columns → reading
order) → `stories` (headline stacks by type size and weight, bylines and kinds through
split/authors/bylines.py and split/stories/kinds.py, continuations, furniture) → `PdfArticle`s with `regions`.
`split_pdf(path)` is the entry (`build.py split PAGE.pdf`, ingest, `bench-ingest --pdf`)."""
from generator.ingest.pdf.stories import PdfArticle, split_pdf

__all__ = ["PdfArticle", "split_pdf"]
