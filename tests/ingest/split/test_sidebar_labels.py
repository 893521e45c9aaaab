"""A sidebar box ('相关链接', '背景') printed right after a story with no headline of its own
(generator/ingest/split/boxes/sidebars.py): its label is no headline and its text reads on from the
story above — also over a photo's caption and credit printed under it, which stay the photo's."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page

A = ["## 城区新增五处停车场缓解停车难", "",
     "本报讯（记者 王敏）城区今年新建的五处公共停车场本周全部开放，新增停车位一千二百多个，周边居民停车难问题得到缓解。", "",
     "市交通部门表示，下一步还将在老城区规划建设立体停车库，进一步方便群众出行。", ""]
SIDEBAR = ["去年以来，全市已累计新增公共停车泊位八千余个，智慧停车平台接入停车场一百二十个。", ""]
PHOTO = ["上图：市民在新开放的停车场停放车辆。", "", "李强 摄", ""]
B = ["## 县医院新建远程会诊中心投入使用", "",
     "本报讯（记者 赵磊）县医院远程会诊中心昨日已正式投入使用，群众在家门口就能请省城的知名专家进行会诊。", ""]


FLOWED = ["2026年2月1日  星期三", "", "",
          "城区新增五处停车场缓解停车难", "", "文·王敏", "",
          "城区今年新建的五处公共停车场本周全部开放,新增停车位一千二百多个,周边居民停车难问题得到缓解。", "",
          "市交通部门表示,下一步还将在老城区规划建设立体停车库,进一步方便群众出行。", ""]
FLOWED_B = ["", "县医院新建远程会诊中心投入使用", "", "文·赵磊", "",
            "县医院远程会诊中心昨日已正式投入使用,群众在家门口就能请省城的知名专家进行会诊。", "", ""]


@pytest.mark.parametrize("label", ["相关链接", "链接", "背景"])
def test_a_flowed_page_s_sidebar_reads_on_as_the_story_s_text(label: str) -> None:
    side = [label, "去年以来,全市已累计新增公共停车泊位八千余个,智慧停车平台接入停车场一百二十个。", ""]
    arts = split_page("\n".join(FLOWED + side + FLOWED_B) + "\n").articles
    assert [a.title for a in arts] == ["城区新增五处停车场缓解停车难", "县医院新建远程会诊中心投入使用"]
    assert arts[0].body.replace("\n", "").endswith("接入停车场一百二十个。")


def test_a_sidebar_over_a_headless_photo_stays_with_the_story() -> None:
    arts = split_page("\n".join(A + ["**背景**", ""] + SIDEBAR + PHOTO + B) + "\n").articles
    story, photo = arts[0], arts[1]
    assert story.body.replace("\n", "").endswith("接入停车场一百二十个。")
    assert photo.kind == "photo" and photo.body.startswith("上图：") and photo.authors == ["李强"]


def test_a_sidebar_under_a_story_closed_by_its_signature_still_reads_on_from_it() -> None:
    signed = A[:-2] + ["市交通部门表示，下一步还将在老城区规划建设立体停车库，进一步方便群众出行。（记者 王敏）", ""]
    arts = split_page("\n".join(signed + ["**背景**", ""] + SIDEBAR + B) + "\n").articles
    assert [a.title for a in arts] == ["城区新增五处停车场缓解停车难", "县医院新建远程会诊中心投入使用"]
    assert arts[0].body.replace("\n", "").endswith("接入停车场一百二十个。")
