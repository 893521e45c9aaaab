"""pdftotext of a typeset page (bench-ingest --typeset, seed 7301): a long headline wrapped at its
commas, over a byline line (generator/ingest/split/heads/headbyline.py), is the story's title — not a
paragraph of the story above, leaving the story below a title derived from its first sentence."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page

PAGE = """（作者单位：昌吉学院）

“香港自治已死”：
美参议员跨党推出法案，
要求撤销香港驻美经贸办外交特权

□记者 钟涛刚 通讯员 杨萍怡

来自两党的一组美国参议
员推出法案，要求撤销香港政
府驻美国办事处的外交特权。
香港特区政府在美国设有三处
经贸办，位于华盛顿、纽约和
旧金山，目前享有外交特权和
豁免。
"""


def test_wrapped_long_headline_over_a_byline_line_is_the_title():
    arts = split_page(PAGE).articles
    hk = next(a for a in arts if a.authors)
    assert hk.title == "“香港自治已死”：美参议员跨党推出法案，要求撤销香港驻美经贸办外交特权"
    assert hk.title_source == "headline"
    assert hk.authors == ["钟涛刚", "杨萍怡"]
    assert hk.body.startswith("来自两党的一组美国参议员")


def test_unfinished_sentence_over_a_byline_is_not_a_headline():
    text = ("城东新建三处社区食堂\n\n本报讯 近日，城东街道新建的三处社区食堂开门迎客，老人们吃上了热乎饭。食堂由街道统一管理，"
            "菜价实惠，每天供应三餐，还为行动不便的老人送餐上门。街道负责人说，下一步将在\n\n"
            "□记者 王芳\n\n果农冬季修剪忙。眼下正是果树冬季修剪的关键时期，县里组织技术人员深入果园指导。\n")
    titles = [a.title for a in split_page(text).articles]
    assert "下一步将在" not in " ".join(titles)



HERE = Path(__file__).parent / "extracted"


def test_column_piece_joined_over_a_blank_to_the_headline_stays_with_the_story_above():
    # pdftotext, seed 7301 page 4: two columns read line by line, then the end of a column
    # ('…从未放弃使用武力取得'), a blank, and the commentary's head wrapped by its box
    text = (HERE / "pdftotext_column_piece_over_head.txt").read_text(encoding="utf-8")
    arts = split_page(text).articles
    memorial = next(a for a in arts if a.body.startswith("位于美国加州"))
    assert memorial.title == "六四纪念馆遭破坏，王丹誓言不会屈服"


def test_one_line_kicker_joined_over_a_blank_to_the_headline_stays_its_kicker():
    # a generated column page (bench-ingest seed 7302 page 2, col-doubled): the kicker, a blank,
    # the two-line headline, the byline line
    text = (HERE / "col_kicker_joined_to_head.txt").read_text(encoding="utf-8")
    oil = next(a for a in split_page(text).articles if a.authors == ["魏霞燕", "余峰勇"])
    assert oil.kicker == "美国可能会恢复军事行动"
    assert oil.title == "油价跌至战前水平，推动汽油价格降至每加仑4美元以下"


def test_kicker_and_head_joined_to_a_cut_column_over_a_lead_byline_are_the_next_stories():
    # pdftotext, seed 7304 page 2: a column that stops mid-sentence ('…全面且'), a blank, the
    # kicker, a blank, the headline wrapped by its box, a blank, the dateline lead
    text = (HERE / "pdftotext_head_over_lead.txt").read_text(encoding="utf-8")
    visa = next(a for a in split_page(text).articles if a.authors == ["姜蕾思", "崔萍娜"])
    assert visa.title == "因签证争议，美国不向在澳门举行的APEC旅游部长会议派遣高级代表"
    assert visa.kicker == "国务院的声明说"
    assert visa.body.startswith("美国国务院星期三（6月24日）")
