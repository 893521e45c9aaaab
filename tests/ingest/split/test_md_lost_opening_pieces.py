"""A story's text printed after another story's, under a headline that stands bare over that
story (generator/ingest/split/order/lostopenings.py): the opening goes back under its headline, and
so do the pieces the converter printed after it past a gap (a column's foot) that say the
headline's words clearly more than the other's, with the signature closing them."""
from __future__ import annotations

from generator.ingest.split import split_page
from tests.support.extracted_pages import column

A_HEAD = "# 县医院远程会诊中心投入使用，群众在家门口看专家"
B_HEAD = "# 城区新增五处停车场缓解停车难"
B_TEXT = ("城区今年新建的五处公共停车场本周全部开放，新增停车位一千二百多个，周边居民停车难问题得到缓解。"
          "交通部门表示，明年还将新建三处。")
A_OPEN = "县医院远程会诊中心昨日正式投入使用，群众在家门口就能请省城专家进行会诊。"
A_MORE = ("据介绍，远程会诊中心配备了高清视频设备，县医院的医生可与省城专家实时连线，"
          "群众在家门口看专家，当天就能拿到会诊意见。")
C_HEAD = "# 全市老旧小区改造全面启动"
C_TEXT = "全市老旧小区改造工程星期一全面启动，涉及一百二十个小区，预计明年年底前完工。"


def _page() -> str:
    return ("\n\n".join([A_HEAD, B_HEAD, column(B_TEXT, True)]) + "\n\n\n\n" + column(A_OPEN, True)
            + "\n\n\n\n" + column(A_MORE, True) + "\n\n文/图 王明\n\n" + C_HEAD + "\n\n" + column(C_TEXT, True) + "\n")


def test_pieces_after_a_moved_opening_go_with_it() -> None:
    arts = split_page(_page()).articles
    flat = lambda a: a.body.replace("\n", "")
    clinic = next(a for a in arts if a.title == "县医院远程会诊中心投入使用，群众在家门口看专家")
    parking = next(a for a in arts if a.title == "城区新增五处停车场缓解停车难")
    assert flat(clinic).startswith("县医院远程会诊中心昨日") and flat(clinic).endswith("当天就能拿到会诊意见。")
    assert clinic.authors == ["王明"]
    assert flat(parking).endswith("明年还将新建三处。")
    assert len(arts) == 3


def _signed_page() -> str:
    """The story the opening is printed after closes on a signature line."""
    return ("\n\n".join([A_HEAD, B_HEAD, column(B_TEXT, True), "文/图 李华"]) + "\n\n\n\n" + column(A_OPEN, True)
            + "\n\n\n\n" + column(A_MORE, True) + "\n\n" + C_HEAD + "\n\n" + column(C_TEXT, True) + "\n")


def test_opening_printed_after_a_signed_story_goes_back_under_its_headline() -> None:
    arts = split_page(_signed_page()).articles
    flat = lambda a: a.body.replace("\n", "")
    clinic = next(a for a in arts if a.title == "县医院远程会诊中心投入使用，群众在家门口看专家")
    parking = next(a for a in arts if a.title == "城区新增五处停车场缓解停车难")
    assert flat(clinic).startswith("县医院远程会诊中心昨日") and flat(clinic).endswith("当天就能拿到会诊意见。")
    assert parking.authors == ["李华"] and flat(parking).endswith("明年还将新建三处。")
