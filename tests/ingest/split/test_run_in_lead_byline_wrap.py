"""A byline run into its lead paragraph that the column wrapped inside a name
('记者 X 通讯员 努尔兰·哈力别' / '克 报道：…'): its first line alone reads as a byline line of its
own; it is the paragraph's first line, and the name is read whole."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """特朗普总统：美国与伊朗达成协议

记者 何海敏 通讯员 努尔兰·哈力别
克 报道：唐纳德·特朗普(Donald Trump)
总统星期五(6月19日)宣布伊朗“完蛋了”，
并表示美方将继续推进谈判进程。
"""


def test_a_lead_byline_wrapped_inside_a_name_names_the_writer_whole():
    (art,) = split_page(PAGE).articles
    assert art.authors == ["何海敏", "努尔兰·哈力别克"]
    assert "".join(art.body.split()).startswith("唐纳德·特朗普") or \
        "".join((art.byline or "").split()).startswith("记者何海敏通讯员努尔兰·哈力别克")


def test_a_byline_line_of_its_own_over_the_lead_stays_one():
    page = PAGE.replace("记者 何海敏 通讯员 努尔兰·哈力别\n克 报道：", "本报记者 何海敏 努尔兰·哈力别克\n")
    (art,) = split_page(page).articles
    assert art.authors == ["何海敏", "努尔兰·哈力别克"]
    assert art.body.startswith("唐纳德·特朗普")


def test_on_a_solid_page_the_wrapped_lead_byline_is_one_block_and_a_signature_stays_apart():
    from generator.ingest.split.classify import blockbreaks
    texts = ["旅行家维克多在加德满都的《流浪的浪漫》", "　　记者 娜迪亚·哈依拉提", " 通讯员 邵春涛 报道：202",
             "6年3月3日，在位于加德满", "都的凯撒图书馆，民众与俄罗"]
    starts = [False, True, True, False, False]
    assert blockbreaks.leads_together(texts, starts) == [False, True, False, False, False]
    # a commentary's signature over the next story's dateline lead: two bylines, two blocks
    texts = ["价格将“像石头一样暴跌”。", "本报评论员", "新华社伦敦6月24日电(记者 万雪、孟", "思文)美国国务院星期三宣布"]
    starts = [False, True, True, False]
    assert blockbreaks.leads_together(texts, starts) == starts
