"""Markdown from a PDF converter that orders text blocks by position: a story's text printed after
the next story's (generator/ingest/split/order/resume.py, tailmatch.py) goes back under its own
headline, and nothing else moves."""
from __future__ import annotations

from generator.ingest.split import split_page
from tests.support.extracted_pages import STACKED, stacked_stories
from generator.ingest.split.text.textutil import nonspace

# story A stops mid-sentence on a full column line right before B's headline; its rest comes
# after B's text, opening on a full line with no paragraph indent
RESUMED = """# 议员提案限制相关企业员工入境

　　国会两名议员提出一项法案，
要求禁止被国防部认定有关联
的企业现任和前任员工进入本

国，并将已经在境内的相关人员
驱逐出境，对那些曾在相关企业


# 一名公民认罪承认充当代理人

　　司法部星期四宣布，在外国
居住和工作的一名公民当天认
罪，承认他充当外国政府代理

人。联邦法官将在九月一日对
他作出量刑判决。


和机构工作过的人施加入境方
面的后果。目前尚不清楚有多
少人受到影响。
"""


def test_resumed_rest_of_a_story_goes_back_under_it():
    a, b = split_page(RESUMED).articles
    assert nonspace(a.body).endswith("对那些曾在相关企业和机构工作过的人施加入境方面的后果。目前尚不清楚有多少人受到影响。")
    assert nonspace(b.body).endswith("联邦法官将在九月一日对他作出量刑判决。")


def test_a_paragraph_that_opens_with_an_indent_stays_where_it_is():
    text = RESUMED.replace("和机构工作过的人施加入境方", "　　和机构工作过的人施加入")
    a, b = split_page(text).articles
    assert nonspace(a.body).endswith("对那些曾在相关企业")
    assert "施加入" in b.body


# a continued story's headline printed bare at the top; its text comes out under the next
# story's headline, after that story's own paragraphs
BARE = """（上接第1版）
# 国家植物园以每州一花庆祝建国周年


# 卢比奥国务卿就海峡会谈与盟友进行磋商

　　国务卿卢比奥星期三在沙特
会见海湾国家外长，就海峡通
行和停火谈判与盟友进行磋商。

　　卢比奥说，海湾国家将支持
通行自由的立场，谈判将继续。

　　植物园的高级公关专员说，
每州一花的展览庆祝建国周年，
游客在植物园里寻找家乡的州花。

　　一名游客说，能在建国周年时
来植物园看到每州一花，很兴奋。
"""


def test_bare_headline_gets_the_paragraphs_that_speak_of_it():
    arts = {nonspace(a.title): a for a in split_page(BARE).articles}
    assert sorted(arts) == ["卢比奥国务卿就海峡会谈与盟友进行磋商", "国家植物园以每州一花庆祝建国周年"]
    garden, talks = arts["国家植物园以每州一花庆祝建国周年"], arts["卢比奥国务卿就海峡会谈与盟友进行磋商"]
    assert nonspace(garden.body).startswith("植物园的高级公关专员说")
    assert nonspace(garden.body).endswith("很兴奋。")
    assert nonspace(talks.body).endswith("谈判将继续。")
    assert garden.continued_from == 1


def test_kicker_over_the_next_headline_stays_with_that_headline():
    text = BARE + """塞佩达说 阿根廷和日本
# 哥伦比亚候选人塞佩达承认败选

　　哥伦比亚左翼候选人塞佩达星期
三承认在总统选举中败给保守派候选人。
"""
    arts = {nonspace(a.title): a for a in split_page(text).articles}
    garden = arts["国家植物园以每州一花庆祝建国周年"]
    assert nonspace(garden.body).endswith("很兴奋。") and garden.kicker is None
    assert arts["哥伦比亚候选人塞佩达承认败选"].kicker == "塞佩达说 阿根廷和日本"


def test_headline_with_only_a_byline_under_it_gets_its_text_after_a_photo():
    text = """# 研究称人工智能模型为政府用户生成漏洞代码

文 / 图 侯航英

# 北约秘书长称成员国增加国防开支进展顺利

北约秘书长吕特表示，加拿大和欧洲盟友在努力实现北约的国防开支目标方面进展顺利。（艾山 摄）

　　咨询公司发布的一项新研究显示，
人工智能模型在检测到用户以政府
身份提问时，所生成的代码存在更多
漏洞，研究说人工智能模型的代码风险更大。
"""
    arts = {nonspace(a.title): a for a in split_page(text).articles}
    study = arts["研究称人工智能模型为政府用户生成漏洞代码"]
    assert nonspace(study.body).startswith("咨询公司发布的一项新研究显示")
    assert study.authors == ["侯航英"]
    photo = arts["北约秘书长称成员国增加国防开支进展顺利"]
    assert "咨询公司" not in photo.body


