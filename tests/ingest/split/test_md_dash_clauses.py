"""Markdown from a PDF converter (pymupdf4llm): a clause opening on '——' that the column printed
first on a line after a blank, inside a sentence ('…只要拥有强大的执行力' / '——他们就不会拥有核
武器，' / '这才是问题的关键。'), is text going on, never a subtitle that would cut the story in two
(generator/ingest/split/classify/lines.py, `_dash_clause`)."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """北庭日报 第5版 国际


# 总统称协议将带来巨大成功


■本报记者 李明


美国总统星期日称赞两国签署
的协议，称这项协议将确保各

方遵守停火。他说，“重要的
是对方完全同意这一点，只要

拥有强大的执行力

——他们就不会违背承诺，
这才是问题的关键。”当被问

及何时解除制裁时，他说，这
实际上是个行为问题。


# 台湾军方举行立即备战操演

台湾军方星期一开始启动了一
项为期五天的军事演习，目的

在提升武装部队的战备能力。
"""


def test_dash_clause_inside_a_sentence_stays_text():
    arts = split_page(PAGE).articles
    assert [a.title for a in arts] == ["总统称协议将带来巨大成功", "台湾军方举行立即备战操演"]
    assert arts[0].subtitle is None
    assert "只要拥有强大的执行力——他们就不会违背承诺，这才是问题的关键。" in arts[0].body.replace("\n\n", "")
    assert arts[0].body.endswith("实际上是个行为问题。")
