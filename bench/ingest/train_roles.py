"""Train the line-role model.

    python -m bench.ingest.train_roles [--pages N] [--seed S] [--out PATH]

Generates N pages (bench/ingest/pagegen.py, page seeds `S:0`…, both shapes, every layout
class), labels each non-blank line with the role the generator printed it in
(`make_labeled_page`), and fits one gradient-boosted tree ensemble per role (that role against the rest) on
`rolefeatures.page_rows`. Fixed seeds and a fixed random state: one corpus gives one model.
The trees go to generator/ingest/split/heads/roles_model.json, which `rolemodel` evaluates with numpy;
training needs scikit-learn (requirements-train.txt). Pages of seed `S+1` report each role's
precision and recall.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .training import training_corpus
from .pagegen import ROLES, make_labeled_page

MODEL = Path(__file__).resolve().parents[2] / "generator" / "ingest" / "split" / "heads" / "roles_model.json"


def examples(corpus: list[dict], seed: str, pages: int) -> tuple[list[list[float]], list[int]]:
    """Feature rows and role indexes (into `ROLES`) of every non-blank line of the pages."""
    from generator.ingest.split.heads.rolefeatures import nonblank_kinds, page_rows
    xs: list[list[float]] = []
    ys: list[int] = []
    for n in range(pages):
        text, _, roles = make_labeled_page(corpus, f"{seed}:{n}")
        xs += page_rows(text.split("\n"), nonblank_kinds(text))
        ys += [ROLES.index(r) for r in roles]
    return xs, ys


def _trees(clf) -> list[dict]:
    """A fitted binary ensemble's trees as node arrays (a leaf has feature -1)."""
    out = []
    for (pred,) in clf._predictors:
        nodes = pred.nodes
        out.append({"feature": [-1 if leaf else int(f) for f, leaf in zip(nodes["feature_idx"], nodes["is_leaf"])],
                    "threshold": [round(float(t), 6) for t in nodes["num_threshold"]],
                    "left": [int(x) for x in nodes["left"]], "right": [int(x) for x in nodes["right"]],
                    "value": [round(float(v), 6) for v in nodes["value"]]})
    return out


def export(models: list, names: tuple[str, ...]) -> dict:
    """One binary ensemble per role (in `ROLES` order) as JSON: a role's log-odds is its `init`
    plus the leaf values a line's row reaches in its trees."""
    return {"features": list(names), "roles": list(ROLES), "learning_rate": 1.0,
            "init": [float(m._baseline_prediction.ravel()[0]) for m in models],
            "trees": [_trees(m) for m in models]}


def report(truth: list[int], pred: list[int]) -> list[str]:
    """Each role's precision and recall, and the share of lines right."""
    out = [f"lines {len(truth)}, right {sum(t == p for t, p in zip(truth, pred)) / max(1, len(truth)):.4f}"]
    for k, role in enumerate(ROLES):
        tp = sum(1 for t, p in zip(truth, pred) if t == p == k)
        got, real = sum(p == k for p in pred), sum(t == k for t in truth)
        out.append(f"  {role:13s} n={real:6d} precision {tp / max(1, got):.3f} recall {tp / max(1, real):.3f}")
    return out


def fit(xs: list[list[float]], ys: list[int], iters: int) -> list:
    """One role against the rest, per role: binary ensembles train stably on roles as rare as a
    subtitle line, where one multi-class ensemble drifted away from the body-line prior."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    x, y = np.array(xs, dtype=np.float64), np.array(ys)
    models = []
    for k in range(len(ROLES)):
        clf = HistGradientBoostingClassifier(max_iter=iters, max_depth=5, learning_rate=0.1, max_leaf_nodes=15,
                                             early_stopping=False, random_state=0)
        models.append(clf.fit(x, (y == k).astype(int)))
    return models


def predict(models: list, xs: list[list[float]]) -> list[int]:
    import numpy as np
    x = np.array(xs, dtype=np.float64)
    return [int(k) for k in np.stack([m.decision_function(x) for m in models], axis=1).argmax(axis=1)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ingest.train_roles")
    ap.add_argument("--pages", type=int, default=120)
    ap.add_argument("--seed", type=int, default=20001)
    ap.add_argument("--iters", type=int, default=30)
    ap.add_argument("--val-pages", type=int, default=100)
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument("--corpus")
    a = ap.parse_args(argv)
    corpus = training_corpus("train_roles", a.corpus)
    if corpus is None:
        return 2
    from generator.ingest.split.heads.rolefeatures import NAMES
    t0 = time.time()
    xs, ys = examples(corpus, str(a.seed), a.pages)
    print(f"train_roles: {len(ys)} lines ({time.time() - t0:.0f} s)", file=sys.stderr)
    models = fit(xs, ys, a.iters)
    vx, vy = examples(corpus, str(a.seed + 1), a.val_pages)
    for line in report(vy, predict(models, vx)):
        print(f"train_roles: {line}", file=sys.stderr)
    Path(a.out).write_text(json.dumps(export(models, NAMES), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"train_roles: wrote {a.out} ({time.time() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
