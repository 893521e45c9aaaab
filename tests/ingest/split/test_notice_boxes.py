"""Notices and the furniture boxes printed around them:

- a weather box or an advertisement under its label ('今日天气', '广告'), a few short lines and
  no sentence, is page furniture: never text of the story (or notice) printed above it
  (`adboxes`);
- a notice's title ('征稿启事') printed between two pieces of text on a page with no blank lines
  heads a notice of its own: it is never a sub-heading inside the story above (`subheads`),
  and a bare '更正' names a notice (`kinds.is_notice`).
"""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.stories.kinds import is_notice
from generator.ingest.split.text.textutil import nonspace

HEAD = "天山晨报\n第五版 经济\n2022年9月1日　星期四\n\n"
STORY = """市图书馆延长夏季开放时间

本报讯（记者 王亮）市图书馆星期一
宣布，从下月起延长夏季开放时间，每
天开放到晚上十点。

图书馆说，这一安排将持续到八月底，
读者可以在网上预约座位。

征稿启事

为进一步办好本版，即日起面向广大读
者征集评论稿件，字数以千字以内为宜。
"""


MD = """时事  2026年3月22日 星期六  六

## 市图书馆延长夏季开放时间

本报讯（记者 王亮）市图书馆星期一宣布，从下月起延长夏季开放时间，每天开放到晚上十点。

图书馆说，这一安排将持续到八月底，读者可以在网上预约座位。

## 征稿启事

为进一步办好本版，即日起面向广大读者征集评论稿件，字数以800字以内为宜。

来稿请注明真实姓名和联系方式。联系电话：071-4565791。

"""


def test_a_weather_box_under_a_notice_is_furniture():
    page = MD + "今日天气\n晴转多云  -2℃～10℃\n西北风3级\n\n— 6 —\n"
    res = split_page(page)
    assert [nonspace(a.title) for a in res.articles] == ["市图书馆延长夏季开放时间", "征稿启事"]
    assert res.articles[1].kind == "notice"
    assert nonspace(res.articles[1].body).endswith("071-4565791。")
    assert any("西北风3级" in d.text for d in res.dropped)


def test_an_advertisement_box_is_furniture():
    page = MD + "广告\n诚聘驾驶员数名 待遇从优\n电话：13587854156\n\n编辑：黎晓  校对：姜霞\n2\n"
    res = split_page(page)
    assert nonspace(res.articles[-1].body).endswith("071-4565791。")
    assert any("13587854156" in d.text for d in res.dropped)


def test_a_notice_title_on_a_solid_page_is_no_subheading():
    # (a generated `fourth-col-solid` page's foot: no blank line between paragraphs or pieces)
    page = """第八版
国际新闻
责任编辑：贺丽杰
美伊和谈前景不明之际，全球股市上涨、油价走高
　　本报讯（记者 莫春敏）在美国和伊
朗围绕结束冲突以及重新开放关键的霍尔
木兹海峡仍陷僵局之际，亚洲、欧洲和美
国股指星期五(5月22日)均收高，油价出
现温和上涨。唐纳德·特朗普(Donald Tru
mp)总统星期四表示，美国正继续与伊朗
政权就结束战争的协议进行谈判。他强调，
任何协议都必须确保德黑兰不会拥有核武
器，也不会保留高浓缩铀。
　　美国国务卿马尔科·卢比奥(Marco Ru
bio)星期五表示，与伊朗的谈判“略有进
展”，但他警告说，要解决这场冲突，仍
有一些关键问题有待处理。尽管停火并不
稳固，人工智能、新兴技术和航空航天板
块推动美国股市上涨；美国国债收益率在
本周震荡后回落。基准10年期美国国债收
益率小幅降至4.57%。蓝筹股道琼斯工业
平均指数上涨294点，涨幅0.58%，收于50,
579.70点，再创历史新高，这也是该指数
今年以来的第九次创纪录。

“基准10年期美国国债收益率小
幅降至4.57%。”

①标普500指数上涨0.4%，科技股占比较
高的纳斯达克综合指数则上涨0.19%。
②由于投资者担心中东和平前景，油价近
日出现波动。
③国际基准布伦特原油期货上涨0.9%，升
至每桶103.54美元。
④美国基准西德克萨斯中质原油星期五收
于每桶约96.50美元，涨幅为0.3%。
　　另外，在日本，软银集团股价再次飙
升，在投资者对其人工智能布局的热情推
动下，两天累计涨幅达到34%。韩国综合
股价指数飙升8.42%，至7815.59点，领涨
主要亚洲市场。日本日经225指数上涨2.6
8%，至63339.07点。德国DAX指数上涨0.5
3%，至24606.77点。英国富时100指数上
涨0.11%，至10443.47点。中国和香港市
场也显著上涨，恒生指数上涨1.03%，上
证综指上涨2.04%。（完）
征稿启事
　　为进一步办好本版，即日起面向广大
读者征集国际时事评论稿件，字数以1000
字以内为宜。
　　来稿请注明真实姓名和联系方式。联
系电话：015-3568658。
"""
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["美伊和谈前景不明之际，全球股市上涨、油价走高", "征稿启事"]
    assert arts[1].kind == "notice"
    assert nonspace(arts[0].body).endswith("上证综指上涨2.04%。（完）")


def test_a_bare_correction_title_names_a_notice():
    assert is_notice("更正") and not is_notice("市政府要求媒体更正报道内容")
