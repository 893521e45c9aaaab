"""Commentary cues on column pages, read from the layout and never from the story's words:

- a commentary column's label ('时评') printed between two stories heads the piece under it:
  the headline under the label is never a sub-heading of the story above, however many words
  the two headlines share (`subheads._subhead_between`);
- under finished text, the label opens a new story even where the page prints its headlines
  elsewhere (grouped at its foot), so a signature under the piece ('本报评论员') signs it
  (`boundaries.segments`);
- on a page that prints each headline under its story, the label marks the story whose text
  runs on under it, not the next one (`briefs.commentary_labels`);
- a kicker says a piece is a commentary only as a label; a phrase lifted from the story that
  happens to hold a cue word ('包括言论自由') says nothing (`kinds.is_commentary`).
"""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.stories.kinds import is_commentary
from generator.ingest.split.text.textutil import nonspace

HEAD = "天山晨报\n第五版 经济\n2022年9月1日　星期四\n\n"


def test_a_headline_under_a_column_label_is_no_subheading():
    page = HEAD + """市图书馆宣布延长夏季开放时间到晚上十点

本报评论员

市图书馆星期一宣布，从
下月起延长夏季开放时间，
每天开放到晚上十点。
图书馆说，这一安排将持
续到八月底。

时评

市图书馆宣布延长夏季开放时间，上班族纷纷点赞

市图书馆宣布延长夏季开
放时间，每天开放到晚上
十点，让更多上班族能在
下班后走进图书馆。
图书馆的这一安排将持续
到八月底，是一件好事。
"""
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["市图书馆宣布延长夏季开放时间到晚上十点", "市图书馆宣布延长夏季开放时间，上班族纷纷点赞"]
    assert arts[1].kind == "commentary"


def test_a_label_under_finished_text_opens_the_piece_its_signature_signs():
    page = HEAD + """新华社北京6月3日电（记者
王亮）市图书馆星期一宣布，
从下月起延长夏季开放时间，
每天开放到晚上十点。

短评

延长开放时间，让更多上
班族能在下班后走进图书
馆，这是一件好事。

本报评论员

本报讯 记者李明报道：市
体育馆星期二重新开放，
市民可以预约使用。

市图书馆延长夏季开放时间

图书馆延长开放时间值得点赞

市体育馆重新开放
"""
    arts = split_page(page).articles
    kinds = {nonspace(a.body)[:6]: a.kind for a in arts}
    assert kinds.get("延长开放时间") == "commentary", [(a.kind, a.title, a.byline) for a in arts]
    by = {nonspace(a.body)[:6]: a.byline for a in arts}
    assert by.get("延长开放时间") == "本报评论员" and "本报评论员" not in (by.get("市体育馆星期") or "")


def test_a_label_marks_the_story_whose_text_runs_on_under_it():
    # the label stands between a headline and the text under it: the story it marks is that
    # one, which starts above the label, not the next story printed after it
    page = HEAD + """市图书馆延长夏季开放时间

市图书馆星期一宣布，从
下月起延长夏季开放时间，
每天开放到晚上十点。

图书馆延长开放时间值得点赞

天山时评

延长开放时间，让更多上
班族能在下班后走进图书
馆，这是一件好事。

市体育馆重新开放

本报讯 记者李明报道：市
体育馆星期二重新开放，
市民可以预约使用。
"""
    arts = split_page(page).articles
    under = next(a for a in arts if "让更多上班族" in nonspace(a.body))
    after = next(a for a in arts if "市体育馆星期二" in nonspace(a.body))
    assert under.kind == "commentary" and after.kind == "article", [(a.kind, a.title) for a in arts]


def test_a_kicker_tells_a_commentary_only_as_a_label():
    assert is_commentary("市图书馆延长开放时间", "天山时评", None)
    assert is_commentary("市图书馆延长开放时间", "天山时评 今日话题", None)
    assert not is_commentary("市图书馆延长开放时间", "包括言论自由 声明还说", None)
    assert not is_commentary("市图书馆延长开放时间", "专家观点", None)
