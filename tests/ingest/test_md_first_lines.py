"""Markdown from a PDF converter that ends a text block every few lines (pymupdf4llm): a story's
first line printed alone under its headline is the story's, not a subtitle's
(generator/ingest/split/mdblanks.py, flatpage.py)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.textutil import nonspace

# a picture's caption set across the page stands over the next story's headline; that story's
# first line (indented two characters: eleven of a thirteen-character column) stands alone
UNDER_CAPTION = """# 边境口岸恢复货运通关

本报讯 记者王海报道：边境口岸星期一恢复货运通关，当天有三百多辆货车
入境，海关人员增加了查验窗口，排队时间缩短到两个小时以内，司机们说
通关比上个月顺畅得多，口岸附近的仓储企业也开始恢复夜间作业。（李明 摄）



# 新建水厂下月向城区供水

城市供水公司负责人星期二


表示，新建的第三水厂已经完
成调试，将从下个月起向城区

供水。水厂每天可处理原水二
十万吨，能够满足城区东部新
建住宅区的用水需求。

公司负责人说，水厂采用了新
的过滤工艺，出水质量高于国
家标准，居民可以放心饮用。
"""


def test_first_line_alone_under_a_heading_stays_the_body_under_a_wide_caption():
    arts = {nonspace(a.title): a for a in split_page(UNDER_CAPTION).articles}
    water = arts["新建水厂下月向城区供水"]
    assert water.subtitle is None
    assert nonspace(water.body).startswith("城市供水公司负责人星期二表示")


# a '——' subtitle the converter printed whole, then the story's first line alone: that line is
# as wide as the column's indented first lines, far wider than what a subtitle box wraps
SUB_THEN_FIRST = """# 新建水厂下月向城区供水


——每天可处理原水二十万吨



城市供水公司负责人星期二


表示，新建的第三水厂已经完
成调试，将从下个月起向城区

供水。水厂每天可处理原水二
十万吨，能够满足城区东部新
建住宅区的用水需求。

公司负责人说，水厂采用了新
的过滤工艺，出水质量高于国
家标准，居民可以放心饮用。
"""


def test_line_as_wide_as_an_indented_first_line_is_not_a_subtitles_rest():
    art = split_page(SUB_THEN_FIRST).articles[0]
    assert nonspace(art.subtitle).lstrip("—") == "每天可处理原水二十万吨"
    assert nonspace(art.body).startswith("城市供水公司负责人星期二表示")


# the subtitle's box wrapped it: its short rest joins it, and the story's first line under the
# rest is the story's
SUB_REST_THEN_FIRST = """# 新建水厂下月向城区供水


——新建的第三水厂已经完成

调试并通过了验收


城市供水公司负责人星期二

表示，新建的第三水厂已经完
成调试，将从下个月起向城区

供水。水厂每天可处理原水二
十万吨，能够满足城区东部新
建住宅区的用水需求。

公司负责人说，水厂采用了新
的过滤工艺，出水质量高于国
家标准，居民可以放心饮用。
"""


def test_subtitle_rest_joins_and_the_first_line_under_it_stays_the_body():
    art = split_page(SUB_REST_THEN_FIRST).articles[0]
    assert nonspace(art.subtitle).lstrip("—") == "新建的第三水厂已经完成调试并通过了验收"
    assert nonspace(art.body).startswith("城市供水公司负责人星期二表示")
