"""bench-ingest --typeset: a generated page typeset by Chromium, printed to PDF and extracted by
pdftotext still holds every character of every truth body (nothing lost to the typesetting or the
extraction, once ingest's normalisation has run); pymupdf4llm's Markdown holds every story set
outside a bordered box (it drops the text of 简讯 and commentary boxes: a known loss, measured by
the bench, not a fault of the typesetting)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from bench.ingest.typeset import EXTRACTORS, cached_page, missing_tools, typeset_html
from generator.ingest.split.text.decode import decode_page

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "bench" / "corpus_fixture.jsonl"


def corpus():
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_html_and_truth_are_a_pure_function_of_the_seed():
    a, b = typeset_html(corpus(), "7:0"), typeset_html(corpus(), "7:0")
    assert a == b
    html, truth = a
    assert 4 <= truth["columns"] <= 6 and truth["articles"]
    for t in truth["articles"]:
        assert t["starts"] and t["ends"] and t["_run"]


def test_varied_pages_draw_every_layout_variation_and_keep_the_stories():
    from bench.ingest.pdfbench import variant_html
    seen: Counter = Counter()
    for n in range(1, 120, 4):                      # the pdf-varied pages of a run
        html, truth = variant_html(corpus(), 3, n)
        assert truth["layout"] == "pdf-varied" and 4 <= truth["columns"] <= 8
        assert variant_html(corpus(), 3, n) == (html, truth)
        plain = typeset_html(corpus(), f"3:{n}")[1]
        assert [a["title"] if "title" in a else None for a in truth["articles"]] == \
            [a["title"] if "title" in a else None for a in plain["articles"]]
        seen.update(f for f in truth["features"]
                    if f in ("sections", "vertical-head", "vertical-head-right", "masthead", "no-rules"))
        if "sections" in truth["features"]:
            assert 'class="sec"' in html
        if "vertical-head" in truth["features"]:
            assert "vhead" in html
            seen["two vertical heads"] += html.count(" vhead") == 2
        if "vertical-head-right" in truth["features"]:
            assert "vright" in html
    assert all(seen[f] >= 3 for f in ("sections", "vertical-head", "vertical-head-right", "masthead",
                                       "no-rules", "two vertical heads")), seen


# pages 0 and 1 of seed 5, typeset into a test cache by a child process: Playwright's sync API
# refuses to start in a process where another test (a browser fixture) already runs its loop
_TYPESET = """
import json, sys
from pathlib import Path
from bench.ingest.typeset import Typesetter, cached_page
corpus = [json.loads(l) for l in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if l.strip()]
with Typesetter() as ts:
    for n in (0, 1):
        cached_page(ts, corpus, 5, n, Path(sys.argv[2]))
"""


@pytest.fixture(scope="module")
def typeset_cache(tmp_path_factory) -> Path:
    if missing_tools():
        pytest.skip("typesetting needs " + ", ".join(missing_tools()))
    cache = tmp_path_factory.mktemp("typeset")
    run = subprocess.run([sys.executable, "-c", _TYPESET, str(FIXTURE), str(cache)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    return cache


@pytest.mark.parametrize("n", [0, 1])
def test_extracted_text_holds_every_truth_body(typeset_cache, n):
    # read back from the cache the child process filled: no browser needed here
    texts, truth = cached_page(None, corpus(), 5, n, typeset_cache)
    assert set(texts) == set(EXTRACTORS)
    for x, raw in texts.items():
        text = decode_page(raw.encode("utf-8"), x)
        have = Counter(re.sub(r"\s", "", text))
        for t in truth["articles"]:
            if x == "pdf-md" and t["kind"] in ("brief", "commentary"):
                continue
            need = Counter(t["_run"])
            lost = need - have
            assert not lost, f"{x}: {truth['layout']} lost {''.join(lost.elements())[:40]} of {t['starts']}"
