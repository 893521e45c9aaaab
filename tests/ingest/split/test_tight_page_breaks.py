"""A Markdown page that prints its paragraphs one under the other with no blank line between: the
one blank line it does print is where a page or column break fell, inside a paragraph far more
often than at its end, so the two pieces are one paragraph again even when the first stops on a
full stop (flatpage._tight, _break_in_tight); a lead byline after the blank still opens a story."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

P1 = "全县冬小麦播种工作已经全面完成，今年播种面积比去年增加了三千亩，农技人员深入田间地头指导农户科学播种。"
P2 = "县农业农村局负责人介绍，今年全县推广良种良法配套技术，小麦良种覆盖率达到百分之九十八以上。"
P3a = "据了解，全县今年还新建高标准农田两万亩，灌溉条件明显改善，机耕道路修到了田边地头。"
P3b = "这些农田将在明年夏收中发挥作用，预计亩产可提高五十公斤左右，农民增收有了保障。"
P4 = "下一步，全县将继续加强田间管理，做好病虫害防治工作，确保明年夏粮丰收，让农民的钱袋子鼓起来。"


def _page(gap: str) -> str:
    return "\n".join(["## 全县冬小麦播种全面完成", P1, P2, P3a + gap + P3b, P4,
                      "## 县城新建三座口袋公园", "本报讯（记者 李明）县城今年新建三座口袋公园，市民在家门口就能休闲健身，公园里种植了各类花草树木。",
                      "公园管理处负责人说，三座公园都配有健身器材和儿童游乐设施，免费向市民开放，受到市民欢迎。",
                      "附近居民王大爷说，过去这里是一片空地，如今变成了花园，每天傍晚都有很多人来这里散步聊天。"]) + "\n"


def test_paragraph_cut_after_a_full_stop_on_a_tight_page_is_one_paragraph():
    arts = split_page(_page("\n\n")).articles
    assert [a.title for a in arts] == ["全县冬小麦播种全面完成", "县城新建三座口袋公园"]
    assert nonspace(P3a + P3b) in [nonspace(p) for p in arts[0].body.split("\n\n")]


def test_lead_byline_after_the_blank_still_opens_its_own_paragraph():
    page = _page("\n").replace(P4, "\n本报讯（记者 王芳）" + P4)
    arts = split_page(page).articles
    paras = [nonspace(p) for p in arts[0].body.split("\n\n")]
    assert not any(nonspace(P3a + P3b) + "本报讯" in p for p in paras)
