"""What both model trainers (`train_breaks`, `train_roles`) need before they start: scikit-learn
and the news corpus, or a message that says what to install or fetch."""
from __future__ import annotations

import sys

from .corpus import find_corpus, load_corpus


def training_corpus(prog: str, path: str | None) -> list[dict] | None:
    """The corpus items to train on; None (after saying why on stderr) when scikit-learn or
    the corpus is missing."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print(f"{prog}: scikit-learn is missing: pip install -r requirements-train.txt", file=sys.stderr)
        return None
    try:
        return load_corpus(find_corpus(path))
    except FileNotFoundError as e:
        print(f"{prog}: {e}", file=sys.stderr)
        return None
