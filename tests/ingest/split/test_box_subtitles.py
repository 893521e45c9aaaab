"""pdftotext of typeset pages: a headline a narrow box wrapped over short lines, and right under
it, with no blank line, its subtitle in smaller type — wider than every headline line, as no
wrapped line of the box can be (`boxsubs`). The wider line is the subtitle, not the title's end."""
from __future__ import annotations

from generator.ingest.split import split_page

from .compose import typeset_column

TEXT = ("刚果民主共和国和乌干达出现的一种致命埃博拉病毒新毒株正引发全球关注。不过，卫生官员表示，"
        "治疗和疫苗研发方面的迅速进展带来希望。世卫组织的专家说，应对工作在很大程度上取决于早期发现、"
        "病例的迅速隔离，以及强有力的临床护理和密集的接触者追踪。两国政府在世界卫生组织的支持下，"
        "正携手遏制最新的疫情暴发，已部署了五十多名专家，在多个技术领域提供支持，"
        "包括监测、实验室检测、病例管理和社区参与等工作。")
MORE = ("美国国务院星期三宣布，将向盟友提供新一轮援助，以帮助其加强边境安全和海上执法能力。"
        "国务院发言人在例行记者会上说，这一决定是在与各方充分磋商后作出的，援助将在今后三年内分批到位。"
        "发言人还表示，美国愿意与地区各国一道，维护航行自由和地区和平稳定。")
HEAD = "埃博拉病毒可能\n致命，\n但治疗和疫苗研\n发的迅速进展带\n来希望\n"


def _page(sub: str) -> str:
    return ("天山日报\n\n第七版\n\n" + HEAD + sub + "\n\n本报记者 吕航 通讯员 梁平\n\n"
            + typeset_column(TEXT, 13) + "\n\n美国宣布向盟友提供新一轮援助\n\n" + typeset_column("本报讯 记者王立新报道：" + MORE, 13) + "\n")


def test_line_wider_than_a_narrow_boxs_wrapped_headline_is_its_subtitle():
    art = split_page(_page("加强了疾病监测工作")).articles[0]
    assert (art.title, art.subtitle) == ("埃博拉病毒可能致命，但治疗和疫苗研发的迅速进展带来希望", "加强了疾病监测工作")
    assert art.authors == ["吕航", "梁平"]


def test_last_line_no_wider_than_the_box_stays_the_headlines_end():
    art = split_page(_page("疫情防控")).articles[0]
    assert art.title.endswith("来希望疫情防控") and art.subtitle is None
