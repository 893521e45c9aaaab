"""Byline grammar, photo credits, jump markers and page decoding."""
from __future__ import annotations

import pytest

from generator.ingest.split.authors import bylines
from generator.ingest.split.text.decode import PageError, decode_page
from generator.ingest.split.classify.lines import classify
from generator.ingest.split.text.textutil import cn_number


@pytest.mark.parametrize("text, byline, credits, rest", [
    ("本报讯 记者王薇报道:“转身", "本报讯 记者王薇报道:", [("记者", "王薇")], "“转身"),
    ("本报讯 记者荷苒·马汗、通讯员玛海然报道:近日", "本报讯 记者荷苒·马汗、通讯员玛海然报道:",
     [("记者", "荷苒·马汗"), ("通讯员", "玛海然")], "近日"),
    ("本报讯（记者 胡俊秀）1月28日", "本报讯（记者 胡俊秀）", [("记者", "胡俊秀")], "1月28日"),
    ("本报讯（实习记者娜迪亚·哈依拉提通讯员吾尔古丽·阿合买提）春节期间",
     "本报讯（实习记者娜迪亚·哈依拉提通讯员吾尔古丽·阿合买提）",
     [("实习记者", "娜迪亚·哈依拉提"), ("通讯员", "吾尔古丽·阿合买提")], "春节期间"),
    ("新华社北京1月5日电（记者 张华、李明）记者从", "新华社北京1月5日电（记者 张华、李明）",
     [("记者", "张华"), ("记者", "李明")], "记者从"),
    ("新华社乌鲁木齐1月6日电 寒假来临", "新华社乌鲁木齐1月6日电", [], "寒假来临"),
    ("本报阿勒泰讯（特约记者 王芳 实习生 杨帆）近日", "本报阿勒泰讯（特约记者 王芳 实习生 杨帆）",
     [("特约记者", "王芳"), ("实习生", "杨帆")], "近日"),
    ("记者王薇、通讯员李明报道：近日", "记者王薇、通讯员李明报道：", [("记者", "王薇"), ("通讯员", "李明")], "近日"),
])
def test_lead_bylines(text, byline, credits, rest):
    b = bylines.parse_lead(text)
    assert b is not None and (b.text, b.credits, b.rest) == (byline, credits, rest)
    # nothing is lost between the byline and the lead: the colon after 报道 stays in the byline
    assert "".join((b.text + b.rest).split()) == "".join(text.split())


@pytest.mark.parametrize("text", ["张进文10月3日电话告知家人", "记者了解到，今年以来", "本报记者发现，", "据了解，近日"])
def test_sentences_are_not_bylines(text):
    assert bylines.parse_lead(text) is None or bylines.parse_lead(text).credits == []
    assert bylines.parse_standalone(text) is None


@pytest.mark.parametrize("line, names", [
    ("□记者 古扎丽·阿布都热西提", ["古扎丽·阿布都热西提"]), ("本报记者 王薇 李明", ["王薇", "李明"]),
    ("文/王薇 图/李明", ["王薇", "李明"]), ("■本报记者 马兰 通讯员 艾力·买买提", ["马兰", "艾力·买买提"]),
])
def test_standalone_bylines(line, names):
    assert bylines.parse_standalone(line).authors == names


@pytest.mark.parametrize("line, names", [
    ("王俊伟 摄", ["王俊伟"]), ("本报记者 王俊伟 摄", ["王俊伟"]), ("（王俊伟 李明 摄）", ["王俊伟", "李明"]),
    ("图/王俊伟", ["王俊伟"]), ("王俊伟/摄", ["王俊伟"]), ("阿依古丽·吐尔逊 摄", ["阿依古丽·吐尔逊"]),
])
def test_photo_credits(line, names):
    assert bylines.parse_credit_line(line) == names


def test_trailing_byline_and_inline_credit():
    assert bylines.parse_tail("（记者 王薇 通讯员 李明）").authors == ["王薇", "李明"]
    assert bylines.parse_tail("（完）") is None
    assert bylines.split_credit_tail("精神。 王俊伟 摄") == ("精神。", "王俊伟 摄", ["王俊伟"])


