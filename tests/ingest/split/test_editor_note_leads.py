"""An editor's note (编者按) printed between a headline and the story's lead
(generator/ingest/split/boxes/editornotes.py): the lead's byline under it opens no story of its own;
the story's body opens on the note and the lead reads on in its paragraph, its writers the
story's authors."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = """## 城区新增五处停车场缓解停车难

编者按：停车难一事连日来受到各方关注。本版今起刊发相关报道，敬请读者留意。

本报讯（记者 王敏 通讯员 李强）城区今年新建的五处公共停车场本周全部开放，新增停车位一千二百多个，周边居民停车难问题得到缓解。

市交通部门表示，下一步还将在老城区规划建设立体停车库，进一步方便群众出行。

## 县医院新建远程会诊中心投入使用

本报讯（记者 赵磊）县医院远程会诊中心昨日已正式投入使用，群众在家门口就能请省城的知名专家进行会诊。
"""


def test_a_lead_under_an_editor_s_note_goes_on_with_the_headline_s_story() -> None:
    arts = split_page(PAGE).articles
    assert [a.title for a in arts] == ["城区新增五处停车场缓解停车难", "县医院新建远程会诊中心投入使用"]
    parking = arts[0]
    paras = parking.body.split("\n\n")
    assert paras[0].startswith("编者按：")
    assert paras[1].startswith("本报讯（记者王敏通讯员李强）城区今年")
    assert parking.authors == ["王敏", "李强"]


MD_STACK = """## 县医院新建远程会诊中心投入使用

本报讯（记者 赵磊）县医院远程会诊中心昨日已正式投入使用，群众在家门口就能请省城的知名专家进行会诊。

## 城区今年新增五处公共停车场

## 全部投入使用

### 缓解周边居民停车难

编者按：城区今年新增五处公共停车场全部投入使用一事连日来受到各方关注。本版今起刊发相关报道，敬请读者留意。

本报讯（记者 王敏）本周，新建的停车场全部开放，新增停车位一千二百多个，缓解了周边居民停车难问题。

市交通部门表示，下一步还将在老城区规划建设立体停车库，进一步方便群众出行。
"""


def test_a_subtitle_over_an_editor_s_note_stays_in_its_head_stack() -> None:
    arts = split_page(MD_STACK).articles
    parking = next(a for a in arts if "停车" in a.body)
    assert parking.title == "城区今年新增五处公共停车场全部投入使用"
    assert (parking.subtitle or "").lstrip("—") == "缓解周边居民停车难"
    assert parking.body.startswith("编者按：")
    assert len(arts) == 2


HEAD = "王明:城区新增五处公共停车场,停车位超过一千二百个,周边居民“停车难”问题缓解"
FLOWED = "\n".join([
    "2026年2月1日  星期三", "", "",
    "交通局长王明谈城市交通", "", "文·赵磊", "",
    "交通局长王明表示,交通局今年将新建停车场。交通局还将优化公交线路,方便群众出行。", "",
    "王明说:“我们会继续努力。”", "", "",
    HEAD, "",
    f"编者按:{HEAD}一事连日来受到各方关注。本版今起刊发相关报道,敬请读者留意。", "",
    "本报讯(记者 王敏)城区今年新建的五处公共停车场本周全部开放,新增停车位一千二百多个,周边居民停车难问题得到缓解。",
    "", ""]) + "\n"


def test_a_flowed_page_s_long_line_over_an_editor_s_note_is_its_story_s_headline() -> None:
    arts = split_page(FLOWED).articles
    assert [a.title for a in arts] == ["交通局长王明谈城市交通", HEAD]
    assert arts[1].body.startswith("编者按:")
