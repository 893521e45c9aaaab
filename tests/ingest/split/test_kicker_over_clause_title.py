"""A head box one line taller than a title broken at its clause marks
(generator/ingest/split/heads/headbyline.py): a plain line over lines each ending on '，' or '；' but
the last, right over a byline line, is the kicker over one headline — its '；' ends a line of the
box, not a sentence."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """图书馆延长开放时间

　　市图书馆从下月起每天开放到晚上九
点，方便上班族下班后借书阅读。

冬季供暖全面启动
全市新建三座热源厂，
供热面积增加两成；
老旧管网年内完成改造

□记者 李明 通讯员 王芳

　　本市冬季供暖工作星期一全面启动，
新建的三座热源厂同时投入运行，全市供热
面积比去年增加两成。市住建局负责人说，
老旧供热管网的改造将在年内全部完成。
"""


def test_a_line_over_a_title_broken_at_its_clauses_is_its_kicker() -> None:
    art = next(a for a in split_page(PAGE).articles if a.authors)
    assert art.kicker == "冬季供暖全面启动"
    assert art.title == "全市新建三座热源厂，供热面积增加两成；老旧管网年内完成改造"
    assert art.body.startswith("本市冬季供暖工作")
