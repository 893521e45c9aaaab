"""Whether a column page indents its paragraphs is read from the line after each paragraph's
end, inside a block or opening the next block after a blank line — and on such a page a
column that ends right after a full stop on a full line goes on after the blank."""
from __future__ import annotations

from generator.ingest.split.page import split_page
from generator.ingest.split.heads.wideheads import page_indents

# a thirteen-character column, ASCII commas, each paragraph's first line two characters short
# and set apart by a blank line; the column breaks after a full stop inside the last paragraph
PARAS = [
    "美国战争部星期五公布了第三批有关不明异常现象的解密文件。这次公布是美国政府持续披露行动的一部分,该行动由总统下令实施。",
    "这些记录包括证人访谈文件,以及至少一份用于记录调查活动的表格。其中一次访谈最近发生在今年二月,显示调查仍在进行。",
    "专家表示,这批文件的公布有助于公众了解政府多年来的调查工作,也将推动更多的科学研究。",
    "两名目击者称,他们在自家后院看到一个直径约一米的红色球体,悬停在离地约七米的空中。随后,另一个球体出现在它的上方。",
    # (its first sentence fills the paragraph's first three lines exactly: 11 + 13 + 13)
    "他说,在美国,我们已经看到了汽油价格的下降,石油和天然气的自由流通,以及和平与繁荣的到来"[-36:] + "。"
    + "现在,我们正努力在此基础上,构建一个更加美好、更加可持续的未来。",
]


def _wrap(text: str, width: int = 13, first: int = 11) -> list[str]:
    out, n = [], first
    while text:
        out.append(text[:n])
        text, n = text[n:], width
    return out


def _page() -> str:
    blocks = [_wrap(p) for p in PARAS]
    last = blocks[-1]
    cut = next(k for k, l in enumerate(last) if l.endswith("。") and len(l) == 13) + 1
    blocks[-1:] = [last[:cut], last[cut:]]         # the column ends right after the stop
    return "□记者 邵凯\n\n" + "\n\n".join("\n".join(b) for b in blocks) + "\n"


PAGE = _page()


def _blocks(text: str) -> list[list[str]]:
    return [[l for l in b.split("\n") if l.strip()] for b in text.split("\n\n")[1:]]


def test_short_first_lines_after_blank_lines_say_the_page_indents():
    blocks = _blocks(PAGE)
    assert page_indents(blocks, [[13.0] * len(b) for b in blocks])
    flush = [[b[0] + "多一些文字"[: 2]] + b[1:] for b in blocks]       # first lines filled out
    assert not page_indents(flush, [[13.0] * len(b) for b in flush])


def test_a_full_line_ending_a_sentence_at_a_column_break_goes_on_after_the_blank():
    art = split_page(PAGE).articles[0]
    assert art.body.split("\n\n")[-1] == PARAS[-1], art.body
    assert art.body.count("\n\n") == len(PARAS) - 1, art.body



# a thirteen-em column set with full-width marks, first lines two characters short; the column
# ends after the stop of a full line holding three marks (at half an em each by `width`, the
# line measures 1.5 em short of the column)
MARKED_PARAS = [
    "美国战争部星期五公布了第三批有关不明异常现象的解密文件这次公布是美国政府持续披露行动的一部分。",
    "这些记录包括证人访谈文件以及至少一份用于记录调查活动的表格其中一次访谈最近发生在今年二月。",
    "专家表示这批文件的公布有助于公众了解政府多年来的调查工作也将推动相关科学研究。",
    "一位研究人员说这些文件的价值在于其中的细节而不在于结论本身。",
    "两名目击者称他们在自家后院看到一个直径约一米的红色球体悬停在离地约七米的空中，颜色、形状、大小不变。"
    "随后两个球体一同缓缓升高并在几分钟之后消失在夜空之中目击者随即报告了当地警方。",
]


def _marked_page() -> str:
    blocks = [_wrap(p) for p in MARKED_PARAS]
    last = blocks[-1]
    cut = next(k for k, l in enumerate(last) if l.endswith("。")) + 1
    assert len(last[cut - 1]) == 13 and sum(ch in "，、" for ch in last[cut - 1]) == 3
    blocks[-1:] = [last[:cut], last[cut:]]         # the column ends right after the stop
    return "□记者 邵凯\n\n" + "\n\n".join("\n".join(b) for b in blocks) + "\n"


def test_a_full_line_with_full_width_marks_ending_at_a_column_break_goes_on_after_the_blank():
    art = split_page(_marked_page()).articles[0]
    assert art.body.split("\n\n") == MARKED_PARAS, art.body


def test_an_indented_line_with_marks_is_indented_however_narrow_they_print():
    # a 17-em column: the first line ends two ems short as justified type sets its marks (a
    # full em each), though measured with half-em marks it is three short
    from generator.ingest.split.heads.wideheads import _indented
    assert _indented("他说:“这并不能保证最终会达成", 17.0)
    assert _indented("这家人工智能公司星期一宣布了这", 17.0)
    assert not _indented("这家人工智能公司宣布", 17.0)                # a short last line
    assert not _indented("这家人工智能公司星期一宣布了这一举", 17.0)    # a full one
