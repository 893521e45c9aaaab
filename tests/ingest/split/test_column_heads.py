"""Column pages laid out by the bench's page generator (bench/ingest/pagegen.py) with fixed
seeds, over the fixture corpus plus six items with long headlines (corpus_heads.py): each test
names the layout cue a rule reads and checks the stories of pages where the cue decides.

- headlines grouped at the top or foot of a page, wider than the column (columns.wide_head,
  columns.column_fulls: the column is measured on wrapped lines only);
- a headline broken by hand after a comma or colon, its upper lines short of the column
  (columns.wide_head; headstacks.open_end keeps it one title, not title + subtitle);
- a brief's headline printed after a bullet ('◆…'): the bullet is no part of the title;
- headlines grouped at the top or foot of a page, over stories that run on into each other
  with no headline between (grouped.solve: stories and headlines solved together, in order);
- a kicker or a plain subtitle printed as a line of its own in such a group goes with its
  title to one story (grouped.solve: two neighbouring lines, one a short phrase);
- a block with no sentence in it between a story's end and the next one's lead (wideheads.plain_block);
- a kicker set apart by a blank line over its title (stackedheads.kickers_over_heads).
"""
from __future__ import annotations

import os

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.pagegen import flat, make_page
from bench.ingest.score import score
from generator.ingest.split import split_page

from .corpus_heads import ITEMS
from .compose import columned

FIXTURE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "bench", "corpus_fixture.jsonl")


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE) + [dict(i, source="test") for i in ITEMS]


def _story(corpus, seed: str, title: str):
    """(truth, found article) of the story headed `title` on page `seed`."""
    text, truth = make_page(corpus, seed)
    t = next(x for x in truth["articles"] if x.get("title") == title)
    arts = [a.to_json() for a in split_page(text).articles]
    found = next((a for a in arts if flat(a["title"]) == flat(title)), None)
    return text, t, found, arts


@pytest.mark.parametrize("seed, title", [
    ("heads:6", "果农冬季修剪忙:技术员进园手把手教,来年丰收有底气"),
    ("heads:43", "果农冬季修剪忙：技术员进园手把手教，来年丰收有底气"),
    ("heads:43", "全市中小学开展冬季安全教育"),
    ("heads:48", "老旧小区改造让居民住得更舒心：今年完成改造四十个，惠及居民一万二千户"),
    ("heads:48", "全市中小学开展冬季安全教育，筑牢校园安全防线"),
])
def test_grouped_headlines_wider_than_the_column_are_headlines(corpus, seed, title):
    text, truth, found, arts = _story(corpus, seed, title)
    assert truth and title in text.split("\n")          # printed on a line of its own
    assert found is not None, [a["title"] for a in arts]
    assert flat(found["body"]).startswith(flat(truth["starts"])) or \
        flat((found["byline"] or "") + found["body"]).startswith(flat(truth["starts"]))


@pytest.mark.parametrize("seed, title", [
    ("heads:1", "图书馆延长开放时间，夜间阅读成为市民新时尚"),
    ("heads:3", "果农冬季修剪忙：技术员进园手把手教，来年丰收有底气"),
    ("heads:4", "城东新建三处社区食堂，老人吃饭不再发愁"),
    ("heads:11", "老旧小区改造让居民住得更舒心:今年完成改造四十个,惠及居民一万二千户"),
    ("heads:32", "城东新建三处社区食堂,老人吃饭不再发愁"),
])
def test_a_headline_broken_after_a_comma_stays_one_title(corpus, seed, title):
    text, truth, found, arts = _story(corpus, seed, title)
    assert any(l.strip().endswith(("，", "：", ",", ":")) and l.strip() in title for l in text.split("\n"))
    assert found is not None, [(a["kicker"], a["title"], a["subtitle"]) for a in arts]
    assert flat(found["subtitle"]).lstrip("—") == flat(truth["subtitle"]).lstrip("—")
    assert flat(found["kicker"]) == flat(truth.get("kicker", found["kicker"]))


