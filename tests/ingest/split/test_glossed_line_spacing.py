"""A justified column line holding a bracketed Latin spelling has few places to stretch, and a
PDF→Markdown converter prints the spread gaps between Han characters as spaces ('·里 奇 (Matthew Ritchie)',
'伊 (Mojtaba Khamenei) 仍 然'): they are closed up; a byline's names after their role stay apart
(generator/ingest/split/text/normalize.py, `_close_glossed_line`)."""
from __future__ import annotations

from generator.ingest.split.text.normalize import normalize_text


HEAD = "# 美军领导人督促部署无人系统\n\n"


def test_spread_gaps_in_a_glossed_line_are_closed():
    assert normalize_text(HEAD + "美国海军陆战队上校马修\n·里 奇 (Matthew Ritchie)\n说，")[0] == \
        HEAD + "美国海军陆战队上校马修\n·里奇 (Matthew Ritchie)\n说，"
    assert normalize_text(HEAD + "伊 (Mojtaba Khamenei) 仍 然")[0] == HEAD + "伊 (Mojtaba Khamenei) 仍然"


def test_byline_names_with_a_gloss_stay_apart():
    assert normalize_text(HEAD + "记者 王薇 李明 (Wang Wei)")[0] == HEAD + "记者 王薇 李明 (Wang Wei)"


def test_plain_pages_keep_their_gaps():
    # (only a Markdown converter's page is read so: other extractors' gaps are left as printed)
    assert normalize_text("·里 奇 (Matthew Ritchie)")[0] == "·里 奇 (Matthew Ritchie)"
