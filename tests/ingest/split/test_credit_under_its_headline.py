"""A photo whose credit line is printed under its headline and over its caption
(generator/ingest/split/stories/boundaries.py): the caption is a photo signed by the credit, and the
story printed after it keeps its own headline and text — on Markdown and column pages."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

STORY_ABOVE = ("全市老旧小区改造全面启动", "本报讯（记者 李明）全市老旧小区改造工程星期一全面启动，涉及一百二十个小区，"
               "预计明年年底前完工。改造内容包括更换供水管道、加装电梯和修缮外墙。")
PHOTO = ("冬日果园修剪忙", "王刚 摄", "12月2日，果农在县城郊外的果园里修剪果树枝条，为来年丰收做准备。")
STORY_BELOW = ("城东食堂开门迎客", "本报讯 记者周婷报道：城东街道新建的三处社区食堂近日开门迎客，"
               "老人们吃上了热乎饭，菜价实惠，每天供应三餐。")


def _page(md: bool, blanks: bool) -> str:
    mark = "## " if md else ""
    rows = [mark + STORY_ABOVE[0], STORY_ABOVE[1], mark + PHOTO[0], PHOTO[1], PHOTO[2],
            mark + STORY_BELOW[0], STORY_BELOW[1]]
    return ("\n\n" if blanks else "\n").join(rows) + "\n"


@pytest.mark.parametrize("md", [True, False])
@pytest.mark.parametrize("blanks", [True, False])
def test_a_credit_printed_over_its_caption_signs_the_photo(md: bool, blanks: bool) -> None:
    arts = split_page(_page(md, blanks)).articles
    assert [a.title for a in arts] == [STORY_ABOVE[0], PHOTO[0], STORY_BELOW[0]]
    photo = arts[1]
    assert photo.kind == "photo"
    assert photo.authors == ["王刚"]
    assert photo.body == PHOTO[2]
    assert arts[2].kind == "article" and arts[2].body.endswith("每天供应三餐。")


def test_a_credit_under_a_headline_over_blank_lines_is_never_lost() -> None:
    page = (f"## {STORY_ABOVE[0]}\n\n{STORY_ABOVE[1]}\n\n## 冰雪旅游 激活冬季经济\n\n（本报记者 石磊 摄）\n\n\n\n"
            f"{PHOTO[2]}\n\n## {STORY_BELOW[0]}\n\n{STORY_BELOW[1]}\n")
    result = split_page(page)
    kept = [d.text for d in result.dropped] + [a.byline or "" for a in result.articles]
    assert any("石磊" in t for t in kept), (result.dropped, [a.byline for a in result.articles])
