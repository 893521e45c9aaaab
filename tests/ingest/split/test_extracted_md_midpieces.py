"""Markdown from a PDF converter (bench-ingest --typeset, seed 7404 page 6): a story's middle
piece printed after the next story — opening and stopping mid-sentence — goes back into the
seam of its story that it bridges (generator/ingest/split/order/midpieces.py); nothing else moves and
no character is lost or repeated."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page
from generator.ingest.split.classify.lines import classify
from generator.ingest.split.order.midpieces import move_mid_pieces
from generator.ingest.split.text.textutil import nonspace

PAGE = (Path(__file__).parent / "extracted" / "md_mid_piece.txt").read_text(encoding="utf-8")


def test_middle_piece_goes_back_into_the_seam_it_bridges():
    arts = split_page(PAGE).articles
    cup, trump = arts[0], arts[1]
    assert "首次引入先进的半自动化办公系统" in nonspace(cup.body)
    assert "不安全的私人无人机飞行活动。其中一家公司" in nonspace(cup.body)
    assert cup.body.endswith("并识别嫌疑人。")
    assert trump.body.endswith("这是双方继续谈判的重要前提。")


def test_lines_are_moved_never_changed():
    lines = classify(PAGE)
    moved = move_mid_pieces(lines, PAGE)
    assert sorted((l.no, l.text) for l in moved) == sorted((l.no, l.text) for l in lines)
    assert [l.no for l in moved] != [l.no for l in lines]


def test_no_move_when_the_piece_bridges_no_seam():
    # the story resumes on words the piece's last line does not run into ('私人无' + '机器'
    # cuts no word the page says): the piece stays where it was printed
    page = PAGE.replace("人机飞行活动。其中一家公司", "机器飞行活动。其中一家公司")
    lines = classify(page)
    assert [l.no for l in move_mid_pieces(lines, page)] == [l.no for l in lines]
