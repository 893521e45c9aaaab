"""Places are found by the grammar of Chinese administrative names, cut on jieba word boundaries;
topics come from the configured taxonomy."""
from generator.core.config import Topic
from generator.core.topics import group_by, places_in, topics_for


def test_names_are_cut_at_the_clause_start():
    found = places_in("张进文是吉木萨尔县人民医院骨科医生，也是昌吉州援乌医疗队的队员之一。"
                      "他已在乌鲁木齐市奋战了1月有余。")
    assert found == ["吉木萨尔县", "昌吉州", "乌鲁木齐市"]


def test_chains_are_split_into_their_parts():
    assert places_in("吉木萨尔县北庭镇西上湖村") == ["吉木萨尔县", "北庭镇", "西上湖村"]
    assert places_in("白杨河乡西上湖村的村民") == ["白杨河乡", "西上湖村"]
    assert places_in("呼图壁县石梯子哈萨克族乡多斯特克村") == ["呼图壁县", "石梯子哈萨克族乡", "多斯特克村"]


def test_unknown_names_and_autonomous_units():
    assert places_in("在呼勒水镇", "玛纳斯县包家店镇") == ["呼勒水镇", "玛纳斯县", "包家店镇"]
    assert places_in("昌吉回族自治州和木垒哈萨克自治县") == ["昌吉回族自治州", "木垒哈萨克自治县"]


def test_words_that_merely_end_like_places_are_not_places():
    text = ("扎实做好农村人居环境整治，研究部署乡村振兴，发挥市场在资源配置中的作用，"
            "社区网格员走村入户，各高风险小区，物流园区，组织村干部，喀纳斯景区。")
    assert places_in(text) == []


def test_topics_follow_the_taxonomy_order():
    tax = [Topic("抗疫", "epidemic", ["核酸", "疫情"]), Topic("教育", "education", ["学校"])]
    assert topics_for("学校复课", "疫情防控常态化", tax) == ["抗疫", "教育"]
    assert topics_for("天气", "晴", tax) == []


def test_group_by_lists_newest_first():
    import datetime as dt
    from generator.core.model import Article
    a = Article(id="p/2020-01-01/01-01", paper="p", date=dt.date(2020, 1, 1), page=1, seq=1,
                title="a", places=["昌吉州"])
    b = Article(id="p/2021-01-01/01-01", paper="p", date=dt.date(2021, 1, 1), page=1, seq=1,
                title="b", places=["昌吉州"])
    assert [x.title for x in group_by([a, b], "places")["昌吉州"]] == ["b", "a"]


def test_a_topic_is_earned_not_brushed_against():
    """One keyword once deep in the body is not what a story is about; the headline, the lead
    or several mentions are."""
    tax = [Topic("教育", "education", ["学校", "教育"])]
    body = "全县冬季供暖工作启动。\n\n各单位做好准备，学校也已检查锅炉。\n\n供暖将持续到明年四月。"
    assert topics_for("冬季供暖启动", body, tax) == []
    assert topics_for("学校冬季供暖启动", body, tax) == ["教育"]
    assert topics_for("冬季供暖启动", body, tax, kicker="教育系统") == ["教育"]
    assert topics_for("冬季供暖启动", "学校供暖先行。\n\n" + body, tax) == ["教育"]   # the lead
    thrice = body + "\n\n学校教育不停，学校师生安心。"
    assert topics_for("冬季供暖启动", thrice, tax) == ["教育"]


def test_a_long_survey_needs_more_than_a_few_mentions():
    """A long report that names a field three times in 8,000 characters is not about it."""
    tax = [Topic("教育", "education", ["教育"])]
    filler = "。\n\n".join(["全年经济运行稳中有进"] * 800)
    body = "报告回顾全年工作。\n\n" + filler + "。\n\n教育、教育、教育投入增加。"
    assert topics_for("政府工作报告", body, tax) == []
    assert topics_for("政府工作报告", body + "教育" * 20, tax) == ["教育"]


def test_place_levels_follow_the_suffix_grammar():
    from generator.core.topics import PLACE_LEVELS, place_level
    names = {"昌吉回族自治州": "州/地区", "阿勒泰地区": "州/地区", "昌吉州": "州/地区",
             "木垒哈萨克自治县": "县/市", "吉木萨尔县": "县/市", "乌鲁木齐市": "县/市", "天山区": "县/市",
             "石梯子哈萨克族乡": "乡/镇", "北庭镇": "乡/镇", "西上湖村": "村"}
    assert {n: PLACE_LEVELS[place_level(n)] for n in names} == names
