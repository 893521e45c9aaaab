"""A column label over a story (generator/ingest/split/briefs.commentary_labels): over a piece
signed by its writer it names a commentary; over a reporter's dispatch ('□记者 X') it names a
section of news — the story stays an article, the label its kicker."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """市民广场改造工程本月底全面完工

本报讯（记者 王敏）市民广场
改造工程进入收尾阶段，预计本
月底全面完工。负责人说：“我们
会按期交付。”

{label}

港口城市宣布加快建设两座智慧物流园区吸引企业入驻

{byline}

这座港口城市近日宣布，将在
三年内建成两座智慧物流园区，
吸引更多企业入驻。

园区负责人表示，首批企业已
经签约，明年将正式投入运营。
"""


def _story(label: str, byline: str):
    arts = split_page(PAGE.format(label=label, byline=byline)).articles
    return next(a for a in arts if a.title == "港口城市宣布加快建设两座智慧物流园区吸引企业入驻")


def test_a_section_label_over_a_reporter_s_dispatch_is_its_kicker_not_a_commentary_label() -> None:
    story = _story("国际观察", "□记者 潘浩")
    assert story.kind == "article"
    assert story.kicker == "国际观察"
    assert story.authors == ["潘浩"]


def test_a_commentary_label_over_a_signed_piece_still_makes_it_a_commentary() -> None:
    story = _story("短评", "□潘浩")
    assert story.kind == "commentary"
