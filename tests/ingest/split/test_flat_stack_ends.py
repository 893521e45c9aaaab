"""Markdown-shaped pages without '##' marks: where a head stack ends (`flatpage._heads`).

- A '——' subtitle is its stack's last line: the line under it opens the story, a lead a break
  cut (never a title wider than the one over the subtitle).
- A byline printed right under a head stack — a '文/图' one too, which may close a story as
  well — has the story's lead under it, not another headline.
- A line that opens what follows ('以下是…：') is text, no headline standing alone.
"""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace

NEXT = """
林肯纪念堂倒影池重新注水

国家公园管理局星期三说，林肯纪念堂前的倒影池已经重新注水，游客可以再次看到纪念堂的倒影。

管理局说，工作人员将每天检查水质，并在夏季旅游旺季增加清理次数。
"""
LEAD = ("位于市中心的历史纪念馆星期一发表声明，谴责一天前非法闯入并破坏纪念馆展品的肇",
        "事者，指出这是近年来针对纪念馆的第三起破坏事件。")
REST = """
纪念馆在声明中说，非法闯入的破坏者在一天前破坏了纪念馆的展品，市中心的历史纪念馆星期一起暂停开放。

纪念馆方面说，非法闯入者破坏展品后离开，纪念馆发表声明谴责这起破坏事件。
"""


def _lead_whole(art) -> bool:
    return nonspace(art.body).startswith(nonspace("".join(LEAD)))


def test_the_line_under_a_subtitle_opens_the_story():
    page = ("最不希望我们纪念的是破坏者\n\n纪念馆遭破坏，馆长誓言不会屈服\n\n——警方正在对这起刑事案件展开调查\n\n"
            + "\n\n".join(LEAD) + "\n" + REST + NEXT)
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["纪念馆遭破坏，馆长誓言不会屈服", "林肯纪念堂倒影池重新注水"]
    assert arts[0].kicker == "最不希望我们纪念的是破坏者"
    assert "警方正在对这起刑事案件展开调查" in (arts[0].subtitle or "")
    assert _lead_whole(arts[0])


def test_the_line_under_a_byline_under_a_head_stack_is_the_lead():
    page = ("有必要加强安全巡查\n\n纪念馆遭破坏，馆长誓言不会屈服\n\n文／图 黄瑞艳\n\n"
            + "\n\n".join(LEAD) + "\n" + REST + NEXT)
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["纪念馆遭破坏，馆长誓言不会屈服", "林肯纪念堂倒影池重新注水"]
    assert _lead_whole(arts[0])


def test_a_line_opening_what_follows_is_no_headline():
    page = ("馆长誓言纪念馆不会屈服\n\n馆长星期一发表书面声明说：“无论多少破坏都无法抹掉过去，纪念馆会继续开放。”\n\n"
            "以下是这份声明全文的中文翻译：\n\n本报记者 别克·艾山 摄\n" + NEXT)
    arts = split_page(page).articles
    assert [nonspace(a.title) for a in arts] == ["馆长誓言纪念馆不会屈服", "林肯纪念堂倒影池重新注水"]
    assert arts[0].kind == "photo" and "以下是这份声明全文的中文翻译" in arts[0].body
