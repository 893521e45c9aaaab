"""A Markdown-shaped page printed without '#' marks: a phrase set apart right under a headline
line is its subtitle, not the first piece of a paragraph cut by a break (flatpage._subtitle_under);
a piece whose break cuts a word the page prints whole is still joined to its paragraph."""
from __future__ import annotations

from generator.ingest.split import split_page

FIRST = ("市区今年新建的三处社区食堂本月全部开张营业，每天中午和傍晚为辖区老人提供热乎饭菜，"
         "价格比市场低三成，七十岁以上老人还能再享受八折优惠。")
FIRST_MORE = ("街道还组织志愿者上门送餐，行动不便的老人打个电话就能吃上热饭，"
              "目前已有两百多位老人登记了送餐服务。")
SECOND_A = "城东片区十二个老旧小区的改造工程近日全部完工，共加装电梯二十部，新增停车位三百个"
SECOND_B = ("，小区道路和地下管网也一并更新，居民出行更加方便。改造期间，施工单位错峰作业，"
            "尽量减少对居民生活的影响，得到了居民的普遍认可。")
SECOND_MORE = "区住建局表示，明年还将继续推进另外八个小区的改造，力争让更多居民住上舒心房。"


def _page(subtitle_piece: str, body_piece: str) -> str:
    return "\n\n".join([
        "三处社区食堂同日开张", FIRST, FIRST_MORE,
        "城东片区十二个老旧小区改造工程全部完工", subtitle_piece, body_piece, SECOND_MORE, ""])


def test_a_phrase_under_a_headline_is_its_subtitle():
    arts = split_page(_page("加装电梯二十部惠及八千户", SECOND_A + SECOND_B)).articles
    second = next(a for a in arts if a.title == "城东片区十二个老旧小区改造工程全部完工")
    assert second.subtitle == "加装电梯二十部惠及八千户"
    assert second.body.startswith("城东片区十二个老旧小区")


def test_a_paragraph_cut_right_under_its_headline_is_still_one_paragraph():
    # the break falls inside 小区 ('…十二个老旧小' / '区的改造…'), a word the page prints whole
    cut = SECOND_A.index("小区的改造") + 1
    arts = split_page(_page(SECOND_A[:cut], SECOND_A[cut:] + SECOND_B)).articles
    second = next(a for a in arts if a.title == "城东片区十二个老旧小区改造工程全部完工")
    assert second.subtitle is None
    assert second.body.startswith(SECOND_A[:20])
