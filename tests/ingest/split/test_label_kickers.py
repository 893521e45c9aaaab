"""A column label printed as the first line of a grouped headline's box ('大国博弈' over a title
holding commas): the page's text does not say its words and it stands far narrower than the
title, so it is the kicker (generator/ingest/split/heads/labelkickers.py)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.heads.labelkickers import label_over_title

from .compose import columned


_STORIES = [
    "本报讯（记者 王薇）美国驻香港总领事馆星期四发出安全警示，称拒绝向警方交出手机密码可被定罪。",
    "本报讯（记者 何欣）美国密苏里州总检察长星期三起诉一家安防品牌，指其产品构成国家安全威胁。",
    "本报讯（记者 赵磊）新西兰外长星期四对中国限制四名新西兰议员入境一年表示关切，称访问并无问题。",
]
_HEADS = ("大国博弈\n拒绝交出手机密码可被定罪，美总领馆向美国公民发出安全警示\n\n"
          "密苏里州起诉安防品牌指其构成国家安全威胁\n\n新西兰对四名议员遭中国限制入境一年表达关切")


def test_a_label_over_a_grouped_title_with_commas_is_its_kicker():
    page = "\n\n".join(columned(s, 14) for s in _STORIES) + "\n\n" + _HEADS + "\n\n责任编辑：王芳\n"
    art = split_page(page).articles[0]
    assert (art.kicker, art.title) == ("大国博弈", "拒绝交出手机密码可被定罪，美总领馆向美国公民发出安全警示"), art


def test_a_short_first_line_the_page_speaks_of_is_no_label():
    page = "密苏里州起诉安防品牌指其构成国家安全威胁"
    assert not label_over_title(["密苏里州起诉", "一家安防品牌，指其产品构成国家安全威胁"], page)
    assert not label_over_title(["大国博弈", "拒绝交出密码"], "")               # not far narrower
    assert label_over_title(["大国博弈", "拒绝交出手机密码可被定罪，美总领馆发出警示"], page)
