"""A photo credit closing a caption that a narrow column wrapped over two lines ('（本报记者
古丽·赛' / '力克 摄）'): no line of it alone reads as a credit, the paragraph they make does —
the text is a photo caption signed by its photographer, never a story signed by a writer
named '…摄' (`blocks._para_units`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

PAGE = """绿洲报
第6版 综合
2025年1月23日　星期四

市民广场夏季音乐节开幕，数千名市民和游客冒雨观看演出

来自全市各区的二十多支
乐队星期六在市民广场登
台演出，吸引了数千名市
民和游客前来观看，广场
周边的商户也延长了营业
时间。
（本报记者 古丽·赛
力克 摄）

图书馆延长夏季开放时间

市图书馆星期一宣布，从
下月起延长夏季开放时间，
每天开放到晚上十点。
图书馆说，这一安排将持
续到八月底。
"""


def test_a_wrapped_credit_makes_the_text_a_photo_caption():
    arts = split_page(PAGE).articles
    assert [nonspace(a.title) for a in arts] == ["市民广场夏季音乐节开幕，数千名市民和游客冒雨观看演出", "图书馆延长夏季开放时间"]
    assert arts[0].kind == "photo"
    assert arts[0].authors == ["古丽·赛力克"]
    assert "摄" not in arts[0].body
