"""Column pages: a commentary signed by the writer's bare name on a line of its own under its
title — the name is its byline, not a subtitle (generator/ingest/split/authors/namebylines.py)."""
from __future__ import annotations

from generator.ingest.split import page, split_page
from tests.support.extracted_pages import column

PAGE = "\n\n".join([
    "全县今年新修农村公路一百二十公里",
    column("本报讯（记者 赵明）县交通局昨天通报，今年全县新修农村公路一百二十公里，沿线群众出行更方便。"),
    column("交通局负责人说，新修的道路大多通到偏远村庄，村里的核桃和花椒也能更快运出大山。"),
    "时评",
    "让社区食堂办得更长久更贴心更受老人欢迎",
    "陈桂鑫",
    # a column break right under the first line of the text
    column("城东街道今年新建三处社区食堂，老人在家门口就能吃上热饭，这是一件实事。").replace("\n", "\n\n", 1),
    column("办好食堂，既要算好经济账，也要听取老人的意见，让饭菜更合口味。"),
    "（作者单位：地区党校）",
]) + "\n"


def test_a_bare_name_under_a_commentarys_title_is_its_byline(monkeypatch):
    art = next(a for a in split_page(PAGE).articles if a.title == "让社区食堂办得更长久更贴心更受老人欢迎")
    assert art.kind == "commentary"
    assert art.authors == ["陈桂鑫"] and art.subtitle is None
    # read as one more headline line, the name becomes the title's subtitle
    monkeypatch.setattr(page, "names_under_column_heads", lambda units: None)
    again = next(a for a in split_page(PAGE).articles if a.title == "让社区食堂办得更长久更贴心更受老人欢迎")
    assert again.subtitle == "陈桂鑫" and again.authors == []
