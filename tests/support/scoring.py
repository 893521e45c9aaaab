"""The scorer's rules (../shared/eval/score_split.py) as tests use them: reasons as text.

One implementation serves the tests and `bench-ingest` (`bench/ingest/score.py`)."""
from __future__ import annotations

from bench.ingest.score import cjk_gap, flat   # noqa: F401  (re-exported for the tests)
from bench.ingest.score import faults as _faults
from bench.ingest.score import score as _score


def faults(t: dict, a: dict) -> list[str]:
    """Every way found article `a` differs from truth `t`, as text."""
    return [why for _, why in _faults(t, a)]


def score(truth: dict, found: list[dict]) -> tuple[int, int, list[str]]:
    """(right, extra, report lines) exactly as score_split.py counts them."""
    s = _score(truth, found)
    report = [f"WRONG {r['truth'].get('title') or r['truth'].get('title_contains')}: "
              f"{[why for _, why in r['faults']]}" for r in s["results"] if not r["right"]]
    return s["right"], s["extra"], report
