"""The build state: what the previous build knew, kept so the next one touches only what changed.

Why: adding one issue to a 100k-article archive must not cost 100k of anything but a `stat`.
The state is an SQLite database per output folder (`.cache/build-state-<tag>.sqlite`; SQLite
because a rebuild reads a few rows and rewrites a few rows of a ~200 MB store, atomically — a
single marshal file had to be read and rewritten whole, ~2 s at 100k). It holds:

* **dirs** — each article folder's entries (name, mtime, size), their digest and the folder's
  change time when it was listed (`scan.Known`): every build reads them all, so the scan stats
  an unchanged folder's files by name instead of listing it, and a folder whose digest is
  unchanged is not looked at again (a changed one's entries say which files to re-parse).
* **ids** — article id → file and its validated front matter (one marshal row), so any article
  (a list item, a feed entry) is one indexed read away, and duplicates are found without a scan.
* **issues** — per issue, a small *summary* (what the calendar, home page, sitemaps and search
  facets need; all summaries are read every build) and a *blob* (its pages' article ids, each
  article's list signature and names, the digests and outputs of its issue/版/article pages).
* **listings** — per topic and place: name, sizes, and a blob (the first sort key of each
  *part*, the digests of its front page and feed); its members (oldest first, with their list
  signatures) are stored in parts of one page each, beside the digest of the numbered page
  that shows them, so adding news reads and rewrites the newest parts, not a topic's 10,000
  members nor its 10,000 pages' records.
* **meta** — digests of the inputs and of the last build's world (no-op detection), the search
  parts still to index, the site-wide units (home, calendars, sitemaps …), issue.yaml facts.

`State` is what a build reads; `NewState` is this build's view (the previous state plus the
changes planned so far) and writes only the changes, in one transaction, after the site was
committed. A full build writes a fresh database and renames it into place. A damaged, foreign
or outdated database means a full build, never a wrong one.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
from typing import Any, Iterator, Mapping, NamedTuple, Optional

from generator.build.scan import Known, folder_digest

STATE_VERSION = 10         # 6: issue.yaml facts carry `note`; 7: article `regions`, page PDFs;
                           # 8: each folder's digest beside its entries; 9: its change time;
                           # 10: a listing page's record stored with its part
_BATCH = 500          # ids per "IN (…)" query (SQLite allows 999 parameters by default)
STREAM_CACHE_KB = 65536   # the page cache of a full build's database (it holds the records)
TEMP_CACHE_KB = 262144    # the page cache of its temporary tables (listing members and items): a
                          # smaller one sends every insert and lookup of a 1M archive to disk



# ---- the stored shapes (marshal stores plain tuples: convert with tuple() / _make)

class UnitRecord(NamedTuple):
    """What the state remembers of one output unit."""
    digest: bytes
    outputs: tuple


class IssueSummary(NamedTuple):
    """What the site-wide pages (calendars, home, sitemaps, search facets) need of one issue;
    every summary is read by every build."""
    issue_no: Optional[int]
    estimated: bool
    labels: tuple            # ((page number, 版名 or None), …)
    n_articles: int
    kinds: tuple             # the article kinds it holds, sorted
    ids_digest: bytes        # digest of its pages' article ids (the year sitemap)
    leads: str               # stamps of the first articles (the home page's leads)
    aliases: tuple           # ((old id, id, title), …): redirect pages
    nav: tuple               # (previous issue, next issue) as (paper, ordinal, issue_no) or None
    units_n: int
    files_n: int


class Member(NamedTuple):
    """An article as its issue blob records it for the listings it is in."""
    sig: bytes               # its list signature (what a list item shows)
    topics: tuple
    places: tuple
    sort_key: tuple


class IssueBlob(NamedTuple):
    """One issue's detail, read only when the issue is re-planned."""
    pages: tuple             # ((page number, (article ids …)), …)
    members: dict            # article id → Member
    units: dict              # unit key → UnitRecord


