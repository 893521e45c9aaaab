"""A story whose lead names nobody (`本报讯 …`, `新华社北京6月1日电 …`) and which is signed at its end
(`…。（通讯员 梁海）`): the dateline stays the opening of the text, the closing credit is the
byline — so the byline and the text read in the printed order."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

PAGE = """## 美伊达成结束冲突协议全球反应强烈

{lead}美国总统星期天宣布了一项结束美国与伊朗之间冲突的协议，引发了世界各国领导人的强烈反响。

各国政府纷纷表示欢迎，并呼吁各方切实履行协议。（通讯员 梁海）
"""


@pytest.mark.parametrize("lead", ["本报讯　", "新华社北京6月1日电　"])
def test_an_uncredited_lead_stays_in_the_text_of_a_story_signed_at_its_end(lead):
    (art,) = split_page(PAGE.format(lead=lead)).articles
    assert art.byline == "（通讯员 梁海）"
    assert art.authors == ["梁海"]
    assert art.body.startswith(lead.strip() + "美国总统星期天宣布")
    assert art.body.endswith("切实履行协议。")


def test_a_credited_lead_is_still_the_byline():
    (art,) = split_page(PAGE.format(lead="本报讯（记者 王薇）").replace("（通讯员 梁海）", "")).articles
    assert art.authors == ["王薇"]
    assert art.body.startswith("美国总统星期天宣布")
