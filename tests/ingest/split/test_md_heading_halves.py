"""Markdown-shaped pages: a headline a converter printed as two '##' lines, blank line between,
is one headline when the break between them is one no head line ends or opens on — inside a
word ('…搜寻委' / '内瑞拉…') or after a conjunction ('…老年人而' / '被判…')
(`headwrap._cut_heading`); and a '##' slogan first under the running header, saying none of
the words of the headline under it nor of its story, is the page's banner, never the first
story's kicker (`banners.mark_banner`).
"""
from __future__ import annotations

from generator.ingest.split import split_page

HEAD = "滨海日报\n\n2026年3月20日 星期五\n\n第9版\n\n"
BODY = ("\n\n本报讯（记者 王海）国际救援人员星期二继续在委内瑞拉西部搜寻地震幸存者，当地官员说，"
        "已有数十人获救。\n\n救援人员说，搜寻工作将持续到本周末，委内瑞拉政府已请求更多国际援助。\n")
SECOND = ("\n## 肯尼亚法院延长对隔离设施的禁令\n\n本报讯（记者 李明）肯尼亚高等法院星期二裁定，"
          "延长对一处隔离设施的禁令，法院说，此案将在下月再审。\n")


def _first(page: str):
    return split_page(page).articles[0]


def test_a_word_cut_between_two_heading_lines_joins_them() -> None:
    a = _first(HEAD + "## 国际救援人员帮助搜寻委\n\n## 内瑞拉的地震幸存者" + BODY + SECOND)
    assert (a.kicker, a.title) == (None, "国际救援人员帮助搜寻委内瑞拉的地震幸存者")


def test_a_heading_line_ending_on_a_conjunction_goes_on() -> None:
    a = _first(HEAD + "## 一名中国女子因参与诈骗老年人而\n\n## 被判27个月监禁"
               + "\n\n本报讯（记者 王海）一名中国女子星期二因参与诈骗老年人被判27个月监禁，"
                 "检察官说，她参与了一个诈骗团伙。\n" + SECOND)
    assert (a.kicker, a.title) == (None, "一名中国女子因参与诈骗老年人而被判27个月监禁")


def test_a_slogan_over_the_first_headline_is_the_pages_banner() -> None:
    a = _first(HEAD + "## 坚持高水平对外开放\n\n## 国际救援人员搜寻地震幸存者" + BODY + SECOND)
    assert (a.kicker, a.title) == (None, "国际救援人员搜寻地震幸存者")


def test_a_heading_line_ending_on_a_colon_and_a_last_word_alone_join_the_headline() -> None:
    a = _first(HEAD + "## 参院多数党领袖：\n\n## 支持强化自卫能力以应对外来\n\n## 压力"
               + "\n\n本报讯（记者 王海）参院多数党领袖星期二表示，支持强化自卫能力以应对外来压力，"
                 "他说，这是两党的共识。\n" + SECOND)
    assert (a.kicker, a.title) == (None, "参院多数党领袖：支持强化自卫能力以应对外来压力")


def test_a_headlines_rest_under_it_on_a_page_without_marks_is_no_subtitle() -> None:
    page = ("滨海日报\n\n2026年3月20日 星期五\n\n联合国航运机构在新加坡注册船\n\n只遇袭后暂停撤离船只和船员\n\n"
            "本报讯（通讯员王海浩）负责航运安全的联合国机构表示，在一艘新加坡注册船只遇袭后，"
            "已暂停撤离船只和船员的行动。\n\n国际海事组织秘书长说，船上21名船员全部安全，"
            "撤离行动将在评估后恢复。\n\n伊朗向以色列发射导弹\n\n本报讯（记者 李明）伊朗星期二向以色列发射导弹，"
            "以色列军方说，大部分导弹被拦截。\n")
    a = _first(page)
    assert (a.title, a.subtitle) == ("联合国航运机构在新加坡注册船只遇袭后暂停撤离船只和船员", None)
