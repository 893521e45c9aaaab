"""A headless photo's caption opening on '上图：' printed under a story on a Markdown page
(generator/ingest/split/boxes/captions.py): the caption starts at that paragraph — the story's last
paragraph over it, however many words the two share, stays the story's."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = "\n".join([
    "## 城区新增五处停车场缓解停车难", "",
    "本报讯（记者 王敏）城区今年新建的五处公共停车场本周全部开放，新增停车位一千二百多个，周边居民停车难问题得到缓解。", "",
    "市交通部门表示，下一步还将在老城区规划建设立体停车库，进一步方便群众出行。", "",
    "据介绍，新建的公共停车场全部接入智慧停车平台，市民可通过手机查询空余停车位。（完）", "",
    "上图：市民在新开放的公共停车场停放车辆，智慧停车平台显示空余停车位。", "",
    "李强 摄", "",
    "## 县医院新建远程会诊中心投入使用", "",
    "本报讯（记者 赵磊）县医院远程会诊中心昨日已正式投入使用，群众在家门口就能请省城的知名专家进行会诊。", ""]) + "\n"


def test_a_caption_opening_on_its_picture_cue_starts_there() -> None:
    arts = split_page(PAGE).articles
    story, photo = arts[0], arts[1]
    assert story.body.endswith("查询空余停车位。（完）")
    assert photo.kind == "photo" and photo.body.startswith("上图：") and photo.authors == ["李强"]
