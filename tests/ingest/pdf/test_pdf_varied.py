"""The PDF splitter on the layouts issue 13 lists beyond a plain grid: stories in vertical
sections side by side, headlines set vertically left or right of their text (their kicker and
subtitle beside them; two side by side), a masthead over the page header, pages whose stories
are set apart by space only. Every story comes out exactly right and nothing extra does (the
masthead is furniture)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bench.ingest.score import score
from generator.ingest.pdf import split_pdf
from tests.ingest.pdf.pdf_pages import ROOT, missing
from tests.ingest.pdf.pdf_varied_pages import PAGES


@pytest.fixture(scope="module")
def varied(tmp_path_factory):
    why = missing()
    if why:
        pytest.skip(why)
    out = tmp_path_factory.mktemp("varied")
    run = subprocess.run([sys.executable, "-m", "tests.ingest.pdf.pdf_varied_pages", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    truths = json.loads((out / "truths.json").read_text(encoding="utf-8"))
    return [(out / f"varied{n}.pdf", truths[str(n)]) for n in PAGES]


def test_the_pages_hold_every_variation(varied):
    features = {f for _, t in varied for f in t["features"]}
    assert {"sections", "vertical-head", "vertical-head-right", "masthead", "no-rules", "briefs",
            "photo"} <= features


@pytest.mark.parametrize("k", range(len(PAGES)))
def test_every_story_of_a_varied_page_comes_out_exactly_right(varied, k):
    path, truth = varied[k]
    res = split_pdf(str(path))
    sc = score(truth, [a.to_json() for a in res.articles])
    wrong = [(r["truth"].get("title"), r["faults"]) for r in sc["results"] if not r["right"]]
    assert not wrong and sc["extra"] == 0, (truth["features"], wrong, sc["extra"])


def test_the_masthead_is_dropped_as_page_furniture(varied):
    mastheads = [(p, t["masthead"]) for p, t in varied if "masthead" in t]
    assert mastheads
    for path, name in mastheads:
        res = split_pdf(str(path))
        assert any(d.kind == "header" and d.text.replace(" ", "") == name for d in res.dropped)
        assert all(name not in a.title for a in res.articles)
