"""A headline set over several columns, wider than any column line, whose box wrapped it and
printed the rest shorter on the line under it: the rest goes with the headline."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.classify import blockbreaks

BODY = ["　　卢比奥重申美国对海湾国", "家的安全保障不变，并表示美", "国希望伊朗能够遵守协议的承",
        "诺。如果伊朗不履行，总统手", "中有很多可以采取的选项，包", "括重新实施制裁。如果伊朗履",
        "行承诺，美国就会继续推进相", "关进程。"]
LEAD = ["　　美国总统唐纳德·特朗普", "星期三证实，在一次关于以色", "列与黎巴嫩真主党持续交战的",
        "电话通话中，他曾敦促以色列", "总理停止与黎巴嫩的战斗。"]


def test_a_one_line_block_under_a_wide_head_line_is_no_block_of_its_own():
    texts = BODY + ["特朗普总统表示，他曾敦促内塔尼亚胡", "停止与黎巴嫩的战斗"] + LEAD
    at = len(BODY)
    starts = [False] * len(texts)
    starts[at] = starts[at + 1] = starts[at + 2] = True
    out = blockbreaks.wide_wraps_together(texts, starts)
    assert out[at] and not out[at + 1] and out[at + 2]
    # a '——' subtitle under it stays a block of its own
    texts[at + 1] = "——停止与黎巴嫩的战斗"
    assert blockbreaks.wide_wraps_together(texts, starts)[at + 1]


def test_the_rest_of_a_wide_head_line_cut_inside_a_word_stays_in_the_title():
    page = "\n".join(BODY + ["", "新闻眼", "美军中央司令部司令与黎巴嫩领导人讨", "论以黎协议的落实情况", ""]
                     + LEAD) + "\n"
    titles = [a.title for a in split_page(page).articles]
    assert "美军中央司令部司令与黎巴嫩领导人讨论以黎协议的落实情况" in titles, titles


def test_a_line_under_a_wide_head_line_at_the_page_foot_stays_apart():
    # a head box printed after its story ends the page: the line under its headline may be a
    # plain subtitle, and no story's opening under it says otherwise
    texts = BODY + ["拒绝向香港当局交出个人手机密码可被定罪", "串谋勾结外国势力"]
    starts = [False] * len(texts)
    starts[-2] = starts[-1] = True
    assert blockbreaks.wide_wraps_together(texts, starts)[-1]
