"""An "electronic edition" page prints one paragraph a line, each opened by the '　　' indent,
and its kickers, headlines and bylines as unindented lines, with no blank line anywhere
(generator/ingest/split/classify/flatpage.py). A line set in with the indent opens a paragraph of its
own, so it never goes on an unindented headline above it; an unindented kicker and headline
under a story's closing byline ('记者 X 报道') head the next story — the story under a byline
opens indented —; and a kicker over its headline is read with it when telling a headline from
a sub-heading of the story above."""
from __future__ import annotations

from generator.ingest.split import split_page

A = [
    "市政府星期二宣布，全市十二个老旧小区的改造工程本月全面启动，预计明年年底前全部完工，惠及居民两万余户。",
    "改造内容包括更换供水管道、加装电梯、修缮外墙和增设停车位，所需资金由市县两级财政共同承担。",
    "住建部门负责人说，施工期间将尽量减少对居民生活的影响，并设立专门的投诉电话，及时回应居民的诉求。",
]
B = [
    "本报讯（记者　周明）两位省人大代表星期二联名致函省教育厅，建议在乡村学校增设心理健康辅导教师岗位。",
    "信中说，乡村学校的留守儿童比例较高，他们在成长中遇到的情绪困扰往往得不到及时疏导，亟需专业力量介入，也需要全社会持续关注。",
]
C = [
    "省交通运输厅星期四表示，今年将新建和改造农村公路三千公里，重点解决偏远山区群众出行难的问题。",
    "据介绍，新建道路将优先连接乡镇卫生院、中小学校和农产品集散地，方便群众就医、上学和销售农产品。",
]


def _page() -> str:
    rows = ["老旧小区改造工程本月全面启动"] + ["　　" + p for p in A] + ["记者 范晓 报道"]
    rows += ["聚焦热点", "人大代表建议乡村学校增设心理辅导岗位"] + ["　　" + p for p in B]
    rows += ["持续关注", "全省今年将新建改造农村公路三千公里"] + ["　　" + p for p in C]
    return "\n".join(rows) + "\n"


def test_unindented_heads_under_a_closing_byline_open_the_next_story() -> None:
    arts = split_page(_page()).articles
    assert [a.title for a in arts] == ["老旧小区改造工程本月全面启动", "人大代表建议乡村学校增设心理辅导岗位",
                                       "全省今年将新建改造农村公路三千公里"], arts
    assert arts[0].authors == ["范晓"]
    assert arts[1].kicker == "聚焦热点" and arts[1].authors == ["周明"]


def test_an_indented_paragraph_never_goes_on_the_unindented_headline_above() -> None:
    arts = split_page(_page()).articles
    assert arts[-1].kicker == "持续关注"
    assert arts[-1].body.startswith("省交通运输厅星期四表示")
