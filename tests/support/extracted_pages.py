"""Extracted pages more than one test file reads: the shapes a PDF→Markdown converter prints."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

# a narrow column as a converter prints it: MEASURE characters a line, a paragraph's first line
# short by its INDENT
MEASURE = 13
INDENT = 2


def column(text: str, indent: bool = True) -> str:
    """`text` wrapped to the column, its first line short by a paragraph indent when `indent`."""
    first = MEASURE - INDENT if indent else MEASURE
    out = [text[:first]] + [text[k:k + MEASURE] for k in range(first, len(text), MEASURE)]
    return "\n".join(out)

# two headlines the converter stacked one over the other, their stories below in page order
STACKED = """# 世卫组织警告刚果的埃博拉疫情迅速蔓延


# 美伊冲突推高能源价格，通胀率升至三年新高

　　世界卫生组织警告说，刚果
民主共和国的埃博拉疫情正在
迅速蔓延，疑似病例接近七百。

　　世卫组织总干事星期五说，这
场疫情处于紧急状态，疑似死亡
病例至少一百七十七例，疫情已
经扩散到邻近的三个省份。

　　卫生官员说，在偏远地区追踪
接触者十分困难，医护人员短缺，
隔离设施不足，救援物资也难以
及时运抵。

　　世卫组织总干事说，这场埃博
拉疫情的蔓延速度令人担忧。

　　受中东冲突推高能源价格的影
响，美国的通胀率升至三年来的
新高，能源价格上涨了百分之五。
"""


def stacked_stories(text: str) -> tuple:
    """The two stories of a STACKED-shaped page, upper (the Ebola story) first, found by title."""
    arts = {nonspace(a.title): a for a in split_page(text).articles}
    return arts["世卫组织警告刚果的埃博拉疫情迅速蔓延"], arts["美伊冲突推高能源价格，通胀率升至三年新高"]
