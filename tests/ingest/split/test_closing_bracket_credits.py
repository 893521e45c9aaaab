"""A story may close with its writer in brackets after the last sentence: `…。（记者 X）`,
`…。（本报记者 X Y）` or the bare name `…。（X）`. The bracket names the writers — each name as the
printed gap parts them, even where the text's spaces are squeezed out — and is not body text.
Brackets that name no person (`（完）`, `（新华社）`) stay in the body."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

PAGE = """## 敦促果断处理操纵汇率问题

两党参议员星期二致函财政部长，敦促其果断处理操纵汇率问题。

信中说：“我们要求财政部认定那些进行外汇干预的国家。”{tail}
"""


@pytest.mark.parametrize("tail, authors", [
    ("（记者 徐力玉）", ["徐力玉"]),
    ("（徐力玉）", ["徐力玉"]),
    ("（本报记者 徐力玉 王磊）", ["徐力玉", "王磊"]),
])
def test_a_closing_bracket_names_the_writers(tail, authors):
    (art,) = split_page(PAGE.format(tail=tail)).articles
    assert art.authors == authors
    assert art.body.endswith("进行外汇干预的国家。”")


@pytest.mark.parametrize("tail", ["（完）", "（新华社）"])
def test_a_closing_bracket_without_a_name_stays_in_the_body(tail):
    (art,) = split_page(PAGE.format(tail=tail)).articles
    assert art.authors == []
    assert art.body.endswith("国家。”" + tail)
