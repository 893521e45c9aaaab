"""An editor's note (编者按) printed between a headline and the story's lead
(generator/ingest/split/editornotes.py): the lead's byline under it opens no story of its own;
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
