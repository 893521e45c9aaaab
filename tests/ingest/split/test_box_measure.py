"""pdftotext of typeset pages: a commentary framed in a box prints its lines clearly shorter than
the page's news columns (`boxmeasure`). With its column label printed elsewhere or not at all,
the measure still says it is a commentary; a label pdftotext printed by a news story set to the
full column goes to the box."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page

from .compose import typeset_column

NEWS = ("美国国务院星期三宣布，将向盟友提供新一轮援助，以帮助其加强边境安全和海上执法能力。"
        "国务院发言人在例行记者会上说，这一决定是在与各方充分磋商后作出的，援助将在今后三年内分批到位。"
        "发言人还表示，美国愿意与地区各国一道，维护航行自由和地区和平稳定，反对任何单方面改变现状的行为。"
        "分析人士认为，这一援助计划显示华盛顿对该地区安全局势的持续关注，也反映出盟友之间合作的加深。"
        "据悉，首批援助物资包括巡逻船只、通信设备和培训项目，预计将于今年秋季交付。")
NEWS2 = ("国务院星期四公布边境安全合作计划，提出在今后五年内与周边国家共建联合巡逻机制。"
         "计划说，各方将共享边境情报，协调打击走私和非法越境活动，并定期举行联合演练。"
         "负责边境事务的官员对记者说，合作计划已获多个国家支持，首轮磋商将于下月举行。"
         "他说，边境地区的稳定关系到沿线居民的生活，也关系到地区贸易的顺畅往来。"
         "一些地方官员表示，希望计划能带动口岸建设，让边民互市重新活跃起来。"
         "专家提醒，计划落实还需要资金保障和法律配套，各方仍需在细节上达成一致。")
BOX = ("城市的活力来自街巷之间的烟火气。近年来，不少地方在改造老旧街区时拆掉了小店和摊点，"
       "换来整齐划一的门面，却也失去了往日的人气。治理城市既要讲秩序，也要留空间，"
       "让普通人的生计有处安放。规划者不妨多走进街巷听听居民的声音，把管理的尺度放在便民上。"
       "只有让城市既有规矩又有温度，才能真正留住人心，这才是治理现代化应有的样子。")


def _page(label_by_news: bool) -> str:
    news1 = "美国宣布向盟友提供新一轮援助\n\n" + typeset_column("本报讯 记者王立新报道：" + NEWS, 13)
    news2 = ("国务院推出边境安全合作计划\n\n" + ("快评\n\n" if label_by_news else "")
             + typeset_column("本报讯 记者李建华报道：" + NEWS2, 13))
    box = "城市治理既要有\n规矩也要有温度\n\n" + typeset_column(BOX, 11)
    return "天山日报\n\n第三版\n\n" + news1 + "\n\n" + box + "\n\n" + news2 + "\n"


def test_story_set_narrower_than_the_columns_is_a_commentary():
    arts = {a.title: a for a in split_page(_page(False)).articles}
    assert arts["城市治理既要有规矩也要有温度"].kind == "commentary"
    assert arts["美国宣布向盟友提供新一轮援助"].kind == "article"


def test_label_printed_by_a_news_story_goes_to_the_box():
    arts = {a.title: a for a in split_page(_page(True)).articles}
    assert arts["城市治理既要有规矩也要有温度"].kind == "commentary"
    news = arts["国务院推出边境安全合作计划"]
    assert (news.kind, news.kicker) == ("article", None)



def test_story_set_like_the_brief_item_above_it_is_the_boxes_next_item():
    # a 简讯 box printed without bullets (bench-ingest --typeset seed 20209, page 4): its second
    # item, set to the box's measure like the first, is an item — not a commentary
    text = (Path(__file__).parent / "extracted" / "pdftotext_box_brief_items.txt").read_text(encoding="utf-8")
    arts = {a.title: a for a in split_page(text).articles}
    assert arts["副总统万斯与巴基斯坦"].kind == "brief"
    assert arts["特朗普总统：伊朗将同意长期接受核检查"].kind == "brief"