class ListingHead(NamedTuple):
    name: str
    count: int
    units_n: int
    files_n: int


class ListItem(NamedTuple):
    """A listing member as the listing's parts store it, oldest first."""
    sort_key: tuple
    id: str
    sig: bytes


class ListingBlob(NamedTuple):
    firsts: list             # the sort key of each part's first member
    units: dict              # unit key → (digest, outputs) of the front page and the feed; a
                             # numbered page's record is stored with its part (`pack_part`)


def pack_issue_blob(b: IssueBlob) -> bytes:
    return marshal.dumps((b.pages, {k: tuple(m) for k, m in b.members.items()},
                          {k: tuple(u) for k, u in b.units.items()}))


def unpack_issue_blob(raw: bytes) -> IssueBlob:
    pages, members, units = marshal.loads(raw)
    return IssueBlob(pages, {k: Member._make(m) for k, m in members.items()},
                     {k: UnitRecord._make(u) for k, u in units.items()})


def issue_pages(raw: bytes) -> tuple:
    """Only the pages of a packed issue blob: ((page number, (article ids …)), …)."""
    return marshal.loads(raw)[0]


def pack_listing_blob(b: ListingBlob) -> bytes:
    return marshal.dumps((b.firsts, b.units))


def unpack_listing_blob(raw: bytes) -> ListingBlob:
    return ListingBlob(*marshal.loads(raw))


def pack_part(items: list[ListItem], record: Optional[tuple]) -> bytes:
    """A listing part: its members and the stored record (key, digest, outputs) of the
    numbered page that shows them (None: the part is on the front page)."""
    return marshal.dumps(([tuple(m) for m in items], record))


