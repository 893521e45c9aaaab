"""A PDF→Markdown page whose converter printed a story's opening further down, after another
story (generator/ingest/split/order/cutopenings.py): the text under the headline opens inside a word
('络线路…'), the opening — a lead paragraph saying none of the headline's words — stops on a
full line before another headline with the first half of that word ('…专用网'); it goes back
under its headline's stack."""
from __future__ import annotations

from generator.ingest.split import split_page
from tests.support.extracted_pages import INDENT, MEASURE, column
from generator.ingest.split.order.cutopenings import restore_cut_openings
from generator.ingest.split.classify.lines import classify


A_HEAD = "# 县医院新建远程会诊中心投入使用"
A_SUB = "——群众看病少跑路"
A_OPEN = ("本报讯（记者王明）一家县级医院的新中心昨日起接诊，老人就能请省城的专家看好病。"
          "据介绍，中心配备了高清视频设备、诊疗软件和专用网")
A_REST = "络线路，可与省内十多家三甲医院实时连线，当天就能出结果。"
B_HEAD = "# 城区新增五处停车场缓解停车难"
B_TEXT = "城区今年新建的五处公共停车场本周全部开放，新增停车位一千二百多个，周边居民停车难问题得到缓解。"
C_HEAD = "# 夜市延长营业时间至凌晨两点"
C_TEXT = "市区三处夜市从本月起延长营业时间，摊主和游客都表示欢迎，管理部门将加派人手维持秩序。"


def _page(rest: str = A_REST) -> str:
    assert (len(A_OPEN) - MEASURE + INDENT) % MEASURE == 0      # the opening stops on a full line
    return "\n\n\n".join([A_HEAD, A_SUB, column(rest, False), B_HEAD, column(B_TEXT, True),
                          column(A_OPEN, True), C_HEAD, column(C_TEXT, True)]) + "\n"


def test_opening_cut_inside_a_word_goes_back_under_its_headline() -> None:
    arts = split_page(_page()).articles
    clinic = next(a for a in arts if a.title == "县医院新建远程会诊中心投入使用")
    parking = next(a for a in arts if a.title == "城区新增五处停车场缓解停车难")
    flat = lambda a: a.body.replace("\n", "")
    assert flat(clinic).startswith("一家县级医院的新中心")
    assert "诊疗软件和专用网络线路" in flat(clinic)
    assert flat(clinic).endswith("当天就能出结果。")
    assert flat(parking).endswith("问题得到缓解。")
    assert len(arts) == 3


def test_lines_are_moved_never_changed() -> None:
    page = _page()
    lines = classify(page)
    moved = restore_cut_openings(lines, page)
    assert sorted((l.no, l.text) for l in moved) == sorted((l.no, l.text) for l in lines)
    assert [l.no for l in moved] != [l.no for l in lines]


def test_no_move_when_the_text_under_the_headline_opens_on_a_whole_word() -> None:
    # '专用网' / '每天…' cuts no word: nothing tells the two pieces are one sentence
    page = _page("每天可与省内十多家三甲医院实时连线，病人当天就能拿到会诊结果。")
    lines = classify(page)
    assert [l.no for l in restore_cut_openings(lines, page)] == [l.no for l in lines]
