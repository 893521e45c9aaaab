"""The scorer's rules (../shared/eval/score_split.py) as tests use them: reasons as text.

One implementation serves the tests and `bench-ingest` (`bench/ingest/score.py`)."""
from __future__ import annotations

from bench.ingest.score import cjk_gap, flat   # noqa: F401  (re-exported for the tests)
from bench.ingest.score import faults as _faults
from bench.ingest.score import score as _score
from tests.support.project import ROOT

FIXTURE = str(ROOT / "tests/bench/corpus_fixture.jsonl")   # the committed corpus of test news items


def faults(t: dict, a: dict) -> list[str]:
    """Every way found article `a` differs from truth `t`, as text."""
    return [why for _, why in _faults(t, a)]


def score(truth: dict, found: list[dict]) -> tuple[int, int, list[str]]:
    """(right, extra, report lines) exactly as score_split.py counts them."""
    s = _score(truth, found)
    report = [f"WRONG {r['truth'].get('title') or r['truth'].get('title_contains')}: "
              f"{[why for _, why in r['faults']]}" for r in s["results"] if not r["right"]]
    return s["right"], s["extra"], report


def generated_pages(layout: str, n: int, base: int) -> list[tuple[str, dict]]:
    """The first `n` pages of layout class `layout` the bench's page generator draws for seed
    `base` over the fixture corpus: (page text, truth)."""
    from bench.ingest.corpus import load_corpus
    from bench.ingest.pagegen import make_page
    from bench.ingest.run import page_seed
    corpus = load_corpus(FIXTURE)
    out, k = [], 0
    while len(out) < n:
        text, truth = make_page(corpus, page_seed(base, k))
        if truth["layout"] == layout:
            out.append((text, truth))
        k += 1
    return out


def accuracy(pages: list[tuple[str, dict]]) -> float:
    """Share of the pages' articles the splitter gets exactly right, as bench-ingest counts."""
    from bench.ingest.run import splitter
    split = splitter()
    right = total = 0
    for text, truth in pages:
        r = _score(truth, split(text))
        right += r["right"]
        total += r["total"]
    return right / total


def check_bodies_in_order(bare: str, bodies: list[str], articles: list[dict], flat, where) -> None:
    """A page generator's truth against its page: each body (as `bare` prints it) stands on the
    page after the one before it, opens on its truth's `starts`, ends on its `ends` and holds
    its `must_contain` — so a split that keeps every character can get every story right."""
    at = 0
    for body, t in zip(bodies, articles):
        found = bare.find(body, at)
        assert found >= 0, (where, t.get("title"), body[:20])
        assert body.startswith(flat(t["starts"])) and body.endswith(flat(t["ends"])), (where, t.get("title"))
        for cut in t.get("must_contain", []):
            assert flat(cut) in body, (where, cut)
        at = found + len(body)


def check_bench_report(report: dict, gen: str, classes: tuple[str, ...]) -> None:
    """`bench-ingest`'s figures for one generator: named for it, its classes only, every key the
    report promises (bench/ingest/README.md)."""
    assert report["generator"] == gen
    assert set(report["by_class"]) <= set(classes)
    for key in ("pages", "articles", "right", "extra", "accuracy", "by_class", "by_field",
                "ms_per_page", "cpu_ms_per_page", "seed"):
        assert key in report
