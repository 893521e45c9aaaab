"""The scorer's rules (shared/eval/score_split.py), importable so tests can say what is wrong."""
from __future__ import annotations

import re


def flat(s):
    return re.sub(r"\s+", "", s or "")


def cjk_gap(s):
    return re.search(r"[\u4e00-\u9fff，。、；：“”（）！？] +[\u4e00-\u9fff，。、；：“”（）！？]", s or "")


def faults(t: dict, a: dict) -> list[str]:
    why = []
    title = flat(a.get("title"))
    if "title" in t and title != flat(t["title"]):
        why.append(f"title {a.get('title')!r}")
    if "title_contains" in t and flat(t["title_contains"]) not in title:
        why.append(f"title {a.get('title')!r}")
    if "kicker" in t and flat(a.get("kicker")) != flat(t["kicker"]):
        why.append(f"kicker {a.get('kicker')!r}")
    if "subtitle" in t and flat(a.get("subtitle")).lstrip("—") != flat(t["subtitle"]).lstrip("—"):
        why.append(f"subtitle {a.get('subtitle')!r}")
    if "kind" in t and a.get("kind") != t["kind"]:
        why.append(f"kind {a.get('kind')!r}")
    if "authors" in t and sorted(flat(x) for x in a.get("authors") or []) != sorted(flat(x) for x in t["authors"]):
        why.append(f"authors {a.get('authors')!r}")
    for key in ("continued_from", "continued_to"):
        if key in t and a.get(key) != t[key]:
            why.append(f"{key} {a.get(key)!r}")
    body = flat(a.get("body"))
    full = flat(a.get("byline") or "") + body
    if "starts" in t and not (body.startswith(flat(t["starts"])) or full.startswith(flat(t["starts"]))):
        why.append(f"body starts {body[:15]!r}")
    if "ends" in t and not body.endswith(flat(t["ends"])):
        why.append(f"body ends {body[-15:]!r}")
    for s in t.get("must_contain", []):
        if not any(flat(s) in flat(p) for p in re.split(r"\n\s*\n", a.get("body") or "")):
            why.append(f"not whole: {s[:12]}…")
    if cjk_gap(a.get("body")):
        why.append(f"space between CJK: {cjk_gap(a.get('body')).group()!r}")
    return why


def score(truth: dict, found: list[dict]) -> tuple[int, int, list[str]]:
    """(right, extra, report lines) exactly as score_split.py counts them."""
    right, used, report = 0, set(), []
    for t in truth["articles"]:
        best = None
        for i, a in enumerate(found):
            if i in used:
                continue
            why = faults(t, a)
            if best is None or len(why) < len(best[1]):
                best = (i, why)
        label = t.get("title") or t.get("title_contains")
        if best and not best[1]:
            used.add(best[0])
            right += 1
        else:
            if best and len(best[1]) <= 3:
                used.add(best[0])
            report.append(f"WRONG {label}: {best[1] if best else 'nothing found'}")
    return right, len(found) - len(used), report
