"""A narrow column's line break may cut a jump marker run on after the last sentence:
`…风险。(下转` / `第十九版)` or `（下转第十九` / `版）`. The marker still reads whole: the story is
continued to that page, and the marker is dropped as a marker, not left as body text."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

PAGE = """美议员推法案要求加强审查医疗设备

议员们警告，这些设备存在身份
盗窃、欺诈、勒索乃至危险的医
疗误诊等风险。{cut}
"""


@pytest.mark.parametrize("cut, page", [("(下转\n第十九版)", 19), ("（下转第十九\n版）", 19),
                                       ("（下转第8\n版）", 8)])
def test_a_jump_marker_cut_by_the_line_break_reads_whole(cut, page):
    result = split_page(PAGE.format(cut=cut))
    (art,) = result.articles
    assert art.continued_to == page
    assert art.body.endswith("疗误诊等风险。")
    assert [d.kind for d in result.dropped] == ["marker"]
    assert result.dropped[0].text == cut.replace("\n", "")
