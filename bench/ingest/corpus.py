"""The real news text the page generator lays out: load it, or build it from a feed's history.

The corpus is one gzipped JSON-lines file, one news item a line:
`{"id", "source", "licence", "url", "date", "title", "paragraphs": [...]}` — simplified Chinese,
150–1500 characters of body in paragraphs. It is data from outside the project, so it is not
committed here: it is looked for, in this order, at `--corpus PATH`, `$BENCH_INGEST_CORPUS`,
`../shared/bench/ingest-corpus.jsonl.gz` (beside the repository) and
`.cache/bench-ingest/corpus.jsonl.gz` (what `python -m bench.ingest.corpus build` writes).
bench/ingest/README.md names the source and its licence.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CANDIDATES = (os.path.join(ROOT, "..", "shared", "bench", "ingest-corpus.jsonl.gz"),
              os.path.join(ROOT, ".cache", "bench-ingest", "corpus.jsonl.gz"))

# Which items of the feed may be reused, and under what terms.
LICENCES = {
    "voa": ("VOA 美国之音中文网 (voachinese.com)",
            "public domain: a work of the U.S. Government (17 U.S.C. § 105)"),
    "wikinews": ("维基新闻 zh.wikinews.org", "CC BY 2.5"),
}
# A VOA story that draws on a news agency's copy is not the U.S. Government's own work: left out.
_WIRE = re.compile(r"美联社|路透社?|法新社|彭博|共同社|德新社|塔斯社|韩联社|Reuters|AFP|\bAP\b")
# Characters that occur only in traditional script: an item using them is not simplified text.
_TRADITIONAL = set("這們來說為國會時對於與發經過還學實現點開關長門問間題電話車東語讀認識見給讓將從應該體")
_SPACE_IN_CJK = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])[ \t\u00a0\u3000]+"
                           r"(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])")
_SENTENCE_END = re.compile(r"(?<=[。！？])(?![”’」』）])|(?<=[。！？][”’」』）])")
_ZERO_WIDTH = re.compile("[\u200b-\u200f\ufeff]")
# a broadcast's running order ('美国之音中文广播 (2026年5月30日)'), not a news story
_PROGRAMME = re.compile(r"广播|电视节目|\(\d{4}年\d{1,2}月\d{1,2}日\)$")
_PARA_END = tuple("。！？…”’」）)：:；;")
MIN_BODY, MAX_BODY, LONG_PARA = 150, 1500, 260


def han(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _split_long(para: str) -> list[str]:
    """A paragraph longer than a newspaper's (one web block of a whole story) is cut at sentence
    ends into pieces of about 100–220 characters."""
    if len(para) <= LONG_PARA:
        return [para]
    sentences = [s for s in _SENTENCE_END.split(para) if s]
    out, cur = [], ""
    for s in sentences:
        if cur and len(cur) + len(s) > 220 and len(cur) >= 100:
            out.append(cur)
            cur = ""
        cur += s
    if cur:
        if out and len(cur) < 40:
            out[-1] += cur
        else:
            out.append(cur)
    return out


def clean_item(raw: dict) -> dict | None:
    """One feed item → a corpus item, or None when it is not reusable clean news text."""
    source = raw.get("source")
    if source not in LICENCES:
        return None
    content = raw.get("content") or ""
    if source == "voa" and _WIRE.search(content):
        return None
    # some titles carry the standfirst under them: the headline is the first line
    title = _SPACE_IN_CJK.sub("", (raw.get("title") or "").strip().split("\n")[0].strip())
    if not 4 <= len(title) <= 48 or any(ch in _TRADITIONAL for ch in title) or _PROGRAMME.search(title):
        return None
    paras: list[str] = []
    for line in _ZERO_WIDTH.sub("", content).split("\n"):
        line = _SPACE_IN_CJK.sub("", line.strip())
        if line.startswith("=="):
            if "消息来源" in line or "参考" in line:
                break
            continue
        if line.startswith("【") and line.endswith("讯】"):      # Wikinews' dateline stamp
            continue
        if han(line) < 8 or (paras and line == paras[-1]) or "媒体可用资源" in line:
            continue
        if not line.endswith(_PARA_END):      # a web sub-heading or a caption, not running text
            continue
        paras += _split_long(line)
    body = "".join(paras)
    if sum(ch in _TRADITIONAL for ch in body) > 2:
        return None
    while paras and len("".join(paras)) > MAX_BODY:
        paras.pop()
    if len("".join(paras)) < MIN_BODY or not paras:
        return None
    name, licence = LICENCES[source]
    return {"source": name, "licence": licence, "url": raw.get("link"),
            "date": raw.get("publishedDate"), "title": title, "paragraphs": paras}


def feed_versions(git_dir: str, path: str):
    """Every committed version of a feed file (all branches) of a git repository."""
    revs = subprocess.run(["git", "--git-dir", git_dir, "log", "--all", "--format=%H", "--", path],
                          capture_output=True, text=True, check=True).stdout.split()
    for rev in revs:
        show = subprocess.run(["git", "--git-dir", git_dir, "show", f"{rev}:{path}"],
                              capture_output=True, text=True)
        if show.returncode == 0:
            yield json.loads(show.stdout)


def build(feeds, out: str) -> int:
    """Clean and de-duplicate the items of feed documents ({"articles": [...]}) into `out`."""
    items, seen = [], set()
    for doc in feeds:
        for raw in doc.get("articles", []):
            item = clean_item(raw)
            if item is None or item["url"] in seen or item["title"] in seen:
                continue
            seen.update((item["url"], item["title"]))
            items.append(item)
    items.sort(key=lambda i: (i["date"] or "", i["url"] or ""))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for n, item in enumerate(items):
            fh.write(json.dumps({"id": n, **item}, ensure_ascii=False) + "\n")
    return len(items)


def find_corpus(path: str | None = None) -> str:
    for p in (path, os.environ.get("BENCH_INGEST_CORPUS"), *CANDIDATES):
        if p and os.path.isfile(p):
            return p
    raise FileNotFoundError(
        "no news corpus for bench-ingest: give --corpus PATH or $BENCH_INGEST_CORPUS, or put it at "
        + " or ".join(os.path.relpath(c) for c in CANDIDATES) + " (see bench/ingest/README.md)")


def load_corpus(path: str | None = None) -> list[dict]:
    opener = gzip.open if find_corpus(path).endswith(".gz") else open
    with opener(find_corpus(path), "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.ingest.corpus",
                                description="build the bench-ingest news corpus from a feed's git history")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--git-dir", required=True, help="a git directory whose history holds the feed file")
    b.add_argument("--path", default="daily-news.json", help="the feed file inside that repository")
    b.add_argument("--out", default=CANDIDATES[1])
    args = p.parse_args(argv)
    n = build(feed_versions(args.git_dir, args.path), args.out)
    print(f"{n} items → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
