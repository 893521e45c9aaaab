"""pdftotext of typeset pages (bench-ingest --typeset, seed 7401 page 9): a story whose last
column sits beside the next story's head box stops mid-sentence, the next story is printed
whole, then the first story's tail follows on a full line after a blank — it goes back under
its story (generator/ingest/split/order/plainresume.py); lines are moved, never changed."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.classify.lines import classify
from generator.ingest.split.order.plainresume import resume_plain_pieces
from generator.ingest.split.text.textutil import nonspace
from tests.ingest.split.compose import columned

FIRST = ("市政府星期一公布了老城区改造的新方案，计划在三年内完成全部老旧小区的管网更新。"
         "负责这项工程的官员说，资金已经落实，施工将分片进行，尽量减少对居民生活的影响。"
         "这不是该市第一次推动老城改造。早在五年前，市政府就曾经提出过类似的计划，但后来由于"
         "资金不足而不得不搁置，")
TAIL = "居民们对此一直颇有怨言。这一次，官员们承诺会按月公布进度，接受社会监督。"
SECOND = ("本市图书馆星期二宣布，将从下个月起延长开放时间，每天晚上开放到十点。"
          "馆长说，这一决定是根据读者的意见作出的，许多年轻人希望下班以后还能来借书和自习。"
          "图书馆还将增加自习座位，并在周末举办面向儿童的阅读活动。")


def _page() -> str:
    head = "本市图书馆延长\n开放时间满足\n读者夜读需求"
    first = columned(FIRST, 13)
    assert len(first.split("\n")[-1]) == 13          # the story stops on a full line
    second = columned(SECOND, 13).split("\n")
    last = second[-1]
    assert len(last) < 13 and last.endswith("。")     # the next story ends short, on a sentence
    return ("第5版\n\n" + first + "\n\n" + head + "\n\n□本报评论员\n\n" + "\n".join(second)
            + "\n\n" + columned(TAIL, 13) + "\n\n责任编辑：王平\n")


def test_tail_printed_after_the_next_story_goes_back_under_its_story():
    arts = split_page(_page()).articles
    assert len(arts) == 2
    assert nonspace(arts[0].body).endswith(nonspace(TAIL))
    assert "资金不足而不得不搁置，居民们对此一直颇有怨言。" in nonspace(arts[0].body)
    assert arts[1].title == "本市图书馆延长开放时间满足读者夜读需求"
    assert nonspace(arts[1].body).endswith("面向儿童的阅读活动。")


def test_lines_are_moved_never_changed():
    page = _page()
    lines = classify(page)
    moved = resume_plain_pieces(lines, page)
    assert sorted((l.no, l.text) for l in moved) == sorted((l.no, l.text) for l in lines)
    assert [l.no for l in moved] != [l.no for l in lines]


def test_story_that_ends_its_sentence_before_the_headline_keeps_its_place():
    # the first story ends a sentence before the next headline: nothing dangles, nothing moves
    page = _page().replace("资金不足而不得不搁置，", "资金不足而不得不搁置。")
    lines = classify(page)
    assert [l.no for l in resume_plain_pieces(lines, page)] == [l.no for l in lines]
