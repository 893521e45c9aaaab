"""A headline wrapped so that its last line is as short as a writer's name (pdftotext, bench-ingest
--typeset dev seeds 9331–9345): the line break cuts a word, so the short line ends the headline
and is no byline (lines.py, `_wrapped_word`)."""
from __future__ import annotations

from generator.ingest.split import split_page

BODY = ("本报讯（记者 林海 通讯\n员 周成）市政府昨日召开会\n议，部署今冬城区供暖管网设\n"
        "施的检修工作，要求各区在本\n月底前完成全部检修任务。\n")


def test_a_short_last_line_a_word_runs_into_ends_the_headline():
    arts = split_page("第2版\n\n市政府部署今冬城区供暖管网设\n施的保养\n\n" + BODY).articles
    assert arts[0].title == "市政府部署今冬城区供暖管网设施的保养"
    assert arts[0].authors == ["林海", "周成"]
    assert len(arts) == 1


def test_a_name_under_a_headline_no_word_runs_into_stays_its_byline():
    arts = split_page("第2版\n\n市政府部署今冬城区供暖保障工作\n林海\n\n" + BODY.replace("本报讯（记者 林海 通讯\n员 周成）", "")).articles
    assert arts[0].title == "市政府部署今冬城区供暖保障工作"
    assert "林海" in (arts[0].byline or "")
