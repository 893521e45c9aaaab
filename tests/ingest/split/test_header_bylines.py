"""pdftotext of typeset pages (bench-ingest --typeset): a byline line set at the top of the first
column, read with the running header's baselines and printed among its lines
(generator/ingest/split/order/floatbylines.py) — it signs the page's first story, not a story of its own."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.order.floatbylines import move_floating_bylines
from generator.ingest.split.classify.lines import classify

HEAD = ["城区老旧小区改造", "今年完成一百二十", "个小区的管网更新"]
FIRST = ["记者从市住建局获悉，今年", "全市老旧小区改造进入快车", "道，一百二十个小区的供水", "和燃气管网将全部更新。",
         "改造资金由市区两级财政共", "同承担。"]
SECOND = ["果园迎来丰收季", "", "本报讯 记者赵明报道：城郊", "三万亩果园近日迎来丰收，", "果农们忙着采摘和装箱，今",
          "年产量比去年增长一成。"]


def _page(top: list[str]) -> str:
    return "\n\n".join(top) + "\n\n" + "\n".join(HEAD) + "\n\n" + "\n".join(FIRST) + "\n\n" + "\n".join(SECOND) + "\n"


def test_byline_among_the_header_lines_signs_the_first_story():
    text = _page(["北庭日报", "本报记者 韩雪梅", "2024年3月5日 星期二", "第四版"])
    first = split_page(text).articles[0]
    assert first.title == "".join(HEAD)
    assert first.authors == ["韩雪梅"]
    assert first.body.startswith("记者从市住建局获悉")
    assert len(split_page(text).articles) == 2


def test_byline_over_a_story_under_the_header_stays():
    # the byline stands between the header and the story's text, no header line under it
    text = "北庭日报\n\n2024年3月5日 星期二\n\n第四版\n\n本报记者 韩雪梅\n\n" + "\n".join(FIRST) + "\n"
    lines = classify(text)
    assert move_floating_bylines(lines) == lines


def test_byline_among_the_header_lines_over_a_page_name_signs_the_first_story():
    # the page's name ('要闻') printed on a line of its own among the header's lines is header
    # too: the first story's headline is the block under it
    text = _page(["北庭日报", "□本报评论员", "2024年3月5日 星期二", "第四版", "要闻"])
    arts = split_page(text).articles
    assert arts[0].title == "".join(HEAD)
    assert arts[0].byline == "□本报评论员"
    assert arts[0].body.startswith("记者从市住建局获悉")
    assert len(arts) == 2