@pytest.mark.parametrize("note, authors", [
    ("（作者单位：伊犁州农业农村局）", []), ("（作者系新疆大学马克思主义学院教授）", []),
    ("（作者为自治区党校教授）", []), ("（作者：王建新，系昌吉州委党校讲师）", ["王建新"]),
])
def test_author_notes_sign_a_piece(note, authors):
    """An author note after a commentary is its signature, not body text."""
    b = bylines.parse_tail(note)
    assert b is not None and (b.text, b.authors) == (note, authors)
    assert bylines.split_tail("服务不缺位。" + note) == ("服务不缺位。", b)
    assert bylines.parse_tail("（作者）") is None and bylines.parse_tail("（作者说明）") is None


@pytest.mark.parametrize("text, n", [("一", 1), ("四", 4), ("十", 10), ("十二", 12), ("二十", 20),
                                     ("二十三", 23), ("3", 3), ("１２", 12), ("两", 2), ("版", None)])
def test_chinese_numerals(text, n):
    assert cn_number(text) == n


def test_jump_markers_and_running_header():
    lines = classify(" （上接第一版）\n正文\n\n（下转第十二版）\n\n政 府 工 作 报 告\n\n急 难 愁 盼 诉 求 474 万 余 件、办 结 率\n")
    kinds = [(l.kind, l.data.get("page"), l.data.get("title")) for l in lines if l.kind != "blank"]
    assert kinds[0] == ("from", 1, None) and kinds[2] == ("to", 12, None)
    assert kinds[3] == ("rheader", None, "政府工作报告") and kinds[4][0] == "text"


def test_decode_utf8_bom_gbk_gb18030():
    text = "本报讯（记者 王薇）近日，我州援乌医疗队奔赴一线。\n"
    assert decode_page(text.encode("utf-8"), "a") == text
    assert decode_page(b"\xef\xbb\xbf" + text.encode("utf-8"), "a") == text
    assert decode_page(text.encode("gbk"), "a") == text
    assert decode_page(("𠀀" + text).encode("gb18030"), "a") == "𠀀" + text
    assert decode_page(text.replace("\n", "\r\n").encode("utf-8"), "a") == text


@pytest.mark.parametrize("data, words", [
    (b"", "empty"), (b"\n \n\t\n", "empty"), (b"\x00\x01\x02PK\x03\x04" * 100, "binary"),
    (bytes(range(128, 256)) * 20, "page.txt"),
])
def test_decode_refuses_bad_input(data, words):
    with pytest.raises(PageError) as err:
        decode_page(data, "page.txt")
    assert words in str(err.value) and "page.txt" in str(err.value)


@pytest.mark.parametrize("title, notice", [
    ("关于开展冬季安全生产大检查的通知", True), ("招聘启事", True), ("严正声明", True),
    ("关于进入森林草原防火期的通告", True),
    ("六四死难者终将得到昭雪：卢比奥国务卿就天安门广场屠杀事件37周年发表声明", False),
    ("外交部发言人就美方涉华法案发表声明", False), ("市人社局发布事业单位招聘公告", False),
])
def test_a_headline_reporting_a_notice_is_no_notice(title, notice):
    from generator.ingest.split.stories import kinds
    assert kinds.is_notice(title) is notice


@pytest.mark.parametrize("line, name", [
    ("买买提江·托合提", "买买提江·托合提"), ("阿不都热依木·艾力", "阿不都热依木·艾力"), ("陈桂鑫", "陈桂鑫"),
    ("美国战争部长皮特·海格塞斯", None),      # a title before a transliterated name: text, not a signature
])
def test_bare_signatures_are_names(line, name):
    assert bylines.bare_signature(line) == name


def test_an_indented_line_opens_a_paragraph_not_a_byline():
    body = "表示，测试按计划执行，动态地打败了所有威胁。他说，这是一次里程碑式的测试，美军已成功完成国家导弹防御系统的首次测试。"
    page = ("首次金穹导弹防御系统成功测试\n\n　　美国战争部长皮特·海格塞斯\n\n"
            + "\n".join(body[k:k + 14] for k in range(0, len(body), 14)) + "\n")
    kinds_ = [l.kind for l in classify(page) if "海格塞斯" in l.text]
    assert kinds_ and "byline" not in kinds_, kinds_
