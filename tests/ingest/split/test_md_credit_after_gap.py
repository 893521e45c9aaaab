"""A photo credit ('X 摄') that a PDF→Markdown converter printed after blank lines under a
picture's caption closes that caption: the picture story keeps its credit and is a photo, the
credit is not set aside as a stray line (generator/ingest/split/stories/boundaries.py, `credit`)."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """北庭日报 第5版 国际


# 副总统与三国举行四方会谈

美国副总统说：“我就简单说几句。首先，我要表达一些感谢。我要感谢美国总统，
他赋予了我们权力，让我们能够通过外交途径解决一系列重要的问题。

我还有几点要表达感谢。首先，我要感谢巴基斯坦总理，正是他让我们走到了今天。



本报记者 阿迪力·卡德尔 摄


# 台湾军方举行立即备战操演

台湾军方星期一开始启动了一
项为期五天的军事演习，目的

在提升武装部队的战备能力。
"""


def test_credit_after_blank_lines_closes_the_caption_above():
    res = split_page(PAGE)
    photo = res.articles[0]
    assert photo.title == "副总统与三国举行四方会谈"
    assert photo.kind == "photo"
    assert photo.authors == ["阿迪力·卡德尔"]
    assert not [d for d in res.dropped if d.kind == "credit"]
