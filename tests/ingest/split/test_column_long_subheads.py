"""Hard-wrapped column pages: a story's sub-heading longer than a bare phrase ('X：…' quoting
what the section says, wrapped over two lines) stays inside the story when its words tie it
to the story as `flatsubheads` reads them — it names by the short name a person the story
introduced in full, and the paragraph under it names that person again without introducing
them (`subheads._tied`); a new story's headline over a lead that introduces the person again
is a headline."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace
from tests.ingest.split.compose import columned


def _para(text: str) -> str:
    return columned(text, 15) + "\n\n\n"


HEAD = "密苏里州起诉安防品牌洛瑞思\n指其构成国家安全威胁\n\n\n□本报记者 努尔兰·托合提\n\n\n"
BODY = [
    "美国密苏里州总检察长凯瑟琳·哈纳韦(Catherine Hanaway)星期一宣布起诉安防摄像头品牌洛瑞思，指其隐瞒与外国企业的关系，危害用户隐私。",
    "根据哈纳韦办公室星期一发布的新闻稿，洛瑞思销售的摄像头使用的软件存在严重的安全隐患，用户数据可能被传往海外服务器。",
]
TAIL = "哈纳韦提起的诉讼已经在密苏里州的法院立案，她要求法院判处罚款并禁止洛瑞思继续发布有关产品安全性的虚假声明。"
NEXT = ("林肯纪念堂倒影池重新注水\n\n\n"
        + _para("国家公园管理局星期三说，林肯纪念堂前的倒影池已经重新注水，游客可以再次看到纪念堂的倒影。")
        + _para("管理局说，工作人员将每天检查水质，并在夏季旅游旺季增加清理次数。"))
SUB = "哈纳韦：洛瑞思“隐瞒与外国\n军方企业的关系”\n\n\n"


def _page(sub: str, lead: str) -> str:
    return HEAD + "".join(_para(p) for p in BODY) + sub + _para(lead) + _para(TAIL) + NEXT


def test_a_long_subheading_naming_the_storys_person_stays_in_the_story():
    page = _page(SUB, "哈纳韦指出，洛瑞思一直隐瞒与外国军方企业的关系，这些军方企业的摄像头软件会把视频传往海外。")
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["密苏里州起诉安防品牌洛瑞思指其构成国家安全威胁", "林肯纪念堂倒影池重新注水"]
    assert "隐瞒与外国军方企业的关系" in nonspace(arts[0].body)
    assert arts[0].body.rstrip().endswith("有关产品安全性的虚假声明。")


def test_a_long_head_over_a_lead_introducing_the_person_again_is_a_story():
    lead = "美国密苏里州总检察长凯瑟琳·哈纳韦(Catherine Hanaway)星期二又宣布起诉另一家电子产品公司，指其违反消费者保护法。"
    arts = split_page(_page(SUB, lead)).articles
    assert len(arts) == 3, [a.title for a in arts]
