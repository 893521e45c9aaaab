"""A headline set vertically (one character per row, stacked at one x) is read as one headline,
whether it stands left or right of its story's text or wraps into two vertical columns (read
right to left), on a page with rules between stories and on one without; the page's other
stories split as on the same page with a horizontal headline.
Skips without Chromium (typesetting)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from generator.ingest.pdf import split_pdf
from generator.ingest.pdf.layout import Line, stack_vertical
from tests.ingest.pdf.pdf_pages import missing
from tests.ingest.pdf.vertical_pages import VARIANTS
from tests.support.project import ROOT


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    why = missing()
    if why:
        pytest.skip(why)
    out = tmp_path_factory.mktemp("vertical")
    run = subprocess.run([sys.executable, "-m", "tests.ingest.pdf.vertical_pages", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return out, json.loads((out / "truths.json").read_text(encoding="utf-8"))


def nonspace(text: str) -> str:
    return "".join(text.split())


def _summary(path) -> list[tuple]:
    return [(a.title, a.kind, a.continued_from, nonspace(a.body)[:10], nonspace(a.body)[-10:])
            for a in split_pdf(str(path)).articles]


@pytest.mark.parametrize("rules", ["", "unruled-"])
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_vertical_headline_is_one_headline_over_its_story(pages, variant, rules):
    out, truths = pages
    truth = truths[rules + variant]["articles"][0]
    got = _summary(out / f"{rules}{variant}.pdf")
    first = got[0]
    assert first[0] == truth["title"], got[:3]
    assert (first[1], first[2]) == (truth["kind"], truth["continued_from"])
    assert first[3] == nonspace(truth["starts"]) and first[4] == nonspace(truth["ends"])
    # the rest of the page reads as it does with the headline set horizontally
    assert got == _summary(out / f"{rules}plain.pdf")


def _char(text: str, x: float, top: float, size: float = 16.0) -> Line:
    return Line(text, x, x + size, top, top + size, size, "Head/700", True, boxes=((x, x + size),))


def test_letter_spaced_and_short_stacks_stay_as_they_are():
    # 政 府 工 作 letter-spaced on one row, over 报 告 on the next: horizontal text, not a stack
    row1 = [_char(c, 100 + 40 * i, 50) for i, c in enumerate("政府工作")]
    row2 = [_char(c, 100 + 40 * i, 70) for i, c in enumerate("报告")]
    row3 = [_char(c, 100 + 40 * i, 90) for i, c in enumerate("全文")]
    lines = row1 + row2 + row3
    assert sorted(l.text for l in stack_vertical(lines)) == sorted(l.text for l in lines)
    # two characters stacked are not yet a vertical headline; three are
    assert [l.text for l in stack_vertical([_char("上", 10, 0), _char("下", 10, 17)])] == ["上", "下"]
    three = stack_vertical([_char("一", 10, 0), _char("二", 10, 17), _char("三", 10, 34)])
    assert [(l.text, l.vertical) for l in three] == [("一二三", True)]
