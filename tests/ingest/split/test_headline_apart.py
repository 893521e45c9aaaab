"""Plain text from pdftotext (bench-ingest --typeset, dev seed 9512): a headline box printed
between another story and another headline, its story opening far below with no headline
over it (generator/ingest/split/stories/headless.py) — the headline heads the story it speaks of."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page
from generator.ingest.split.stories import headless

HERE = Path(__file__).parent / "extracted"


def test_a_headline_left_over_heads_the_headless_story_whose_words_it_speaks(monkeypatch):
    text = (HERE / "pdftotext_headline_apart.txt").read_text(encoding="utf-8")
    result = split_page(text)
    heads = {a.title: a for a in result.articles}
    story = heads["美伊代表团周三将于卡塔尔分别与调节方会晤"]
    assert story.title_source == "headline"
    assert story.body.startswith("特朗普政府一名高层官员告诉美国之音")
    assert not any(d.text == story.title for d in result.dropped)
    # without the rule the headline is dropped and the story's title is cut from its lead
    monkeypatch.setattr(headless, "MIN_SHARED", 10**6)
    again = split_page(text)
    assert "美伊代表团周三将于卡塔尔分别与调节方会晤" not in {a.title for a in again.articles}


def test_a_headline_speaking_as_much_of_two_stories_is_given_to_neither():
    from generator.ingest.split.stories.boundaries import Segment
    from generator.ingest.split.units.items import Unit

    def seg(text: str) -> Segment:
        return Segment(0, 0, paras=[Unit("para", text, [1])])

    head = Unit("head", "老城区古桥修缮完工", [1])
    twins = [seg("老城区古桥修缮工程昨日开放。"), seg("老城区古桥修缮工程今年开工。")]
    assert headless.headless_owner(head, twins) is None
    one = [seg("老城区古桥修缮工程昨日完工。"), seg("春季植树活动昨日启动。")]
    assert headless.headless_owner(head, one) is one[0]
