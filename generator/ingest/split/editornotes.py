"""An editor's note (编者按) printed between a headline and its lead belongs to that story.

Papers set a short note signed by the desk ('编者按：…', '【编者按】…', '编者的话：…') under a
headline and over the story's first paragraph; that paragraph then opens with the story's own
dateline byline ('本报讯…', '新华社…电'). The byline does not open a new story there: the note
has no story of its own, so the story runs on from the note (the body starts with the note).
"""
from __future__ import annotations

import re

_NOTE = re.compile(r"^[【\[〔]?(?:编者按|编者的话|编者附记|编前|编前语|编者)[】\]〕]?\s*[：:]")


def is_editor_note(text: str) -> bool:
    """Does a paragraph open with a desk note's label ('编者按：…')?"""
    return bool(_NOTE.match(text.lstrip()))
