"""pdftotext of typeset pages (bench-ingest --typeset, seeds 7401–7406): where a headline's
line ends say the box wrapped it (headstacks.open_end) — a line stopping a word or two after a
comma goes on into the next, so the two lines are one title, not a title over a subtitle; and a
headline wider than the column, printed after a column cut mid-sentence (cutheads), heads the
story under it even when it holds a comma."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page
from generator.ingest.split.heads.headstacks import open_end

HERE = Path(__file__).parent / "extracted"

STORY = """\
本报讯 记者崔佳荣报
道：美国国务院星期三（6月
24日）对中国本月早些时候
派公务船只进入台湾东部海域
进行北京所说的执法行动表达
关切。华盛顿表示，中国针对
台湾已和平管辖70余年的海
域宣示管辖权，只会加剧紧张
局势。
同天早些时候，美国在台
协会台北办事处已就此发表相
同声明。英国、法国和德国驻
台湾的代表机构发表联合声
明，也这一事态发展表达关
切。台湾外交部对各国表达的
关切表示感谢。
一位不透露姓名的美国国
务院发言人星期三在给美国之
音(VOA)的一份电邮声明中
说：“美国对有关中国海警和
海事局船只在台湾以东海域行
动时骚扰商船并声称是在中国
管辖海域行动的报道表示关
切。”
声明还说：“我们拒绝中
国声称其有权干涉航行或飞越
自由、铺设电缆自由或其他合
法使用海洋的任何主张。”
这份声明继续说：“中国
的行动深度破坏稳定。中国针
对台湾已和平管辖70余年的
海域宣示权威，此举只会加剧
紧张局势，并破坏其声称所寻
求的和平解决问题。”
声明最后说：“我们敦促
北京停止对台湾施加军事、外
交和经济压力，转而与台湾民
选当局进行有意义的对话。”

