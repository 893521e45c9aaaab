"""A foreign name alone on a line under a headline, the next line opening on its bracketed Latin
spelling ('唐纳德·特朗普' / '(Donald Trump)总统说，…'), is the subject of the story's first
sentence, never the writer's signature (generator/ingest/split/classify/lines.py, `_glossed_below`)."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """北庭日报 第5版 国际


# 总统称盟国在伊朗问题上让美国失望

唐纳德·特朗普

(Donald Trump)总统说，
北约各国在应对联合军事


行动方面都辜负了美国。

特朗普是星期三在白宫会见
北约秘书长时说这番话的。
"""


def test_name_over_its_latin_gloss_opens_the_text():
    (art,) = split_page(PAGE).articles
    assert art.authors == []
    assert art.body.startswith("唐纳德·特朗普(Donald Trump)总统说，")
