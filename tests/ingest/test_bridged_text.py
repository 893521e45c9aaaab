"""Plain text from pdftotext (bench-ingest --typeset, dev seeds 9331–9345): a column broken off
mid-sentence, a few stray lines (furniture, a byline) printed, and the column going on
(generator/ingest/split/bridges.py)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.lines import classify
from generator.ingest.split.bridges import join_bridged_text
from generator.ingest.split.textutil import nonspace

HEAD = "市政府部署今冬城区供暖保障工作"
UPPER = ["本报讯（记者 林海）市政府昨", "日召开会议，部署今冬城区供", "暖保障工作，要求各区确保居",
         "民温暖过冬。会议指出，今冬供", "暖期将提前一周开始，各区供"]
LOWER = ["热企业要在本月底前完成管网", "检修和设备调试，对老旧小区", "的管道逐户排查，发现问题及",
         "时整改。市供热办负责人说，", "今年新增供暖面积三百万平方", "米。"]


def _page(between: list[str]) -> str:
    return ("第2版\n\n" + HEAD + "\n\n" + "\n".join(UPPER) + "\n\n" + "\n\n".join(between) + "\n\n"
            + "\n".join(LOWER) + "\n")


def test_a_column_going_on_across_a_page_label_and_a_byline_is_one_text_again():
    # '各区供|热企业': the seam cuts a word the page prints whole ('市供热办')
    arts = split_page(_page(["责任编辑：王明", "本报记者 赵亮"])).articles
    story = next(a for a in arts if a.title == HEAD)
    assert nonspace("".join(UPPER[1:] + LOWER)) in nonspace(story.body)
    assert not any(a.title.startswith("热企业") for a in arts)


def test_the_lines_between_follow_the_part_that_moved_up_and_none_is_lost():
    text = _page(["责任编辑：王明", "本报记者 赵亮"])
    out = [l.text for l in join_bridged_text(classify(text), text) if l.text]
    k = out.index(UPPER[-1])
    assert out[k + 1:k + 1 + len(LOWER)] == LOWER
    assert out[k + 1 + len(LOWER):k + 3 + len(LOWER)] == ["责任编辑：王明", "本报记者 赵亮"]
    assert sorted(out) == sorted(t for t in text.split("\n") if t)


def test_a_full_column_line_between_is_text_of_its_own_and_nothing_moves():
    # a line set to the column's measure is column text, not a stray line: the page reads as
    # printed (a column break inside the story, which later stages join)
    text = _page(["这是专门为本市居民而设的一项"])
    lines = classify(text)
    assert [l.text for l in join_bridged_text(lines, text)] == [l.text for l in lines]


def test_a_subtitle_between_stays_where_it_was_printed():
    text = _page(["——各区要在本月底前完成检修"])
    lines = classify(text)
    assert [l.text for l in join_bridged_text(lines, text)] == [l.text for l in lines]