def unpack_part(raw: bytes) -> tuple[list[ListItem], Optional[tuple]]:
    items, record = marshal.loads(raw)
    return [ListItem._make(m) for m in items], record


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE dirs (dir TEXT PRIMARY KEY, stamp INTEGER, digest BLOB, entries BLOB);
CREATE TABLE ids (id TEXT PRIMARY KEY, path TEXT, row BLOB) WITHOUT ROWID;
CREATE INDEX ids_path ON ids (path);
CREATE TABLE issues (key TEXT PRIMARY KEY, summary BLOB, blob BLOB);
CREATE TABLE listings (key TEXT PRIMARY KEY, head BLOB, blob BLOB);
CREATE TABLE parts (key TEXT, n INTEGER, blob BLOB, PRIMARY KEY (key, n)) WITHOUT ROWID;
CREATE INDEX issues_summary ON issues (key, summary);
CREATE INDEX listings_head ON listings (key, head);
"""
# The two indexes cover what every build reads of the issues and listings (`load_state`: each
# issue's summary, each listing's head): SQLite scans them instead of the tables, whose pages
# hold the blobs (at 100k articles ~270 pages instead of ~11,000; a no-op build after the page
# cache was emptied read 0.2–0.3 s of them). The folders are read whole: the scan needs their
# names (~35 bytes a file).
EVERY_BUILD_READS = ("SELECT key, summary FROM issues", "SELECT key, head FROM listings")
FOLDERS_READ = "SELECT dir, stamp, entries, digest FROM dirs"
_META = ("version", "output", "inputs", "g", "world", "pending", "units", "yamls")


def pack(value: Any) -> bytes:
    return marshal.dumps(value)


def unpack(blob: bytes) -> Any:
    return marshal.loads(blob)


def _key(key: tuple) -> str:
    """An issue key (paper, ordinal) or a listing key (kind, slug) as a table key."""
    return f"{key[0]}\x1f{key[1]}"


def _from_ikey(s: str) -> tuple:
    paper, _, ordinal = s.rpartition("\x1f")
    return (paper, int(ordinal))


def _from_lkey(s: str) -> tuple:
    kind, _, slug = s.partition("\x1f")
    return (kind, slug)


class State:
    """A build state as read: the small parts eagerly, blobs on demand. An empty State (no
    database) stands for "nothing built yet"."""

    def __init__(self) -> None:
        self.output = ""
        self.inputs = b""            # templates, code, config (units.inputs_digest)
        self.g = b""                 # the global digest: inputs + the papers
        self.world = b""             # digest of every input of the build that wrote this
        self.pending: Optional[set] = set()      # search slices not indexed yet (None = all)
        self.units: dict[str, UnitRecord] = {}   # site-wide units
        self.yamls: dict[str, tuple] = {}        # issue.yaml → (mtime, size, key, meta)
        self.entries: Mapping[str, tuple] = {}   # folder → its entries (name, mtime, size)
        self.dir_digests: dict[str, bytes] = {}  # folder → digest of its entries
        self.dirs: dict[str, Known] = {}         # folder → what the scan needs of it
        self.dir_stamps: dict[str, int] = {}     # folder → its change time to store (0: none)
        self.summaries: dict[tuple, IssueSummary] = {}  # (paper, ordinal) → its summary
        self.heads: dict[tuple, ListingHead] = {}       # (kind, slug) → its head
        self._db: Optional[sqlite3.Connection] = None
        self.path = ""

    # ---- records and blobs on demand
    def rows(self, ids: list[str]) -> dict[str, tuple[str, bytes]]:
        """id → (path, record row) for those of `ids` that exist."""
        out: dict[str, tuple[str, bytes]] = {}
        if self._db is None:
            return out
        for i in range(0, len(ids), _BATCH):
            part = ids[i:i + _BATCH]
            q = f"SELECT id, path, row FROM ids WHERE id IN ({','.join('?' * len(part))})"
            for aid, path, row in self._db.execute(q, part):
                out[aid] = (path, row)
        return out

    def all_rows(self) -> list[tuple[str, str, bytes]]:
        if self._db is None:
            return []
        return self._db.execute("SELECT id, path, row FROM ids").fetchall()

    def issue_rows(self, paper: str, day: str) -> list[tuple[str, str, bytes]]:
        """(id, path, row) of the records of one issue (`day` as YYYY-MM-DD): ids begin with
        "<paper>/<day>/", one range of the primary key."""
        if self._db is None:
            return []
        prefix = f"{paper}/{day}/"
        q = "SELECT id, path, row FROM ids WHERE id > ? AND id < ?"
        return self._db.execute(q, (prefix, prefix[:-1] + "0")).fetchall()

    def rows_in(self, d: str) -> list[tuple[str, str, bytes]]:
        """(id, path, row) of the records whose file is directly in folder `d`."""
        if self._db is None:
            return []
        q = "SELECT id, path, row FROM ids WHERE path > ? AND path < ?"
        return [r for r in self._db.execute(q, (d + "/", d + "0")) if r[1].rpartition("/")[0] == d]

    def issue_blob(self, key: tuple) -> Optional[bytes]:
        return self._one("SELECT blob FROM issues WHERE key=?", _key(key))

    def entries_of(self, d: str) -> Optional[tuple]:
        """A folder's entries as stored (only changed folders are decoded)."""
        if d in self.entries:
            return self.entries[d]
        k = self.dirs.get(d)
        raw = k.packed if k is not None else self._one("SELECT entries FROM dirs WHERE dir=?", d)
        return unpack(raw) if raw is not None else None

    def listing_blob(self, key: tuple) -> Optional[bytes]:
        return self._one("SELECT blob FROM listings WHERE key=?", _key(key))

    def path_of(self, aid: str) -> Optional[str]:
        return self._one("SELECT path FROM ids WHERE id=?", aid)

    def parts(self, key: tuple, start: int, end: int) -> dict[int, bytes]:
        """Stored parts `start` ≤ n < `end` of a listing's members."""
        if self._db is None or start >= end:
            return {}
        return dict(self._db.execute("SELECT n, blob FROM parts WHERE key=? AND n>=? AND n<?",
                                     (_key(key), start, end)))


    def _one(self, sql: str, arg: str):
        if self._db is None:
            return None
        row = self._db.execute(sql, (arg,)).fetchone()
        return row[0] if row else None

    def unit_count(self) -> tuple[int, int]:
        """(units, output files) of the whole site, without reading any blob."""
        n = len(self.units)
        files = sum(len(o) for _, o in self.units.values())
        for s in self.summaries.values():
            n += s.units_n
            files += s.files_n
        for h in self.heads.values():
            n += h.units_n
            files += h.files_n
        return n, files

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def output_tag(output: str) -> str:
    """A short name for a site folder (one build state, one build lock per output)."""
    return hashlib.blake2b(os.path.abspath(output).encode(), digest_size=6).hexdigest()


