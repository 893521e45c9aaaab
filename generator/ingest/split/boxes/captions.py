"""Photo captions: the trailing paragraphs of a story closed by a photo credit (or a signature of
picture roles) cut off as a caption of their own, and what a caption looks like."""
from __future__ import annotations


from generator.ingest.split.stories import kinds
from generator.ingest.split.units.items import Unit
from generator.ingest.split.stories.boundaries import Segment
from generator.ingest.split.text.refersback import refers_back
from generator.ingest.split.heads.flatsubheads import FULL_NAME
from generator.ingest.split.boxes.sidebars import is_box_label

CAPTION_MAX = 400        # characters: a caption of several paragraphs is still short


CAPTION_PARA_MAX = 220
CAP_RATIO = 1.5          # how much more a caption paragraph shares with the caption than with the story


def _caption_size(paras: list[Unit]) -> int:
    """How many trailing paragraphs of a story closed by a photo credit are the caption.

    The last paragraph always is. An earlier one joins it when it reads like a caption opening
    ('图为…', '▲…') or when it speaks of what the caption speaks of rather than of the story
    above (shares `CAP_RATIO` times more character bigrams with the caption than with the
    story's paragraph just above it: text of the same size, so the overlaps compare) —
    a caption's two paragraphs (scene, then background) name the same people and places, and a
    page without blank lines gives no other cue; and when the caption's first paragraph goes on
    from the one above (`refersback`: '为了解决这个问题，…'), that one is the caption's too —
    never a paragraph naming by the short name a person the caption introduces in full
    (`introduces_again`), and always one introducing in full a person the story above it
    already named: the story had introduced that person, a text opening there does. The story
    keeps at least its first paragraph."""
    from generator.ingest.split.text.textutil import bigrams
    size = 1
    while size < len(paras) - 1:
        cand = paras[-size - 1]
        caption = paras[-size:]
        total = sum(len(p.text) for p in caption) + len(cand.text)
        if (len(cand.text) > CAPTION_PARA_MAX or total > CAPTION_MAX or cand.data.get("byline")
                or introduces_again(caption[0].text, cand.text)
                or any(is_box_label(p.text) for p in (cand, paras[-size - 2]))
                or (kinds.is_caption_lead(caption[0].text) and not kinds.is_caption_lead(cand.text))):
            # (a sidebar's label and the text under it read on from the story above; a caption
            # opening on its picture cue, '上图：…', '图为…', starts there)
            break
        g = bigrams(cand.text)
        with_caption = len(g & set().union(*(bigrams(p.text) for p in caption)))
        # the story's own paragraph just above the candidate: text of the same size as the
        # caption, so the two overlaps compare fairly
        with_story = len(g & bigrams(paras[-size - 2].text))
        if not (kinds.is_caption_lead(cand.text) or refers_back(caption[0].text)
                or (with_caption >= 3 and with_caption > CAP_RATIO * with_story)
                or introduces_again(cand.text, "".join(p.text for p in paras[:-size - 1]))):
            break
        size += 1
    return size


def introduces_again(text: str, above: str) -> bool:
    """Does `text` introduce in full ('唐纳德·特朗普(Donald Trump)') a person the paragraph
    `above` already names by the short name? A text introduces its people in its own first
    paragraph: `text` opens one, `above` belongs to the text before."""
    return any(m.group(1) in above for m in FULL_NAME.finditer(text))


def _writes(tail: Unit) -> bool:
    """Does a signature of picture roles also name the writer ('文/图 X')? It then signs a story
    of its own — its text and its photo — not a caption alone."""
    return any("文" in r for r, _ in tail.data["byline"].credits)


def _story_size(paras: list[Unit]) -> int:
    """How many trailing paragraphs of a bylined story are another story signed '文/图 X' under
    it: the cut falls after a finished sentence where the paragraphs on either side share the
    fewest words (one story's paragraphs share its names and terms). The story above keeps at
    least its first paragraph."""
    from generator.ingest.split.text.textutil import bigrams, ends_sentence
    grams = [bigrams(p.text) for p in paras]
    best, size = None, 1
    for k in range(1, len(paras)):
        if not ends_sentence(paras[k - 1].text):
            continue
        a = set().union(*grams[max(0, k - 2):k])
        b = set().union(*grams[k:k + 2])
        share = len(a & b) / max(1, min(len(a), len(b)))
        if best is None or share < best:
            best, size = share, len(paras) - k
    return size


def _too_long(paras: list[Unit]) -> bool:
    """Is the text closed by a photo credit too long to be all caption? Then a story runs on
    into a caption printed under it with no byline or headline to part them."""
    return sum(len(p.text) for p in paras) > CAPTION_MAX


def _picture_roles(tail: Unit) -> bool:
    """A signature of picture roles only ('（文/图 X）', '（图/X）'): a photo's, not a writer's."""
    roles = [r for r, _ in tail.data["byline"].credits]
    return bool(roles) and all("图" in r or "摄" in r for r in roles)


def _too_many(paras: list[Unit]) -> bool:
    """On a Markdown-shaped page (a line per paragraph, so paragraphs counted as printed): are
    there more paragraphs than a caption's two, and one a break may have cut? Then a story runs
    on into the caption under it, however short its paragraphs."""
    return len(paras) > kinds.CAPTION_PARAS_MAX + 1


def split_photos(segs: list[Segment], grouped_heads: bool = False, md: bool = False) -> list[Segment]:
    """A credit closing a bylined story with several paragraphs: its last paragraph(s) are a
    separate photo caption.

    `grouped_heads`: the page prints its headlines together above or below all the stories
    (`grouped.group_of`). A '文/图 X' signature under a bylined story there is, as often as
    not, the signature of the next story that ran on into it, and the headlines of the group
    say where that one begins far better than the words the paragraphs share: the story is
    left whole for `grouped` to cut, the signature staying with its last part. `md`: the page
    is Markdown-shaped (`_too_many`)."""
    out: list[Segment] = []
    for s in segs:
        pictured = s.tail is not None and s.byline is not None and _picture_roles(s.tail)
        if pictured and grouped_heads and _writes(s.tail):
            out.append(s)
            continue
        if ((s.credit is not None or pictured) and len(s.paras) > 1
                and (s.byline is not None and s.start == "byline" or s.continued_from is not None
                     or (s.credit is not None and (_too_long(s.paras) or (md and _too_many(s.paras)))))):
            size = _story_size(s.paras) if pictured and _writes(s.tail) else _caption_size(s.paras)
            caption = s.paras[-size:]
            photo = Segment(caption[0].data.get("_idx", s.last), s.last, paras=caption,
                            credit=s.credit, tail=s.tail if pictured else None, start="free")
            photo.doubts.append("story signed '文/图' cut from the story above where the words change, by guess"
                                if pictured and _writes(s.tail) else
                                "photo caption separated from the story above by guess")
            s.paras = s.paras[:-size]
            s.credit = None
            s.tail = None if pictured else s.tail
            s.last = photo.first - 1 if photo.first > s.first else s.last
            out += [s, photo]
            continue
        out.append(s)
    return out


def picture_signed(s: Segment) -> bool:
    """A short unheaded text signed '（文/图 X）' or '（图/X）' is a photo caption."""
    if s.tail is None or s.head is not None or sum(len(p.text) for p in s.paras) > 300:
        return False
    return any("图" in role or "摄" in role for role, _ in s.tail.data["byline"].credits)
