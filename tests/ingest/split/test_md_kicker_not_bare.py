"""A PDF→Markdown page with a kicker printed in one block with the headline under it, after a
story cut mid-sentence (kickerlines.py marks it a heading one rank below the headline): it is
that headline's kicker, never a bare headline whose text tailmatch.py looks for further down —
not even when the story's later paragraphs repeat its words."""
from __future__ import annotations

from generator.ingest.split import split_page

MEASURE = 13
INDENT = 2


def _column(text: str, indent: bool = True) -> str:
    first = MEASURE - INDENT if indent else MEASURE
    return "\n".join([text[:first]] + [text[k:k + MEASURE] for k in range(first, len(text), MEASURE)])


A_HEAD = "# 县里举办农民丰收节系列活动"
A_TEXT = "县里昨天举办农民丰收节系列活动，来自全县各乡镇的农民带着自家的农产品参加展销，今年的丰收节还首次设了"
KICKER = "游客点赞乡村美食市集"
B_HEAD = "# 乡村旅游持续升温带动农民增收"
B_LEAD = "本报讯 记者李明报道：今年以来，我县乡村旅游持续升温，接待人数明显增长，带动农民增收。"
B_MORE = ("在新开的乡村美食市集上，游客纷纷点赞，不少游客说乡村美食市集的菜品地道、价格实惠，"
          "游客点赞的短视频在网上广为流传。市集负责人说，接下来还将增加更多特色小吃摊位。")


def _page() -> str:
    assert (len(A_TEXT) - MEASURE + INDENT) % MEASURE == 0      # stops mid-sentence on a full line
    return "\n\n".join([A_HEAD, _column(A_TEXT), "", KICKER + "\n" + B_HEAD, "",
                        _column(B_LEAD), _column(B_MORE)]) + "\n"


def test_kicker_touching_its_headline_stays_its_kicker() -> None:
    arts = split_page(_page()).articles
    tour = next(a for a in arts if a.title == "乡村旅游持续升温带动农民增收")
    assert tour.kicker == KICKER
    assert tour.body.replace("\n", "").endswith("更多特色小吃摊位。")
    assert not any(a.title == KICKER for a in arts)
