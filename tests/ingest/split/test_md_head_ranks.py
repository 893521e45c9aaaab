"""Two Markdown headings one over the other (generator/ingest/split/heads/headranks.py): the one set
in larger type ('##' over '###') is the headline, the smaller one under it its subtitle; a
smaller one over a larger one stays its kicker."""
from __future__ import annotations

from generator.ingest.split import split_page

TEXT = ("本报讯（记者 王敏）城区今年新建的五处公共停车场本周全部开放，新增停车位一千二百多个，"
        "周边居民停车难问题得到缓解。")
OTHER = ["## 县医院新建远程会诊中心投入使用", "",
         "本报讯（记者 赵磊）县医院远程会诊中心昨日已正式投入使用，群众在家门口就能请省城的知名专家进行会诊。", ""]


def _story(upper: str, lower: str):
    page = "\n".join(OTHER + [upper, "", lower, "", TEXT, ""]) + "\n"
    return next(a for a in split_page(page).articles if "停车" in a.body)


def test_a_smaller_heading_under_the_headline_is_its_subtitle() -> None:
    a = _story("## 民生实事再提速", "### 城区新增五处公共停车场")
    assert a.title == "民生实事再提速"
    assert (a.subtitle or "").lstrip("—") == "城区新增五处公共停车场"
    assert a.kicker is None


def test_a_smaller_heading_over_the_headline_stays_its_kicker() -> None:
    a = _story("### 民生实事", "## 城区新增五处停车场缓解停车难")
    assert a.title == "城区新增五处停车场缓解停车难"
    assert a.kicker == "民生实事"
