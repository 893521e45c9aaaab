"""A Markdown extraction (pymupdf4llm) marks text set in bold type with `**…**`, headlines and
bylines alike. A bold line that is only a byline or a writer's signature is that byline: it
signs the story it stands in, and neither opens a story nor becomes the next one's kicker."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

PAGE = """### 今日谈

### 美国官员告诉记者以色列和黎巴嫩的第五轮会谈已在华盛顿开始

{byline}

一位美国官员对记者说，以色列和黎巴嫩的代表星期二在华盛顿开始第五轮会谈，就在几天前，美国和伊朗签署了一项和平协议。

“我们的共同目标是彻底结束暴力循环。我们正在促成以色列和黎巴嫩之间的直接对话。”

## 在特朗普协议中获释的前以色列人质讲述与美国总统谈及伊朗一事

本报讯（记者 黄浩峰）一名前人质星期一向记者讲述了他在椭圆形办公室的经历。

他说，总统认真听取了他的讲述。
"""


@pytest.mark.parametrize("byline, authors", [
    ("**◎陈晓芳**", ["陈晓芳"]),
    ("**陈晓芳**", ["陈晓芳"]),
    ("**■本报记者 陈晓芳 王磊**", ["陈晓芳", "王磊"]),
    ("**文/图 陈晓芳**", ["陈晓芳"]),
])
def test_a_bold_byline_under_a_headline_signs_its_story(byline, authors):
    first, second = split_page(PAGE.format(byline=byline)).articles
    assert first.title == "美国官员告诉记者以色列和黎巴嫩的第五轮会谈已在华盛顿开始"
    assert first.authors == authors
    assert first.body.startswith("一位美国官员")
    assert second.title == "在特朗普协议中获释的前以色列人质讲述与美国总统谈及伊朗一事"
    assert second.kicker is None
    assert second.authors == ["黄浩峰"]


def test_a_bold_headline_stays_a_headline():
    page = PAGE.format(byline="**◎陈晓芳**").replace(
        "## 在特朗普协议中获释的前以色列人质讲述与美国总统谈及伊朗一事", "**前人质讲述与总统的会面**")
    titles = [a.title for a in split_page(page).articles]
    assert titles[-1] == "前人质讲述与总统的会面"
