"""Index words compared: one Pagefind word per character (what the site ships) against
overlapping character bigrams, on the same part of an archive.

Why: a query's cost per part is the index chunks holding its words. With one word per
character a 4-character query loads the chunks of 4 very common words (each character's
posting list covers most of the part); with bigrams it loads 3 words whose posting lists are
the articles that really hold each pair, and a 2-character query is one word, no phrase. What
this costs: many more distinct words (a bigger index) and 1-character queries become prefix
searches over every bigram starting with the character.

Offline and exact about what a browser would fetch: Pagefind's metadata lists its index chunks
as word ranges [first, last, file]; a word is looked up in the one chunk whose range holds it,
a prefix in every chunk overlapping the prefix's range. Run:

    python -m bench.index_words WORKDIR/site_config.yaml [--part 2019.10] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Optional

from generator.search.bundle import _decode_pf
from generator.search.documents import LANGUAGE, IndexRecord
from generator.search.pagefind import add_record_request, run_pagefind
from generator.search.text import HAIR, SEP

QUERIES = ("的", "赖", "发展", "赖强", "乌鲁木齐", "记者赖强")


def bigram_form(tokens: list[str]) -> list[str]:
    """Per-character tokens → overlapping bigrams: A B C SEP D → AB BC C SEP D. A character
    with no right neighbour in its run stays a word of its own, so every character is still the
    start of some word (a 1-character query is a prefix search)."""
    out = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else SEP
        out.append(t + nxt if t != SEP and nxt != SEP else t)
    return out


def to_bigrams(record: IndexRecord) -> IndexRecord:
    """A per-character record (documents.py) with each block's words made bigrams (blocks are
    separated by spaces, their words by hair spaces; weight markers stay)."""
    def one(block: str) -> str:
        if block.startswith("___PAGEFIND"):
            return block
        return HAIR.join(bigram_form([t for t in block.split(HAIR) if t]))
    return record._replace(content=" ".join(one(b) for b in record.content.split(" ")))


def chunk_table(files: dict[str, bytes]) -> list[tuple[str, str, int]]:
    """(first word, last word, compressed bytes) of every index chunk of a bundle."""
    meta_name = next(n for n in files if n.endswith(".pf_meta"))
    meta = _decode_pf(meta_name, files[meta_name])
    return [(lo, hi, len(files[f"index/{name}.pf_index"])) for lo, hi, name in meta[2]]


def chunks_for(table: list[tuple[str, str, int]], words: list[str], prefix: bool) -> set[int]:
    """The chunks a browser loads for these words (exact lookups, or prefix ranges)."""
    hit = set()
    for w in words:
        for i, (lo, hi, _) in enumerate(table):
            if (lo <= w <= hi) if not prefix else (lo <= w + "\U0010ffff" and hi >= w):
                hit.add(i)
    return hit


def query_words(q: str, bigrams: bool) -> tuple[list[str], bool]:
    """(the index words a query looks up, whether as prefixes)."""
    chars = list(q)
    if not bigrams:
        return chars, False
    if len(chars) == 1:
        return chars, True
    return [a + b for a, b in zip(chars, chars[1:])], False


def compare(records: list[IndexRecord], punct: set[str], queries=QUERIES) -> dict:
    """Index `records` both ways; sizes and per-query chunk transfer of each."""
    out: dict[str, dict] = {}
    for label, bigrams in (("per_character", False), ("bigram", True)):
        use = [to_bigrams(r) for r in records] if bigrams else records
        requests = [add_record_request(i, r, LANGUAGE) for i, r in enumerate(use, 1)]
        files, peak, _, _ = run_pagefind(requests, punct)
        table = chunk_table(files)
        index_bytes = sum(len(v) for k, v in files.items() if k.startswith("index/"))
        meta = next(len(v) for k, v in files.items() if k.endswith(".pf_meta"))
        per_query = {}
        for q in queries:
            words, prefix = query_words(q, bigrams)
            hit = chunks_for(table, words, prefix)
            per_query[q] = {"words": len(words), "chunks": len(hit),
                            "kb": round(sum(table[i][2] for i in hit) / 1024, 1)}
        out[label] = {"index_chunks": len(table), "index_kb": round(index_bytes / 1024, 1),
                      "meta_kb": round(meta / 1024, 1), "pagefind_peak_mb": round(peak),
                      "queries": per_query}
        del files
    return out


def main(argv: Optional[list[str]] = None) -> int:
    from generator.core.config import load_config
    from generator.search.documents import index_record, page_names_of
    from generator.search.text import punctuation_of
    from generator.search.parts import plan_parts
    from tests.support.search import load_archive
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("config")
    p.add_argument("--part", help="part key (default: the fullest part)")
    p.add_argument("--json", dest="json_out")
    args = p.parse_args(argv)
    config = load_config(args.config)
    archive = load_archive(config)
    parts = plan_parts(archive, config)
    key = args.part or max(parts, key=lambda k: (len(parts[k][1]), k))
    arts = parts[key][1]
    names = dict(config.publication_names)
    for pub in archive.publications:
        names.setdefault(pub.slug, pub.name)
    pages = page_names_of(archive)
    made = [index_record(a, a.read_body(config.root), names.get(a.paper, a.paper), pages.get(a.id))
            for a in arts]
    punct = punctuation_of(b for _, blocks, _ in made for b in blocks)
    result = {"part": key, "articles": len(arts), **compare([r for r, _, _ in made], punct)}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
