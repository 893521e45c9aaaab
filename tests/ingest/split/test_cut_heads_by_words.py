"""pdftotext of typeset pages: a headline printed right after a column that stopped mid-sentence,
over a story opening with neither byline nor dateline lead, is told by its words
(`cutheads.sums_up_below`): the text under it says most of its words again, the sentence it
would finish says few of them. It heads that story instead of running on the cut sentence."""
from __future__ import annotations

from generator.ingest.split import split_page

ABOVE = """\
第三版

要闻

密歇根州民主党籍联邦参议员推出法案

本报讯 记者崔佳荣报道：密歇
根州民主党籍联邦参议员星期
二推出一项新法案，拟禁止中
国汽车在美国道路行驶，以保
护美国汽车产业和国家安全。
斯洛特金在一份新闻稿中
说，中国汽车产业受到中国共
产党的巨额补贴，使其能够以
低价击败竞争对手，并迅速涌
入新市场。我们已经看到这一
"""

HEAD = """\
美众院委员会致函辉瑞等五家制药大厂，
对其在中国的临床试验展开调查
"""

BELOW = """\
美国国会一个委员会近日
向五家知名制药企业展开调
查，要求这些公司说明其过去
在中国开展临床试验的情况，
特别是涉及新疆地区和中国军
方医院的研究。委员会担忧，
这些临床试验可能涉及伦理风
险，并可能在无意中助长中国
军事生物技术能力的发展。
委员会在致五家制药大厂的
信中说，这些公司必须在两周
内提交相关文件和试验清单。
"""

REST = """\
幕在欧洲和其他地区上演，美
国汽车工人的工作岗位正受到
威胁。”
"""


def test_headline_after_a_column_cut_mid_sentence_heads_the_text_repeating_its_words():
    arts = split_page(ABOVE + "\n" + HEAD + "\n" + BELOW + "\n" + REST).articles
    titled = [a for a in arts if a.title == "美众院委员会致函辉瑞等五家制药大厂，对其在中国的临床试验展开调查"]
    assert titled and titled[0].body.startswith("美国国会一个委员会近日向五家知名制药企业")
    first = arts[0]
    assert "制药大厂" not in first.body


def test_rest_of_a_cut_sentence_saying_the_words_of_the_text_above_stays_text():
    # the same block's words said by the text above, not by the text under it: text going on
    arts = split_page(ABOVE + "\n" + "中国汽车产业补贴的后果，\n密歇根州民主党籍联邦参议员\n" + "\n" + BELOW).articles
    assert not any(a.title and a.title.startswith("中国汽车产业补贴的后果") for a in arts)
