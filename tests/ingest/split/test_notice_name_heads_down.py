"""A notice's name ('征稿启事') printed under a photo's credit heads the notice under it, not the
caption above it: a notice's name stands over its notice (`boxes.noticeheads`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

PAGE = """环球  2026年8月24日 星期五  四
市图书馆宣布延长夏季开放时间到晚上十点
　　记者 史春 通讯员 吴艳晶 报道：
星期一，市图书馆宣布从下月起延长夏
季开放时间，每天开放到晚上十点，这
一安排将持续到八月底。
　　图书馆还将增加自习座位，方便上
班族在下班后前来阅读。馆长说，这是
应读者的要求作出的调整。
　　上图：市民在图书馆阅读。下图：
图书馆新增的自习区，可容纳两百名读
者同时学习。
新华社记者 顾浩雨 摄
征稿启事
　　为进一步办好本版，即日起面向广
大读者征集时事评论稿件，字数以
1000字以内为宜。
　　来稿请注明真实姓名和联系方式。
联系电话：079-2375154。

— 4 —
"""


def test_a_notice_name_under_a_credit_heads_the_notice():
    arts = split_page(PAGE).articles
    notice = next(a for a in arts if "为进一步办好本版" in a.body)
    assert nonspace(notice.title) == "征稿启事"
    assert notice.kind == "notice"
    assert all(nonspace(a.title) != "征稿启事" for a in arts if a is not notice)
