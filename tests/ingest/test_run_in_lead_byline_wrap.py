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
