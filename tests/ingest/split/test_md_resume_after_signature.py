"""A PDF→Markdown page whose converter printed a story's run-on under the next story's closing
signature (generator/ingest/split/order/resume.py, `opens_after_signature`): the run opens on a full
line with no paragraph indent, so it opens no story — it goes back under the story that stopped
mid-sentence before the next headline, not into the story the signature closed."""
from __future__ import annotations

from generator.ingest.split import split_page

MEASURE = 13


def _column(text: str) -> list[str]:
    return [text[k:k + MEASURE] for k in range(0, len(text), MEASURE)]


A_HEAD = "# 城东新建三处社区食堂"
A_TEXT = ("城东街道新建的三处社区食堂近日开门迎客，老人们吃上了热乎饭，菜价实惠，每天供应三餐，"
          "还为行动不便老人送餐上门，街道负责人说下一步将")
A_REST = "在全区推广这一做法，让更多老人受益。街道还将招募志愿者，协助食堂做好送餐服务工作。"
B_HEAD = "# 果园冬季修剪正当时"
B_TEXT = ("眼下正是果树冬季修剪的关键时期，县里组织技术人员深入果园，手把手教果农修剪枝条，"
          "果农们说今年的收成有了盼头。")


def _page() -> str:
    a = _column(A_TEXT)
    assert len(a[-1]) == MEASURE          # the story stops mid-sentence on a full line
    rest = _column(A_REST)
    return "\n\n".join([A_HEAD, "\n".join(a), B_HEAD, "\n".join(_column(B_TEXT)), "文/图 王芳",
                        "\n".join(rest)]) + "\n"


def test_run_under_a_closing_signature_goes_back_to_the_story_it_continues() -> None:
    arts = split_page(_page()).articles
    canteen = next(a for a in arts if a.title == "城东新建三处社区食堂")
    orchard = next(a for a in arts if a.title == "果园冬季修剪正当时")
    assert canteen.body.replace("\n", "").endswith("协助食堂做好送餐服务工作。")
    assert "下一步将在全区推广" in canteen.body.replace("\n", "")
    assert orchard.body.endswith("收成有了盼头。")
    assert orchard.authors == ["王芳"]