def state_path(cache_dir: str, output: str) -> str:
    return os.path.join(cache_dir, f"build-state-{output_tag(output)}.sqlite")


def load_state(cache_dir: str, output: str) -> Optional[State]:
    """The previous build's state, or None (→ full build) when missing, foreign or damaged."""
    path = state_path(cache_dir, output)
    if not os.path.exists(path):
        return None
    st = State()
    try:
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA synchronous=NORMAL")    # WAL: durable across crashes of the build
        meta = {k: unpack(v) for k, v in db.execute("SELECT key, value FROM meta")}
        if meta.get("version") != STATE_VERSION or meta.get("output") != os.path.abspath(output):
            db.close()
            return None
        st.output, st.inputs, st.g, st.world = meta["output"], meta["inputs"], meta["g"], meta["world"]
        st.pending, st.yamls = meta["pending"], meta["yamls"]
        st.units = {k: UnitRecord._make(u) for k, u in meta["units"].items()}
        summaries, heads = EVERY_BUILD_READS
        st.dirs = {d: Known(stamp, entries, dg) for d, stamp, entries, dg in db.execute(FOLDERS_READ)}
        st.dir_digests = {d: k.digest for d, k in st.dirs.items()}
        st.summaries = {_from_ikey(k): IssueSummary._make(unpack(s)) for k, s in db.execute(summaries)}
        st.heads = {_from_lkey(k): ListingHead._make(unpack(h)) for k, h in db.execute(heads)}
    except (sqlite3.Error, KeyError, ValueError, EOFError, TypeError):
        try:
            db.close()
        except Exception:
            pass
        return None
    st._db, st.path = db, path
    return st


