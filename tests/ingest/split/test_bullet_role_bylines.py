"""A bullet and a printed gap before a role and a name ('□ 记者杜彬') is a byline whose writer is
the name: the role word is no part of it, as in '□记者 杜彬'."""
from generator.ingest.split import split_page

PAGE = """伊朗距离研制出核弹的距离是至少20年来最远的

□ 记者杜彬

伊朗距离研制出核弹的距离是至
少20年来最远的，美国副总统星期
二在白宫对记者这样表示。
他说，美伊两国的谈判代表将在
下星期再次会面。
"""


def test_bullet_role_name_byline_names_the_writer_only():
    arts = split_page(PAGE).articles
    story = next(a for a in arts if a.title and a.title.startswith("伊朗距离"))
    assert story.authors == ["杜彬"]
