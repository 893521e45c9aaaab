"""A writer's signature with its role marked by a middle dot or a slash ('文·王明', '王明／文')
on a line of its own under a flowed page's headline (generator/ingest/split/authors/bylines.py): it is
the story's byline, its name the author, never a headline's or subtitle's last words."""
from __future__ import annotations

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.authors import bylines


@pytest.mark.parametrize("line", ["文·王明", "王明／文", "王明/文"])
def test_a_marked_signature_is_a_byline_naming_the_writer(line: str) -> None:
    b = bylines.parse_standalone(line)
    assert b is not None and b.authors == ["王明"]
    assert bylines.bare_signature(line) is None


@pytest.mark.parametrize("line", ["文·王明", "米热古丽·艾力／文"])
def test_a_flowed_story_s_signature_line_is_its_byline(line: str) -> None:
    page = "\n".join([
        "2026年2月1日  星期三", "", "",
        "城区新增五处停车场缓解停车难", "——周边居民停车难问题得到缓解", "",
        line, "",
        "城区今年新建的五处公共停车场本周全部开放,新增停车位一千二百多个,周边居民停车难问题得到缓解。", "",
        "市交通部门表示,下一步还将在老城区规划建设立体停车库,进一步方便群众出行。", "", ""]) + "\n"
    [story] = split_page(page).articles
    assert story.title == "城区新增五处停车场缓解停车难"
    assert story.subtitle.lstrip("—") == "周边居民停车难问题得到缓解"
    assert story.authors == [line.replace("文·", "").replace("／文", "")]
