"""A headline printed after its story (a column page's heads-after layout), its title wrapped by
the box inside a word over a '——' subtitle: one title, the dash line its subtitle
(generator/ingest/split/heads/headwrap.py: `_wrapped_over_sub`); and no line of such a stack is
lost when its lines are read as a title and a subtitle instead
(generator/ingest/split/stories/headmatch.py)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.heads import headwrap

STORY = """　　本报讯 记者龙涵涛报道：
唐纳德·特朗普(Donald Trump)
总统星期三(6月17日)表示，本
星期早些时候与伊朗达成的谅解
备忘录并非最终协议，并警告说，
如果伊朗不“守规矩”，美国可
能恢复军事行动。

　　特朗普是在法国埃维昂举行
的七国集团(G7)峰会期间，会见
埃及总统阿卜杜勒-法塔赫·塞
西(Abdel Fattah El Sisi)时作
出上述评论的。

　　当被问及这份备忘录是否为
最终协议时，特朗普回答说：
“不，这不是最终协议，这是一
份谅解备忘录。如果我不喜欢它，

我们就会重新向他们开火，把炸
弹扔到他们头上。”

　　他接着说：“如果我不喜欢
它，如果他们不守规矩，我们就
会马上重新把炸弹扔到他们头顶
上。”

　　在同一次会晤中，特朗普为
这项开放霍尔木兹海峡的协议辩
护，并表示该协议将确保伊朗不
会拥有核武器。

　　“这是一项很棒的协议，原
因有很多，但最重要的一点，远
远超过其他，99.9%的原因是，
他们永远不会拥有核武器。你不
能让伊朗拥有核武器。这是一项
强有力的协议。”他说。

　　特朗普重申，有关美国正在
伊朗投资的报道是不实的。

　　“我们没有投资，我们一毛
钱也不会出，”他补充说，不存
在所谓的伊朗重建基金。

　　埃及总统塞西赞扬特朗普与
伊朗达成的协议。

　　“首先，请允许我对你为恢

复中东和平所取得的突破表示热
烈祝贺，总统先生。”塞西说。

"""
HEAD = """特朗普总统称与伊朗达成的谅
解备忘录“并非最终协议”
——我们就会马上重新把炸弹扔到他们头顶上
"""


def test_a_title_wrapped_inside_a_word_over_its_dash_subtitle_is_one_title() -> None:
    [story] = split_page(STORY + HEAD).articles
    assert story.title == "特朗普总统称与伊朗达成的谅解备忘录“并非最终协议”"
    assert story.subtitle.lstrip("—") == "我们就会马上重新把炸弹扔到他们头顶上"
    assert story.authors == ["龙涵涛"]


def test_a_dash_subtitle_under_a_head_read_as_a_subtitle_is_kept(monkeypatch) -> None:
    monkeypatch.setattr(headwrap, "_wrapped_over_sub", lambda texts: False)
    result = split_page(STORY + HEAD)
    [story] = result.articles
    # (the story quotes the same words in its text: the dash line itself must be somewhere)
    shown = [story.kicker, story.title, story.subtitle, story.body] + [d.text for d in result.dropped]
    assert any("——我们就会马上重新把炸弹扔到他们头顶上" in (t or "") for t in shown)
