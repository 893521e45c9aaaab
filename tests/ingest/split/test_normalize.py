"""Text that PDF extraction gets wrong, normalised at ingest (generator/ingest/split/text/normalize.py),
and the must-not-touch cases: digits, Latin words, URLs, e-mail, ASCII-only text, spaced labels,
indents, pages that set ASCII punctuation throughout, and the seed pages' splits."""
from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from generator.ingest.split import split_page
from generator.ingest.split.text.decode import decode_page
from generator.ingest.split.text.normalize import compat_table, normalization_note, normalize_text

ROOT = Path(__file__).resolve().parents[3]
# a page whose own convention is full-width punctuation (so stray ASCII marks are faults)
FULL = "\n" + "他说，今年的工作很好；我们：一起努力！是吗？（是的）。" * 3


def norm(line: str, page_tail: str = FULL) -> str:
    return normalize_text(line + page_tail)[0].split("\n")[0]


# ---- Kangxi radicals and compatibility ideographs ----------------------------------------

@pytest.mark.parametrize("bad, good", [("⾼", "高"), ("⼈", "人"), ("⽇", "日"), ("⾦", "金"), ("⻳", "龟"),
                                       ("⺟", "母"), ("\uf900", "\u8c48"), ("\uf9dc", "\u9686")])
def test_radicals_and_compat_ideographs(bad, good):
    out, counts = normalize_text(f"学校{bad}等教育")
    assert out == f"学校{good}等教育"
    assert sum(counts.values()) == 1


def test_every_mapping_is_a_unified_ideograph_of_the_same_name():
    """Each mapped character goes to one CJK unified ideograph; a Kangxi radical goes to the
    ideograph its name's radical stands for (checked through NFKC, which Unicode defines from the
    same data), and the unified ideographs inside the compatibility block are not touched."""
    table = compat_table()
    assert len([c for c in table if 0x2F00 <= c <= 0x2FDF]) == 214        # every Kangxi radical
    for cp, to in table.items():
        assert unicodedata.name(to).startswith("CJK UNIFIED IDEOGRAPH-")
        assert unicodedata.normalize("NFKC", chr(cp)) == to
    for unified in "\ufa0e\ufa0f\ufa11\ufa13\ufa14\ufa1f\ufa21\ufa23\ufa24\ufa27\ufa28\ufa29":
        assert ord(unified) not in table
    assert "\u2e88" not in "".join(map(chr, table))       # radical-supplement forms without one stay
    assert normalize_text("刀\u2e88")[0] == "刀\u2e88"


# ---- letter-spaced lines ------------------------------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("新 华 社 北 京 3 月 5 日 电", "新华社北京3月5日电"),
    ("（ 以 下 简 称 ）", "（以下简称）"),
    ("急 难 愁 盼 诉 求 474 万 余 件、办 结 率", "急难愁盼诉求474万余件、办结率"),
    ("　　据 了 解 ， 该 项 目", "　　据了解，该项目"),               # the indent stays
    ("使 用 iPhone 手 机 拍 摄", "使用 iPhone 手机拍摄"),             # Latin words keep their gap
])
def test_letter_spaced_lines_closed_up(line, want):
    out, counts = normalize_text(line)
    assert out == want and counts


@pytest.mark.parametrize("line", [
    "政 府 工 作 报 告",          # a spaced running header / column label: the splitter reads the spacing
    "  短 评",
    "临危受命 逆行出征",           # a kicker's phrase gap
    "本报记者 王薇 李明",          # a name list
    "王 薇",                      # two characters are not a run
    "Hello world from the U N",
    "2024 年 3 月",                # one spaced Han character between digits is no run
])
def test_letter_spacing_left_alone(line):
    assert normalize_text(line) == (line, {})


# ---- full-width spaces ----------------------------------------------------------------------

def test_full_width_space_inside_a_prose_line_removed_indent_kept():
    out, counts = normalize_text("　　据悉　该项目已于今年开工，总投资　十亿元。")
    assert out == "　　据悉该项目已于今年开工，总投资十亿元。" and sum(counts.values()) == 2


