"""pdftotext of typeset pages (bench-ingest --typeset): the paper's name printed alone as the page's
first line, the header's other cells (date, 第N版) further down where reading order put them after
the first column's story. pageheader.py must read the name as furniture, not as the first
story's kicker."""
from __future__ import annotations

from generator.ingest.split import split_page

STORY = "\n".join([
    "市政府部署今冬城区供暖工作", "", "本报讯（记者 周成）市政府", "昨日召开会议，听取了各地关", "于冬季供暖工作的汇报，要求",
    "各区在本月底前完成全部管网", "的检修任务。"])
PAGE = "\n".join([
    "晨光日报", "", STORY, "", "2020年11月4日 星期三", "", "第六版", "", "城市", "",
    "老旧小区改造让居民住得更舒心", "", "本报讯（记者 李明）今年全", "市改造老旧小区四十个，惠及",
    "居民一万余户。", "", "责任编辑：王芳", ""])


def test_paper_name_opening_the_page_is_no_kicker():
    arts = [a.to_json() for a in split_page(PAGE).articles]
    first = next(a for a in arts if a["title"] == "市政府部署今冬城区供暖工作")
    assert first.get("kicker") is None
    assert all("晨光日报" not in (a.get("kicker") or "") + a["title"] for a in arts)