def test_sentence_ending_on_a_full_line_is_no_seam():
    # the converter's blank after a full line that ends a sentence may fall inside a paragraph
    text = RESUMED.replace("他作出量刑判决。", "他作出量刑判决，书记员说明。")
    a, b = split_page(text).articles
    assert nonspace(a.body).endswith("对那些曾在相关企业")
    assert "施加入境方面的后果" in b.body


# two headlines one over the other, then the first story's text, then the second's
def test_stacked_headline_moves_down_to_where_its_own_text_starts():
    ebola, prices = stacked_stories(STACKED)
    assert nonspace(ebola.body).startswith("世界卫生组织警告说") and ebola.kicker is None
    assert nonspace(ebola.body).endswith("令人担忧。")
    assert nonspace(prices.body).startswith("受中东冲突推高能源价格")


def test_subtitle_under_the_lower_of_two_stacked_headlines_moves_down_with_it():
    # nothing stands between the two headlines, so the phrase right under the lower one is
    # its subtitle, and the byline under that phrase is the upper story's
    text = STACKED.replace("新高\n\n　　世界卫生组织警告说", "新高\n\n这是冲突开始以来美国通胀率的最高水平\n\n本报记者 曾敏\n\n　　世界卫生组织警告说")
    ebola, prices = stacked_stories(text)
    assert (ebola.subtitle, ebola.authors) == (None, ["曾敏"])
    assert prices.subtitle == "这是冲突开始以来美国通胀率的最高水平"
    assert nonspace(prices.body).startswith("受中东冲突推高能源价格")


def test_kicker_over_its_headline_stays_a_kicker():
    text = STACKED.replace("# 世卫组织警告刚果的埃博拉疫情迅速蔓延", "# 疫情蔓延")
    art = next(a for a in split_page(text).articles if "美伊冲突" in a.title)
    assert nonspace(art.body).startswith("世界卫生组织警告说")


# story A stops mid-sentence right before a column label over B's headline; A's rest comes after
# B's text and is followed by a picture's caption set wider than the column, then its credit
LABELLED = """# 议员提案限制相关企业员工入境

　　国会两名议员提出一项法案，
要求禁止被国防部认定有关联
的企业现任和前任员工进入本

国，并将已经在境内的相关人员
驱逐出境，对那些曾在相关企业


<mark>时评</mark>

# 一名公民认罪承认充当代理人

　　司法部星期四宣布，在外国
居住和工作的一名公民当天认
罪，承认他充当外国政府代理

人。联邦法官将在九月一日对
他作出量刑判决。


和机构工作过的人施加入境方
面的后果。目前尚不清楚有多
少人受到影响。


国务卿星期二说，美国预计不会对通过海峡的船只征收通行费，
美国和伊朗官员同时正就结束持续几个月的冲突进行谈判。

徐鑫 摄

# 国家植物园以每州一花庆祝建国周年

　　植物园的高级公关专员说，
每州一花的展览庆祝建国周年。
"""


def test_story_stopped_before_a_column_label_takes_its_resumed_rest_up_to_a_wide_caption():
    arts = split_page(LABELLED).articles
    a, b = arts[0], arts[1]
    assert nonspace(a.body).endswith("对那些曾在相关企业和机构工作过的人施加入境方面的后果。目前尚不清楚有多少人受到影响。")
    assert nonspace(b.body).endswith("联邦法官将在九月一日对他作出量刑判决。")
    caption = next(x for x in arts if "征收通行费" in x.body)
    assert caption.authors == ["徐鑫"] and "施加入境" not in caption.body


def test_bare_headline_over_the_next_ones_column_label_gets_its_paragraphs():
    # the converter printed the next headline's column label between the two headlines
    text = BARE.replace("周年\n\n\n# 卢比奥", "周年\n\n\n海湾时评\n\n# 卢比奥")
    arts = {nonspace(a.title): a for a in split_page(text).articles}
    garden, talks = arts["国家植物园以每州一花庆祝建国周年"], arts["卢比奥国务卿就海峡会谈与盟友进行磋商"]
    assert nonspace(garden.body).startswith("植物园的高级公关专员说")
    assert nonspace(garden.body).endswith("很兴奋。")
    assert nonspace(talks.body).endswith("谈判将继续。")


def test_kicker_over_the_lower_of_two_stacked_headlines_moves_down_with_it():
    text = STACKED.replace("\n\n# 美伊冲突", "\n\n能源价格攀升\n\n# 美伊冲突")
    ebola, prices = stacked_stories(text)
    assert nonspace(ebola.body).startswith("世界卫生组织警告说") and ebola.kicker is None
    assert nonspace(ebola.body).endswith("令人担忧。")
    assert prices.kicker == "能源价格攀升"
    assert nonspace(prices.body).startswith("受中东冲突推高能源价格")
