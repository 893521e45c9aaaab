"""An editor's note (编者按) printed between a story's headline and its lead.

Papers set a short note signed by the desk ('编者按：…', '【编者按】…', '编者的话：…') under a
headline and over the story's first paragraph; that paragraph then opens with the story's own
dateline byline ('本报讯（记者 X）…', '新华社…电'). The byline does not open a new story there:
the note has no story of its own, so the story runs on from the note (the body starts with it).
"""
from __future__ import annotations

import re

_NOTE = re.compile(r"^\s*[【\[〔（(]?\s*(?:编者按|编者的话|编者附记|编者附言|编者注|编辑按|编前语|编前"
                   r"|编后|编者)\s*[】\]〕）)]?\s*[：:]")


def is_editor_note(text: str) -> bool:
    """Does a paragraph open as an editor's note ('编者按：…', '【编者按】…' with a colon)?"""
    return bool(_NOTE.match(text))


_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


def note_lead_text(lead: str) -> str:
    """A lead's dateline and byline ('本报讯（记者 王明）') as running text of its paragraph: the
    gaps the byline grammar printed beside Han characters go (the text reads on without them)."""
    return _GAP.sub("", lead)
