"""An editor's note (编者按) printed between a story's headline and its lead.

Papers set a note introducing a story or a series ('编者按：…') under the headline, before the
story's own lead with its byline ('本报讯（记者 X）…'). The note belongs to the story under it: the
lead that follows it opens no new story.
"""
from __future__ import annotations

import re

_NOTE = re.compile(r"^\s*[【\[〔（(]?\s*(?:编者按|编者的话|编者注|编者附言|编辑按|编后)\s*[】\]〕）)]?\s*[：:]")


def is_editor_note(text: str) -> bool:
    """Does a paragraph open as an editor's note ('编者按：…', '【编者按】…' with a colon)?"""
    return bool(_NOTE.match(text))


_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


def note_lead_text(lead: str) -> str:
    """A lead's dateline and byline ('本报讯（记者 王明）') as running text of its paragraph: the
    gaps the byline grammar printed beside Han characters go (the text reads on without them)."""
    return _GAP.sub("", lead)
