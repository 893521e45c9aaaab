"""Plain text from pdftotext of a typeset page (bench-ingest --typeset, seed 28602, trimmed) that
sets its marks a full em: a wide story column (13 em) above a narrow 简讯 box (11 em). A line is
judged against the measure of the column it sits in (classify.lines), not the page's commonest
one, and a paragraph's first line two em short of that measure is its indented opening."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page
from generator.ingest.split.classify.markwidth import sets_marks_full

PAGE = (Path(__file__).parent / "extracted" / "pdftotext_box_beside_wider_column.txt").read_text(encoding="utf-8")


def test_the_page_sets_its_marks_a_full_em():
    assert sets_marks_full(PAGE)


def test_a_box_items_indented_first_line_opens_its_body():
    briefs = [a for a in split_page(PAGE).articles if a.kind == "brief"]
    assert [a.title for a in briefs] == ["救援人员搜寻委内瑞拉地震幸存者", "俄罗斯空袭乌克兰造成五人死亡"]
    assert [a.body[:9] for a in briefs] == ["救援人员星期一（6", "俄罗斯星期五（6月"]
