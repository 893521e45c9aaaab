"""A picture's headline (not marked '#') that pymupdf4llm printed in pieces of one or more lines
between blank lines — the box wrapped it inside words ('…在全球经' / '济和…') — is one headline
over its caption, whose lines, in smaller type, hold more characters; a paragraph of text in
pieces is not (its first line is indented, it goes on into the text under it)
(generator/ingest/split/classify/mdblanks.py, `mend_head_pieces`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.classify.lines import classify
from generator.ingest.split.classify.mdblanks import mend_head_pieces

STORY = """北庭日报 第5版 国际


# 美国批评国际调解院的成立

美国国务院发言人对香港作为
解决国际争端的中立基地的可

信度表示怀疑。发言人表示，
这些承诺损害了香港的地位。



"""
PICTURE = """七国集团领导人在全球经


济和中东危机之际前往法
国


在中东冲突同时导致全球经
济危机之际，世界发达经济体的
领导人前往法国，参加今年的七
国集团峰会。法国是今年七国集
团轮值主席国，总统将全球经济
失衡列为峰会的主要议题之一。

韦华思 摄
"""


def test_picture_headline_in_pieces_is_one_heading_line():
    # read as one headline before the stages that move text under headlines run (they would
    # take its first piece for a story's first line)
    heads = [l.text for l in mend_head_pieces(classify(STORY + PICTURE)) if l.kind == "heading"]
    assert heads == ["美国批评国际调解院的成立", "七国集团领导人在全球经济和中东危机之际前往法国"]


def test_picture_headline_in_pieces_heads_its_caption():
    arts = split_page(STORY + PICTURE).articles
    photo = arts[-1]
    assert photo.title == "七国集团领导人在全球经济和中东危机之际前往法国"
    assert photo.kind == "photo"
    assert photo.body.startswith("在中东冲突同时导致全球经济危机之际")


def test_text_in_pieces_stays_text():
    # a paragraph's first line is indented: pieces of column text, not a headline
    text = PICTURE.replace("七国集团领导人在全球经", "七国集团领导人在全").replace(
        "济和中东危机之际前往法\n国", "球经济和中东危机之际前往法\n国")
    assert [l.text for l in mend_head_pieces(classify(STORY + text)) if l.kind == "heading"] == [
        "美国批评国际调解院的成立"]
