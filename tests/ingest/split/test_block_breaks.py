"""Column pages extracted without a single blank line (bench/ingest/pagegen.py, class
col-noblank, fixed seeds over the fixture corpus): `blockbreaks` puts a blank line before each
block the learned model (`breakmodel`) finds, so the block rules read the page as they read one
with blank lines; every line number of the result still points at the page as printed.
"""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.classify import blockbreaks
from generator.ingest.split.classify.breakmodel import block_starts, kinds_of
from tests.support.scoring import accuracy, generated_pages

from .compose import wrap

@pytest.fixture(scope="module")
def noblank_pages() -> list[tuple[str, dict]]:
    return generated_pages("col-noblank", 12, 78)


def test_blocks_found_by_the_model_raise_accuracy_on_pages_without_blank_lines(noblank_pages, monkeypatch):
    with_model = accuracy(noblank_pages)
    monkeypatch.setattr(blockbreaks, "restore_breaks", lambda text: None)
    monkeypatch.setattr("generator.ingest.split.page.restore_breaks", lambda text: None)
    without = accuracy(noblank_pages)
    # (the block rules alone get better as rules land; the model must still add several articles)
    assert with_model >= 0.75 and with_model > without + 0.03, (with_model, without)


def test_line_numbers_point_at_the_page_as_printed(noblank_pages):
    for text, _ in noblank_pages:
        printed = text.split("\n")
        assert blockbreaks.restore_breaks(text) is not None
        res = split_page(text)
        for d in res.dropped:
            if d.text:
                assert d.text.replace(" ", "") in printed[d.line - 1].replace(" ", ""), (d, printed[d.line - 1])
        for a in res.articles:
            first, last = a.lines
            assert 1 <= first <= last <= len(printed)
            run = "".join(printed[first - 1:last]).replace(" ", "").replace("\u3000", "")
            assert a.body.split("\n")[0][:6].replace(" ", "") in run


def test_a_page_with_blank_lines_or_markdown_headings_is_read_as_printed(noblank_pages):
    text = noblank_pages[0][0]
    lines = text.split("\n")
    with_blank = "\n".join(lines[:5] + [""] + lines[5:])
    assert blockbreaks.restore_breaks(with_blank) is None
    assert blockbreaks.restore_breaks("## 标题\n" + text) is None
    assert blockbreaks.restore_breaks("\n".join(lines[:6])) is None       # too short to read a layout


def test_a_headline_between_two_stories_starts_a_block_and_wrapped_lines_do_not():
    story_a = wrap("市里今年新建的三处社区食堂本月全部开张，每天为老人提供午餐和晚餐，价格比市场低三成。"
                   "街道还组织志愿者上门送餐，行动不便的老人打个电话就能吃上热饭。", col=15)
    head = "城东老旧小区改造完成"
    story_b = wrap("本报讯（记者 王伟）城东片区十二个老旧小区的改造工程近日全部完工，加装电梯二十部，"
                   "新增停车位三百个，小区道路和管网也一并更新，居民出行更加方便。", col=15)
    texts = story_a + [head] + story_b
    p = block_starts(texts, kinds_of("\n".join(texts), len(texts)))
    at_head, at_b = len(story_a), len(story_a) + 1
    assert p[at_head] > 0.5 and p[at_b] > 0.5
    assert all(p[i] < 0.5 for i in range(1, len(texts)) if i not in (at_head, at_b))


def test_a_pull_quote_over_a_headline_goes_with_its_head_box():
    texts = ["随着急救车呼啸驶入医院大门，紧张而", "有序的救治工作又将开始。", "“只要患者有需要，我们随时投入到",
             "应急抢救工作中！”", "春节我在岗守护万家安", "本报讯（记者 胡俊秀）1月28日，在"]
    starts = [False, False, False, False, True, True]
    assert blockbreaks.quotes_join_heads(texts, starts) == [False, False, True, False, False, True]
    # a quotation that goes on from an unfinished sentence is body text
    texts[1] = "有序的救治工作又将开始，"
    assert blockbreaks.quotes_join_heads(texts, starts) == starts


def test_a_two_phrase_kicker_over_a_headline_wider_than_the_column_is_set_apart():
    body = ["市教育局有关负责人表示，将持续加强", "校园安全隐患排查，确保师生度过一个平安"] * 3
    texts = body + ["入冬以来 围绕防滑防冻", "全市中小学开展冬季安全教育，筑牢校园安全防线", "□记者 孙荣波"]
    starts = [False] * len(body) + [True, False, True]
    want = [False] * len(body) + [True, True, True]
    assert blockbreaks.kickers_apart(texts, starts) == want
    # a byline of two words is no kicker; a headline within the column stays in the box
    texts[len(body)] = "本报记者 哈力旦"
    assert blockbreaks.kickers_apart(texts, starts) == starts
    texts[len(body):len(body) + 2] = ["入冬以来 围绕防滑防冻", "全市中小学开展安全教育"]
    assert blockbreaks.kickers_apart(texts, starts) == starts


def test_a_two_phrase_kicker_run_into_the_story_above_opens_a_block():
    body = ["市教育局有关负责人表示，将持续加强", "校园安全隐患排查，确保师生平安。"]
    texts = body + ["入冬以来 围绕防滑防冻", "全市中小学开展冬季", "安全教育", "本报讯 记者孙荣波报道："]
    starts = [False, False, False, False, False, True]
    want = [False, False, True, False, False, True]
    assert blockbreaks.spaced_phrases_open(texts, starts) == want
    # under a sentence going on, or as a byline of two words, it opens nothing
    texts[1] = "校园安全隐患排查，确保师生平安，"
    assert blockbreaks.spaced_phrases_open(texts, starts) == starts
    texts[1], texts[2] = "校园安全隐患排查，确保师生平安。", "本报记者 哈力旦"
    assert blockbreaks.spaced_phrases_open(texts, starts) == starts
