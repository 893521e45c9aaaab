"""pdftotext of typeset pages (bench-ingest --typeset, seed 7301): headlines a narrow box wrapped,
which generator/ingest/split/heads/headwrap.py puts back on one line — a lower line opening on a lone
character and a comma, and a last line one character over the box's measure."""
from __future__ import annotations

from generator.ingest.split.heads.headwrap import join_wrapped_heads
from generator.ingest.split.classify.lines import classify

BODY = "\n".join(["在美国和伊朗代表团在卡塔", "尔举行技术会谈后，美国财政", "部星期五批准伊朗向亚洲买",
                  "家出售石油，此前德黑兰同意", "国际原子能机构核查人员重返", "伊朗境内的核设施。"])


def _texts(text: str) -> list[str]:
    return [l.text for l in join_wrapped_heads(classify(text)) if l.kind == "text"]


def test_lower_line_opening_on_a_lone_character_and_comma_finishes_the_headline():
    text = "第6版\n\n德黑兰同意IAEA核查人员重返伊朗\n后，美国财政部批准伊朗出售石油\n\n" + BODY + "\n"
    assert "德黑兰同意IAEA核查人员重返伊朗后，美国财政部批准伊朗出售石油" in _texts(text)


def test_last_line_one_character_over_the_measure_is_still_the_headline():
    text = ("责任编辑：叶尔兰·托合提\n\n美众院委员会批中国以\n“灰色地带行动”恫吓\n台湾遂行其非法领土主张\n\n"
            + BODY + "\n")
    assert "美众院委员会批中国以“灰色地带行动”恫吓台湾遂行其非法领土主张" in _texts(text)


def test_grouped_headlines_stay_apart():
    grouped = "城东新建三处社\n区食堂开门迎客\n\n老旧小区改造让\n居民住得更舒心\n\n果农冬季修剪忙"
    assert [l.text for l in join_wrapped_heads(classify(grouped)) if l.text] == [
        t for t in grouped.split("\n") if t]


def test_upper_line_ending_on_a_conjunction_is_continued():
    text = "工作正在继续进行当中。\n\n美国宣布关注印太安全与\n中国在非洲的关键矿产\n\n" + BODY + "\n"
    assert "美国宣布关注印太安全与中国在非洲的关键矿产" in _texts(text)


def test_wide_line_cut_inside_a_word_the_story_says_once_is_continued():
    body = "\n".join(["七国集团领导人峰会举", "行的第二天，领导人关注俄", "乌局势，也将就关键矿产议",
                      "题出台具体措施，加强供应", "链的统筹协调。各国领导人", "在会后发表了联合声明。"])
    text = "清。”\n\nG7峰会着重俄乌伊朗局势也将对关\n键矿产议题出台具体措施\n\n" + body + "\n"
    assert "G7峰会着重俄乌伊朗局势也将对关键矿产议题出台具体措施" in _texts(text)


def test_long_headline_a_narrow_box_wrapped_over_seven_lines_is_one_line():
    # a commentary box one column wide sets a 42-character headline six characters a line
    head = ["卢比奥为对伊", "朗军事行动辩", "护，称德黑兰", "政权“同意”", "就其此前拒绝", "讨论的核项目", "内容进行谈判"]
    text = "过100万人流离失所。\n\n第2版\n\n" + "\n".join(head) + "\n\n" + BODY + "\n"
    assert "".join(head) in _texts(text)


def test_narrow_headline_with_latin_words_is_one_line():
    # a line stops a character short where a Latin word moved down whole ('第三批解密' / 'UFO…'),
    # and a line holding Latin letters measures short by half an em a letter
    head = ["五角大楼公布", "第三批解密", "UFO文件，披", "露FBI对球状飞", "行物的调查"]
    text = "时评\n\n" + "\n".join(head) + "\n\n韩鹏\n\n" + BODY + "\n"
    assert "".join(head) in _texts(text)


def test_headline_joining_two_statements_with_a_semicolon_is_one_line():
    # a narrow commentary box wraps '…总监；众院否决…' six characters a line
    head = ["特朗普提名纽", "约检察官担任", "下任国家情报", "总监；众院否", "决延长监控法"]
    text = "关进程。\n\n" + "\n".join(head) + "\n\n□本报评论员\n\n" + BODY + "\n"
    assert "".join(head) in _texts(text)


def test_column_lines_with_a_short_clause_after_a_semicolon_stay_apart():
    # a column's lines around '…的合作项目；“自由250“是': a sentence, not a headline
    lines = ["国家广场球迷区是“", "自由250“(Freedom250)", "与国际足联（FIFA）的合", "作项目；“自由250“是"]
    text = "加热烈。\n\n" + "\n".join(lines) + "\n\n" + BODY + "\n"
    assert all(l in _texts(text) for l in lines)


def test_headline_box_printed_as_long_and_short_pieces_is_one_line():
    # pdftotext breaks each line of a spaced-out headline box in two at the same place
    pieces = ["“五眼联盟”", "就中国", "利用求职平台", "从事间", "谍活动发出联", "合警告"]
    text = "工作正在继续进行当中。\n\n" + "\n".join(pieces) + "\n\n" + BODY + "\n"
    assert "".join(pieces) in _texts(text)


def test_column_lines_of_one_measure_are_not_pieces():
    # full column lines, each as wide as the next: no line is a box line's short piece
    lines = BODY.split("\n")[:4]
    text = "工作正在继续进行当中。\n\n" + "\n".join(lines) + "\n\n" + BODY + "\n"
    assert all(l in _texts(text) for l in lines)


def test_long_headline_of_two_commas_a_narrow_box_wrapped_over_six_lines_is_one_line():
    # 6-em lines (the column is 13): two statements and a clause, as a long headline says
    stack = ["老馆长王德明辞", "世，享年九十一", "岁，博物馆全体", "同仁发文深切缅", "怀其一生贡献风", "范"]
    text = "第2版\n\n" + "\n".join(stack) + "\n\n" + BODY + "\n"
    assert "".join(stack) in _texts(text)
