"""Markdown from a PDF converter (bench-ingest --typeset, pymupdf4llm): a story that stops
mid-word on a full column line right before the next headline ('…澳大利亚队的训'), its rest
printed after the next story's text — under a sentence that ends at a full line's end, where
a paragraph might go on — goes back under it when the rest's first line finishes the word the
story's last line cut ('练营设在…'); without the cut word nothing moves
(generator/ingest/split/order/resume.py)."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.textutil import nonspace
from tests.ingest.split.test_extracted_md_order import RESUMED

# B's text now ends a sentence at a full line's end
FULL_END = RESUMED.replace("人。联邦法官将在九月一日对\n他作出量刑判决。",
                           "人。联邦法官将在九月一日对\n他作出量刑判决和罚款数额。")


def test_rest_finishing_the_word_the_story_cut_goes_back_under_it():
    text = FULL_END.replace("对那些曾在相关企业\n", "对那些曾在相关企\n").replace("和机构工作过的人", "业和机构工作过的人")
    a, b = split_page(text).articles
    assert nonspace(a.body).endswith("对那些曾在相关企业和机构工作过的人施加入境方面的后果。目前尚不清楚有多少人受到影响。")
    assert nonspace(b.body).endswith("量刑判决和罚款数额。")


def test_rest_under_a_full_line_sentence_end_stays_without_a_cut_word():
    a, b = split_page(FULL_END).articles
    assert nonspace(a.body).endswith("对那些曾在相关企业")
    assert "施加入境方面的后果" in b.body