@pytest.mark.parametrize("seed, title", [
    ("heads:3", "全市中小学开展冬季安全教育"),
    ("heads:20", "志愿者走进养老院送温暖"),
    ("heads:41", "城东新建三处社区食堂开门迎客"),
])
def test_a_bullet_is_no_part_of_the_title(corpus, seed, title):
    text, truth, found, arts = _story(corpus, seed, title)
    assert any(l[:1] in "■●◆" and l[1:] == title for l in text.split("\n"))
    assert found is not None, [a["title"] for a in arts]
    assert found["kind"] == "brief"
    result = split_page(text)
    assert any(d.kind == "decoration" and d.text in "■●◆" for d in result.dropped)   # listed, not lost


@pytest.mark.parametrize("seed, title", [
    ("heads:20", "冬季供暖工作全面启动"),
    ("heads:20", "农民专业合作社带动村民增收"),
    ("heads:48", "城东新建三处社区食堂，老人吃饭不再发愁"),
    ("heads:48", "老旧小区改造让居民住得更舒心"),
    ("heads:74", "图书馆延长开放时间"),
    ("heads:74", "果农冬季修剪忙"),
    ("heads:150", "果农冬季修剪忙：技术员进园手把手教，来年丰收有底气"),
    ("heads:150", "图书馆延长开放时间，夜间阅读成为市民新时尚"),
])
def test_grouped_headlines_find_their_stories_in_order(corpus, seed, title):
    """The story under a headline of the group has that headline and exactly its own text:
    it starts and ends where the story does, though no headline was printed between it and
    its neighbours."""
    text, truth = make_page(corpus, seed)
    assert truth["layout"] in ("col-heads-top", "col-heads-foot")
    res = next(r for r in score(truth, [a.to_json() for a in split_page(text).articles])["results"]
               if r["truth"].get("title") == title)
    assert not {f for f, _ in res["faults"]} & {"title", "body_bounds"}, res["faults"]


@pytest.mark.parametrize("seed, title", [
    ("heads:20", "全市中小学开展冬季安全教育"),
    ("heads:43", "志愿者走进养老院送温暖"),
    ("heads:59", "老旧小区改造让居民住得更舒心：今年完成改造四十个，惠及居民一万二千户"),
    ("heads:74", "冬季供暖工作全面启动"),
    ("heads:150", "老旧小区改造让居民住得更舒心"),
    ("heads:221", "图书馆延长开放时间"),
])
def test_a_grouped_headlines_kicker_and_subtitle_go_with_it(corpus, seed, title):
    text, truth = make_page(corpus, seed)
    assert truth["layout"] in ("col-heads-top", "col-heads-foot")
    t = next(x for x in truth["articles"] if x.get("title") == title)
    assert t.get("kicker") or t.get("subtitle")
    res = next(r for r in score(truth, [a.to_json() for a in split_page(text).articles])["results"]
               if r["truth"].get("title") == title)
    assert res["right"], res["faults"]


@pytest.mark.parametrize("seed, title", [
    ("before:64", "全市中小学开展冬季安全教育,筑牢校园安全防线"),
    ("before:141", "图书馆延长开放时间,夜间阅读成为市民新时尚"),
])
def test_a_block_without_a_sentence_over_a_lead_is_a_headline(corpus, seed, title):
    """A headline broken at its comma, between the end of one story and the dateline lead or
    byline of the next (wideheads.plain_block), is that story's headline."""
    text, truth, found, arts = _story(corpus, seed, title)
    lines = text.split("\n")
    assert any(l.endswith(",") and title.startswith(l) for l in lines)
    assert found is not None, [a["title"] for a in arts]
    assert flat(found["body"]).startswith(flat(truth["starts"])) or \
        flat((found["byline"] or "") + found["body"]).startswith(flat(truth["starts"]))


@pytest.mark.parametrize("seed, title", [
    ("before:1", "城东新建三处社区食堂,老人吃饭不再发愁"),
    ("before:141", "图书馆延长开放时间,夜间阅读成为市民新时尚"),
    ("before:221", "城东新建三处社区食堂，老人吃饭不再发愁"),
    ("before:234", "志愿者走进养老院送温暖"),
])
def test_a_kicker_set_apart_by_a_blank_line_is_the_kicker_of_the_headline_under_it(corpus, seed, title):
    """stackedheads.kickers_over_heads: a shorter headline block right over another one."""
    text, truth = make_page(corpus, seed)
    t = next(x for x in truth["articles"] if x.get("title") == title)
    assert t["kicker"] and "" in text.split(t["kicker"], 1)[1].split(title[:4], 1)[0].split("\n")
    res = next(r for r in score(truth, [a.to_json() for a in split_page(text).articles])["results"]
               if r["truth"].get("title") == title)
    assert not {f for f, _ in res["faults"]} & {"title", "kicker", "body_bounds"}, res["faults"]


