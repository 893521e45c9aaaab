"""A picture's caption set wider than the text columns, as pymupdf4llm prints it: one block of
lines per paragraph, a blank line after each. A line that ends a sentence at the caption's
measure goes on into the next line of its block, and a line holding a Latin name (which prints
wider than it counts) is of the caption's measure too: each block stays one paragraph
(generator/ingest/split/units/reflow.py, `md_line_on`, `wide_measure`)."""
from __future__ import annotations

from generator.ingest.split import split_page

STORY = ("本报讯 记者李明报道：今天上午，这里举行了一场活动，来自各地的代表参加了会议。"
         "会议讨论了下一阶段的工作。代表们认为，今年的各项工作进展顺利，群众的满意度持续"
         "提高。会议要求各部门进一步做好服务保障工作，把各项措施落到实处，确保群众生产生活"
         "平稳有序。会议还部署了下一阶段的重点任务，要求各地加强协调，形成工作合力，推动"
         "各项工作取得新的成效。与会代表纷纷表示，将认真落实会议精神，扎实做好本职工作。")


def column(text: str, measure: int = 13) -> str:
    """Text set in a column `measure` characters wide, a blank line after every two lines (as
    the converter prints its blocks)."""
    rows = [text[k:k + measure] for k in range(0, len(text), measure)]
    return "\n\n".join("\n".join(rows[k:k + 2]) for k in range(0, len(rows), 2))


PAGE = f"""北庭日报 第5版 国际


# 新闻标题这里是一条很短的新闻

{column(STORY * 3)}


# 美英加澳谴责香港当局发出最新一轮逮捕令

美国谴责香港当局对活动人士发出的最新一轮逮捕令和悬赏令。
英国、加拿大和澳大利亚也谴责了香港当局的跨国镇压行为。

美国总统唐纳德·特朗普(Donald Trump)星期五（6月12日）指
责伊朗泄露了有关美伊为结束双方之间的冲突而达成的协议的不实细
节。

（周强 摄）


# 另一条新闻的标题在这里

{column(STORY * 2)}
"""


def test_wide_caption_block_is_one_paragraph():
    photo = split_page(PAGE).articles[1]
    assert photo.kind == "photo"
    paras = photo.body.split("\n\n")
    assert paras == ["美国谴责香港当局对活动人士发出的最新一轮逮捕令和悬赏令。英国、加拿大和澳大利亚也谴责了香港当局的跨国镇压行为。",
                     "美国总统唐纳德·特朗普(Donald Trump)星期五（6月12日）指责伊朗泄露了有关美伊为结束双方之间的冲突而达成的协议的不实细节。"]


NARROW_BOX = f"""北庭日报 第5版 国际


# 新闻标题这里是一条很短的新闻

{column(STORY * 3)}


万斯副总统：德黑兰同意


国际原子能机构检察员返
回伊朗


美国副总统JD·万斯星期
一在瑞士结束和伊朗的新一轮谈
判，他在搭乘空军二号返回美国
之前强调，对伊朗不只是要听其
言、还要观其行。

（本报记者阿依古丽·沙比提摄）


# 另一条新闻的标题在这里

{column(STORY * 2)}
"""


def test_caption_box_an_em_wider_than_the_column_keeps_its_paragraph():
    photo = split_page(NARROW_BOX).articles[1]
    assert photo.body == "美国副总统JD·万斯星期一在瑞士结束和伊朗的新一轮谈判，他在搭乘空军二号返回美国之前强调，对伊朗不只是要听其言、还要观其行。"
