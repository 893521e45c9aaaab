"""A PDF→Markdown page whose converter printed a story's opening after another story
(generator/ingest/split/order/lostopenings.py): the headline stands over the story's later text, which
opens inside a sentence; the opening, a paragraph after a finished sentence and a gap of three
blank lines whose words are the first headline's, goes back under that headline, and the story
it was printed after ends where its own text does."""
from __future__ import annotations

from generator.ingest.split import split_page
from tests.support.extracted_pages import INDENT, MEASURE, column


A_HEAD = "# 县医院新建远程会诊中心投入使用"
A_OPEN = ("县医院远程会诊中心昨日已正式投入使用，群众在家门口就能请省城的知名专家进行会诊。"
          "据介绍，中心配备了高清视频设备、诊疗软件和专用")
A_REST = "网络线路，可与省内十多家三甲医院实时连线，当天就能出结果。"
B_HEAD = "# 城区新增五处停车场缓解停车难"
B_TEXT = "城区今年新建的五处公共停车场本周全部开放，新增停车位一千二百多个，周边居民停车难问题得到缓解。"


def _page() -> str:
    assert (len(A_OPEN) - MEASURE + INDENT) % MEASURE == 0      # the opening stops mid-sentence on a full line
    return "\n\n".join([A_HEAD, column(A_REST, False), B_HEAD, column(B_TEXT, True)]) \
        + "\n\n\n\n" + column(A_OPEN, True) + "\n"


def test_opening_printed_after_another_story_goes_back_under_its_headline() -> None:
    arts = split_page(_page()).articles
    clinic = next(a for a in arts if a.title == "县医院新建远程会诊中心投入使用")
    parking = next(a for a in arts if a.title == "城区新增五处停车场缓解停车难")
    flat = lambda a: a.body.replace("\n", "")
    assert flat(clinic).startswith("县医院远程会诊中心昨日")
    assert "诊疗软件和专用网络线路" in flat(clinic)
    assert flat(clinic).endswith("当天就能出结果。")
    assert flat(parking).endswith("问题得到缓解。")
    assert len(arts) == 2
