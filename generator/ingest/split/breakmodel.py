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

from generator.ingest.split.breakfeatures import NAMES, page_features

MODEL = Path(__file__).with_name("breaks_model.json")


class _Trees:
    """The ensemble as arrays: node tables of every tree padded to one width."""

    def __init__(self, spec: dict, names: tuple[str, ...] = NAMES, retrain: str = "train_breaks"):
        if tuple(spec["features"]) != names:
            raise ValueError(f"the model was trained on other features: retrain with "
                             f"`python -m bench.ingest.{retrain}`")
        trees = spec["trees"]
        width = max(len(t["feature"]) for t in trees)

        def table(key: str, fill, dtype):
            return np.array([t[key] + [fill] * (width - len(t[key])) for t in trees], dtype=dtype)
        self.feature = table("feature", -2, np.int64)
        self.threshold = table("threshold", 0.0, np.float64)
        self.left = table("left", -1, np.int64)
        self.right = table("right", -1, np.int64)
        self.value = table("value", 0.0, np.float64)
        self.rate = float(spec["learning_rate"])
        self.init = float(spec["init"])
        self.depth = max(_depth(t) for t in trees)

    def log_odds(self, x: np.ndarray) -> np.ndarray:
        n, k = x.shape[0], self.feature.shape[0]
        node = np.zeros((k, n), dtype=np.int64)
        trees = np.arange(k)[:, None]
        for _ in range(self.depth):
            feat = self.feature[trees, node]
            inner = feat >= 0
            vals = x[np.arange(n)[None, :], np.where(inner, feat, 0)]
            go_left = vals <= self.threshold[trees, node]
            nxt = np.where(go_left, self.left[trees, node], self.right[trees, node])
            node = np.where(inner, nxt, node)
        return self.init + self.rate * self.value[trees, node].sum(axis=0)


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
    from generator.ingest.split.lines import classify
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
