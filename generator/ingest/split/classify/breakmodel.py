"""The learned block-break model: where a block starts on a page printed without blank lines.

The model is a gradient-boosted tree ensemble fitted on generated pages
(bench/ingest/train_breaks.py) and stored as plain JSON next to this module; it is evaluated
here with numpy, level by level for all lines at once.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from generator.ingest.split.classify.breakfeatures import NAMES, page_features

MODEL = Path(__file__).with_name("breaks_model.json")


class _Trees:
    """The ensemble as flat node tables (every tree's nodes one after another), so that a level
    of all trees for all lines is a few `take`s on 1-D arrays: a leaf points to itself, and
    walking past it changes nothing."""

    def __init__(self, spec: dict, names: tuple[str, ...] = NAMES, retrain: str = "train_breaks"):
        if tuple(spec["features"]) != names:
            raise ValueError(f"the model was trained on other features: retrain with "
                             f"`python -m bench.ingest.{retrain}`")
        trees = spec["trees"]
        feature, threshold, left, right, value, roots = [], [], [], [], [], []
        for t in trees:
            base = len(feature)
            roots.append(base)
            for i, f in enumerate(t["feature"]):
                leaf = f < 0
                feature.append(0 if leaf else f)
                threshold.append(0.0 if leaf else t["threshold"][i])
                left.append(base + (i if leaf else t["left"][i]))
                right.append(base + (i if leaf else t["right"][i]))
                value.append(t["value"][i])
        self.feature = np.array(feature, dtype=np.intp)
        self.threshold = np.array(threshold, dtype=np.float64)
        self.left = np.array(left, dtype=np.intp)
        self.right = np.array(right, dtype=np.intp)
        self.value = np.array(value, dtype=np.float64)
        self.roots = np.array(roots, dtype=np.intp)
        self.rate = float(spec["learning_rate"])
        self.init = float(spec["init"])
        self.depth = max(_depth(t) for t in trees)

    def log_odds(self, x: np.ndarray) -> np.ndarray:
        n, width = x.shape
        flat = np.ascontiguousarray(x, dtype=np.float64).ravel()
        rows = (np.arange(n, dtype=np.intp) * width)[None, :]
        node = np.repeat(self.roots[:, None], n, axis=1)          # (trees, lines)
        for _ in range(self.depth):
            vals = flat.take(rows + self.feature.take(node))
            node = np.where(vals <= self.threshold.take(node), self.left.take(node), self.right.take(node))
        return self.init + self.rate * self.value.take(node).sum(axis=0)


def _depth(tree: dict) -> int:
    def down(i: int) -> int:
        if tree["feature"][i] < 0:
            return 0
        return 1 + max(down(tree["left"][i]), down(tree["right"][i]))
    return down(0)


@lru_cache(maxsize=1)
def _model() -> _Trees:
    return _Trees(json.loads(MODEL.read_text(encoding="utf-8")))


def kinds_of(text: str, n: int) -> list[str]:
    """Each of the first `n` source lines' role as `lines.classify` reads it."""
    from generator.ingest.split.classify.lines import classify
    kinds = ["text"] * n
    seen: set[int] = set()
    for line in classify(text):
        k = line.no - 1
        if 0 <= k < n and k not in seen:
            seen.add(k)
            kinds[k] = line.kind
    return kinds


def block_starts(texts: list[str], kinds: list[str]) -> list[float]:
    """For each line, the model's probability that a block starts there."""
    if not texts:
        return []
    x = np.array(page_features(texts, kinds), dtype=np.float64)
    return list(1.0 / (1.0 + np.exp(-np.clip(_model().log_odds(x), -30, 30))))
