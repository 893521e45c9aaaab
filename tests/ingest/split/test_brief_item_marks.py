"""A bullet ('■', '●') opens a 简讯 item's headline: it never continues the headline line above
(a box label '## 【新闻速览】' printed as a Markdown heading right over the first item's
'## ■…' stays the label), and it is no part of the item's title even when the headline line was
found late, as an unmarked line over text repeating its words (`segment._attach_minor`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

LABEL_OVER_ITEM = """## 【新闻速览】
## ■美国在台协会
美国在台协会星期三说，台湾将加入庆祝美国建国250年的全球活动，美国在台协会将在台北举办系列庆祝活动。
## ■俄罗斯空袭乌克兰造成五人死亡
俄罗斯星期五空袭乌克兰，造成至少五人死亡，20多人受伤，乌克兰东部多座城市的居民楼遭到破坏。
## 美伊冲突不断推高油价提振股市
唐纳德·特朗普总统星期一说，美国正快速推进与伊朗的谈判，国际油价随之上涨，股市也应声走高。
投资者对潜在停火协议抱有乐观预期，英伟达新芯片的发布也提振了科技股的表现。
"""

UNMARKED_ITEMS = """【本地简讯】

■卢比奥为对伊朗军事行动辩护

本报讯 美国国务卿卢比奥(Marco Rubio)星期二(6月2日)为美国对伊朗的军事行动进行辩护，并表示，伊朗政权为其核计划提供的常规防护已“遭到严重削弱”。这位美国最高外交官说，唐纳德·特朗普(Donald Trump)总统采取了适当行动，阻止伊朗利用其常规军事屏障作为掩护来发展核武器。

■特朗普说，船只正从霍尔木兹海峡

本报讯 特朗普总统表示，在与伊朗签署和平协议后，商船正从霍尔木兹海峡“蜂拥而出”。他还重申，伊朗有60天时间与美国达成最终协议。

■奥巴马在芝加哥为新的总统中心揭幕

前总统奥巴马星期五为他位于芝加哥的总统中心揭幕，中心包括一座图书馆和一座博物馆。
"""


def _titles(text: str) -> list[str]:
    return [nonspace(a.title) for a in split_page(text).articles]


def test_a_box_label_heading_does_not_join_the_first_bulleted_item():
    titles = _titles(LABEL_OVER_ITEM)
    assert "美国在台协会" in titles, titles
    assert not any("新闻速览" in t for t in titles), titles


def test_a_bullet_is_no_part_of_an_item_title_found_late():
    titles = _titles(UNMARKED_ITEMS)
    assert not any(t[:1] == "■" for t in titles), titles
    assert "特朗普说，船只正从霍尔木兹海峡" in titles, titles
