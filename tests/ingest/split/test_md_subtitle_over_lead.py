"""A plain line alone between a `#` headline and the dateline or byline that opens its story, on a
page a PDF→Markdown converter printed, is the headline's subtitle: the story starts at its lead,
so the line is of the head box, not the text (`stacksubs._opens_story`; pymupdf4llm, an excerpt
of typeset seed 27205:3)."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page

PAGE = Path(__file__).parent / "extracted" / "typeset_md_subtitle_over_lead.txt"


def test_a_plain_line_between_a_headline_and_its_dateline_is_its_subtitle():
    arts = split_page(PAGE.read_text(encoding="utf-8")).articles
    a = next(x for x in arts if x.title.startswith("美联储前主席艾伦·格林斯潘逝世"))
    assert a.subtitle == "在他激励的经济学家和公务员身上"
    assert a.body.startswith("美联储美国东部时间")
