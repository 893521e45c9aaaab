"""On a column page printed without blank lines, a headline set wider than the column and
wrapped by its box inside a word ('…在台湾西南部海' / '域对峙') is one headline: no column line
passes the measure, and no kicker, title or subtitle ends or opens inside a word."""
from generator.ingest.split import split_page
from generator.ingest.split.classify.blockbreaks import wide_wraps_together

PAGE = """要闻  2026年2月11日 星期三
本报记者　谭丽超　朱晓
台湾强烈谴责中国海警
船“硬闯”其控制水域，营
造对其海域拥有管辖权“假
象”并“公然挑衅”台湾主
权。
一艘台湾海巡船与一艘
中国海警船星期五(6月5日)
在南中国海普拉塔斯群岛
附近对峙。台湾政府批评中
国海警船“硬闯”其限制水
域是“公然挑衅”台湾主权。
台湾海巡署在一个声明
中说，台湾海巡船“巡护九
号”当天上午7点半左右在
该群岛东北方限制水域外
侦获中国海警船后立即趋
前并航并以广播驱离，双
方仍持续对峙中。
台湾海巡船与中国海警船在台湾西南部海
域对峙
本报讯（记者热依拉·
热合曼）美国国务卿马尔科
·卢比奥星期三说，在美
伊谈判代表致力于达成一项
旨在彻底结束持续数月战争
的协议之际，美国希望就相
关决策与中东盟友进行磋商。
卢比奥在访问科威特期间对
记者表示，美国“不会做任
何事情来损害我们在这个地
区盟友的安全。”卢比奥说，
他与科威特领导人以及当天
早些时候在阿拉伯联合酋长
国进行了他所称的“坦诚、
真挚且非常重要的对话”。
卢比奥国务卿
美国正就美伊会谈与中东盟友进行磋商
"""


def test_wide_headline_wrapped_inside_a_word_stays_one_headline():
    titles = [a.title for a in split_page(PAGE).articles]
    assert "台湾海巡船与中国海警船在台湾西南部海域对峙" in titles


def test_break_under_a_column_wide_line_stays():
    """Negative case: a line no wider than the column is no head box's wrap, whatever it cuts."""
    texts = ["台湾海巡署在一个声明", "中说，台湾海巡船“巡护九", "号”当天上午7点半左右在", "中国海"] + \
            ["域对峙"] + ["该群岛东北方限制水域外"] * 3
    starts = [False] * 4 + [True] + [False] * 3
    assert wide_wraps_together(texts, starts)[4]
