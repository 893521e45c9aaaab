"""pymupdf4llm writes `==> picture [W x H] intentionally omitted <==` (often in bold) where a page
has a picture. That line is the extractor's furniture: dropped as such, never a kicker of the
headline under it nor text of the story above."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

PAGE = """## 美国司法部宣布六名涉毒品贩运的外国公民认罪后被判监禁

6月18日，美国司法部佐治亚南区联邦检察官办公室星期四宣布，六名涉贩运毒品罪行的外国公民在认罪之后被判处监禁。

他们在服刑期满后将被驱逐出境。

{holder}

### 特朗普总统表示，在与伊朗进行“磋商”期间，已取消对伊朗的打击计划

本报讯（记者 黄浩峰）特朗普总统星期一表示，在与伊朗进行“磋商”期间，已取消对伊朗的打击计划。

他说，谈判进展顺利。
"""


@pytest.mark.parametrize("holder", ["**==> picture [332 x 247] intentionally omitted <==**",
                                    "==> picture [1200 x 80] intentionally omitted <=="])
def test_a_picture_placeholder_is_dropped_as_furniture(holder):
    result = split_page(PAGE.format(holder=holder))
    first, second = result.articles
    assert first.body.endswith("他们在服刑期满后将被驱逐出境。")
    assert second.kicker is None
    assert second.title.startswith("特朗普总统表示")
    assert [d.text for d in result.dropped] == [holder]
