"""Plain text from pdftotext (bench-ingest --typeset, dev seeds 9331–9345): two text columns side
by side whose lines sit on different baselines, printed as one stream — the lines of one baseline
joined by a space, the others one by one (generator/ingest/split/order/sidecolumns.py)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.classify.lines import classify
from generator.ingest.split.order.sidecolumns import unweave_columns
from generator.ingest.split.text.textutil import nonspace

# one story set in two columns of 12 characters; the right column's lines sit half a line lower
LEFT = ["本报讯（记者 林海）市政府昨", "日召开会议，部署今冬城区供", "暖保障工作，要求各区确保居",
        "民温暖过冬。会议指出，今冬", "供暖期将提前一周开始，各供", "热企业要在本月底前完成管网",
        "检修和设备调试，对老旧小区", "的管道逐户排查，发现问题及"]
RIGHT = ["时整改。会议要求，各区要设", "立供暖服务热线，安排专人值", "守，群众反映的问题二十四小",
         "时内答复。市供热办负责人介", "绍，今年全市新增供暖面积三", "百万平方米，新建换热站十二",
         "座，全市供暖能力进一步提升", "。居民对此普遍表示欢迎。"]
HEAD = "市政府部署今冬城区供暖保障工作"


def _woven() -> str:
    """The left column's first line alone, then pairs of lines a space apart, then the right
    column's last line alone (pdftotext's order by baseline)."""
    rows = [LEFT[0]] + [f"{l} {r}" for l, r in zip(LEFT[1:], RIGHT)] + [RIGHT[-1]]
    return "第2版\n\n" + HEAD + "\n\n" + "\n".join(rows) + "\n"


def test_two_woven_columns_of_one_story_read_as_one_text_in_column_order():
    arts = split_page(_woven()).articles
    assert len(arts) == 1
    assert arts[0].title == HEAD
    assert nonspace(arts[0].body).endswith(nonspace("".join(LEFT[3:] + RIGHT)))


def test_the_lines_of_one_baseline_become_their_two_pieces_and_no_character_is_lost():
    text = _woven()
    lines = [l for l in unweave_columns(classify(text), text) if l.kind != "blank"]
    texts = [l.text for l in lines]
    assert texts[-len(RIGHT):] == RIGHT
    assert texts[-len(RIGHT) - len(LEFT):-len(RIGHT)] == LEFT
    assert sorted(nonspace("".join(texts))) == sorted(nonspace(text))


def test_a_line_alone_between_pairs_goes_to_the_column_it_reads_on_in():
    # the left column's line '供暖期将…' sits alone between two pairs, and so does a right one
    # further down: the left line's break cuts '供|热', a word the page prints whole elsewhere
    # ('市供热办'), so it reads on under the left column, not the right one
    rows = [LEFT[0], f"{LEFT[1]} {RIGHT[0]}", f"{LEFT[2]} {RIGHT[1]}", f"{LEFT[3]} {RIGHT[2]}",
            LEFT[4], f"{LEFT[5]} {RIGHT[3]}", RIGHT[4], f"{LEFT[6]} {RIGHT[5]}", f"{LEFT[7]} {RIGHT[6]}",
            RIGHT[7]]
    text = "第2版\n\n" + HEAD + "\n\n" + "\n".join(rows) + "\n"
    texts = [l.text for l in unweave_columns(classify(text), text) if l.kind != "blank"]
    assert texts[-len(RIGHT) - len(LEFT):] == LEFT + RIGHT


def test_a_column_line_with_a_space_of_its_own_is_no_pair():
    # spaces inside one column's lines (beside Latin words, after a reporter's title) join no
    # second column: the page reads as printed
    text = ("第2版\n\n" + HEAD + "\n\n本报讯 记者林海 市政府昨日\n召开会议，部署今冬城区供暖\n"
            "保障工作。市长 (John Smith)\n表示，要确保居民温暖过冬。\n")
    lines = classify(text)
    assert [l.text for l in unweave_columns(lines, text)] == [l.text for l in lines]


def test_lead_bylines_with_a_space_inside_one_column_are_no_pairs_on_a_page_without_blank_lines():
    # two leads 'X（记者 Y）…' a space apart inside one column line, on a page with no blank
    # line: as wide as the column's other lines, so no two columns are woven there
    text = ("第2版\n" + HEAD + "\n本报讯（记者 王芳）全县冬小麦\n播种工作已经全面完成。\n"
            "农村公路建设跑出加速度\n本报讯（记者 李明）今年以来，全\n县新建农村公路一百二十公里，沿\n"
            "线村民出行更加方便。\n")
    lines = classify(text)
    assert [l.text for l in unweave_columns(lines, text)] == [l.text for l in lines]
