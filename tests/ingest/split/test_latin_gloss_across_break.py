"""A bracketed Latin gloss of several words ('(Marco Rubio)') is never broken inside a word: when
its second word does not fit, the line stops short on the first one and the next opens on the
rest. A column break falling there leaves a short line between blank lines that looks like a
headline (or a subtitle, under a head box); it is the story's text going on
(`latinwrap.pushed_short`, `columnpieces`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.classify.latinwrap import pushed_short

ABOVE = """在唐纳德·特朗普(Donald Trump)总统第一
届任期，美军将有70多年历史的美国太平洋
司令部更名为美国印太司令部。五角大楼当
时表示，这是为了表明印度洋与太平洋日益
增加的关联性。


"""
HEAD = "卢比奥开始访问阿联酋、科威特和巴林\n表示霍尔木兹海峡不会收通行费\n\n\n文/图　万燕\n\n\n"
BELOW = """Rubio)星期二(6月23日)说，美国预计不会
对通过具有战略意义的霍尔木兹海峡的船只
征收通行费，美国和伊朗官员同时正就结束
持续几个月的冲突进行谈判。卢比奥抵达阿
拉伯联合酋长国后对记者说，现行国际法不
允许各国对国际水域的通行收取费用。
"""


def test_a_line_stopped_short_on_a_gloss_word_at_a_column_break_opens_the_text_under_it():
    art = split_page(ABOVE + HEAD + "美国国务卿马尔科·卢比奥(Marco \n\n\n" + BELOW).articles[-1]
    assert "Marco" not in f"{art.kicker}{art.title}{art.subtitle}"
    assert art.body.startswith("美国国务卿马尔科·卢比奥(Marco")
    assert "\n" not in art.body.split("星期二")[0]          # one paragraph across the break


def test_only_a_gloss_left_open_is_pushed_short_by_the_word_opening_the_next_line():
    nxt = "Rubio)星期二(6月23日)说，美国预计不会"
    assert pushed_short("美国国务卿马尔科·卢比奥(Marco ", nxt, 19.0)
    assert not pushed_short("美国国务卿马尔科·卢比奥(Marco)", nxt, 19.0)      # closed on its line
    assert not pushed_short("苹果公司发布新款手机iPhone", "Apple公司表示", 19.0)  # no gloss open
    assert not pushed_short("国务卿(Marco", nxt, 19.0)                          # room left for the word