def test_lines_ending_no_sentence_right_over_a_dash_subtitle_are_a_title():
    """Lines that fill a narrow column and carry commas, ending no sentence, right over a '——'
    subtitle line: only a title stands there (headroles._title_over_sub)."""
    from generator.ingest.split.heads.headroles import _title_over_sub
    from generator.ingest.split.units.items import Item
    from generator.ingest.split.classify.lines import Line

    def items(head: list[str]) -> list[Item]:
        lines = [Line(n, t, "text") for n, t in enumerate(head)]
        return [Item("block", lines, 2), Item("sub", [Line(9, "——我们真的要坐下来一起讨论", "sub")], 2)]
    assert _title_over_sub(items(["美国：与伊朗达成的协议", "将开通霍尔木兹海峡，确", "保伊朗未来无法获得核武器"]), 0)
    assert not _title_over_sub(items(["科威特和沙特阿拉伯也对该", "协议表示欢迎。"]), 0)     # a sentence
    assert not _title_over_sub(items(["美国：与伊朗达成的协议，"]), 0)                  # runs on


def test_one_space_a_wrap_carried_to_a_line_start_is_no_indent():
    """'美国航空航天局(NASA)' / ' 星期二…': the word space after a Latin word, wrapped to the next
    line's start, opens no paragraph — so the line above is no headline set alone between a
    paragraph's end and an indented opening (wideheads.lone_runs)."""
    from generator.ingest.split.heads.wideheads import lone_runs
    texts = ["上一段在这里结束。", "美国航空航天局(NASA)", " 星期二公布了将参与登月任", "务的四名宇航员名单，这是",
             "该机构将宇航员送回月球表", "面计划的下一步。"]
    assert lone_runs(texts, [12.0] * len(texts), True, True) == []
    texts[2] = "　　星期二公布了将参与登"                    # a printed indent does open one
    assert lone_runs(texts, [12.0] * len(texts), True, True) == [(1, 2)]


def test_a_headline_broken_at_its_semicolon_and_colon_over_the_column_is_a_headline():
    """'…；' / '…：' / '…' with a line wider than the column: no column text runs over its
    column, so the semicolon parts the headline's halves instead of ending a sentence
    (columns.wide_head)."""
    from generator.ingest.split.classify.columns import wide_head
    head = ["卢比奥：以黎达成“框架协议”建立持久和平；", "内塔尼亚胡：", "以色列将向黎巴嫩军队移交“试点区”"]
    assert wide_head(head, 15.0)
    assert not wide_head(["他说：以黎达成协议；", "内塔尼亚胡：", "以色列将移交试点区"], 15.0)   # no line over


def test_headline_filling_the_column_to_a_comma_over_a_line_run_over_it_is_one_headline():
    # printed under its story: the first line fills the 15-em column and stops on a comma, the
    # second runs 8 em over it — wrapped text never does, so the block is the headline
    page = "\n\n".join([
        columned("本报讯（记者 高璐）全市今年新建改建农村公路一千二百公里，沿线群众出行更加方便，"
                "农产品运输成本明显下降。"),
        "全市新建改建农村公路\n一千二百公里",
        columned("星期一，美国股市涨跌互现，石油价格上升，亚洲和欧洲各地主要股指跌落，投资者担心冲突造成的成本。"),
        columned("分析人士认为，市场仍在等待谈判的消息，油价短期内可能继续波动。"),
        "人们对冲突造成的成本感到担心，\n全球股市涨跌互现，油价上升，投资者观望",
    ]) + "\n"
    arts = split_page(page).articles
    assert [a.title for a in arts] == ["全市新建改建农村公路一千二百公里",
                                       "人们对冲突造成的成本感到担心，全球股市涨跌互现，油价上升，投资者观望"]
    assert arts[1].body.startswith("星期一") and arts[1].body.endswith("继续波动。")
