"""A '文/图 X' signature between two stories on a page whose headlines are printed together.

With every headline at the page's top, a story without a byline of its own runs on into the
story above it, and the signature under it is all that closes the pair. Where one story ends is
told by the headlines of the group (each speaks of its own story's opening), not by the words
the paragraphs share: the signature goes with the last story, and the cut falls where the
headline says.
"""
from __future__ import annotations

from generator.ingest.split import split_page

TOP = """城东街道新建三处社区食堂，老人在家门口吃上热饭

全县今年新修农村公路一百二十公里，群众出行更方便

果园迎来苹果丰收季，亩产比去年增加两成

　　本报讯（记者 王芳）城东街道今年新建三处社
区食堂，老人在家门口就能吃上热饭。街道负责人说，
食堂由社区统一管理，饭菜价格实惠。
　　社区食堂还请来志愿者，每天把饭菜送到行动不
便的老人家中，老人们吃得放心。

　　今年全县新修农村公路一百二十公里，沿线群众
出行更方便，老人去社区食堂吃饭也不用走泥路了。
　　县交通局说，明年还将新修农村公路八十公里，
公路养护也将纳入村规民约，由村民轮流看护。
　　沿线的村子办起了物流点，网购的东西当天就能
送到，特产也卖到了外地。

文/图 李强

　　本报讯（记者 赵兰）果园里的苹果熟了，果农
忙着采摘装箱。今年苹果丰收，亩产比去年增加两成，
收购商早早来到果园。
"""


def test_a_signature_closing_two_run_on_stories_signs_the_last_one():
    arts = split_page(TOP).articles
    got = [(a.title, a.authors) for a in arts]
    assert got == [("城东街道新建三处社区食堂，老人在家门口吃上热饭", ["王芳"]),
                   ("全县今年新修农村公路一百二十公里，群众出行更方便", ["李强"]),
                   ("果园迎来苹果丰收季，亩产比去年增加两成", ["赵兰"])], got
    assert arts[1].body.startswith("今年全县新修农村公路"), arts[1].body
    # the cut is the group's (where the headline's story opens), not a guess by shared words
    assert not any("by guess" in d for a in arts for d in a.doubts), [a.doubts for a in arts]
