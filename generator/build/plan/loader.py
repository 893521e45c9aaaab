"""Records for the planner from the build state, decoded only when asked for; file stamps."""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from generator.build.state import NewState, State, issue_pages, unpack_issue_blob
from generator.core.model import Article


class Loader:
    """Articles and issue contents from the build state, decoded only when asked for.

    Records parsed or decoded this build are at hand; any other article is one indexed read
    of the state (batched with `preload` when many are needed at once).
    """

    def __init__(self, state: NewState, previous: State, decode: Callable[[bytes], Article],
                 decoded: dict[str, dict[str, Article]], arrivals: dict[tuple, list[Article]],
                 meta: dict):
        self.state = state                # this build's records (entries, ids)
        self.previous = previous          # the previous build's plan (issue blobs)
        self._decode = decode
        self.arrivals = arrivals          # issue key → records parsed this build
        self.meta = meta                  # (paper, date) → issue.yaml facts
        self.articles: dict[str, Article] = {a.id: a for arts in decoded.values()
                                             for a in arts.values()}
        self.blobs: dict[tuple, tuple] = {}   # issue key → its decoded blob (this build's view)

    def decode_with(self, decode: Callable[[bytes], Article]) -> None:
        """Decode the records read from now on with `decode`."""
        self._decode = decode

    def article(self, aid: str) -> Article:
        a = self.articles.get(aid)
        if a is None:
            self.preload([aid])
            a = self.articles[aid]       # KeyError: no such article
        return a

    def preload(self, ids: Iterable[str]) -> None:
        """Decode many articles with a few queries (list pages show ~50 from as many issues)."""
        want = [i for i in ids if i not in self.articles]
        if want:
            for aid, (path, row) in self.state.rows(want).items():
                self.articles[aid] = self._decode(row)

    def issue_blob(self, key: tuple) -> Optional[tuple]:
        b = self.blobs.get(key)
        if b is None:
            raw = self.previous.issue_blob(key)
            if raw is None:
                return None
            b = self.blobs[key] = unpack_issue_blob(raw)
        return b

    def issue_ids(self, key: tuple) -> list:
        """[(page number, [ids])] of an issue as the state records it (the blob is not kept:
        a year's sitemap asks for every issue of the year)."""
        b = self.blobs.get(key)
        if b is not None:
            return b[0]
        raw = self.previous.issue_blob(key)
        return issue_pages(raw) if raw is not None else []


class Stamps:
    """path → (mtime, size) from the scan's folder entries, indexed per folder on first use."""

    def __init__(self, entries: dict[str, tuple]):
        self.entries = entries
        self._by_dir: dict[str, dict] = {}

    def of(self, path: str) -> tuple[int, int]:
        d, _, name = path.rpartition("/")
        m = self._by_dir.get(d)
        if m is None:
            m = self._by_dir[d] = {n: (t, s) for n, t, s in self.entries.get(d, ())}
        return m.get(name, (0, 0))

    def key(self, a: Article) -> str:
        """An article's identity in digests: its id and file stamp."""
        t, s = self.of(a.path)
        return f"{a.id}\x1f{t}\x1f{s}\x1e"

