"""On a Markdown page a commentary's signature may be printed bold ('**本报评论员**') or as a
bare name over its author note ('王伟' / '（作者单位：X）'); a picture the converter left out
leaves a placeholder line. None of them is a headline or text (`lines._unbold_byline`,
`lines._next_note`, `lines._PLACEHOLDER`); '评论员文章' is a column label, no byline."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.authors import bylines

PAGE = """## 评论员文章

## 让城市更有温度

{sign_above}

城市的温度，体现在一个个细节里。公交站台加装座椅，老旧小区加装电梯，都是看得见的变化。

让城市更有温度，需要更多这样的用心之举。

{sign_below}

**==> picture [320 x 200] intentionally omitted <==**

## 全市启动春季植树活动

本报讯（记者 赵刚）全市春季义务植树活动昨天启动，各区共组织市民两万多人参加，栽下各类树苗五万余株。

活动将持续到本月底。
"""


def test_a_bold_commentator_line_signs_the_piece():
    arts = split_page(PAGE.replace("{sign_above}", "**本报评论员**").replace("{sign_below}", "")).articles
    assert [a.title for a in arts] == ["让城市更有温度", "全市启动春季植树活动"]
    assert arts[0].kind == "commentary" and arts[1].kicker is None
    assert arts[0].body.startswith("城市的温度")


def test_a_name_over_an_author_note_signs_the_piece_above():
    page = PAGE.replace("{sign_above}", "").replace("{sign_below}", "王伟\n（作者单位：市委党校）")
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["让城市更有温度", "全市启动春季植树活动"]
    assert arts[0].authors == ["王伟"] and arts[0].body.endswith("用心之举。")


def test_a_commentary_label_of_role_and_word_is_no_byline():
    assert bylines.parse_standalone("评论员文章") is None


def test_a_bold_byline_line_names_the_writers():
    page = """## 全市启动春季植树活动

**本报记者 赵刚 李强**

全市春季义务植树活动昨天启动，各区共组织市民两万多人参加，栽下各类树苗五万余株。

活动将持续到本月底。
"""
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["全市启动春季植树活动"]
    assert arts[0].authors == ["赵刚", "李强"] and arts[0].body.startswith("全市春季")


def test_an_author_note_alone_under_a_story_is_no_byline_of_the_next():
    page = """第5版

短评

城市的温度，体现在一个个细节里。公交站台加装座
椅，老旧小区加装电梯，都是看得见的变化。

(作者单位:某大学国际关系学院)

本报讯(记者 夏晓英)全市春季义务植树活动昨天启动，
各区共组织市民两万多人参加，栽下各类树苗五万余株。

全市启动春季植树活动
"""
    arts = split_page(page).articles
    assert arts[-1].title == "全市启动春季植树活动" and arts[-1].kind == "article"
