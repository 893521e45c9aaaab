"""The indexed text form and the shard plan: pure functions, checked on their output."""
import datetime as _dt
import random
import re

import pytest

from generator.core.config import SiteConfig
from generator.core.model import Article
from generator.search.pagefind import SearchError
from generator.search.parts import shard_key, split_parts
from generator.search.variants import query_variants, variant_table
from generator.search.text import (_HAN_GAP, _has_markdown, HAIR, SEP, UNSAFE, blocks_form, body_blocks, clean_block, fold,
                                   fold_char, index_form, interleave_hair, punctuation_of)


def tokens(form: str) -> list[str]:
    return form.split(HAIR)


def test_every_visible_character_is_its_own_token():
    assert tokens(index_form("王进喜，3.2亿")) == ["王", "进", "喜", "，", "3", ".", "2", "亿", SEP]


def test_whitespace_and_block_end_become_one_separator_token():
    assert tokens(index_form("临危受命  逆行\n出征")) == \
        ["临", "危", "受", "命", SEP, "逆", "行", SEP, "出", "征", SEP]
    assert index_form("   ") == ""


def test_the_phrase_quote_sticks_to_the_previous_token():
    assert tokens(index_form('说"好"')) == ['说"', '好"', SEP]


def test_stray_hair_spaces_in_the_source_are_whitespace():
    assert tokens(index_form(f"甲{HAIR}乙")) == ["甲", SEP, "乙", SEP]


def test_punctuation_is_every_visible_non_alphanumeric_character():
    assert punctuation_of(["王，进“喜”3.2% ①Ⅲ a_b"]) == {"，", "“", "”", ".", "%", "_"}


def spelled_out_index_form(block: str) -> str:
    """index_form's rule read character by character: whitespace ends a token with one SEP,
    an unsafe character joins the token before it in its run."""
    out, prev = [], None   # prev: None at the start, "tok" after a token, "sep" after a SEP
    for ch in block.replace(HAIR, " ").replace(SEP, " "):
        if ch.isspace():
            if prev == "tok":
                out.append(HAIR + SEP)
                prev = "sep"
        elif ch in UNSAFE and prev == "tok":
            out.append(ch)
        else:
            out.append((HAIR if prev else "") + ch)
            prev = "tok"
    return "".join(out) + (HAIR + SEP if prev == "tok" else "")


def test_index_form_and_fold_follow_their_rule_on_random_text():
    rng = random.Random(7)
    alphabet = ['王', '进', '，', ',', '（', '(', '"', '"', ' ', '\u3000', '\n', '\t', HAIR, SEP,
                'Ａ', '１', '1', '.', '\u00a0', '\u2003', '!', '！', ':']
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert index_form(text) == spelled_out_index_form(text), repr(text)
        assert fold(text) == _HAN_GAP.sub("", "".join(map(fold_char, text))), repr(text)


def test_blocks_form_is_the_blocks_index_forms_joined_by_spaces():
    rng = random.Random(11)
    alphabet = ['王', '进', '，', ',', '"', ' ', '\u3000', '\t', HAIR, SEP, 'Ａ', '1', '.', 'Σ',
                '\U00020000', '\U0001f600', 'é']
    for _ in range(2000):
        blocks = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
                  for _ in range(rng.randint(0, 4))]
        for bs in (blocks, [fold(clean_block(b)) for b in blocks]):   # raw, and as the index makes them
            assert blocks_form(bs) == " ".join(f for f in map(index_form, bs) if f), repr(bs)


def test_interleave_hair_puts_a_hair_space_between_characters_of_any_plane():
    for text in ("", "王", "王进喜", "a\U00020000b\U0001f600", "\n \ue000"):
        assert interleave_hair(text) == HAIR.join(text)


def test_markdown_is_told_by_its_characters_or_a_line_opening_like_markup():
    # the rule as one pattern tried at every position (^ at each line start)
    rule = re.compile(r"[\\`*_\[\]<>&]|^ {0,3}(?:[#>=+\-]|\d+[.)])\s", re.M)
    rng = random.Random(5)
    alphabet = ['甲', ' ', '\n', '-', '#', '1', '.', ')', '*', '\t', 'a']
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert _has_markdown(text) == bool(rule.search(text)), repr(text)


def test_plain_body_paragraphs_split_on_blank_lines():
    assert body_blocks("第一段\n续行\n\n\n第二段  \n") == ["第一段 续行", "第二段"]


def test_markdown_body_loses_its_markup():
    assert body_blocks("## 小标题\n\n**加粗**与[链接](http://x)\n\n- 甲\n- 乙") == \
        ["小标题", "加粗与链接", "甲", "乙"]


def art(day: _dt.date, seq: int = 1) -> Article:
    return Article(id=f"p/{day}/01-{seq:02d}", paper="p", date=day, page=1, seq=seq, title="t")


@pytest.mark.parametrize("by,expected", [("year", "2022"), ("decade", "2020s"), ("all", "all")])
def test_shard_key_by_year_decade_or_all(by, expected):
    config = SiteConfig(root=".", search_shard_by=by)
    a = art(_dt.date(2022, 11, 8))
    assert shard_key(a, config) == expected
    assert shard_key(config, a.date) == expected   # the site plan calls it this way


def test_unknown_shard_scheme_is_a_clear_error():
    with pytest.raises(SearchError, match="shard_by"):
        shard_key(art(_dt.date(2022, 1, 1)), SiteConfig(root=".", search_shard_by="week"))


def test_parts_never_split_a_day_and_appending_keeps_older_parts():
    days = [_dt.date(2022, 1, d) for d in range(1, 11)]
    arts = [art(d, s) for d in days for s in (1, 2, 3)]
    parts = split_parts(arts, 7)
    assert all(len(p) <= 7 for p in parts)
    assert sum(len(p) for p in parts) == len(arts)
    for before, after in zip(parts, parts[1:]):
        assert before[-1].date < after[0].date
    more = split_parts(arts + [art(_dt.date(2022, 1, 11), s) for s in (1, 2, 3)], 7)
    ids = lambda ps: [[a.id for a in p] for p in ps]
    assert ids(more[:len(parts) - 1]) == ids(parts[:-1])


def test_a_day_larger_than_the_limit_is_one_part():
    arts = [art(_dt.date(2022, 1, 1), s) for s in range(1, 6)]
    assert [len(p) for p in split_parts(arts, 2)] == [5]


def test_variant_table_keeps_only_spellings_the_archive_holds():
    table = variant_table("医疗队乌鲁木齐")
    assert table["醫"] == "医" and table["療"] == "疗" and table["隊"] == "队"
    assert "發" not in table            # 发 is not in the archive, so 發 needs no entry
    assert "医" not in table            # no traditional text in the archive
    assert query_variants("醫療隊", table)[:2] == ["醫療隊", "医疗队"]
