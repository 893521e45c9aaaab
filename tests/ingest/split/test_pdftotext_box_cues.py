"""Plain text from pdftotext (bench-ingest --typeset, dev seeds 15000–15004): cues of a head box
that the extractor keeps — a kicker line filling the column over a headline set wider than the
column, a bulleted brief whose first sentence glosses a name in brackets, the paper's name left
touching the header's date once the byline printed under it went to its story, and a '——'
subtitle closing a head stack printed after a column that stops mid-sentence, and a byline
printed over the headline it belongs to, after a story with a byline of its own, and a headline a
narrow box wrapped over many short lines right under a column label."""
from __future__ import annotations

from generator.ingest.split import split_page

WIDE_HEAD = """晨光日报

2025年3月2日 星期日

第四版

城建

这一切都取决于谈判进展

市长：
新建的跨河大桥将在明年春天全面通车，
沿岸居民出行“更加便利”

新华社长沙3月2日电
（记者 林晓）市长星期二
在记者会上说，新建的跨
河大桥将在明年春天全面
通车，这座大桥连接河的
两岸。
他说：“这一切都取决于
谈判进展，我们会尽快公
布通车的具体时间表。”
市政部门表示，大桥的
主体工程已经完成，目前
正在进行路面铺设和照明
设备的安装工作。
"""


def test_a_full_line_alone_over_a_headline_wider_than_the_column_is_its_kicker():
    # the kicker fills the column to the last character, as a body line does, but it stands
    # alone between blank lines over a headline set over two columns: no paragraph is one
    # unpunctuated line there
    (art,) = split_page(WIDE_HEAD).articles
    assert art.kicker == "这一切都取决于谈判进展"
    assert art.title == "市长：新建的跨河大桥将在明年春天全面通车，沿岸居民出行“更加便利”"
    assert art.authors == ["林晓"]
    assert art.body.startswith("市长星期二在记者会上说")


GLOSSED_BRIEF = """晨光日报

· 快讯 ·
老街修缮工程全部完工

◆市文物局局长陈立
(Chen Li)当地时间5月9
日在老街主持仪式，宣布
修缮工程全部完工。
陈立说：“老街的每一块
石板都得到了保护。”

夜间阅览室延长开放

◆市图书馆星期一宣布，
夜间阅览室将延长开放至
晚上十点。
"""


def test_a_bulleted_brief_glossing_a_name_opens_on_text_not_an_inline_title():
    # '◆…陈立(Chen Li)当地时间5月9日…': the date does not close an inline title — a headline
    # carries no bracketed Latin gloss; the item's headline is the line over it
    first, second = split_page(GLOSSED_BRIEF).articles
    assert first.title == "老街修缮工程全部完工"
    assert first.body.startswith("市文物局局长陈立(Chen Li)当地时")
    assert second.title == "夜间阅览室延长开放"


HEADER_BYLINE = """晨光日报
文 / 图 林晓

2025年3月2日 星期日

第4版

社会

责任编辑：王青

新建的跨河大桥将在明年春天全面通车

市长星期二在记者会上
说，新建的跨河大桥将在
明年春天全面通车，这座
大桥连接河的两岸。
市政部门表示，大桥的
主体工程已经完成，目前
正在进行路面铺设和照明
设备的安装工作。
"""


def test_the_papers_name_touching_the_header_date_is_a_header_cell():
    # the byline printed under the paper's name goes under the first headline; the name is
    # then left touching the date cell, and is still the header's, not a kicker
    (art,) = split_page(HEADER_BYLINE).articles
    assert art.title == "新建的跨河大桥将在明年春天全面通车"
    assert art.kicker is None and art.subtitle is None
    assert art.authors == ["林晓"]


AFTER_CUT_COLUMN = """晨光日报

2025年3月2日 星期日

第四版

城南公园完成改造重新开放

本报讯 记者林晓报道：
经过半年的施工，城南公园
星期六重新向市民开放，园
内新增了步道、儿童游乐区
和一片湿地。管理处说，开
放首日接待游客超过两万人
次。
管理处还说，公园将在夏
季延长开放时间，并在湖边

市图书馆延长夜间阅览室
开放时间、增加座位数量
——根据市文化局发布的通知

■记者王青 通讯员 李明

市图书馆星期一宣布，夜
间阅览室将延长开放至晚上
十点，方便上班族下班后读
书，阅览室的座位也将增加
一倍。
"""


def test_a_subtitle_under_a_headline_after_a_cut_column_stays_the_subtitle():
    # the column above stops mid-sentence (its story goes on elsewhere), so the head stack
    # printed after it is read as that column's tail first; cut from it over its byline, the
    # stack's '——' line is still the subtitle, not the end of the title
    arts = split_page(AFTER_CUT_COLUMN).articles
    library = arts[-1]
    assert library.title == "市图书馆延长夜间阅览室开放时间、增加座位数量"
    assert library.subtitle.lstrip("—") == "根据市文化局发布的通知"
    assert library.authors == ["王青", "李明"]


NARROW_BOX = """晨光日报

2025年3月2日 星期日

第四版

快评

公园改造完成
之际，
市民盼望更多
绿地向社区开
放

城南公园星期六重新向市
民开放。改造后的公园新
增了步道和一片湿地，开
放首日接待游客超过两万
人次。
我们希望，更多的绿地能
够向社区开放，让居民在
家门口就能享受到自然。
"""


def test_a_headline_a_narrow_box_wrapped_under_a_column_label_heads_the_commentary():
    # five lines far short of the column, no sentence among them, right under '快评': the
    # headline of the box the label opens, not the first paragraph of its text
    (art,) = split_page(NARROW_BOX).articles
    assert art.title == "公园改造完成之际，市民盼望更多绿地向社区开放"
    assert art.kind == "commentary"
    assert art.body.startswith("城南公园星期六重新向市民开放。")
