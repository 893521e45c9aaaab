"""Does a paragraph go on from the one above it? One that opens on a linking word ('但…',
'此外，…') or names in its first clause a thing the text spoke of before ('为了解决这个问题，…',
'这个球迷专区…') cannot open a text: a photo caption closing a story that begins with such a
paragraph began a paragraph higher up (`captions._caption_size`)."""
from __future__ import annotations

import re

_LINKED = re.compile(r"^(?:不过|但|然而|此外|另外|同时|因此|所以|而且|并且|对此|与此同时|随后|此前|之后|然后|"
                     r"尽管如此|相反|总之)")
# a demonstrative with its measure word ('这个', '这位'; not '这是…', which opens captions)
_BACK_NOUN = re.compile(r"^[^，。！？；：,.!?;:]{0,8}?(?:这个|这一|这些|这位|这项|这种|这场|这次|这座|这名|此次)")


def refers_back(text: str) -> bool:
    """Does paragraph `text` open by tying itself to text before it?"""
    t = text.strip()
    return _LINKED.match(t) is not None or _BACK_NOUN.match(t) is not None
