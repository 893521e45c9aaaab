"""Photo credits in the forms an agency release and a shared picture print: '新华社发（王伟 摄）'
and '通讯员 王伟 摄  记者 李强 摄', on a line of their own or after the caption's last sentence:
the names are the picture's authors, the credit is no text (`bylines._credit_line`,
`bylines._credit_tail_line`)."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.authors import bylines


@pytest.mark.parametrize("line,names", [
    ("新华社发（王伟 摄）", ["王伟"]),
    ("新华社发（王伟 李强 摄）", ["王伟", "李强"]),
    ("通讯员 王伟 摄  记者 李强 摄", ["王伟", "李强"]),
])
def test_released_and_shared_credits_name_their_photographers(line, names):
    assert bylines.parse_credit_line(line) == names
    assert bylines.split_credit_tail("市民在公园里赏花。" + line) == ("市民在公园里赏花。", line, names)


PAGE = """第5版

## 春到公园花正艳

4月2日，市民在人民公园里赏花游玩，园内百花盛开，游人如织。{credit}

## 全市启动春季植树活动

本报讯（记者 赵刚）全市春季义务植树活动昨天启动，各区共组织市民两万多人参加，栽下各类树苗五万余株。

活动将持续到本月底。
"""


@pytest.mark.parametrize("credit", ["新华社发（王伟 摄）", "  通讯员 王伟 摄  记者 李强 摄"])
def test_a_caption_closed_by_such_a_credit_is_a_photo(credit):
    arts = split_page(PAGE.replace("{credit}", credit)).articles
    photo = arts[0]
    assert photo.kind == "photo" and "王伟" in photo.authors
    assert photo.body.endswith("游人如织。")
