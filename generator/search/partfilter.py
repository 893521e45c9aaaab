"""Which search parts can hold a query: a per-part presence filter the browser reads before it
opens any part.

Why: a query with few hits (a person's name) used to open every part — entry, metadata, word
chunks — to learn that most of them hold nothing; at 540 parts that is megabytes. The filter
answers "can part P contain this substring?" for every part at once from a few KB.

What is in it: the part's *tokens*, taken from exactly the words Pagefind indexes (the
one-word-per-character form, lowercased as Pagefind lowercases them): every character
(unigram) and every run of two and three characters adjacent in one block (bigram, trigram). A
query piece of one or two characters needs that token; a longer piece needs its trigrams (a
substring hit has them all, so a part without one of them cannot hold it: no false negatives; a part with all of them
may still not hold it: false positives only cost a visit).

Layout (a blocked Bloom filter, transposed by part, so a query reads rows, not parts):
- each part's bundle holds `presence.bin`: the sorted CRC-32 of its tokens (gzipped deltas),
  written when the part is indexed and reused with the bundle;
- `presence/` at the bundle root holds, per group of GROUP parts (oldest first) and per block
  of ROWS rows, one file of ROWS × 8 bytes: row r is a 64-bit set of the group's parts. A token
  hashes to one block and K rows in it; a part may hold the token only if its bit is set in all
  K rows. So a token costs one small file per group, whatever the number of parts.
- the manifest (shards.json `presence`) gives the row count, the groups' part keys and a tag per
  group (its files' version, for caches).
Incremental: a group's files are rewritten only when one of its parts changed, and only the
changed parts' columns are recomputed; appending an issue touches the last group only.
The hash (CRC-32 of the token's UTF-8, then a 32-bit mix for the rows) is mirrored in search.js.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import shutil
import sys
import zlib
from array import array
from typing import Optional

import numpy as np

from generator.search.text import HAIR, HEADLINE_WEIGHT, SEP, UNSAFE

PART_FILE = "presence.bin"    # in each part's bundle: its token hashes
DIR = "presence"              # at the bundle root: the transposed filter
STATE = "state.json"          # in DIR: what the files were built from (not read by the browser)
VERSION = 2                   # 2: trigrams; a presence.bin of another version lets every query
                              # through (read_part_hashes: None) until the part is indexed again
GROUP = 64                    # parts per group: one bit each in a row of 8 bytes
ROWS = 512                    # rows per block file (4 KB)
K = 3                         # rows a token sets in its block
BITS_PER_TOKEN = 8            # filter bits per token of the fullest part at least (≤ ~4% false
                              # positives per token; up to 16 after rounding to a power of two)

_DROP = str.maketrans("", "", HAIR + "".join(UNSAFE))


# ---- tokens of a part


def content_runs(content: str) -> list[str]:
    """The runs of adjacent index words of one record's content (its blocks' one-word-per-
    character forms separated by spaces, the headline between weight markers): SEP breaks a
    run, hair spaces and unsafe characters (glued to the previous word) are removed."""
    runs: list[str] = []
    for block in content.split(" "):
        if not block or block in HEADLINE_WEIGHT:
            continue
        runs.extend(r for r in block.translate(_DROP).split(SEP) if r and not r.isspace())
    return runs


def run_tokens(run: str, into: set[str]) -> None:
    """Add the unigram, bigram and trigram tokens of one run (lowercased per character, as the
    browser lowercases a query's characters) to `into`."""
    low = run.lower()
    if len(low) != len(run):   # a character whose lowercase is longer: go one by one
        chars = [c.lower() for c in run]
        into.update(chars)
        into.update(a + b for a, b in zip(chars, chars[1:]))
        into.update(a + b + c for a, b, c in zip(chars, chars[1:], chars[2:]))
        return
    into.update(low)
    into.update(low[i:i + 2] for i in range(len(low) - 1))
    into.update(low[i:i + 3] for i in range(len(low) - 2))


def piece_tokens(piece: str) -> list[str]:
    """The tokens a part must hold to hold `piece` (folded): its character, its bigram, or (3
    characters and more) its trigrams — at most 4, spread over the piece (search.js twin)."""
    chars = [c.lower() for c in piece]
    if len(chars) <= 2:
        return ["".join(chars)] if chars else []
    grams = [a + b + c for a, b, c in zip(chars, chars[1:], chars[2:])]
    if len(grams) <= 4:
        return grams
    return [grams[round(j * (len(grams) - 1) / 3)] for j in range(4)]


def token_hash(token: str) -> int:
    return zlib.crc32(token.encode("utf-8"))


def record_hashes(content: str, into: set[int]) -> None:
    """Add the token hashes of one record's content to `into`."""
    tokens: set[str] = set()
    for run in content_runs(content):
        run_tokens(run, tokens)
    into.update(map(token_hash, tokens))


class PartTokens:
    """The token hashes of one part, gathered record by record and computed at once.

    Why not `record_hashes` per record: making every 1-, 2- and 3-character string of a part in
    Python took ~0.5 ms an article, a third of the index step's own CPU. Here each record's
    content is reduced to its runs (SEP between runs, weight markers, hair spaces and unsafe
    characters removed, lowercased) by a few `str` methods; `hashes` turns all of them into code
    points, packs each n-gram into one integer (21 bits a character), keeps the distinct ones of
    those not crossing a run break and computes their CRC-32 over the UTF-8 bytes in numpy —
    the same set `record_hashes` gives (tests/search/test_partfilter.py compares them). A record
    whose lowercase changes its length (a character lowercasing to two) takes `record_hashes`.
    """

    def __init__(self) -> None:
        self._runs: list[str] = []      # per record: its runs, SEP-separated, lowercased
        self._odd: set[int] = set()     # hashes of the records `record_hashes` handled

    def add(self, content: str) -> None:
        plain = content.replace(HEADLINE_WEIGHT[0], "").replace(HEADLINE_WEIGHT[1], "")
        plain = plain.replace(HAIR, "")
        for ch in UNSAFE:
            plain = plain.replace(ch, "")
        # lowercased after the hair spaces and quotes are gone, as content_runs' runs are (a
        # final sigma depends on its neighbours); " " and SEP, both run breaks, leave it alone
        low = plain.lower()
        if len(low) != len(plain):
            record_hashes(content, self._odd)
        else:
            self._runs.append(low)

    def add_text(self, text: str) -> None:
        """`add` for a record's text blocks joined by spaces rather than its content: the same
        runs (whitespace, hair spaces and SEP break them, unsafe characters are dropped), with
        no index form to undo — that form is twice as long."""
        if HAIR in text or SEP in text:
            text = text.replace(HAIR, " ").replace(SEP, " ")
        for ch in UNSAFE:
            if ch in text:
                text = text.replace(ch, "")
        plain = " ".join(text.split())   # every whitespace a break, as hashes() knows only " "
        low = plain.lower()
        if len(low) != len(plain):
            tokens: set[str] = set()
            for run in plain.split(" "):
                run_tokens(run, tokens)
            self._odd.update(map(token_hash, tokens))
        else:
            self._runs.append(low)

    def hashes(self) -> array:
        """The sorted distinct token hashes of every record added."""
        found = [np.fromiter(self._odd, dtype=np.uint32, count=len(self._odd))]
        if self._runs:
            # a run break (SEP, space) becomes BREAK, a value no code point takes: n-grams are
            # packed and made distinct with it, and those holding it dropped afterwards from the
            # few distinct ones (not masked out of millions before sorting)
            cps = np.frombuffer(SEP.join(self._runs).encode("utf-32-le"), dtype="<u4")
            cps = np.where((cps == ord(SEP)) | (cps == ord(" ")), np.uint32(BREAK), cps)
            found.extend(_crc_of(grams, n) for n, grams in enumerate(_grams(cps), 1))
        return array("I", _distinct(np.concatenate(found)).astype(np.uint32).tobytes())


BREAK = 0x1FFFFF   # 21 bits set: above every code point (≤ 0x10FFFF)
# table sizes up to which n-grams are made distinct by marking a table, not by sorting:
PAIR_TABLE_MAX = 1 << 24     # distinct characters² (a mark and a rank table: 80 MB)
TRIPLE_TABLE_MAX = 1 << 25   # distinct pairs × distinct characters (32 MB)


def _grams(cps: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct 1-, 2- and 3-grams of `cps` (code points, BREAK between runs) packed 21 bits
    a character, none holding BREAK.

    Why not sort every n-gram: a part's text is millions of characters over a few thousand
    distinct ones, so sorting three arrays of millions was most of the part's token work. Each
    character gets a dense number (a table over code points), each pair is marked in a table of
    distinct characters², and a triple is its pair's rank and its third character's number,
    marked in a table of distinct pairs × characters when that is small, else sorted as 32-bit
    values — instead of three sorts of 64-bit ones. Parts with more distinct characters than
    the pair table allows take the sorts."""
    mark = np.zeros(BREAK + 1, dtype=bool)
    mark[cps] = True
    chars = np.flatnonzero(mark)
    ones = chars[chars != BREAK].astype(np.uint64)
    k = chars.size
    wide = chars.astype(np.uint64)
    if k * k > PAIR_TABLE_MAX:
        every = cps.astype(np.uint64)
        pairs = (every[:-1] << np.uint64(21)) | every[1:]
        triples = (pairs[:-1] << np.uint64(21)) | every[2:]
        return ones, _whole(_distinct(pairs), 2), _whole(_distinct(triples), 3)
    number = np.empty(BREAK + 1, dtype=np.int64)
    number[chars] = np.arange(k)
    ids = number[cps]
    pair = ids[:-1] * k + ids[1:]
    seen = np.zeros(k * k, dtype=bool)
    seen[pair] = True
    pcodes = np.flatnonzero(seen)
    rank = np.zeros(k * k, dtype=np.uint32)
    rank[pcodes] = np.arange(pcodes.size, dtype=np.uint32)
    tri = rank[pair[:-1]].astype(np.int64) * k + ids[2:]
    if pcodes.size * k <= TRIPLE_TABLE_MAX:
        seen = np.zeros(pcodes.size * k, dtype=bool)
        seen[tri] = True
        tri = np.flatnonzero(seen)
    else:
        if pcodes.size * k <= 1 << 32:
            tri = tri.astype(np.uint32)
        tri = _distinct(tri).astype(np.int64)
    pairs = (wide[pcodes // k] << np.uint64(21)) | wide[pcodes % k]
    first = pcodes[tri // k]
    triples = (((wide[first // k] << np.uint64(21)) | wide[first % k]) << np.uint64(21)) \
        | wide[tri % k]
    return ones, _whole(pairs, 2), _whole(triples, 3)




def _whole(grams: np.ndarray, n: int) -> np.ndarray:
    """The packed n-grams (21 bits a character) none of whose characters is BREAK."""
    keep = np.ones(grams.size, dtype=bool)
    for k in range(n):
        keep &= ((grams >> np.uint64(21 * k)) & np.uint64(0x1FFFFF)) != np.uint64(BREAK)
    return grams[keep]


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (a plain sort and a neighbour test: several times faster than
    np.unique on millions of integers)."""
    if values.size == 0:
        return values
    values = np.sort(values)
    keep = np.empty(values.size, dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _crc_table() -> np.ndarray:
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> 1) ^ np.uint32(0xEDB88320), table >> 1)
    return table.astype(np.uint32)


_CRC_TABLE = _crc_table()


def _crc_of(grams: np.ndarray, n: int) -> np.ndarray:
    """zlib.crc32 of the UTF-8 bytes of each n-gram (n code points packed 21 bits each)."""
    crc = np.full(grams.size, 0xFFFFFFFF, dtype=np.uint32)
    for k in range(n - 1, -1, -1):   # the first character sits in the highest bits
        cp = ((grams >> np.uint64(21 * k)) & np.uint64(0x1FFFFF)).astype(np.int64)
        size = 1 + (cp >= 0x80).astype(np.int64) + (cp >= 0x800) + (cp >= 0x10000)
        lead = np.select([size == 1, size == 2, size == 3],
                         [cp, 0xC0 | (cp >> 6), 0xE0 | (cp >> 12)], 0xF0 | (cp >> 18))
        for j in range(4):            # byte j of the character, where it has one
            if j == 0:
                byte = lead
            else:
                byte = 0x80 | ((cp >> np.maximum(6 * (size - 1 - j), 0)) & 0x3F)
            low = (crc ^ byte.astype(np.uint32)) & np.uint32(0xFF)
            step = _CRC_TABLE[low] ^ (crc >> np.uint32(8))
            crc = step if j == 0 else np.where(j < size, step, crc)
    return crc ^ np.uint32(0xFFFFFFFF)


def _magic() -> bytes:
    return b"PRESENCE" + bytes([VERSION])


def encode_hashes(hashes: array) -> bytes:
    deltas = np.diff(np.frombuffer(hashes, dtype=np.uint32), prepend=np.uint32(0))
    return gzip.compress(_magic() + deltas.astype("<u4").tobytes(), 6, mtime=0)


def decode_hashes(data: bytes) -> Optional[array]:
    """The hashes, or None for a file of another version (or none)."""
    raw = gzip.decompress(data)
    magic = _magic()
    if not raw.startswith(magic):
        return None
    deltas = np.frombuffer(raw, dtype="<u4", offset=len(magic))
    return array("I", np.cumsum(deltas, dtype=np.uint32).tobytes())


def write_part_hashes(bundle: str, hashes: array) -> int:
    """`presence.bin` of a part being indexed (the hook in index_shard); returns its size."""
    data = encode_hashes(hashes)
    with open(os.path.join(bundle, PART_FILE), "wb") as fh:
        fh.write(data)
    return len(data)


def read_part_hashes(bundle: str) -> Optional[array]:
    try:
        with open(os.path.join(bundle, PART_FILE), "rb") as fh:
            return decode_hashes(fh.read())
    except (OSError, EOFError, zlib.error, ValueError):
        return None


# ---- where a token's bits are (mirrored in search.js)


def mix(h: int) -> int:
    h = ((h ^ (h >> 16)) * 0x45D9F3B) & 0xFFFFFFFF
    return h ^ (h >> 16)


def token_rows(h: int, blocks: int) -> tuple[int, list[int]]:
    """The block of a token hash and its K rows in it."""
    h2 = mix(h)
    step = (h2 >> 16) | 1
    return h % blocks, [(h2 + i * step) % ROWS for i in range(K)]


def blocks_for(max_tokens: int) -> int:
    """Blocks for the fullest part: a power of two, so a growing newest part resizes the filter
    (and rebuilds every group) only when its token count doubles."""
    need = max(1, math.ceil(max_tokens * BITS_PER_TOKEN / ROWS))
    return 1 << (need - 1).bit_length()


# ---- the transposed filter


def _block_path(root: str, group: int, block: int) -> str:
    return os.path.join(root, f"g{group}", f"{block}.bin")


def _read_group(root: str, group: int, blocks: int) -> Optional[np.ndarray]:
    """The group's rows, blocks × ROWS 64-bit part sets (None: a block file is missing or of
    another size)."""
    rows = np.zeros((blocks, ROWS), dtype=np.uint64)
    for b in range(blocks):
        try:
            with open(_block_path(root, group, b), "rb") as fh:
                data = fh.read()
        except OSError:
            return None
        if len(data) != 8 * ROWS:
            return None
        rows[b] = np.frombuffer(data, dtype="<u8")
    return rows


def _write_group(root: str, group: int, rows: np.ndarray) -> int:
    """Write the group's block files whose bytes changed; returns how many were written."""
    os.makedirs(os.path.join(root, f"g{group}"), exist_ok=True)
    written = 0
    for b in range(rows.shape[0]):
        data = rows[b].astype("<u8").tobytes()
        path = _block_path(root, group, b)
        try:
            with open(path, "rb") as fh:
                if fh.read() == data:
                    continue
        except OSError:
            pass
        tmp = path + ".tmp"
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        written += 1
    return written


def _set_column(rows: np.ndarray, bit: int, hashes: Optional[array], blocks: int) -> None:
    """Set part `bit`'s column from its token hashes (None: a part without hashes passes every
    query — never a false negative): `token_rows` of every hash at once."""
    mask = np.uint64(1 << bit)
    if hashes is None:
        rows |= mask
        return
    h = np.frombuffer(hashes, dtype=np.uint32).astype(np.uint64)
    h2 = ((h ^ (h >> np.uint64(16))) * np.uint64(0x45D9F3B)) & np.uint64(0xFFFFFFFF)
    h2 ^= h2 >> np.uint64(16)
    step = (h2 >> np.uint64(16)) | np.uint64(1)
    flat = rows.reshape(-1)
    base = (h % np.uint64(blocks)) * np.uint64(ROWS)
    for i in range(K):
        flat[base + (h2 + np.uint64(i) * step) % np.uint64(ROWS)] |= mask


def _clear_column(rows: np.ndarray, bit: int) -> None:
    rows &= np.uint64(~(1 << bit) & 0xFFFFFFFFFFFFFFFF)


def _load_state(root: str) -> dict:
    try:
        with open(os.path.join(root, STATE), encoding="utf-8") as fh:
            state = json.load(fh)
        return state if state.get("version") == VERSION else {}
    except (OSError, ValueError, AttributeError):
        return {}


def write_filter(bundle_root: str, infos: list[dict]) -> Optional[dict]:
    """Bring `bundle_root/presence/` up to date with the parts listed in `infos` (the manifest's
    part lines, newest first) and return the manifest's `presence` entry (None: no parts).

    A part is identified by its key and content digest; a group whose parts are unchanged is
    not touched, and in a changed group only the changed parts' columns are recomputed (all of
    them when the filter's size changed: it follows the fullest part's token count).
    """
    root = os.path.join(bundle_root, DIR)
    parts = [(i["key"], i.get("digest") or "") for i in reversed(infos)]   # oldest first
    if not parts:
        shutil.rmtree(root, ignore_errors=True)
        return None
    state = _load_state(root)
    counts: dict[str, list] = state.get("counts", {})   # key → [digest, token count]
    hashes: dict[str, Optional[array]] = {}

    def part_hashes_of(key: str) -> Optional[array]:
        if key not in hashes:
            hashes[key] = read_part_hashes(os.path.join(bundle_root, key))
        return hashes[key]

    new_counts: dict[str, list] = {}
    for key, digest in parts:
        known = counts.get(key)
        if known and known[0] == digest:
            new_counts[key] = known
        else:
            hs = part_hashes_of(key)
            new_counts[key] = [digest, len(hs) if hs is not None else 0]
    blocks = blocks_for(max(c[1] for c in new_counts.values()))
    same_size = state.get("blocks") == blocks
    old_groups: list[list[list[str]]] = state.get("groups", []) if same_size else []
    groups, tags = [], []
    for g in range(math.ceil(len(parts) / GROUP)):
        members = [list(p) for p in parts[g * GROUP:(g + 1) * GROUP]]
        old = old_groups[g] if g < len(old_groups) else None
        rows = _read_group(root, g, blocks) if old is not None else None
        if rows is None:
            old = []
            rows = np.zeros((blocks, ROWS), dtype=np.uint64)
        changed = [i for i, m in enumerate(members) if i >= len(old) or old[i] != m]
        for i in range(len(members), len(old)):   # parts that left the group
            _clear_column(rows, i)
        if changed or len(old) != len(members):
            for i in changed:
                if i < len(old):
                    _clear_column(rows, i)
                _set_column(rows, i, part_hashes_of(members[i][0]), blocks)
            _write_group(root, g, rows)
        groups.append([m[0] for m in members])
        tags.append(hashlib.sha1(json.dumps([blocks, members]).encode()).hexdigest()[:10])
    _remove_extra(root, len(groups), blocks)
    state = {"version": VERSION, "blocks": blocks, "counts": new_counts,
             "groups": [[list(p) for p in parts[g * GROUP:(g + 1) * GROUP]]
                        for g in range(len(groups))]}
    os.makedirs(root, exist_ok=True)
    data = json.dumps(state, indent=0).encode("utf-8")
    try:
        with open(os.path.join(root, STATE), "rb") as fh:
            same = fh.read() == data
    except OSError:
        same = False
    if not same:               # (unchanged: the file and its time stay, as the blocks' do)
        tmp = os.path.join(root, STATE + ".tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, os.path.join(root, STATE))
    return {"path": DIR + "/", "version": VERSION, "blocks": blocks, "rows": ROWS, "k": K,
            "group": GROUP, "groups": groups, "tags": tags}


def _remove_extra(root: str, groups: int, blocks: int) -> None:
    """Delete group folders and block files beyond the current sizes."""
    for name in os.listdir(root):
        path = os.path.join(root, name)
        if not os.path.isdir(path):
            continue
        g = int(name[1:]) if name[:1] == "g" and name[1:].isdigit() else -1
        if g < 0 or g >= groups:
            shutil.rmtree(path, ignore_errors=True)
            continue
        for f in os.listdir(path):
            stem = f[:-4] if f.endswith(".bin") else ""
            if not stem.isdigit() or int(stem) >= blocks:
                os.remove(os.path.join(path, f))


def may_hold(bundle_root: str, manifest: dict, key: str, piece: str) -> bool:
    """Whether the filter lets part `key` be searched for `piece` (one query piece, folded):
    the Python twin of search.js's check, for tests."""
    p = manifest["presence"]
    tokens = piece_tokens(piece)
    for g, keys in enumerate(p["groups"]):
        if key in keys:
            bit = keys.index(key)
            break
    else:
        return True
    root = os.path.join(bundle_root, p["path"])
    for t in tokens:
        blk, rs = token_rows(token_hash(t), p["blocks"])
        a = array("Q")
        with open(_block_path(root, g, blk), "rb") as fh:
            a.frombytes(fh.read())
        if sys.byteorder == "big":
            a.byteswap()
        if not all(a[r] >> bit & 1 for r in rs):
            return False
    return True
