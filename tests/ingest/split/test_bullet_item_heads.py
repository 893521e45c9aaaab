"""A 简讯 box whose items open on a bulleted headline printed right over the item's text, no
blank line between, the headline's wrapped end on a short line of its own: each bulleted line
(with its end) heads an item (`lines._bullet_head`)."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """第5版

国际简讯

▲五角大楼将比亚迪、阿里巴巴和百度列入支持中国军方企业
名单
据新华社电　美国星期一(6月8
日)将包括比亚迪、阿里巴巴以及百
度等多家知名中国企业列入一份被认
定与中国军方有关联的企业名单。

▲世卫组织：刚果民主共和国埃博拉
疫情已有逾千确诊病例
世卫组织星期二说，刚果民主共和国
的埃博拉疫情确诊病例已超过一千例，
疫情仍在蔓延。

▲油价回落
全球股市星期五普遍上涨，国际油价
则出现回落，投资者关注中东局势。
"""


def test_bulleted_heads_over_their_text_are_items():
    arts = split_page(PAGE).articles
    assert [a.title for a in arts] == ["五角大楼将比亚迪、阿里巴巴和百度列入支持中国军方企业名单",
                                       "世卫组织：刚果民主共和国埃博拉疫情已有逾千确诊病例", "油价回落"]
    assert all(a.kind == "brief" for a in arts)
    assert arts[0].body.startswith("据新华社电") and arts[2].body.startswith("全球股市")


def test_a_bulleted_paragraph_filling_the_column_is_text():
    page = """第5版

　　一年来工作回顾如下。

●今年以来我市大力推进城乡环境综合
整治工作，取得明显成效，群众满意度
持续提升。
"""
    arts = split_page(page).articles
    assert len(arts) == 1 and "●今年以来" in arts[0].body.replace("\\n", "")


def test_a_bulleted_line_stopping_on_a_name_s_middle_dot_is_text():
    """pdftotext of a typeset 简讯 box: the item's headline stands above, and the bulleted line
    under it stops on the middle dot of a name it cuts — a paragraph's first line, not a head."""
    page = """第5版

本地简讯

特朗普总统表示

●美国总统唐纳德·
特朗普星期三证实，在一
次关于以色列与黎巴嫩局
势的会谈中取得了进展。
"""
    (art,) = split_page(page).articles
    assert art.title == "特朗普总统表示"
    assert art.body.replace("\n", "").startswith("美国总统唐纳德·特朗普星期三证实")


def test_a_bulleted_head_wrapped_over_a_blank_line_stays_whole():
    """The same wrapped item headline with a blank line under its end, before the item's
    text: the two lines are one block already, and the word the wrap cuts ('调' / '查') is
    one headline's, never a stray line apart from it."""
    page = """第5版

快讯

■披露FBI对球状飞行物的调
查

　　本报讯　美国战争部星期五
(6月12日)公布了第三批有关不
明异常现象的解密文件。这次公
布是美国政府持续披露行动的一
部分。
"""
    (art,) = split_page(page).articles
    assert art.title == "披露FBI对球状飞行物的调查"
    assert art.body.replace("\n", "").startswith("美国战争部")
