"""A justified column line that a PDF→Markdown converter printed letter-spaced, with the blank
lines it prints inside paragraphs around it, is text (normalize.py), not a running header."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.normalize import normalize_text
from generator.ingest.split.text.textutil import nonspace

PAGE = """# 一名公民认罪承认充当代理人

　　司法部星期四宣布，在外国
居住和工作的一名公民当天认
罪，承认他充当外国政府代理

保 肯 面 临 的 最 重 刑 罚 是

十年监禁。联邦法官将在九月
一日对他作出量刑判决。
"""


def test_letter_spaced_line_between_blank_lines_is_closed_on_a_markdown_page():
    fixed, _ = normalize_text(PAGE)
    assert "保肯面临的最重刑罚是" in fixed
    art, = split_page(fixed).articles
    assert "保肯面临的最重刑罚是十年监禁" in nonspace(art.body)


def test_short_spaced_label_stays_spaced_on_a_markdown_page():
    fixed, _ = normalize_text("# 标题在这里说了一件事\n\n政 府 工 作 报 告\n\n今天的话题是政府工作报告。\n")
    assert "政 府 工 作 报 告" in fixed


def test_plain_page_keeps_a_spaced_line_before_a_blank():
    fixed, _ = normalize_text("保 肯 面 临 的 最 重 刑 罚 是\n\n十年监禁。\n")
    assert "保 肯 面 临" in fixed
