"""`python -m bench.ingest.build_words`: writes generator/ingest/split/text/words.txt.gz.

The splitter asks whether a break falls inside a word (`generator/ingest/split/text/wordcut.py`);
it reads a word list drawn once from jieba's dictionary (MIT licence, jieba is a runtime
dependency already): Han words of two to four characters said at least MIN_FREQ times in
jieba's counts, each with its count. Loading jieba itself costs over a second per process;
this list loads in milliseconds.
"""
from __future__ import annotations

import gzip
import os
import re

MIN_FREQ = 100
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "generator", "ingest", "split", "text", "words.txt.gz")


def main() -> None:
    import jieba
    src = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    han = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
    words = []
    with open(src, encoding="utf-8") as f:
        for line in f:
            w, n = line.split()[:2]
            if han.match(w) and int(n) >= MIN_FREQ:
                words.append(f"{w} {n}")
    words.sort()
    # mtime 0: the same list gives the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
