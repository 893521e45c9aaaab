"""A PDF→Markdown page whose converter printed a story's opening, lead and all, right under
another story's headline, over that story's own lead (generator/ingest/split/order/foreignleads.py):
the first lead speaks of the other headline, the second of its own; the first run goes back
under the headline it speaks of, whose text as printed opens on no lead."""
from __future__ import annotations

from generator.ingest.split import split_page
from tests.support.extracted_pages import column

A_HEAD = "# 县医院新建远程会诊中心投入使用"
A_REST = ("据介绍，中心配备了高清视频设备和专用网络线路，可与省内十多家三甲医院实时连线，"
          "患者当天就能拿到会诊意见。")
A_LEAD = "本报讯（记者 王明）"
A_OPEN = "县医院远程会诊中心昨日正式投入使用，群众在家门口就能请省城专家进行会诊。"
B_HEAD = "# 城区新增五处停车场缓解停车难"
B_LEAD = "本报讯 记者李华报道："
B_TEXT = "城区今年新增的五处公共停车场本周全部开放，新增停车位一千二百多个，缓解了周边居民停车难。"


def _page() -> str:
    return "\n\n".join([A_HEAD, column(A_REST, True), B_HEAD, A_LEAD + "\n" + column(A_OPEN, True),
                        B_LEAD + "\n" + column(B_TEXT, True)]) + "\n"


def test_lead_printed_under_another_headline_goes_back_under_its_own() -> None:
    arts = split_page(_page()).articles
    flat = lambda a: a.body.replace("\n", "")
    clinic = next(a for a in arts if a.title == "县医院新建远程会诊中心投入使用")
    parking = next(a for a in arts if a.title == "城区新增五处停车场缓解停车难")
    assert clinic.authors == ["王明"]
    assert flat(clinic).startswith("县医院远程会诊中心昨日") and flat(clinic).endswith("当天就能拿到会诊意见。")
    assert parking.authors == ["李华"]
    assert flat(parking).startswith("城区今年新增") and flat(parking).endswith("停车难。")
    assert len(arts) == 2
