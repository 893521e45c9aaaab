"""Head boxes of typeset pages (bench/ingest/typeset.py) as the extractors print them.

- A head line opening on a clause of one character ('后，美国财政部…') finishes the clause of the
  line above ('…重返伊朗' + '后'): no kicker, title or subtitle opens so, so the two lines are one
  title (`headstacks.starts_mid`; pdftotext printed '后，' on a line of its own, typeset seed
  27203:1).
- On a Markdown page, a picture's unmarked headline printed in pieces between blank lines, the
  line over a break and the piece under it both set to the box's measure and the piece wrapped
  there, is one headline, even where the break itself cuts no word ('…德黑兰同意' / '国际原子能…':
  `mdblanks._one_measure`; pymupdf4llm, typeset seed 27203:3)."""
from __future__ import annotations

from generator.ingest.split import split_page

SPLIT_CLAUSE = """德黑兰同意IAEA核查人员重返伊朗
后，
美国财政部批准伊朗出售石油

□本报记者 魏洋 通讯员 姜蕾娟

在美国和伊朗代表团在瑞
士举行“富有成效”的高级别
技术会谈后，美国财政部星期
一（6月22日）向伊朗发放临
时许可，允许其生产和销售石
油。
美国财政部长斯科特·贝
森特(Scott Bessent)在社交平
台X上发贴文宣布临时放宽制
裁。
"""

PIECES = """边城日报 2020年5月25日 星期一 第五版 综合



万斯副总统：德黑兰同意


国际原子能机构检察员返
回伊朗


美国副总统JD·万斯星期
一在瑞士结束和伊朗的新一轮谈
判，他在搭乘空军二号返回美国
之前强调，对伊朗不只是要听其
言、还要观其行。

万斯在稍早前表示，与伊朗
的谈判已经取得进展；包括德黑
兰方面同意允许国际原子能机构
(IAEA) 的核查人员重返伊朗。
（张强 摄）


# 特朗普总统：伊朗将同意长期接受核检查

唐纳德·特朗普总统星期一说，伊朗将同意对其核计划进行长期检查。
"""


def test_a_head_line_opening_on_a_one_character_clause_goes_on_with_the_title():
    a = split_page(SPLIT_CLAUSE).articles[0]
    assert (a.kicker, a.title) == (None, "德黑兰同意IAEA核查人员重返伊朗后，美国财政部批准伊朗出售石油")


def test_head_pieces_wrapped_to_one_measure_are_one_picture_headline():
    first = split_page(PIECES).articles[0]
    assert first.kind == "photo"
    assert first.title == "万斯副总统：德黑兰同意国际原子能机构检察员返回伊朗"
    assert first.body.startswith("美国副总统JD·万斯星期一")