@pytest.mark.parametrize("line", [
    "　　本报讯　记者王薇报道，近日",              # after 讯, before a role
    "新华社北京3月5日电　记者从有关部门获悉，",
    "本报讯（记者　王薇　李明）近日，",             # names after a role stay apart
    "临危受命　逆行出征",                           # not prose: a kicker's gap
    "　　　　",
])
def test_full_width_spaces_kept(line):
    assert normalize_text(line)[0] == line


# ---- half-width punctuation -----------------------------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("据悉,该项目", "据悉，该项目"),
    ("他说:“没问题!”", "他说：“没问题！”"),
    ("真的吗?是的;好", "真的吗？是的；好"),
    ("今年30岁(以下简称张某)前往", "今年30岁（以下简称张某）前往"),
    ("据悉,2024年", "据悉，2024年"),
    ("时间:10:30", "时间：10:30"),
])
def test_half_width_punctuation_to_full_width(line, want):
    assert norm(line) == want


@pytest.mark.parametrize("line", [
    "投资1,000万元", "比分3:2", "上午10:30开始", "Hello, world! Is it? Yes; ok: fine",
    "网址:http://example.com/a?b=1,c=2", "邮箱:news@example.com", "见 https://x.cn/p?q=1;r=2 页",
    "(AP)报道", "(COVID-19)疫情", "版本v1.2,更新",
])
def test_half_width_punctuation_left_alone(line):
    assert norm(line) == line


def test_a_page_set_in_ascii_punctuation_throughout_stays_so():
    page = "据悉,该项目投资1,000万元。\n他说:“没问题!”(以下简称)\n记者王薇报道:近日,好。"
    assert normalize_text(page) == (page, {})


# ---- report ---------------------------------------------------------------------------------

def test_counted_per_kind_in_the_report_and_on_splits_stderr(tmp_path):
    cleaned: list[str] = []
    text = "⾼校⼈才⾼。\n新 华 社 北 京 3 月 5 日 电\n据悉,该项目，很好，很好。"
    decode_page(text.encode(), "01.txt", cleaned)
    assert cleaned == ["01.txt: normalised text the PDF extraction got wrong: 3 Kangxi radicals → "
                       "unified ideographs (⾼→高 ×2, ⼈→人 ×1); 1 letter-spaced line closed up; "
                       "1 half-width punctuation mark → full-width (, ×1)"]
    page = tmp_path / "01.txt"
    page.write_text("\n".join(["⾼校招生工作会议召开", "", "本报讯（记者 王薇）近日，⾼校招生工作会议在"
                               "乌鲁木齐召开，会议总结了去年的工作，部署了今年的任务。"] * 2), encoding="utf-8")
    run = subprocess.run([sys.executable, "build.py", "split", str(page), "--json"], cwd=ROOT,
                         capture_output=True, text=True)
    assert "Kangxi radicals → unified ideographs (⾼→高 ×4)" in run.stderr
    assert all("⾼" not in json.dumps(a, ensure_ascii=False) for a in json.loads(run.stdout))
    assert normalization_note("x", normalize_text("⾼")[1]).startswith("x: normalised")


# ---- the seeds --------------------------------------------------------------------------------

SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("page", SEEDS, ids=lambda p: p.stem)
def test_seeds_split_the_same(page):
    """The seeds' splits are unchanged by the normalisation but for the characters it fixed: 000
    sets ASCII punctuation throughout (left so), 003 has one justified letter-spaced line (the
    reflow closed it up anyway) and one stray ASCII colon (`要求是:坚持`)."""
    raw = page.read_text(encoding="utf-8")
    fixed, counts = normalize_text(raw)
    before = [a.to_json() for a in split_page(raw).articles]
    after = [a.to_json() for a in split_page(fixed).articles]
    if page.stem.startswith("000"):
        assert fixed == raw
    else:
        assert dict(counts) == {("letter-spaced line", ""): 1, ("half-width punctuation", ":"): 1}
        after = json.loads(json.dumps(after, ensure_ascii=False).replace("要求是：坚持", "要求是:坚持"))
    assert after == before
