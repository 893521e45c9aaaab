"""`split` gives the same articles in every process: Python salts string hashes per process, so
anything that iterates a set of strings (bigrams) and adds floats in that order could break a
tie differently from one run to the next."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.project import ROOT

SCRIPT = """
import hashlib, json, sys
from pathlib import Path
from bench.ingest.corpus import load_corpus
from bench.ingest.pagegen import make_page
from generator.ingest.pagefile import read_page
from generator.ingest.split import split_page
corpus = load_corpus(sys.argv[1])
pages = [read_page(str(p)) for p in sorted(Path("tests/fixtures").rglob("*.txt"))]
pages += [make_page(corpus, seed)[0] for seed in sys.argv[2].split(",")]
for text in pages:
    r = split_page(text)
    data = [a.to_json() for a in r.articles], [repr(d) for d in r.dropped], r.doubts
    print(hashlib.sha1(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:12])
"""


def _hashes(seed: str, corpus: str, pages: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", SCRIPT, corpus, pages],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout.split()


def test_split_output_does_not_depend_on_the_hash_seed():
    pages = ",".join(f"{s}:{n}" for s in (1, 2) for n in range(60))
    corpus = str(ROOT / "tests/bench/corpus_fixture.jsonl")
    first = _hashes("1", corpus, pages)
    assert len(first) > 100
    for seed in ("2", "3"):
        assert _hashes(seed, corpus, pages) == first


def test_a_near_tie_on_real_news_text_is_broken_the_same_way_in_every_process():
    """Page 2:72 of the news corpus: two headlines score within rounding of each other; summing
    bigram weights in set order picked a different one under another hash seed."""
    from bench.ingest.corpus import find_corpus
    try:
        corpus = find_corpus()
    except FileNotFoundError:
        pytest.skip("no news corpus here (see bench/ingest/README.md)")
    assert len({tuple(_hashes(seed, corpus, "2:72")) for seed in ("1", "2", "3", "4")}) == 1
