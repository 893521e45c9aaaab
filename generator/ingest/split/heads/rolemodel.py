"""The learned line-role model: which role each non-blank line of a page plays.

Roles are those the page generator records (bench/ingest/pagegen.py `ROLES`): furniture,
kicker, title, subtitle, byline, body-first, body, caption, continuation. The model is one
gradient-boosted tree ensemble per role, fitted on generated pages
(`python -m bench.ingest.train_roles`) and stored as JSON next to this module; it is evaluated
with numpy through `breakmodel`'s tree evaluator, so the product needs no learning library.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from generator.ingest.split.classify.breakmodel import _Trees
from generator.ingest.split.heads.rolefeatures import NAMES, nonblank_kinds, page_rows

MODEL = Path(__file__).with_name("roles_model.json")


class RoleModel:
    """Per-role tree ensembles whose log-odds a softmax turns into each line's role chances."""

    def __init__(self, spec: dict):
        self.roles = tuple(spec["roles"])
        self.trees = [_Trees({"features": spec["features"], "learning_rate": spec["learning_rate"],
                              "init": init, "trees": trees}, NAMES, "train_roles")
                      for init, trees in zip(spec["init"], spec["trees"])]

    def chances(self, x: np.ndarray) -> np.ndarray:
        """(lines × roles) probabilities."""
        z = np.stack([t.log_odds(x) for t in self.trees], axis=1)
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def model() -> RoleModel:
    return RoleModel(json.loads(MODEL.read_text(encoding="utf-8")))


def line_roles(text: str) -> list[tuple[str, dict[str, float]]]:
    """For each non-blank line of `text`, in order: its likeliest role and every role's chance."""
    raw = text.split("\n")
    rows = page_rows(raw, nonblank_kinds(text))
    if not rows:
        return []
    m = model()
    p = m.chances(np.array(rows, dtype=np.float64))
    return [(m.roles[int(k)], dict(zip(m.roles, map(float, row)))) for k, row in zip(p.argmax(axis=1), p)]
