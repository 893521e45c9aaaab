"""A PDF→Markdown page whose converter printed another story's column between two columns of a
story (generator/ingest/split/order/rethread.py): the story stops mid-sentence on a full line
('…此次访'), a lead opens the other story there, and after that story's finished paragraph a
full line with no indent opens on the rest of the cut word ('问。…'): it goes back after the
line it finishes; nothing else moves and no character is lost or repeated."""
from __future__ import annotations

from generator.ingest.split import split_page
from tests.support.extracted_pages import INDENT, MEASURE, column
from generator.ingest.split.classify.lines import classify
from generator.ingest.split.order.rethread import rethread_pieces


A_HEAD = "# 省长率团出访三国推动经贸合作"
A_ONE = "省长一行昨日启程出访三国，将与各国政府和企业界人士会面，推动能源、农业和旅游合作。"
A_TWO = "代表团由省内十多家企业的负责人组成，他们将在各站举行推介会，介绍本省的产业和投资环境。这是新省长今年上任以来的第一次率团出国访"
A_REST = "问。他在启程前表示，希望这次出访能为本省企业打开更多的海外市场，带回更多的合作项目。"
B_ONE = "本报讯（记者王明）城区今年新建的五处公共停车场本周全部开放，新增停车位一千二百多个。"
B_TWO = "周边居民说，以前下班回家常常要绕几圈才能找到车位，现在方便多了。"
C_HEAD = "# 夜市延长营业时间至凌晨两点"
C_TEXT = ("市区三处夜市从本月起延长营业时间，摊主和游客都表示欢迎，管理部门将加派人手维持秩序。",
          "夜市里的小吃摊最受欢迎，不少市民吃完晚饭还会带着孩子来逛一逛。",
          "管理部门说，夜市周边的公交线路也将相应延长运营时间，方便市民出行。")


def _page(rest: str = A_REST) -> str:
    assert (len(A_TWO) - MEASURE + INDENT) % MEASURE == 0     # it stops on a full line
    return "\n\n".join([A_HEAD, column(A_ONE), column(A_TWO), column(B_ONE), column(B_TWO),
                        column(rest, False), C_HEAD] + [column(t) for t in C_TEXT]) + "\n"


def test_piece_after_another_story_goes_back_after_the_word_it_finishes() -> None:
    arts = split_page(_page()).articles
    trip = next(a for a in arts if a.title == "省长率团出访三国推动经贸合作")
    flat = trip.body.replace("\n", "")
    assert "第一次率团出国访问。他在启程前表示" in flat
    assert flat.endswith("带回更多的合作项目。")


def test_lines_are_moved_never_changed() -> None:
    page = _page()
    lines = classify(page)
    moved = rethread_pieces(lines, page)
    assert sorted((l.no, l.text) for l in moved) == sorted((l.no, l.text) for l in lines)
    assert [l.no for l in moved] != [l.no for l in lines]


def test_no_move_when_the_piece_finishes_no_word_of_the_cut_line() -> None:
    page = _page("此外，他在启程前表示，希望这次出访能为本省企业打开更多的海外市场，带回合作项目。")
    lines = classify(page)
    assert [l.no for l in rethread_pieces(lines, page)] == [l.no for l in lines]
