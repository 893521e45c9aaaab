"""Head-line roles learned on some page generators, judged on another: does a learned labeller
hold on a layout nobody tuned on better than the splitter's rules?

    python -m bench.ingest.heads_any --train pagegen:29000-29002 --train alt:29010-29012 \
        --judge fifth:28900-28904 [--pages 40] [--json OUT]

Every generator gives a page and its truth (not line labels), so a line's head role — kicker,
title, subtitle or other — is read off the truth the way `roles_eval.rule_roles` reads it off the
splitter's articles: a line whose text is part of an article's kicker, title or subtitle has that
role. One gradient-boosted ensemble per role (that role against the rest) is fitted on the
`rolefeatures` rows of the training pages (the rules' cues among them), and on the judged pages
the model's role of each line is compared with the rules' (`rule_roles`), over all lines and over
the truth's head lines. Needs scikit-learn (requirements-train.txt); nothing is written into the
product.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict

from .corpus import find_corpus, load_corpus
from .roles_eval import count_lines
from .run import generator, page_seed

HEAD_ROLES = ("other", "kicker", "title", "subtitle")


def _flat(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def _core(line: str) -> str:
    """A line's text as `rule_roles` compares it: no Markdown marks, no leading dash or bullet."""
    return _flat(line.lstrip("#").strip().replace("**", "")).lstrip("—-■●◆□")


def truth_roles(text: str, truth: dict) -> list[str]:
    """The head role the truth gives each non-blank line of `text`."""
    return _roles(text, truth.get("articles", []))


def rule_roles(text: str) -> list[str]:
    """The head role the splitter's articles give each non-blank line of `text`."""
    from generator.ingest.split import split_page
    return _roles(text, [a.to_json() for a in split_page(text).articles])


def _roles(text: str, articles: list[dict]) -> list[str]:
    fields = [(f, _flat((a.get(f) or "").replace("**", ""))) for a in articles
              for f in HEAD_ROLES[1:]]
    out = []
    for line in (x for x in text.split("\n") if x.strip()):
        core = _core(line)
        out.append(next((f for f, v in fields if len(core) >= 2 and v and core in v), "other"))
    return out


def _seeds(spec: str) -> tuple[str, list[int]]:
    name, _, span = spec.partition(":")
    first, _, last = span.partition("-")
    return name, list(range(int(first), int(last or first) + 1))


def pages_of(corpus: list[dict], spec: str, pages: int):
    """(text, truth) of every page of a `generator:first-last` seed span."""
    name, seeds = _seeds(spec)
    make, _ = generator(name)
    for seed in seeds:
        for n in range(pages):
            yield make(corpus, page_seed(seed, n))


def rows_and_roles(corpus: list[dict], specs: list[str], pages: int):
    from generator.ingest.split.heads.rolefeatures import nonblank_kinds, page_rows
    xs: list[list[float]] = []
    ys: list[int] = []
    for spec in specs:
        for text, truth in pages_of(corpus, spec, pages):
            rows = page_rows(text.split("\n"), nonblank_kinds(text))
            roles = truth_roles(text, truth)
            assert len(rows) == len(roles)
            xs += rows
            ys += [HEAD_ROLES.index(r) for r in roles]
    return xs, ys


def fit(xs: list[list[float]], ys: list[int], iters: int) -> list:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    x, y = np.array(xs, dtype=np.float64), np.array(ys)
    return [HistGradientBoostingClassifier(max_iter=iters, max_depth=5, learning_rate=0.1,
                                           max_leaf_nodes=15, early_stopping=False,
                                           random_state=0).fit(x, (y == k).astype(int))
            for k in range(len(HEAD_ROLES))]


def judge(models: list, corpus: list[dict], spec: str, pages: int) -> dict:
    """Line tallies of the rules and of the model against the truth, per layout class and all."""
    import numpy as np
    from generator.ingest.split.heads.rolefeatures import nonblank_kinds, page_rows
    tally: dict = defaultdict(lambda: defaultdict(int))
    for text, truth in pages_of(corpus, spec, pages):
        want = truth_roles(text, truth)
        rules = rule_roles(text)
        x = np.array(page_rows(text.split("\n"), nonblank_kinds(text)), dtype=np.float64)
        model = [HEAD_ROLES[int(k)] for k in
                 np.stack([m.decision_function(x) for m in models], axis=1).argmax(axis=1)]
        for cls in (truth.get("layout", "?"), "all"):
            t = tally[cls]
            count_lines(t, want, rules, model)
            for w, a, b in zip(want, rules, model):
                t["rules_false_heads"] += a != "other" and w == "other"
                t["model_false_heads"] += b != "other" and w == "other"
    return {k: dict(v) for k, v in sorted(tally.items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ingest.heads_any")
    ap.add_argument("--train", action="append", required=True, help="generator:first-last")
    ap.add_argument("--judge", action="append", required=True, help="generator:first-last")
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--iters", type=int, default=60)
    ap.add_argument("--json")
    ap.add_argument("--corpus")
    a = ap.parse_args(argv)
    corpus = load_corpus(find_corpus(a.corpus))
    t0 = time.time()
    xs, ys = rows_and_roles(corpus, a.train, a.pages)
    print(f"heads_any: {len(ys)} training lines ({time.time() - t0:.0f} s)", file=sys.stderr)
    models = fit(xs, ys, a.iters)
    out = {"train": a.train, "pages": a.pages, "iters": a.iters, "judged": {}}
    for spec in a.judge:
        got = judge(models, corpus, spec, a.pages)
        out["judged"][spec] = got
        for cls, t in got.items():
            print(f"{spec:20s} {cls:24s} lines {t['lines']:6d} rules {t['rules'] / t['lines']:.4f} "
                  f"model {t['model'] / t['lines']:.4f} | head lines {t['head_lines']:5d} "
                  f"rules {t['head_rules'] / max(1, t['head_lines']):.4f} "
                  f"model {t['head_model'] / max(1, t['head_lines']):.4f} | false heads "
                  f"rules {t['rules_false_heads']} model {t['model_false_heads']}")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
