"""pdftotext of typeset pages (bench-ingest --typeset): after a story's text, finished on a full
stop, reading order may print a block of another story's column or a photo's caption, set to
another measure. blocks.py must not run it on as the story's text: no story changes its measure
inside a column run."""
from __future__ import annotations

from generator.ingest.split import split_page
from tests.ingest.split.compose import columned

STORY = ("本报讯（记者 周成）市政府昨日召开会议，听取了各地关于冬季供暖工作的汇报，要求各区在本月底前完成"
         "全部管网的检修任务。会议指出，今冬气温可能偏低，各有关部门要提前做好应急准备，确保居民家中室温达标。")
OTHER = ("新建的城东公园昨日向市民开放，园内种植各类树木三千余株，修建步道六公里，"
         "并设有儿童游乐区和健身区，周边居民纷纷前来游览。公园管理处介绍，园内还将增设停车场和公共卫生间，"
         "方便市民周末出行，预计年底前全部完工。")


def _page(other_chars: int) -> str:
    return ("第六版\n\n市政府部署今冬城区供暖工作\n\n" + columned(STORY, 13) + "\n\n"
            + columned(OTHER, other_chars) + "\n\n责任编辑：王芳\n")


def test_block_set_to_another_measure_is_no_run_on_of_the_story_above():
    arts = [a.to_json() for a in split_page(_page(26)).articles]
    heating = next(a for a in arts if a["title"] == "市政府部署今冬城区供暖工作")
    assert "城东公园" not in heating["body"]
    assert any("城东公园" in a["body"] for a in arts)


def test_block_set_to_the_same_measure_goes_on_with_the_story():
    arts = [a.to_json() for a in split_page(_page(13)).articles]
    heating = next(a for a in arts if a["title"] == "市政府部署今冬城区供暖工作")
    assert "城东公园" in heating["body"]
