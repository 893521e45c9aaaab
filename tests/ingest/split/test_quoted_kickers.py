"""Head stacks whose lines carry no type size: a kicker or subtitle quotes a clause of its story,
a title sums the story up in words of its own (headstacks.quotes_clause / quoted_lines), and a
title wrapped inside its quotation marks is balanced only as a whole stack."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.heads.headstacks import quoted_lines, quotes_clause
from tests.ingest.split.compose import columned

STORY = ("本报讯（记者 李明）今年以来，全县新建农村公路一百二十公里，沿线村民出行更加方便。"
         "县交通局负责人介绍，路修到了家门口，村里的果子不愁卖，群众的日子越过越红火。"
         "下一步，全县将继续推进农村公路提档升级。")


def test_a_clause_printed_between_marks_is_quoted():
    assert quotes_clause("村里的果子不愁卖", STORY)
    assert quotes_clause("群众的日子越过越红火", STORY)


def test_part_of_a_clause_is_not_quoted():
    assert not quotes_clause("果子不愁卖", STORY)                 # shorter than a clause
    assert not quotes_clause("全县新建农村公路一百二十", STORY)       # cut inside the clause


def test_quoted_upper_line_is_the_kicker_and_quoted_lower_line_the_subtitle():
    assert quoted_lines(["村里的果子不愁卖", "我县农村公路建设跑出加速度"], STORY) == (1, 2)
    assert quoted_lines(["我县农村公路建设跑出加速度", "群众的日子越过越红火"], STORY) == (0, 1)


def test_a_title_broken_at_its_comma_is_never_parted():
    assert quoted_lines(["村里的果子不愁卖，", "我县农村公路建设跑出加速度"], STORY) is None


def _page(stack: list[str]) -> str:
    above = ["全县冬小麦播种全面完成", "本报讯（记者 王芳）全县冬小麦", "播种工作已经全面完成。"]
    body = ["本报讯（记者 李明）今年以来，全", "县新建农村公路一百二十公里，沿", "线村民出行更加方便。",
            "县交通局负责人介绍，路修到了家", "门口，村里的果子不愁卖，群众的", "日子越过越红火。"]
    return "\n".join(above + stack + body) + "\n"


def test_kicker_quoting_the_story_is_not_joined_to_the_title_on_a_page_without_blank_lines():
    arts = split_page(_page(["村里的果子不愁卖", "我县农村公路建设跑出加速度"])).articles
    story = next(a for a in arts if "农村公路建设" in (a.title or ""))
    assert story.title == "我县农村公路建设跑出加速度"
    assert story.kicker == "村里的果子不愁卖"


def test_title_wrapped_inside_its_quotes_is_cut_out_before_the_lead():
    arts = split_page(_page(["我县“四好农村", "路”建设跑出加速度"])).articles
    story = next(a for a in arts if "加速度" in (a.title or ""))
    assert story.title == "我县“四好农村路”建设跑出加速度"
    assert story.body.startswith("今年以来")
    assert not any("加速度" in a.body for a in arts)


BOX = """本地简讯


●五角大楼公布第三批解密UFO文件


美国战争部星期五公布了
第三批有关不明异常现象
的解密文件。


●AIT庆祝美建国250周年


美国在台协会星期三在台
北举办了纪念活动，邀请
各界人士参加。


美国太平洋司令部总部在夏威夷


美军恢复美国太平洋司令部名称


■记者蔡浩源


五角大楼宣布将美国印太
司令部的名称恢复为之前
的美国太平洋司令部。


美国太平洋司令部总部在
夏威夷，最早由杜鲁门总
统于1947年设立。
"""


def test_an_item_headline_filling_the_column_is_a_headline_where_its_bullet_heads_items():
    """A brief box heads its items alike: a bulleted line that fills a narrow column is an item's
    headline when the same bullet opens another item's headline on the page."""
    arts = split_page(BOX).articles
    assert [a.title for a in arts if a.kind == "brief"] == ["五角大楼公布第三批解密UFO文件", "AIT庆祝美建国250周年"]
    ait = next(a for a in arts if a.title == "AIT庆祝美建国250周年")
    assert ait.body.startswith("美国在台协会") and not any("美国在台协会" in a.body for a in arts if a is not ait)


def test_a_line_over_a_headline_quoting_its_story_is_its_kicker_however_wide():
    """The line over the title is as long as the title, but it quotes a clause of the story:
    the kicker — no story of its own cut out of the one it quotes."""
    arts = split_page(BOX).articles
    story = next(a for a in arts if a.title == "美军恢复美国太平洋司令部名称")
    assert story.kicker == "美国太平洋司令部总部在夏威夷"
    assert story.body.endswith("于1947年设立。")
    assert not any(a.title == "美国太平洋司令部总部在夏威夷" for a in arts)


def test_a_title_read_from_the_line_quoting_the_story_gives_way_to_the_line_over_it(monkeypatch):
    """Generated pages (fixture corpus) where the line read as the title repeats a clause of its
    story and the line over it does not: the upper line is the title, the quoting one its
    subtitle (headquotes.unquote_titles) — the pages score higher with the rule than without."""
    from bench.ingest.corpus import load_corpus
    from bench.ingest.pagegen import make_page
    from bench.ingest.run import page_seed, splitter
    from bench.ingest.score import score
    from generator.ingest.split.stories import segment
    from tests.support.project import ROOT

    corpus = load_corpus(str(ROOT / "tests/bench/corpus_fixture.jsonl"))
    pages = [make_page(corpus, page_seed(77, k)) for k in (10, 60, 61, 77, 88, 168, 214, 217)]

    def right() -> int:
        split = splitter()
        return sum(score(truth, split(text))["right"] for text, truth in pages)
    with_rule = right()
    monkeypatch.setattr(segment, "unquote_titles", lambda segs: None)
    assert with_rule > right()


def test_line_under_a_headline_quoting_a_clause_of_its_story_is_its_subtitle_not_the_next_lead():
    # headlines printed under their stories: the line set apart under the first title quotes a
    # whole clause of the story above, without the clause's comma — no wrapped line of text
    page = "\n\n".join([
        columned("本报讯（记者 高璐）市商务局昨天（6月1日）在其官网发布一份最新指南，提醒外贸企业"
                "做好出口合规工作，防范贸易风险。"),
        "市商务局发布外贸企业出口合规指南",
        "在其官网发布一份最新指南",
        columned("随着夏季用电高峰到来，全市电网负荷持续攀升，供电部门加强设备巡视，确保居民用电安全。"),
        "全市电网负荷持续攀升",
    ]) + "\n"
    arts = split_page(page).articles
    assert [(a.title, a.subtitle) for a in arts] == [
        ("市商务局发布外贸企业出口合规指南", "在其官网发布一份最新指南"), ("全市电网负荷持续攀升", None)]
    assert arts[1].body.startswith("随着夏季用电高峰到来")
