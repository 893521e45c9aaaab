"""Train the block-break model of pages printed without blank lines.

    python -m bench.ingest.train_breaks [--pages N] [--seed S] [--out PATH]

Lays out N generated column pages (bench/ingest/pagegen.py, seeds `S:0`…) with every paragraph
run on and no blank line, labels each line with whether a block starts there (a story's head
box is one block: `Maker.unbroken_column_page`), and fits a gradient-boosted tree ensemble on
`breakfeatures.page_features`; fixed seeds throughout, so one corpus gives one model. The trees are written as
plain JSON (generator/ingest/split/classify/breaks_model.json) that `breakmodel` evaluates with numpy,
so the product needs no learning library; training needs scikit-learn (requirements-train.txt).
A second set of pages (seed `S+1`) reports line precision and recall.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .training import training_corpus
from .pagegen import Maker

MODEL = Path(__file__).resolve().parents[2] / "generator" / "ingest" / "split" / "classify" / "breaks_model.json"


def examples(corpus: list[dict], seed: str, pages: int) -> tuple[list[list[float]], list[int]]:
    """Feature rows and block-start labels of the column pages among `pages` generated ones."""
    from generator.ingest.split.classify.breakmodel import kinds_of
    from generator.ingest.split.classify.breakfeatures import page_features
    xs: list[list[float]] = []
    ys: list[int] = []
    for n in range(pages):
        got = Maker(corpus, f"{seed}:{n}").unbroken_column_page()
        if got is None:
            continue
        text, starts = got
        texts = text.split("\n")[:len(starts)]
        xs += page_features(texts, kinds_of(text, len(texts)))
        ys += [int(s) for s in starts]
    return xs, ys


def export(clf, names: tuple[str, ...]) -> dict:
    """The fitted ensemble as JSON: per tree its node arrays (a leaf has feature -1); a line's
    log-odds is `init` plus the leaf values its rows reach."""
    trees = []
    for (pred,) in clf._predictors:
        nodes = pred.nodes
        trees.append({"feature": [-1 if leaf else int(f) for f, leaf in zip(nodes["feature_idx"], nodes["is_leaf"])],
                      "threshold": [round(float(t), 6) for t in nodes["num_threshold"]],
                      "left": [int(x) for x in nodes["left"]], "right": [int(x) for x in nodes["right"]],
                      "value": [round(float(v), 6) for v in nodes["value"]]})
    return {"features": list(names), "learning_rate": 1.0,
            "init": float(clf._baseline_prediction.ravel()[0]), "trees": trees}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ingest.train_breaks")
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=880000)
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument("--corpus")
    a = ap.parse_args(argv)
    corpus = training_corpus("train_breaks", a.corpus)
    if corpus is None:
        return 2
    from sklearn.ensemble import HistGradientBoostingClassifier

    from generator.ingest.split.classify.breakfeatures import NAMES
    t0 = time.time()
    xs, ys = examples(corpus, str(a.seed), a.pages)
    print(f"train_breaks: {len(ys)} lines, {sum(ys)} block starts ({time.time() - t0:.0f} s)", file=sys.stderr)
    clf = HistGradientBoostingClassifier(max_iter=300, max_depth=5, learning_rate=0.1, max_leaf_nodes=31,
                                         early_stopping=False, random_state=0)
    clf.fit(xs, ys)
    vx, vy = examples(corpus, str(a.seed + 1), max(200, a.pages // 5))
    pred = clf.predict(vx)
    tp = sum(1 for p, y in zip(pred, vy) if p and y)
    print(f"train_breaks: held-out lines {len(vy)}: precision {tp / max(1, sum(pred)):.3f}, "
          f"recall {tp / max(1, sum(vy)):.3f}", file=sys.stderr)
    Path(a.out).write_text(json.dumps(export(clf, NAMES), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"train_breaks: wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
