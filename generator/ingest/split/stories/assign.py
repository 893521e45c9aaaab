"""Detached headlines → bodies, by lexical overlap solved as one assignment across the page.

On column extractions headlines often come after their stories, several in a row. Each headline
is scored against each body by the character bigrams they share (weighted by how rare a bigram is
among the page's bodies) plus a small bonus for sitting right next to the body; the Hungarian
method then picks the pairing with the greatest total, so one strong match cannot steal a
headline that a weaker story needs more.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from generator.ingest.split.text.textutil import bigrams

ADJACENT_BONUS = 0.6


@dataclass
class Match:
    head: int
    body: int
    score: float
    shared: int          # bigrams shared
    runner_up: float     # best score of this headline on another body
    weak: bool


def hungarian(score: list[list[float]]) -> list[int]:
    """Maximum-weight assignment on a rectangular matrix; returns, per row, the chosen column
    or -1. O(n³), fine for the dozen headlines of a page."""
    rows = len(score)
    cols = len(score[0]) if rows else 0
    n = max(rows, cols)
    if n == 0:
        return []
    big = max((abs(v) for r in score for v in r), default=0.0) + 1.0
    cost = [[(big - score[i][j]) if i < rows and j < cols else big for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    p, way = [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    out = [-1] * rows
    for j in range(1, n + 1):
        if p[j] and p[j] - 1 < rows and j - 1 < cols:
            out[p[j] - 1] = j - 1
    return out


def assign(heads: list[str], bodies: list[str], adjacent: set[tuple[int, int]],
           penalty: list[float] | None = None) -> list[Match]:
    """Pair headlines with bodies. `adjacent` holds (head, body) pairs that touch in reading
    order; `penalty` lowers a body's appetite for headlines that do not touch it (a photo
    takes only a headline printed right next to it)."""
    if not heads or not bodies:
        return []
    penalty = penalty or [0.0] * len(bodies)
    body_grams = [bigrams(b) for b in bodies]
    df: dict[str, int] = {}
    for grams in body_grams:
        for g in grams:
            df[g] = df.get(g, 0) + 1
    n = len(bodies)
    raw = [[0.0] * n for _ in heads]
    shared = [[0] * n for _ in heads]
    for i, h in enumerate(heads):
        for j, grams in enumerate(body_grams):
            common = bigrams(h) & grams
            shared[i][j] = len(common)
            raw[i][j] = math.fsum(math.log(1.0 + (n + 1) / df[g]) for g in common)
    score = [[raw[i][j] + ADJACENT_BONUS if (i, j) in adjacent
              else raw[i][j] - penalty[j] if shared[i][j] else 0.0
              for j in range(n)] for i in range(len(heads))]
    chosen = hungarian(score)
    matches = []
    for i, j in enumerate(chosen):
        if j < 0 or score[i][j] <= 0:
            continue
        others = [raw[i][k] for k in range(n) if k != j]
        runner = max(others, default=0.0)
        weak = shared[i][j] <= 1 or raw[i][j] < 1.25 * runner
        matches.append(Match(i, j, score[i][j], shared[i][j], runner, weak))
    return matches
