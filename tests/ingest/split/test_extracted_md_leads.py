"""Markdown from pymupdf4llm on a typeset page (bench-ingest --typeset, seeds 7301–7304): a
'（上接…）' marker printed right over the '#' headline with blank lines under it
(boundaries.py), and a lead byline whose first line justification letter-spaced and a blank
line cut from its end (normalize.py)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.decode import decode_page

BODY = ("不过，特朗普总统星期三\n（6月17日）在法国埃维昂\n\n(Evian)举行的七国集团(G7)\n"
        "峰会上指出，该协议尚未最终\n\n敲定，并警告称如果伊朗“表\n现不好”，美国可能会恢复军\n\n事行动。\n")


def _split(text: str):
    return split_page(decode_page(text.encode("utf-8"), "page.md")).articles


def test_jump_marker_over_a_heading_and_blank_lines_makes_a_continuation():
    text = ("北庭日报 2020年8月8日 星期六 第四版 要闻 责任编辑：郑兰平\n\n\n（上接第一版）\n"
            "# 油价跌至战前水平，推动汽油价格降至每加仑4美元以下\n\n\n\n" + BODY)
    (art,) = _split(text)
    assert art.kind == "continuation" and art.continued_from == 1
    assert art.title == "油价跌至战前水平，推动汽油价格降至每加仑4美元以下"
    assert art.body.startswith("不过，特朗普总统星期三")


def test_jump_marker_with_a_blank_line_before_the_heading_still_counts():
    text = "（上接第一版）\n\n# 油价跌至战前水平，推动汽油价格降至每加仑4美元以下\n\n" + BODY
    (art,) = _split(text)
    assert art.continued_from == 1


def test_letter_spaced_first_line_of_a_lead_byline_cut_by_a_blank_is_the_byline():
    text = ("# 特朗普表示将尽一切所能营救黎智英\n\n\n\n本 报 讯 记 者 曹 琪 燕 报\n\n"
            "道：美国总统唐纳德·特朗普\n(Donald Trump)星期四（8\n\n月14日）表示，他会“尽一切\n"
            "所能”营救黎智英。特朗普在\n\n白宫对记者说。\n")
    (art,) = _split(text)
    assert art.authors == ["曹琪燕"]
    assert art.body.startswith("美国总统唐纳德·特朗普")


def test_letter_spaced_label_over_blank_and_text_stays_a_label():
    text = "短 评 专 栏 文 章\n\n今年以来，我县多措并举推进农村人居环境整治，成效明显。\n"
    assert "短 评 专 栏 文 章" in decode_page(text.encode("utf-8"), "page.md")



def test_jump_marker_under_the_last_piece_of_a_story_ends_that_story():
    # pymupdf4llm, seed 7304 page 9 (the story's end, under its '#' headline): the last
    # paragraph stands after a wider gap (three blank lines), then '（下转第8版）'
    from pathlib import Path
    path = Path(__file__).parent / "extracted" / "pymupdf4llm_jump_after_gap.md"
    (art,) = split_page(decode_page(path.read_bytes(), "page.md")).articles
    assert art.continued_to == 8
    assert art.body.endswith("这些谈判定于“本周末某个时候”开始。")


def test_line_leaving_a_bracket_open_goes_on_over_the_converters_blank():
    # pymupdf4llm, seed 7301 page 11: '…星期四（8' / (blank) / '月14日）表示…' is one paragraph,
    # not a subtitle over a story that opens with '月14日）'
    text = ("河谷日报 2019年1月27日 星期日 第3版 时政 责任编辑：黎芳建\n\n\n"
            "# 特朗普表示将尽 一切所能营救黎 智英\n\n美国总统唐纳德·特朗普\n(Donald Trump)星期四（8\n\n"
            "月14日）表示，他会“尽一\n切所能营救”被监禁的香港传\n\n媒大亨黎智英，尽管中国国家\n"
            "主席习近平不会“很兴奋”释\n\n\n放黎智英。\n")
    (art,) = _split(text)
    assert art.subtitle is None
    assert art.body.startswith("美国总统唐纳德·特朗普")
