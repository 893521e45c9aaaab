"""pdftotext of a typeset page (bench-ingest --typeset, seed 7301 page 6): a commentary's
'本报评论员' printed under its last line, at the page's foot (briefs.closing_picture_bylines):
it signs the commentary above — no empty story titled '本报评论员'."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """德黑兰同意IAEA核查人员重返伊朗
后，美国财政部批准伊朗出售石油

在美国和伊朗代表团在
瑞士举行“富有成效”的高
级别技术会谈后，美国财政
部星期一（6月22日）向伊
朗发放临时许可，允许其生
产和销售石油。
根据美国财政部的说
法，伊朗不得向朝鲜、古巴
以及俄罗斯占领的乌克兰部
分地区出售石油。
本报评论员
"""


def test_byline_line_after_the_last_text_signs_it():
    (art,) = split_page(PAGE).articles
    assert art.title == "德黑兰同意IAEA核查人员重返伊朗后，美国财政部批准伊朗出售石油"
    assert art.byline == "本报评论员"
    assert art.kind == "commentary"
    assert art.body.endswith("分地区出售石油。")


def test_an_unsigned_commentary_signature_before_the_next_headline_closes_the_story_above():
    """'本报评论员' under a commentary's last line, with the next story's headline right after it
    (headlines printed under their stories): it signs the commentary, and opens no empty story."""
    from generator.ingest.split.page import split_page
    page = ("推进垃圾分类，既要在宣传引导上下功夫，更要在收运处理上补短板，\n让分类链条环环相扣。\n\n"
            "本报评论员\n\n分类链条要环环相扣\n\n本报记者 王薇\n\n"
            "4月7日，记者从乌鲁木齐市城市管理局获悉，今年全市将新建改建垃圾分类收集点1200个。\n\n"
            "乌鲁木齐今年新建改建垃圾分类收集点\n")
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["分类链条要环环相扣", "乌鲁木齐今年新建改建垃圾分类收集点"], arts
    assert arts[0].kind == "commentary" and "本报评论员" in (arts[0].byline or "")
    assert all(a.body for a in arts)


HEADS_TOP = """城东新建三处社区食堂

评论：让老人吃得方便

全县今年新修农村公路

　　本报讯（记者 王芳）城东街道今年新建三处社
区食堂，老人在家门口就能吃上热饭。

文/图 李强

　　社区食堂开到家门口，方便的是老人，温暖的是
人心。办好这件小事，要算好长远账。

本报评论员

　　本报讯 记者赵军报道：今年全县新修农村公路
一百二十公里，沿线群众出行更方便。
"""


def test_a_signature_over_a_story_with_its_own_lead_signs_the_story_above():
    """Headlines grouped at the page's top: '本报评论员' between a commentary's end and the next
    story's '本报讯…' lead signs the commentary (a story has one byline), and so the '文/图 X'
    line over the commentary signs the story before it."""
    arts = split_page(HEADS_TOP).articles
    assert [a.title for a in arts] == ["城东新建三处社区食堂", "评论：让老人吃得方便", "全县今年新修农村公路"]
    first, comment, last = arts
    assert comment.byline == "本报评论员" and comment.kind == "commentary"
    assert comment.body.startswith("社区食堂开到家门口") and comment.body.endswith("要算好长远账。")
    assert "李强" in first.authors and "李强" not in comment.authors
    assert last.authors == ["赵军"] and "本报评论员" not in (last.byline or "")


def test_a_byline_line_over_a_column_label_signs_the_story_above():
    """Headlines grouped at the page's foot, stories run on one after another: '文/图 X' right
    over the next story's column label ('北庭时评') signs the story above it — a label opens its
    story, so nothing of the story under it is printed before it — and the label still makes
    the story under it a commentary."""
    story = ("美国战争部长皮特·海格塞斯星期三警告古巴不要寻求能够打击美国本土或关塔那摩湾美国海军基地的武器。"
             "古巴外交部长说，古巴不对美国构成威胁。")
    above = "\n\n".join("\n".join(_wrap(story)) for _ in range(5))        # a story, not a caption
    page = (above + "\n\n文 / 图 邵斌瑞\n\n北庭时评\n\n"
            "共和党众议员克里斯·史密斯和民主\n党众议员汤姆·苏奥齐星期二联合提\n出了众议院版本的法案。\n\n"
            "该法案要求国务卿必须在一年内将\n这份报告提交给国会。\n\n"
            "海格塞斯警告古巴不要扩充军备\n\n必须坚定与藏人站在一起\n")
    first, second = split_page(page).articles
    assert first.authors == ["邵斌瑞"] and first.body.endswith("美国构成威胁。")
    assert second.authors == [] and second.kind == "commentary"
    assert second.body.startswith("共和党众议员")


def _wrap(text: str, width: int = 16) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]