class NewState(State):
    """This build's state: `base` (the previous one, or None) plus the changes made so far.
    With `fresh`, nothing of the base's plan data (issues, listings, units) is used — a full
    plan — but its records may still be (they are keyed by file stamps)."""

    def __init__(self, base: Optional[State], output: str, fresh: bool):
        super().__init__()
        self.base = base or State()
        self.fresh = fresh
        self.output = output
        b = self.base
        self.entries = {}
        if not fresh:
            self.summaries = dict(b.summaries)
            self.heads = dict(b.heads)
        self.issue_blobs: dict[tuple, Optional[bytes]] = {}     # None = removed
        self.listing_blobs: dict[tuple, Optional[bytes]] = {}
        self.part_blobs: dict[tuple, dict[int, bytes]] = {}    # listing → n → members
        self.part_count: dict[tuple, int] = {}                 # listing → parts it has now
        self.ids_set: dict[str, tuple[str, bytes]] = {}    # id → (path, row)
        self.ids_del: set[str] = set()
        self._all_ids: Optional[dict] = None
        self._staged = ""                 # a fresh database written ahead (`stage`)
        self._stream: Optional[sqlite3.Connection] = None   # that database, open (`open_stream`)
        self.written = State()            # reads of what `flush` wrote (`open_stream`)

    # ---- reads see this build's changes first
    def rows(self, ids: list[str]) -> dict[str, tuple[str, bytes]]:
        if self._stream is not None:
            return self.written.rows(ids)
        if self._all_ids is not None:
            return {i: self._all_ids[i] for i in ids if i in self._all_ids}
        out, rest = {}, []
        for i in ids:
            r = self.ids_set.get(i)
            if r is not None:
                out[i] = r
            elif i not in self.ids_del:
                rest.append(i)
        if rest:
            out.update(self.base.rows(rest))
        return out

    def issue_blob(self, key: tuple) -> Optional[bytes]:
        if key in self.issue_blobs:
            return self.issue_blobs[key]
        return self.written.issue_blob(key) if self.fresh else self.base.issue_blob(key)

    def listing_blob(self, key: tuple) -> Optional[bytes]:
        if key in self.listing_blobs:
            return self.listing_blobs[key]
        return self.written.listing_blob(key) if self.fresh else self.base.listing_blob(key)

    def parts(self, key: tuple, start: int, end: int) -> dict[int, bytes]:
        mine = self.part_blobs.get(key, {})
        old = self.written if self.fresh else self.base
        out = old.parts(key, start, min(end, self.part_count.get(key, end)))
        out.update((n, b) for n, b in mine.items() if start <= n < end)
        return out

    def path_of(self, aid: str) -> Optional[str]:
        if self._stream is not None:
            return self.written.path_of(aid)
        if self._all_ids is not None:
            r = self._all_ids.get(aid)
            return r[0] if r is not None else None
        r = self.ids_set.get(aid)
        if r is not None:
            return r[0]
        if aid in self.ids_del:
            return None
        return self.base.path_of(aid)

    # ---- changes
    def start_ids(self) -> None:
        """Build the id index from scratch (a full plan) instead of changing the base's."""
        self._all_ids = {}

    def set_id(self, aid: str, path: str, row: bytes) -> None:
        if self._all_ids is not None:
            self._all_ids[aid] = (path, row)
            return
        self.ids_set[aid] = (path, row)
        self.ids_del.discard(aid)

    def del_id(self, aid: str) -> None:
        if self._all_ids is not None:
            self._all_ids.pop(aid, None)
            return
        self.ids_set.pop(aid, None)
        self.ids_del.add(aid)

    def set_issue(self, key: tuple, summary: IssueSummary, blob: bytes) -> None:
        self.summaries[key] = summary
        self.issue_blobs[key] = blob

    def drop_issue(self, key: tuple) -> None:
        self.summaries.pop(key, None)
        self.issue_blobs[key] = None

    def set_listing(self, key: tuple, head: ListingHead, blob: bytes, parts: dict[int, bytes],
                    count: int) -> None:
        """A listing's head and blob, the parts that changed and how many parts it has."""
        self.heads[key] = head
        self.listing_blobs[key] = blob
        self.part_blobs.setdefault(key, {}).update(parts)
        self.part_count[key] = count

    def drop_listing(self, key: tuple) -> None:
        self.heads.pop(key, None)
        self.listing_blobs[key] = None
        self.part_blobs.pop(key, None)
        self.part_count[key] = 0

    # ---- a full build written as it goes
    def open_stream(self, cache_dir: str) -> None:
        """A full build planned a batch of issues at a time: the fresh database is created now,
        records (`add_rows`), issues and listings (`flush`) go into it as they are made, and
        reads see them there, so the build never holds the whole archive in memory."""
        tmp, db = self._fresh_db(cache_dir)
        db.execute(f"PRAGMA cache_size=-{STREAM_CACHE_KB}")   # the batches read back what they wrote
        db.execute(f"PRAGMA temp.cache_size=-{TEMP_CACHE_KB}")
        db.execute("BEGIN")
        self._stream, self._staged = db, tmp
        self.written = State()
        self.written._db = db

    def add_rows(self, rows: list[tuple[str, str, bytes]]) -> dict[str, str]:
        """Store records (id, path, row) in the streamed database, the first of a duplicate
        id winning; returns id → the winner's path for each row that lost."""
        db = self._stream
        before = db.total_changes
        db.executemany("INSERT OR IGNORE INTO ids VALUES (?, ?, ?)", rows)
        if db.total_changes - before == len(rows):
            return {}
        paths = self.written.rows([r[0] for r in rows])
        return {aid: paths[aid][0] for aid, path, _ in rows if paths[aid][0] != path}

    def flush(self) -> None:
        """Write the issues and listings planned so far into the streamed database and drop
        them from memory."""
        db = self._stream
        db.executemany("INSERT OR REPLACE INTO issues VALUES (?, ?, ?)",
                       ((_key(k), pack(tuple(self.summaries[k])), b)
                        for k, b in self.issue_blobs.items() if b is not None))
        db.executemany("INSERT OR REPLACE INTO listings VALUES (?, ?, ?)",
                       ((_key(k), pack(tuple(self.heads[k])), b)
                        for k, b in self.listing_blobs.items() if b is not None))
        db.executemany("INSERT OR REPLACE INTO parts VALUES (?, ?, ?)",
                       ((_key(k), n, b) for k, parts in self.part_blobs.items()
                        for n, b in parts.items() if n < self.part_count.get(k, 0)))
        self.issue_blobs.clear()
        self.listing_blobs.clear()
        self.part_blobs.clear()
        self.part_count.clear()

    # listing members while a full build streams: a temporary table, read per listing
    def add_members(self, rows: list[tuple]) -> None:
        """(listing key, sort key…, id, list signature) of articles planned so far."""
        db = self._stream
        db.execute("CREATE TEMP TABLE IF NOT EXISTS members (lkey TEXT, ord INTEGER, paper TEXT, "
                   "npage INTEGER, nseq INTEGER, id TEXT, sig BLOB)")
        db.executemany("INSERT INTO temp.members VALUES (?, ?, ?, ?, ?, ?, ?)",
                       ((_key(lkey), *k, aid, sig) for lkey, (k, aid, sig) in rows))

    def members_of(self, lkey: tuple) -> list[ListItem]:
        """A listing's members as `add_members` stored them (in no particular order)."""
        db = self._stream
        db.execute("CREATE INDEX IF NOT EXISTS temp.members_lkey ON members (lkey)")
        q = "SELECT ord, paper, npage, nseq, id, sig FROM temp.members WHERE lkey=?"
        return [ListItem((o, p, n, s), aid, sig) for o, p, n, s, aid, sig in db.execute(q, (_key(lkey),))]

    # listing items made ahead while a full build streams: a temporary table, read per page
    def add_items(self, rows: list[tuple[str, str]]) -> None:
        """(id, the article's list item as listing pages show it) of articles planned so far."""
        db = self._stream
        db.execute("CREATE TEMP TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, html TEXT) WITHOUT ROWID")
        db.executemany("INSERT OR REPLACE INTO temp.items VALUES (?, ?)", rows)

    def items_of(self, ids: list[str]) -> list[str]:
        """The list items `add_items` stored for `ids`, in their order."""
        found: dict[str, str] = {}
        for i in range(0, len(ids), _BATCH):
            part = ids[i:i + _BATCH]
            q = f"SELECT id, html FROM temp.items WHERE id IN ({','.join('?' * len(part))})"
            found.update(self._stream.execute(q, part))
        return [found[i] for i in ids]

    def _close_stream(self) -> None:
        self.flush()
        db = self._stream
        db.execute("DROP TABLE IF EXISTS temp.members")
        db.execute("DROP TABLE IF EXISTS temp.items")
        db.executemany("INSERT INTO meta VALUES (?, ?)", self._meta_rows())
        db.executemany("INSERT INTO dirs VALUES (?, ?, ?, ?)", self._dir_rows(self.entries))
        db.execute("COMMIT")
        db.execute("PRAGMA journal_mode=WAL")     # see `stage`
        db.close()
        self._stream = None
        self.written = State()

    def abort(self) -> None:
        """A failed full build: the database it was writing goes."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None
            self.written = State()
        if self._staged:
            _remove_db(self._staged)
            self._staged = ""

    def _fresh_db(self, cache_dir: str) -> tuple[str, sqlite3.Connection]:
        """A new database beside the saved one (its temporary name, its connection), schema
        made, written without a journal: nothing in a new file needs protecting yet."""
        os.makedirs(cache_dir, exist_ok=True)
        path = state_path(cache_dir, self.output)
        _remove_stale_tmp(path)
        tmp = f"{path}.tmp-{os.getpid()}"
        _remove_db(tmp)
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            db.executescript(_SCHEMA)
        except BaseException:
            db.close()
            raise
        return tmp, db

    # ---- writing
    def stage(self, cache_dir: str) -> None:
        """A full build: write the new database now, beside the old one, and drop the records
        and blobs it holds from memory (~150 MB at 100k articles) before the render workers
        fork; `save` then only records the outcome and renames it into place."""
        if not (self.fresh or self.base._db is None):
            return
        if self._stream is not None:
            self._close_stream()
            return
        tmp, db = self._fresh_db(cache_dir)
        try:
            db.execute("BEGIN")
            self._write_all(db)
            db.execute("COMMIT")
            # later builds write small changes: a write-ahead log appends only the new pages
            # (the default journal copies the old ones too); closing the last connection
            # checkpoints it, so the renamed file is complete on its own
            db.execute("PRAGMA journal_mode=WAL")
        finally:
            db.close()
        self._staged = tmp
        self._all_ids = {}
        self.issue_blobs.clear()
        self.listing_blobs.clear()
        self.part_blobs.clear()
        self.part_count.clear()

    def save(self, cache_dir: str) -> None:
        """Write the changes (or, for a fresh state, the staged database, renamed into place)."""
        os.makedirs(cache_dir, exist_ok=True)
        path = state_path(cache_dir, self.output)
        base = self.base
        if self.fresh or base._db is None:
            if not self._staged or self._stream is not None:
                self.stage(cache_dir)
            db = sqlite3.connect(self._staged, isolation_level=None)
            try:
                db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", self._meta_rows())
            finally:
                db.close()
            base.close()
            _remove_db(path, keep_main=True)          # the old database's log must not be
            os.replace(self._staged, path)            # replayed into the new one
            self._staged = ""
            self.base = load_state(cache_dir, self.output) or State()
            self.fresh = False
            return
        db = base._db
        db.execute("BEGIN IMMEDIATE")
        try:
            self._write_changes(db)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def digest_of(self, d: str) -> bytes:
        """The digest of this build's entries of folder `d` (the scan's, else computed)."""
        h = self.dir_digests.get(d)
        if h is None:
            h = self.dir_digests[d] = folder_digest(self.entries[d])
        return h

    def _dir_rows(self, folders: Mapping) -> Iterator[tuple[str, int, bytes, bytes]]:
        """(folder, stamp, digest, marshalled entries) of `folders` (a mapping of this build's
        entries): the scan's bytes where it kept them, so nothing is encoded twice."""
        packed = getattr(self.entries, "packed", {})
        for d in folders:
            blob = packed.get(d)
            yield d, self.dir_stamps.get(d, 0), self.digest_of(d), \
                blob if blob is not None else pack(self.entries[d])

    def _meta_rows(self) -> list[tuple[str, bytes]]:
        pending = None if self.pending is None else set(self.pending)
        values = (STATE_VERSION, self.output, self.inputs, self.g, self.world, pending,
                  {k: tuple(u) for k, u in self.units.items()}, self.yamls)
        return [(k, pack(v)) for k, v in zip(_META, values)]

    def _write_all(self, db: sqlite3.Connection) -> None:
        db.executemany("INSERT INTO meta VALUES (?, ?)", self._meta_rows())
        db.executemany("INSERT INTO dirs VALUES (?, ?, ?, ?)", self._dir_rows(self.entries))
        if self._all_ids is None:
            raise ValueError("a fresh build state needs every record (start_ids)")
        db.executemany("INSERT INTO ids VALUES (?, ?, ?)",
                       ((i, p, r) for i, (p, r) in sorted(self._all_ids.items())))
        db.executemany("INSERT INTO issues VALUES (?, ?, ?)",
                       ((_key(k), pack(tuple(s)), self.issue_blob(k)) for k, s in self.summaries.items()))
        db.executemany("INSERT INTO listings VALUES (?, ?, ?)",
                       ((_key(k), pack(tuple(h)), self.listing_blob(k)) for k, h in self.heads.items()))
        db.executemany("INSERT INTO parts VALUES (?, ?, ?)",
                       ((_key(k), n, b) for k, parts in self.part_blobs.items()
                        for n, b in parts.items() if n < self.part_count.get(k, 0)))

    def _write_changes(self, db: sqlite3.Connection) -> None:
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", self._meta_rows())
        old = self.base.dirs
        db.executemany("DELETE FROM dirs WHERE dir=?", ((d,) for d in old if d not in self.entries))
        db.executemany("INSERT OR REPLACE INTO dirs VALUES (?, ?, ?, ?)", self._dir_rows(
            [d for d in self.entries if d not in old or old[d].digest != self.digest_of(d)
             or old[d].stamp != self.dir_stamps.get(d, 0)]))
        db.executemany("DELETE FROM ids WHERE id=?", ((i,) for i in self.ids_del))
        db.executemany("INSERT OR REPLACE INTO ids VALUES (?, ?, ?)",
                       ((i, p, r) for i, (p, r) in self.ids_set.items()))
        db.executemany("DELETE FROM issues WHERE key=?",
                       ((_key(k),) for k, b in self.issue_blobs.items() if b is None))
        db.executemany("INSERT OR REPLACE INTO issues VALUES (?, ?, ?)",
                       ((_key(k), pack(tuple(self.summaries[k])), b) for k, b in self.issue_blobs.items()
                        if b is not None))
        db.executemany("DELETE FROM listings WHERE key=?",
                       ((_key(k),) for k, b in self.listing_blobs.items() if b is None))
        db.executemany("INSERT OR REPLACE INTO listings VALUES (?, ?, ?)",
                       ((_key(k), pack(tuple(self.heads[k])), b) for k, b in self.listing_blobs.items()
                        if b is not None))
        db.executemany("DELETE FROM parts WHERE key=? AND n>=?",
                       ((_key(k), n) for k, n in self.part_count.items()))
        db.executemany("INSERT OR REPLACE INTO parts VALUES (?, ?, ?)",
                       ((_key(k), n, b) for k, parts in self.part_blobs.items()
                        for n, b in parts.items() if n < self.part_count.get(k, 0)))


def _remove_stale_tmp(path: str) -> None:
    """Databases staged by full builds that were killed before their rename (~200 MB each)."""
    from generator.build.commit import _alive
    folder, name = os.path.split(path)
    for entry in os.listdir(folder):
        rest = entry[len(name) + 5:] if entry.startswith(name + ".tmp-") else ""
        pid = rest.split("-")[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            try:
                os.remove(os.path.join(folder, entry))
            except OSError:
                pass


def _remove_db(path: str, keep_main: bool = False) -> None:
    for p in ((path + "-wal", path + "-shm", path + "-journal") if keep_main else
              (path, path + "-wal", path + "-shm", path + "-journal")):
        try:
            os.remove(p)
        except FileNotFoundError:
            pass


__all__ = ["State", "NewState", "load_state", "state_path", "pack", "unpack", "UnitRecord",
           "IssueSummary", "Member", "IssueBlob", "ListingHead", "ListItem", "ListingBlob"]
