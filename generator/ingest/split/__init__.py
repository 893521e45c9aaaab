"""The pure splitter: one page of extracted text → its articles (no files, no clock).

Stages: decode → lines (furniture, flatpage) → blocks (items; headline lines cut out of text
blocks by headsplit, judged by headshape; roles by headroles; bullets) → reflow → headstacks →
bylines → kinds → briefs → segment (boundaries → captions → subheads → headmatch, headcuts →
story) → assign.
`split_page` is the public entry (`build.py split`, ingest and `bench-ingest` call it)."""
from generator.ingest.split.page import split_page

__all__ = ["split_page"]
