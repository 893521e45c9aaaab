"""A line of two Han characters opening on a surname's character is a writer's signature only
when it is no common word (generator/ingest/split/authors/bylines.py: bare_signature): '关注' set alone
between a story's end and the next headline is that story's kicker, never the name signing the
story above."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """县城老旧小区改造全面启动

　　全市老旧小区改造工程星期一全面启
动，涉及一百二十个小区，预计明年年
底前完工。

　　然而，许多居民认为改造方案并未达
到预期效果，因此，当施工噪音和扬尘
问题出现时，引发了更多关注。

　　面对批评，住建部门为该项目的长期
可行性进行了辩护。

关注

乡村学校将增设心理健康辅导教师岗位
首批覆盖三十个县
——留守儿童的情绪困扰有了专业疏导

■本报记者 周明 通讯员 李刚

　　省教育厅星期二表示，今年将在乡村
学校增设心理健康辅导教师岗位，首批
覆盖三十个县。乡村学校的留守儿童比
例较高，他们在成长中遇到的情绪困扰
往往得不到及时疏导，亟需专业力量介
入，这项举措将首先在山区县推开。
"""


def test_a_common_word_alone_after_a_story_signs_nothing() -> None:
    arts = split_page(PAGE).articles
    assert arts[0].title == "县城老旧小区改造全面启动"
    assert arts[0].authors == [], arts[0]
    assert arts[-1].title.startswith("乡村学校将增设心理健康辅导教师岗位")
    assert arts[-1].authors == ["周明", "李刚"]


def test_a_name_alone_still_signs_a_commentary() -> None:
    from generator.ingest.split.authors.bylines import bare_signature
    assert bare_signature("胡强") == "胡强" and bare_signature("关注") is None
