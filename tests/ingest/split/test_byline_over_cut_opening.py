"""A byline line printed at the top of a story's text on a page whose headlines stand together
at its top stays that story's byline, and the opening line a column break set apart under it
stays the story's first words (no headline is made of it, nothing is dropped)."""
from generator.ingest.split.page import split_page

PAGE = """第3版　城市　　责任编辑：周立
2025年3月2日 星期日

城南公园完成改造重新开放

市图书馆延长夜间阅览室开放时间

本报讯 记者林晓报道：经过半
年的施工，城南公园星期六重新
向市民开放，园内新增了步道、
儿童游乐区和一片湿地。

管理处说，开放首日接待游客
超过两万人次，公园将在夏季延
长开放时间。

本报记者 王青

市图书馆(City Library)星期一

宣布，夜间阅览室将延长开放至
晚上十点，阅览室的座位也将增
加一倍，以方便下班后的读者，
周末的开放时间也将相应延长
一个小时。

几年前，夜间阅览室只开放到
晚上八点，许多上班族下班后赶
不上，读者多次提出延长时间。
"""


def test_a_byline_over_a_column_cut_opening_keeps_its_story_and_its_first_line():
    result = split_page(PAGE)
    library = next(a for a in result.articles if "夜间阅览室" in a.title)
    assert library.authors == ["王青"]
    assert library.body.startswith("市图书馆(City Library)星期一宣布") or \
        library.body.startswith("市图书馆（City Library）星期一宣布")
    assert not [d for d in result.dropped if "星期一" in d.text]
