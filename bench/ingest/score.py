"""Scoring exactly as ../shared/eval/score_split.py does, with a per-field breakdown.

`faults` and `score` re-implement the scorer's `matches` and its greedy matching (each truth
article takes the unused found article with the fewest faults; it is used up when right, or when
it has at most three faults). `field_of` sorts each fault into the field it concerns, so the bench
can say which part of a split goes wrong.
"""
from __future__ import annotations

import re

FIELDS = ("title", "kicker", "subtitle", "authors", "kind", "continued", "body_bounds",
          "paragraphs_whole", "spacing")


def flat(s):
    return re.sub(r"\s+", "", s or "")


def cjk_gap(s):
    return re.search(r"[\u4e00-\u9fff，。、；：“”（）！？] +[\u4e00-\u9fff，。、；：“”（）！？]", s or "")


def faults(t: dict, a: dict) -> list[tuple[str, str]]:
    """(field, reason) for every way found article `a` differs from truth `t`."""
    why = []
    title = flat(a.get("title"))
    if "title" in t and title != flat(t["title"]):
        why.append(("title", f"title {a.get('title')!r}"))
    if "title_contains" in t and flat(t["title_contains"]) not in title:
        why.append(("title", f"title {a.get('title')!r}"))
    if "kicker" in t and flat(a.get("kicker")) != flat(t["kicker"]):
        why.append(("kicker", f"kicker {a.get('kicker')!r}"))
    if "subtitle" in t and flat(a.get("subtitle")).lstrip("—") != flat(t["subtitle"]).lstrip("—"):
        why.append(("subtitle", f"subtitle {a.get('subtitle')!r}"))
    if "kind" in t and a.get("kind") != t["kind"]:
        why.append(("kind", f"kind {a.get('kind')!r}"))
    if "authors" in t and sorted(flat(x) for x in a.get("authors") or []) != sorted(flat(x) for x in t["authors"]):
        why.append(("authors", f"authors {a.get('authors')!r}"))
    for key in ("continued_from", "continued_to"):
        if key in t and a.get(key) != t[key]:
            why.append(("continued", f"{key} {a.get(key)!r}"))
    body = flat(a.get("body"))
    full = flat(a.get("byline") or "") + body
    if "starts" in t and not (body.startswith(flat(t["starts"])) or full.startswith(flat(t["starts"]))):
        why.append(("body_bounds", f"body starts {body[:15]!r}"))
    if "ends" in t and not body.endswith(flat(t["ends"])):
        why.append(("body_bounds", f"body ends {body[-15:]!r}"))
    for s in t.get("must_contain", []):
        # the sentence must stand inside one paragraph (the lead may open with the byline)
        paras = re.split(r"\n\s*\n", a.get("body") or "")
        paras[0] = (a.get("byline") or "") + paras[0]
        if not any(flat(s) in flat(p) for p in paras):
            why.append(("paragraphs_whole", f"not whole: {s[:12]}…"))
    gap = cjk_gap(a.get("body"))
    if gap:
        why.append(("spacing", f"space between CJK: {gap.group()!r}"))
    return why


def fields_of(t: dict) -> list[str]:
    """The fields a truth article is scored on."""
    out = [f for f in ("title", "kicker", "subtitle", "authors", "kind") if f in t]
    if "title_contains" in t and "title" not in out:
        out.append("title")
    if "continued_from" in t or "continued_to" in t:
        out.append("continued")
    if "starts" in t or "ends" in t:
        out.append("body_bounds")
    if t.get("must_contain"):
        out.append("paragraphs_whole")
    out.append("spacing")
    return out


def score(truth: dict, found: list[dict]) -> dict:
    """The scorer's count for one page, plus each truth article's match and faults."""
    right, used, results = 0, set(), []
    for t in truth["articles"]:
        best = None
        for i, a in enumerate(found):
            if i in used:
                continue
            why = faults(t, a)
            if best is None or len(why) < len(best[1]):
                best = (i, why)
        ok = bool(best) and not best[1]
        if ok:
            used.add(best[0])
            right += 1
        elif best and len(best[1]) <= 3:
            used.add(best[0])
        results.append({"truth": t, "found": best[0] if best else None,
                        "faults": best[1] if best else [("title", "nothing found")], "right": ok})
    return {"right": right, "total": len(truth["articles"]), "extra": len(found) - len(used),
            "results": results}
