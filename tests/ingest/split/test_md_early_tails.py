"""A PDF→Markdown page whose converter printed a story's tail right under another story's
headline, before the story it ends (generator/ingest/split/order/resume.py, `_early_tail`), and two
headlines stacked with the upper one's '——' subtitle and byline between them
(stackswap.py): the tail opens on a full line inside a word that the one story stopping
mid-sentence before a headline cuts ('…在帖文中写' / '道，…'), so it goes back under that
story, up to its first sentence over a gap of three blank lines; then the lower headline moves
down to the one dateline lead under it, as its own words come back too rarely to place it."""
from __future__ import annotations

from generator.ingest.split import split_page

MEASURE = 13


def _column(text: str) -> str:
    return "\n".join(text[k:k + MEASURE] for k in range(0, len(text), MEASURE))


A_HEAD = "# 老街坊结伴游览城郊湿地公园"
A_SUB = "——一路走一路看一路拍"
A_BYLINE = "■记者王芳 通讯员 李强"
B_HEAD = "# 市政府发布新一轮惠农补贴办法"
B_TAIL = ("道，“补贴资金将在秋收前全部发放到位，种植大户和普通农户一视同仁，"
          "请大家放心。”会议还通报了去年补贴的发放情况。")
A_TEXT = ("上周末，二十多位老街坊相约来到城郊，沿着木栈道慢慢走，看芦苇看水鸟，"
          "不少人带着相机拍个不停。大家说，退休以后难得这样热闹地出门一趟。")
A_MORE = "带队的刘阿姨说，下个月还想组织大家去看看新修的植物园。"
B_LEAD = ("本报讯 记者赵明报道：市政府昨日召开会议发布新一轮惠农补贴办法，明确补贴对象、标准和发放方式，"
          "分管副市长在会上逐条介绍办法要点时写")
C_HEAD = "# 社区图书室延长开放时间"
C_TEXT = "社区图书室从本月起延长开放时间，每天晚上开放到九点，方便上班族下班后借书阅读。"


def _page() -> str:
    assert len(B_LEAD) % MEASURE == 0         # the lead stops mid-sentence on a full line
    blocks = [A_HEAD, A_SUB, A_BYLINE, B_HEAD, _column(B_TAIL), "\n", _column(A_TEXT),
              _column(A_MORE), _column(B_LEAD), C_HEAD, _column(C_TEXT)]
    return "\n\n".join(blocks) + "\n"


def test_tail_printed_before_its_story_goes_back_and_the_stacked_headline_follows_it() -> None:
    arts = split_page(_page()).articles
    walk = next(a for a in arts if a.title == "老街坊结伴游览城郊湿地公园")
    farm = next(a for a in arts if a.title == "市政府发布新一轮惠农补贴办法")
    flat = lambda a: a.body.replace("\n", "")
    assert flat(walk).startswith("上周末") and flat(walk).endswith("新修的植物园。")
    assert walk.authors == ["王芳", "李强"]
    assert flat(farm).startswith("本报讯") or farm.byline
    assert "逐条介绍办法要点时写道，“补贴资金" in flat(farm)
    assert flat(farm).endswith("发放情况。")
