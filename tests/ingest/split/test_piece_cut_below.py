"""A paragraph's opening lines that a column break set apart between blank lines, full lines
with no mark that ends a sentence, are no headline when the break under them cuts a word
('…一架美国直' / '升机被击落…'): `headwrap` leaves them as column text, and the paragraph
stays whole in its story instead of heading an extra one."""
from __future__ import annotations

from generator.ingest.split import split_page

from .compose import columned

COL = 15


def _block(text: str) -> str:
    return columned(text, COL)


def test_a_piece_whose_break_cuts_a_word_goes_on_with_its_paragraph():
    page = "\n\n\n".join([
        "第2版",
        "省防汛指挥部要求沿江各县加固堤防",
        _block("本报讯 记者林海报道:省防汛指挥部昨日发布通知,要求沿江各县立即组织力量加固堤防,转移低洼地带群众。"),
        "省防汛指挥部对沿江各县发出通知\n之后，工作组当天下午乘一架救援直",
        _block("升机在江心洲接走了被困的十二名群众,工作组随后召开会议部署下一步抢险工作。"),
        _block("据介绍,今年入汛以来全省降雨偏多,多条河流水位超过警戒线,抢险队伍已全部到位。"),
    ]) + "\n"
    arts = split_page(page).articles
    assert len(arts) == 1
    assert "救援直升机在江心洲" in arts[0].body.replace("\n", "")
