"""On a page printed one paragraph a line, a caption whose credit is run into its line
('…第一次。  新华社记者 叶红勇 摄') is finished: the headline line under it is never joined
to it as a cut paragraph's rest (`flatpage._join_unheaded`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

PAGE = """第14版
地方新闻
2026年7月1日 星期四
责任编辑：段海雪  版式：付璐  校对：丁军超
市民在图书馆夜读
　　6月7日晚，市民在市图书馆新开放的夜读区阅读，这是图书馆延长开放时间后的第一个周末。  新华社记者 叶红勇 摄
市图书馆宣布延长夏季开放时间：每天开放到晚上十点
——自习座位同时增加两百个
　　本报讯（记者王亮）市图书馆星期一宣布，从下月起延长夏季开放时间，每天开放到晚上十点，这一安排将持续到八月底。
　　图书馆还将增加自习座位，方便上班族在下班后前来阅读。馆长说，这是应读者的要求作出的调整。
"""


def test_a_caption_closed_by_a_run_in_credit_is_whole():
    arts = split_page(PAGE).articles
    photo = next(a for a in arts if "夜读区" in a.body)
    assert photo.kind == "photo" and photo.authors == ["叶红勇"]
    assert "延长夏季开放时间：" not in photo.body
    assert any(nonspace(a.title).startswith("市图书馆宣布延长夏季开放时间") for a in arts)
