"""Line-role accuracy of the rules and of the line-role model on the same generated pages.

    python -m bench.ingest.roles_eval --seed S [--seed S2 …] [--pages N] [--json OUT]

Each non-blank line's true role comes from the generator (`make_labeled_page`). The rules' role
of a line is read off the splitter's articles: a line whose text is (part of) an article's
kicker, title or subtitle has that role, every other line none. The model's is its likeliest
role (`rolemodel.line_roles`). Both are scored over the head roles (kicker, title, subtitle,
other), per layout class, since those are what the splitter's head rules decide.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict

from .corpus import find_corpus, load_corpus
from .pagegen import make_labeled_page
from .run import page_seed

HEADS = ("kicker", "title", "subtitle")


def _flat(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def head_role(role: str) -> str:
    return role if role in HEADS else "other"


def rule_roles(text: str) -> list[str]:
    """The head role the splitter's rules give each non-blank line of `text`."""
    from generator.ingest.split import split_page
    arts = split_page(text).articles
    fields = [(f, _flat(getattr(a, f, None))) for a in arts for f in HEADS]
    out = []
    for line in (x for x in text.split("\n") if x.strip()):
        core = _flat(line.lstrip("#").strip()).lstrip("—-■●◆□")
        hit = next((f for f, v in fields if core and v and core in v), "other")
        out.append(hit)
    return out


def evaluate(corpus: list[dict], seeds: list[int], pages: int) -> dict:
    """Head-role tallies per layout class (and "all"): the rules against the model."""
    from generator.ingest.split.heads.rolemodel import line_roles
    tally: dict = defaultdict(lambda: {"lines": 0, "rules": 0, "model": 0, "head_lines": 0,
                                       "head_rules": 0, "head_model": 0})
    for seed in seeds:
        for n in range(pages):
            text, truth, roles = make_labeled_page(corpus, page_seed(seed, n))
            rules = rule_roles(text)
            model = [head_role(r) for r, _ in line_roles(text)]
            for cls in (truth["layout"], "all"):
                count_lines(tally[cls], [head_role(r) for r in roles], rules, model)
    return {k: dict(v) for k, v in sorted(tally.items())}


def count_lines(t: dict, want: list[str], rules: list[str], model: list[str]) -> None:
    """Add one page's lines to tally `t`: lines and head lines (the truth's role not "other"),
    and how many of each the rules and the model got right."""
    for w, a, b in zip(want, rules, model):
        t["lines"] += 1
        t["rules"] += a == w
        t["model"] += b == w
        if w != "other":
            t["head_lines"] += 1
            t["head_rules"] += a == w
            t["head_model"] += b == w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ingest.roles_eval")
    ap.add_argument("--seed", type=int, action="append", required=True)
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--json")
    ap.add_argument("--corpus")
    a = ap.parse_args(argv)
    corpus = load_corpus(find_corpus(a.corpus))
    got = evaluate(corpus, a.seed, a.pages)
    for cls, t in got.items():
        print(f"{cls:16s} lines {t['lines']:6d} rules {t['rules'] / t['lines']:.4f} model {t['model'] / t['lines']:.4f}"
              f" | head lines {t['head_lines']:5d} rules {t['head_rules'] / max(1, t['head_lines']):.4f}"
              f" model {t['head_model'] / max(1, t['head_lines']):.4f}")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"seeds": a.seed, "pages": a.pages, "by_class": got}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
