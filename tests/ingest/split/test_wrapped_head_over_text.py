"""A headline a narrow box wrapped inside a word ('…悠久的体' / '育历史'), printed after a finished
story and over its text with no byline (pdftotext of a typeset page): `headwrap` makes it one line
again, and `headoverlap` — reading the unit's lines as the blocks were built from them, the
joined line, not the first printed piece — cuts the whole headline off the story text it sums up."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """上一篇报道说，城里今年新建了三座公
园，市民周末多了去处，广场上也
热闹了起来。

社区食堂开门迎客深受欢
迎好评

城东新建的三处社区食堂近日开
门迎客，受到老人们的欢迎。食堂
由街道统一管理，菜价实惠，每天
供应三餐，还为行动不便的老人送
餐上门，这一做法也受到家属欢迎。
"""


def test_headline_wrapped_inside_a_word_over_its_text_is_cut_whole() -> None:
    arts = split_page(PAGE).articles
    canteen = next(a for a in arts if "食堂" in a.body)
    assert canteen.title == "社区食堂开门迎客深受欢迎好评"
    assert canteen.body.startswith("城东新建的三处社区食堂近日开门迎客")
