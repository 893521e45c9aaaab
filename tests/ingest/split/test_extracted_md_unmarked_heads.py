"""Markdown from a PDF converter (bench-ingest --typeset, seed 7702 page 5): a headline the
converter printed without its '#' mark, standing alone after a finished story, over text that
repeats its words, heads that text (generator/ingest/split/stories/segment.py: _heads_next_story); a
line that speaks of the story above as much stays with it."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

PAGE = (Path(__file__).parent / "extracted" / "md_unmarked_head.txt").read_text(encoding="utf-8")
HEAD = "美伊代表团周三将于卡\n塔尔分别与调节方会晤"


def test_unmarked_headline_after_a_finished_story_heads_the_text_under_it():
    arts = split_page(PAGE).articles
    assert [nonspace(a.title) for a in arts] == ["伊朗向以色列发射导弹", "美伊代表团周三将于卡塔尔分别与调节方会晤"]
    assert arts[0].body.rstrip().endswith("总统已得到汇报。")
    assert arts[1].body.startswith("特朗普政府一名高层官员")


def test_line_that_speaks_of_the_story_above_as_much_is_not_its_headline():
    # the line shares words with the text under it (特使, 库什纳, 卡塔尔) but nearly as many with
    # the story above (伊朗, 政权, 以色列)
    page = PAGE.replace(HEAD, "伊朗政权向以色列发射导弹\n特使库什纳抵达卡塔尔")
    assert "伊朗政权向以色列发射导弹特使库什纳抵达卡塔尔" not in [nonspace(a.title) for a in split_page(page).articles]
