"""pdftotext of typeset pages (bench-ingest --typeset): a narrow headline box printed between two
lines of another story's column, the column running on across it
(generator/ingest/split/order/threadheads.py) — the box goes to the page's foot, the column closes up."""
from __future__ import annotations

from generator.ingest.split.classify.lines import classify
from generator.ingest.split.order.threadheads import take_threaded_heads

COLUMN = ["本报讯 记者王新华报道：市", "交通部门近日发布通知，对城", "区公交线路进行优化调整，新",
          "增三条连接大学城与高铁站的", "快线。据介绍，新线路开通后"]
REST = ["大学城与高铁站的通行时间将", "缩短一半以上。交通部门表示", "将根据乘客反馈继续调整线路", "与班次安排。"]
# the box: a headline a one-column box wrapped, its breaks cutting words (国|际, 博|览)
BOX = ["本届国际茶叶", "博览会在城南", "会展中心开幕"]
OTHER = ["茶叶博览会今天在城南会展中心开幕，来自", "全国各地的两百多家企业参展。国际茶叶", "博览会为期三天。"]


def _texts(text: str) -> list[str]:
    return [l.text for l in take_threaded_heads(classify(text), text)]


def _page(column: list[str]) -> str:
    return "\n".join(column) + "\n\n" + "\n".join(OTHER) + "\n"


def test_box_printed_inside_a_column_that_runs_on_across_it_goes_to_the_foot():
    # the column's break over the box cuts '开通' ('…新线路开' / '通后…')
    column = COLUMN[:-1] + ["快线。据介绍，新线路开"] + [""] + BOX + [""] + ["通后大学城与高铁站的通行时"] + REST[1:]
    texts = _texts(_page(column))
    k = texts.index("快线。据介绍，新线路开")
    assert texts[k + 1] == "通后大学城与高铁站的通行时"
    # the box, whole and in order, after the last line of the page as printed
    at = texts.index(BOX[0])
    assert at > texts.index(OTHER[-1]) and texts[at - 1] == "" and texts[at:at + len(BOX)] == BOX


def test_headline_between_two_stories_stays_where_printed():
    # the column stops mid-sentence at a column break and the next story opens under the box:
    # the seam cuts no word, so the box heads the text under it
    column = COLUMN + [""] + BOX + [""] + ["本报讯 记者李青报道：茶叶博", "览会今天开幕，两百多家企业", "参展。"]
    text = _page(column)
    assert _texts(text) == [l.text for l in classify(text)]


def test_short_lines_of_the_column_itself_are_not_a_box():
    # a column's short last line of a paragraph and the next paragraph's first lines
    column = COLUMN[:-1] + ["快线。", "新线路开通后，大学城与高铁", "站的通行时间将缩短一半。"]
    text = _page(column)
    assert _texts(text) == [l.text for l in classify(text)]
