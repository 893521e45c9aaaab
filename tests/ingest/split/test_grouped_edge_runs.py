"""A headline group at a column page's foot or top, read as one run although some of its
blocks look like something else alone: a kicker over a title a narrow box wrapped to three
lines (four lines in all), a column label or a letter-spaced title the line stage read as
page furniture. Each test fails when the run stops at that block."""
from __future__ import annotations

from generator.ingest.split import split_page

from .compose import columned


_STORIES = [
    "本报讯（记者 王薇）世界卫生组织星期二说，五名感染埃博拉病毒的医护人员已经康复出院，疫情仍在蔓延。",
    "本报讯（记者 何欣）美国密苏里州总检察长星期三起诉一家安防品牌，指其产品构成国家安全威胁。",
    "本报讯（记者 赵磊）新西兰外长星期四对中国限制四名新西兰议员入境一年表示关切，称访问并无问题。",
]


def _titles(heads: str, top: bool = False) -> list[str]:
    body = "\n\n".join(columned(s, 14) for s in _STORIES)
    page = ("第三版　要闻\n\n" + heads + "\n\n" + body + "\n") if top else (body + "\n\n" + heads + "\n\n责任编辑：王芳\n")
    return [a.title for a in split_page(page).articles]


def test_a_title_a_narrow_box_wrapped_to_four_lines_stays_in_the_foot_group():
    heads = ("世卫组织称五名感染埃博\n拉病毒医护人员已康复；\n疫情仍在蔓延各方加大\n援助力度\n\n"
             "密苏里州起诉安防品牌指其构成国家安全威胁\n\n新西兰对四名议员遭中国限制入境一年表达关切")
    assert _titles(heads) == ["世卫组织称五名感染埃博拉病毒医护人员已康复；疫情仍在蔓延各方加大援助力度",
                              "密苏里州起诉安防品牌指其构成国家安全威胁",
                              "新西兰对四名议员遭中国限制入境一年表达关切"]


def test_a_column_label_over_a_grouped_headline_is_its_kicker_not_the_groups_end():
    heads = ("外交动态\n世卫组织称五名感染埃博拉病毒医护人员已康复\n\n"
             "密苏里州起诉安防品牌指其构成国家安全威胁\n\n新西兰对四名议员遭中国限制入境一年表达关切")
    arts = {a.title: a for a in split_page("\n\n".join(columned(s, 14) for s in _STORIES) + "\n\n" + heads
                                           + "\n\n责任编辑：王芳\n").articles}
    assert set(arts) == {"世卫组织称五名感染埃博拉病毒医护人员已康复", "密苏里州起诉安防品牌指其构成国家安全威胁",
                         "新西兰对四名议员遭中国限制入境一年表达关切"}, list(arts)
    assert arts["世卫组织称五名感染埃博拉病毒医护人员已康复"].kicker == "外交动态"


def test_a_letter_spaced_title_at_the_top_opens_the_group():
    heads = ("世 卫 组 织 称 医 护 康 复\n\n密苏里州起诉安防品牌指其构成国家安全威胁\n\n"
             "新西兰对四名议员遭中国限制入境一年表达关切")
    titles = _titles(heads, top=True)
    assert [t.replace(" ", "") for t in titles] == ["世卫组织称医护康复", "密苏里州起诉安防品牌指其构成国家安全威胁",
                                                    "新西兰对四名议员遭中国限制入境一年表达关切"], titles
