"""pdftotext of typeset pages (bench-ingest --typeset): a title a narrow box wrapped over two or
three lines, with a subtitle under it set in the same measure — a clause its story prints word for
word. headwrap.py must not join the subtitle into the title: a title sums its story up in words of
its own, the last piece of a wrapped title goes on with the line above."""
from __future__ import annotations

from generator.ingest.split import split_page

ABOVE = "\n".join(["会议指出，今冬气温可能偏低，", "各有关部门要提前做好应急准", "备，确保居民家中室温达标。"])
BODY = "\n".join([
    "本报讯（记者 周成 通讯", "员 李明）在新一轮寒潮来袭", "之际，全市供热管网检修工作", "昨日全面完成，各区供热企业",
    "已做好点火准备。市城管委有", "关负责人介绍，今年共改造老", "旧管网一百二十公里，新建换", "热站十四座。",
    "据介绍，全市将在本月十日", "前完成试运行，比往年提前五", "天。供热企业将开通服务热线，",
    "居民反映的问题在二十四小时", "内答复。城区居民室温不低于", "十八摄氏度，各区将加强巡查。"])


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(a.to_json()["title"], a.to_json().get("subtitle")) for a in split_page(text).articles]


def test_quoted_last_line_of_a_three_line_stack_is_the_subtitle():
    head = "全市供热管网检修完成，\n居民冬季取暖提前五天\n各区将加强巡查"
    text = ABOVE + "\n\n第七版\n\n" + head + "\n\n" + BODY + "\n"
    assert ("全市供热管网检修完成，居民冬季取暖提前五天", "各区将加强巡查") in _heads(text)


def test_quoted_last_line_of_a_four_line_stack_is_the_subtitle():
    head = "全市供热管网\n检修全面完成\n居民取暖提前\n各区将加强巡查"
    text = ABOVE + "\n\n第七版\n\n" + head + "\n\n" + BODY + "\n"
    assert ("全市供热管网检修全面完成居民取暖提前", "各区将加强巡查") in _heads(text)
