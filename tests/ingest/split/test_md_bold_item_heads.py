"""A 简讯 box on a Markdown page: each item's headline set in bold on a line of its own, its
paragraph under it (generator/ingest/split/classify/flatpage.py): a bold line holding no sentence is no
piece of a paragraph a break cut, so it is never joined to the text under it — each item keeps
its headline, however long, and its own paragraph."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = "\n".join([
    "## 城区新增五处停车场缓解停车难", "",
    "本报讯（记者 王敏）城区今年新建的五处公共停车场本周全部开放，新增停车位一千二百多个，周边居民停车难问题得到缓解。", "",
    "**简讯**", "",
    "**县医院远程会诊中心投入使用让群众在家门口就能看上省城专家门诊**", "",
    "县医院远程会诊中心昨日投入使用，群众在家门口就能请省城专家会诊。", "",
    "**全市中小学暑期安全教育周活动启动**", "",
    "本报讯（记者 赵磊）全市中小学暑期安全教育周活动昨日启动。", ""]) + "\n"


def test_each_bold_item_headline_keeps_its_own_paragraph() -> None:
    arts = split_page(PAGE).articles
    items = [a for a in arts if a.kind == "brief"]
    assert [a.title for a in items] == ["县医院远程会诊中心投入使用让群众在家门口就能看上省城专家门诊",
                                        "全市中小学暑期安全教育周活动启动"]
    assert items[0].body == "县医院远程会诊中心昨日投入使用，群众在家门口就能请省城专家会诊。"
