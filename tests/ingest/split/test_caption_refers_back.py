"""A photo caption closing a story (the paragraphs over a credit line) begins a paragraph higher
when its first paragraph goes on from the one above: it opens on a linking word or names in its
first clause a thing spoken of before ('为了解决这个问题，…') — no text opens so
(`refersback`, `captions._caption_size`)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.refersback import refers_back
from generator.ingest.split.text.textutil import nonspace

PAGE = """## 美伊接近达成协议，卢比奥会晤巴基斯坦外长
本报记者 沈强帆
美国国务卿卢比奥星期二在华盛顿会晤巴基斯坦外长，双方讨论了美伊谈判的最新进展以及地区安全局势。
卢比奥说，美国认为伊朗方面正在进行真诚的谈判，至少到目前为止是这样，但仍有一些问题需要解决。
白宫副幕僚长补充说：“在尘埃落定之前，一切都尚未定案。”
随着首都华盛顿即将迎来建国250周年，国家广场倒影池的池水却泛着绿色，藻类大量繁殖令游客失望。
为了解决这个问题，在即将到来的独立日庆祝活动之前，管理部门引进了一种纳米气泡臭氧技术。
本报记者 白玉 摄
"""


def test_a_caption_paragraph_that_refers_back_takes_the_one_above():
    arts = split_page(PAGE).articles
    photo = [a for a in arts if a.kind == "photo"]
    assert len(photo) == 1, [(a.kind, a.title) for a in arts]
    assert nonspace(photo[0].body).startswith("随着首都华盛顿"), photo[0].body[:30]
    story = [a for a in arts if a.kind == "article"][0]
    assert nonspace(story.body).endswith("一切都尚未定案。”"), story.body[-30:]


def test_what_refers_back():
    assert refers_back("为了解决这个问题，管理部门引进了新技术。")
    assert refers_back("但战争部将提供应对方案。")
    assert not refers_back("这是6月3日在北京拍摄的游客。")
    assert not refers_back("随着首都华盛顿即将迎来建国250周年，池水泛绿。")