6月6日至10日，中国交
"""


def test_line_stopping_a_word_after_a_comma_goes_on_into_the_next():
    assert open_end("美国对中国船只在台湾以东海域骚扰商船表示关切，批评")
    assert open_end("香港高楼火灾已致128人罹难，")
    assert not open_end("香港高楼火灾已致128人罹难，美国表示哀悼")
    assert not open_end("美国对中国船只在台湾以东海域骚扰商船")


def test_wide_title_wrapped_inside_its_last_clause_is_one_title_without_subtitle():
    text = ("第八版\n\n要闻\n\n美国对中国船只在台湾以东海域骚扰商船表示关切，批评\n中国的行动破坏稳定\n\n"
            + STORY)
    art = split_page(text).articles[0]
    assert (art.title, art.subtitle) == ("美国对中国船只在台湾以东海域骚扰商船表示关切，批评中国的行动破坏稳定", None)
    assert art.authors == ["崔佳荣"]


def test_wide_headline_with_a_comma_after_a_column_cut_mid_sentence_heads_the_story_below():
    # the column stops inside '…“重大打'; a one-line kicker, then a title wider than the column
    # (broken at its comma's far side), then the byline line of the story it heads
    arts = split_page((HERE / "pdftotext_cut_wide_head.txt").read_text(encoding="utf-8")).articles
    art = arts[-1]
    assert (art.kicker, art.title) == ("发言人写道", "林肯纪念堂倒影池水色异常，国家公园管理局采用纳米气泡臭氧技术除藻")
    assert art.authors == ["汪晓"] and art.body.startswith("随着美国首都华盛顿即将迎来")
    assert arts[-2].body.endswith("协议是对伊朗政权的“重大打")


def test_headline_wrapped_in_even_halves_right_over_its_story_is_not_two_stacked_headlines():
    # (two even headlines stacked away from their stories stay apart: test_rules, col_detached)
    from generator.ingest.split.stories.headmatch import _even_halves
    from generator.ingest.split.units.items import Unit
    halves = ["真主党拒绝接受美国", "斡旋的以黎停火协议"]
    assert _even_halves(Unit("head", "".join(halves), [78, 79], {"raw": halves}))
    assert not _even_halves(Unit("head", "", [1, 2], {"raw": ["城东新建三处社区食堂", "果农冬季修剪忙"]}))
    arts = split_page((HERE / "pdftotext_even_halves.txt").read_text(encoding="utf-8")).articles
    art = next(a for a in arts if a.authors == ["郝瑶燕"])
    assert art.title == "真主党拒绝接受美国斡旋的以黎停火协议"
    assert not any(a.title == "真主党拒绝接受美国" for a in arts)


def test_title_wrapped_at_its_comma_over_a_dash_subtitle_in_one_block_keeps_both_lines():
    # the first line runs over the column, the second finishes the title, the third is the
    # '——' subtitle, with no blank line between: the plain lines are the title, not a title
    # over a plain subtitle
    arts = split_page((HERE / "pdftotext_title_over_dash_sub.txt").read_text(encoding="utf-8")).articles
    art = next(a for a in arts if a.authors == ["米热古丽·卡德尔"])
    assert (art.title, art.subtitle.lstrip("—")) == ("五角大楼将比亚迪、阿里巴巴和百度列入支持中国军方企业名单",
                                                     "美国战争部已认定清单上的实体符合")


def test_last_word_or_two_of_a_title_on_a_line_of_their_own_finish_it():
    from generator.ingest.split.heads.headstacks import kicker_or_sub, short_rest
    assert short_rest("美国宣布在世界杯场地", "禁止无人机")
    assert not short_rest("稳中求进", "经济运行")                    # even lines: for other rules
    assert not short_rest("“守护群众健康”", "义诊")                 # a kicker's shape
    assert kicker_or_sub(["美国宣布在世界杯场地", "禁止无人机"], {"禁止", "无人", "人机"}, 11.5) is None
    page = ("民自由的承诺。”\n\n经济\n\n■快讯\n美国宣布在世界杯场地\n禁止无人机\n\n◆本报讯 美国联邦航\n"
            "空管理局(FAA)发布限制\n令，在世界杯足球赛场地\n上空及附近宣布了该机构\n所说的“无人机禁飞区”。\n"
            "限制措施包括在赛场周围\n约六公里范围禁止无人\n机。世界杯赛事从6月11日\n开始，至7月19日落幕。\n")
    art = split_page(page).articles[-1]
    assert (art.kicker, art.title) == (None, "美国宣布在世界杯场地禁止无人机")


def test_caption_set_far_wider_than_the_column_does_not_go_on_with_a_column_cut_mid_sentence():
    from generator.ingest.split.units.reflow import Para, continues_across_blank
    cut = Para("莫德纳首席执行官在一份声明中说，“我们将本着紧迫感和严谨的科学态度采取行动，",
               [1, 2], last_width=13.0, single=False)
    caption = ["美国国务卿马尔科·卢比奥(Marco Rubio)星期二（6月23日）",
               "说，美国预计不会对通过具有战略意义的霍尔木兹海峡的船只征收通"]
    column = ["确保疫苗尽快送到最需要的社区", "和人群手中。”流行病防范创新"]
    assert not continues_across_blank(cut, 13.0, caption)
    assert continues_across_blank(cut, 13.0, column)


def test_label_word_opening_a_headline_before_a_colon_is_no_briefs_label():
    from generator.ingest.split.stories.kinds import is_brief_label
    assert is_brief_label("【快讯】") and is_brief_label("· 简讯 ·") and is_brief_label("■快讯")
    assert not is_brief_label("快讯：美国对伊")
    page = ("返伊朗。\n\n两名飞行员获救\n\n快讯：美国对伊\n朗发动“自卫”\n打击\n\n本报讯 记者孙鹏琳、通\n"
            "讯员阿力木·买买提报道：美\n军表示，已依据唐纳德·特朗\n普 (Donald Trump) 总统指\n示，开始对伊朗发动“自卫”\n"
            "打击。\n")
    art = split_page(page).articles[-1]
    assert (art.kicker, art.title) == ("两名飞行员获救", "快讯：美国对伊朗发动“自卫”打击")
