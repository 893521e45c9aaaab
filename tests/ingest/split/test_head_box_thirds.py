"""Three plain head lines printed together over their story, read by the breaks between them
(`titleends.three_plain_lines`, `headwrap._restated`): a break that is no wrap — no mark, word
cut, even halves or short rest — under a line that stops short of the column or whose word the
next line says again sets the next line apart, as a subtitle under the title or the title
under a kicker; a last line set in the box's measure that restates the title is its subtitle,
not the title's rest."""
from __future__ import annotations

from generator.ingest.split import split_page

from .compose import HEATING, HEATING_HEAD, columned_paras

COL = 18


def _paras(*paras: str) -> str:
    return columned_paras(paras, COL)


ABOVE = HEATING_HEAD + "\n\n" + _paras(*HEATING)
BODY = _paras(
    "本报讯 记者林海报道:省防汛指挥部昨日发布通知,要求沿江各县立即组织力量加固堤防,转移低洼地带群众,确保汛期安全。",
    "据介绍,今年入汛以来全省降雨偏多,多条河流水位超过警戒线,部分堤段出现险情,抢险队伍已全部到位。")


def _story(head: list[str]):
    page = "第3版\n\n" + ABOVE + "\n\n" + "\n".join(head) + "\n\n" + BODY + "\n"
    return next(a for a in split_page(page).articles if "防汛" in a.body[:40])


def test_a_kicker_a_short_title_and_a_line_under_it():
    a = _story(["汛情就是命令", "省防汛指挥部要求沿江各县加固堤防", "确保群众平安度汛"])
    assert (a.kicker, a.title, a.subtitle) == ("汛情就是命令", "省防汛指挥部要求沿江各县加固堤防", "确保群众平安度汛")


def test_a_kicker_saying_a_word_of_the_wrapped_title_under_it():
    a = _story(["全省防汛进入关键期", "全省沿江各县加固堤", "防全力转移低洼群众"])
    assert (a.kicker, a.title) == ("全省防汛进入关键期", "全省沿江各县加固堤防全力转移低洼群众")


def test_a_last_line_restating_the_title_in_the_box_measure_is_its_subtitle():
    a = _story(["省防汛指挥部发布紧急通知", "沿江各县连夜组织抢险队伍", "防汛指挥部要求各县加固堤防"])
    assert a.title == "省防汛指挥部发布紧急通知沿江各县连夜组织抢险队伍"
    assert a.subtitle == "防汛指挥部要求各县加固堤防"
