"""A photo caption cut from the story it closes opens where a text introduces its people: a
paragraph introducing in full ('唐纳德·特朗普(Donald Trump)') a person the paragraph above
names by the short name opens the caption, and that paragraph stays with the story, however
many words the two share; a paragraph introducing in full a person the story above already
named opens a text too, so it is the caption's (`captions._caption_size`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

PAGE = """## 特朗普总统：霍尔木兹海峡将免费开放

本报记者 王亮

特朗普总统星期三表示，伊朗向美国保证不会对通过霍尔木兹海峡的国际船只收取任何费用。

美国与伊朗在上星期签署的谅解备忘录中，有一点是要求伊朗为商船的安全通行做出安排。

随着市场预期霍尔木兹海峡将维持开放，美国油价星期三跌破每桶70美元，创下冲突以来的最低水平。

特朗普总统则坚持表示，伊朗已同意接受最高级别的核查，这是美伊双方继续谈判达成最终协议的重要前提。

唐纳德·特朗普(Donald Trump)总统星期三表示，本星期早些时候与伊朗达成的谅解备忘录并非最终协议，美伊双方还将继续谈判。

本报记者 江航 摄

## 林肯纪念堂倒影池重新注水

国家公园管理局星期三说，林肯纪念堂前的倒影池已经重新注水，游客可以再次看到纪念堂的倒影。
"""


def test_a_paragraph_introducing_a_person_the_one_above_named_opens_the_caption():
    arts = split_page(PAGE).articles
    assert [a.kind for a in arts] == ["article", "photo", "article"], [(a.kind, a.title) for a in arts]
    assert nonspace(arts[1].body).startswith("唐纳德·特朗普(DonaldTrump)总统星期三表示")
    assert nonspace(arts[0].body).endswith("重要前提。")


PAGE2 = """## 国务卿访问新德里，称印度是关键战略伙伴

本报记者 王亮

国务卿星期日与印度外交部长举行会谈，开始为期四天的访问，旨在稳定两国关系。

国务卿强调，特朗普政府的贸易决策是从全球视角出发作出的，并非专门针对印度。

双方讨论内容涵盖贸易、能源、海上安全以及印度劳工面临的签证相关挑战。

美国总统唐纳德·特朗普(Donald Trump)星期五指责德黑兰泄露了有关协议的不实细节。

伊朗外交部长阿巴斯·阿拉格奇(Abbas Araghchi)随后在社交平台上发帖，呼吁媒体不要猜测。（本报记者 钟红华 摄）

## 林肯纪念堂倒影池重新注水

国家公园管理局星期三说，林肯纪念堂前的倒影池已经重新注水，游客可以再次看到纪念堂的倒影。
"""


def test_a_paragraph_introducing_a_person_the_story_named_opens_the_caption():
    # the story named 特朗普 already; a paragraph introducing him in full opens another text
    arts = split_page(PAGE2).articles
    assert [a.kind for a in arts] == ["article", "photo", "article"], [(a.kind, a.title) for a in arts]
    assert nonspace(arts[1].body).startswith("美国总统唐纳德·特朗普(DonaldTrump)")
    assert nonspace(arts[0].body).endswith("签证相关挑战。")
