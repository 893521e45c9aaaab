"""Markdown from a PDF converter that ends a text block every few lines (pymupdf4llm): a story's
first line printed alone under its headline is the story's, not a subtitle's
(generator/ingest/split/classify/mdblanks.py, flatpage.py)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace
from tests.support.extracted_pages import STACKED, stacked_stories

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


# two headlines one over the other, then the upper story's text, its first line printed alone,
# then the lower story's text: that first line stays with its story, it is no subtitle of the
# lower headline moving down with it
STACKED_FIRST = """# 世卫组织警告刚果的埃博拉疫情迅速蔓延


# 美伊冲突推高能源价格，通胀率升至三年新高


世界卫生组织星期五表

示，刚果民主共和国的埃博拉
疫情正在迅速蔓延，疑似病例

接近七百。卫生官员表示，在
偏远地区追踪接触者十分困难，

医护人员短缺，隔离设施不足。

世卫组织总干事表示，这场埃
博拉疫情的蔓延速度令人担忧。

受中东冲突推高能源价格的影
响，美国的通胀率升至三年来的

新高，能源价格上涨了百分之五。
"""


def test_first_line_alone_under_stacked_headlines_stays_with_the_upper_story():
    ebola, prices = stacked_stories(STACKED_FIRST)
    assert nonspace(ebola.body).startswith("世界卫生组织星期五表示，刚果")
    assert prices.subtitle is None
    assert nonspace(prices.body).startswith("受中东冲突推高能源价格")


def test_stacked_headlines_with_the_upper_ones_byline_between_are_read_apart():
    # the byline under the upper headline stays its story's; the lower headline moves down to
    # where its own text starts, as with nothing between the two
    text = STACKED.replace("蔓延\n\n\n# 美伊", "蔓延\n\n□记者 曾敏\n\n\n# 美伊")
    ebola, prices = stacked_stories(text)
    assert ebola.authors == ["曾敏"] and prices.authors == []
    assert nonspace(ebola.body).startswith("世界卫生组织警告说")
    assert nonspace(prices.body).startswith("受中东冲突推高能源价格")
