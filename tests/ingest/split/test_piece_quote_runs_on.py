"""On a column page that sets paragraphs apart by blank lines (no indent), a paragraph's first
line a column break set apart, filling the column, whose quotation the text under the break
closes ('他说，“顺便说一句，…' / '…很荒谬。”'), goes on with that text (`runon`): a headline's
marks are paired on its own lines, so it is no headline of an extra story."""
from __future__ import annotations

from generator.ingest.split import split_page

from .compose import columned

COL = 15


def test_a_one_line_piece_whose_quote_closes_below_goes_on():
    piece = "他说，“我们一直全力抢险，大堤"
    page = "\n\n".join([
        "第2版",
        "省防汛指挥部要求沿江各县加固堤防",
        columned("本报讯 记者林海报道:省防汛指挥部昨日发布通知,要求沿江各县立即组织力量加固堤防,转移低洼地带群众。", COL),
        columned("据介绍,今年入汛以来全省降雨偏多,多条河流水位超过警戒线,抢险队伍已全部到位。", COL),
        piece,
        columned("没有出现险情，群众都已安全转移。”指挥部随后召开会议部署下一步工作。", COL),
    ]) + "\n"
    arts = split_page(page).articles
    assert len(arts) == 1
    assert piece + "没有出现险情" in arts[0].body.replace("\n", "")


def test_the_piece_bridges_to_the_text_closing_its_quote():
    from generator.ingest.split.order.columnpieces import _bridges
    above = columned("据介绍,今年入汛以来全省降雨偏多,多条河流水位超过警戒线,抢险队伍已全部到位。", COL).split("\n")
    below = columned("任何险情，群众都已安全转移。”指挥部随后召开会议部署下一步工作。", COL).split("\n")
    piece = ["他说，“顺便说一句，我们没有发现"]
    assert _bridges(piece, below, above, 16.0, False, False)
    assert not _bridges(["省防汛指挥部连夜部署沿江抢险工作"], below, above, 16.0, False, False)
