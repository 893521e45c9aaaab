"""A picture's plain headline that a PDF→Markdown converter printed in pieces between blanks,
broken between a number and what it counts ('…造成五' / '人死亡，…'): the break is a wrap
(wrapcut.cuts_inside), so the pieces are one headline over the caption (mdblanks.mend_head_pieces),
not a paragraph the caption goes on from."""
from __future__ import annotations

from generator.ingest.split import split_page
from tests.support.extracted_pages import column

STORY = ("# 县医院新建远程会诊中心投入使用", "县医院远程会诊中心昨日正式投入使用，群众在家门口就能请省城专家进行会诊，"
         "中心配备了高清视频设备和专用网络线路，可与省内十多家三甲医院实时连线。")
HEAD = ["山区公路塌方造成五", "人受伤，抢修队伍连夜", "赶赴现场"]
CAPTION = ("星期五清晨，县城通往山区的公路发生塌方，造成五人受伤，抢修队伍连夜赶赴现场清理道路。"
           "图为抢修人员正在清理落石。")


def _page() -> str:
    return "\n\n".join([STORY[0], column(STORY[1], True), HEAD[0], HEAD[1] + "\n" + HEAD[2],
                        column(CAPTION, True), "张华 摄"]) + "\n"


def test_picture_headline_broken_at_a_numeral_heads_its_caption() -> None:
    arts = split_page(_page()).articles
    photo = next(a for a in arts if a.kind == "photo")
    assert photo.title == "".join(HEAD)
    assert photo.body.replace("\n", "").startswith("星期五清晨")
    assert photo.authors == ["张华"]
