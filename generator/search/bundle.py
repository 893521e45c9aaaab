"""A Pagefind bundle made canonical (sorted filters and sorts, files named by their content, as
Pagefind names them), and read back: fragments and the result catalog."""
from __future__ import annotations

import gzip
import hashlib
import json



_SIGNATURE = b"pagefind_dcd"


def _cbor_head(data: bytes, pos: int) -> tuple[int, int, int]:
    """(major type, argument, next position) of the CBOR item at `pos`."""
    first = data[pos]
    major, info = first >> 5, first & 31
    if info < 24:
        return major, info, pos + 1
    if info > 27:
        raise ValueError(f"unsupported CBOR item 0x{first:02x} at {pos}")
    size = 1 << (info - 24)
    return major, int.from_bytes(data[pos + 1:pos + 1 + size], "big"), pos + 1 + size


def cbor_decode(data: bytes, pos: int = 0) -> tuple[object, int]:
    """The item at `pos` (int, str, bytes or list) and where it ends."""
    major, arg, pos = _cbor_head(data, pos)
    if major == 0:
        return arg, pos
    if major == 1:
        return -1 - arg, pos
    if major in (2, 3):
        raw = data[pos:pos + arg]
        return (raw.decode("utf-8") if major == 3 else bytes(raw)), pos + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, pos = cbor_decode(data, pos)
            items.append(item)
        return items, pos
    raise ValueError(f"unsupported CBOR major type {major}")


def _cbor_head_bytes(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * size):
            return bytes([major << 5 | info]) + arg.to_bytes(size, "big")
    raise ValueError(f"CBOR argument too large: {arg}")


def cbor_encode(item: object) -> bytes:
    """Shortest-form CBOR, as Pagefind's encoder (minicbor) writes it."""
    out = bytearray()

    def put(x: object) -> None:
        if isinstance(x, bool) or not isinstance(x, (int, str, bytes, list)):
            raise TypeError(f"cannot encode {type(x).__name__} as Pagefind CBOR")
        if isinstance(x, int):
            out.extend(_cbor_head_bytes(0, x) if x >= 0 else _cbor_head_bytes(1, -1 - x))
        elif isinstance(x, str):
            raw = x.encode("utf-8")
            out.extend(_cbor_head_bytes(3, len(raw)) + raw)
        elif isinstance(x, bytes):
            out.extend(_cbor_head_bytes(2, len(x)) + x)
        else:
            out.extend(_cbor_head_bytes(4, len(x)))
            for y in x:
                put(y)
    put(item)
    return bytes(out)


def _decode_pf(name: str, data: bytes) -> object:
    raw = gzip.decompress(data)
    if not raw.startswith(_SIGNATURE):
        raise ValueError(f"{name}: not a Pagefind data file")
    item, end = cbor_decode(raw, len(_SIGNATURE))
    if end != len(raw):
        raise ValueError(f"{name}: trailing bytes")
    return item


def _encode_pf(encoded: bytes) -> bytes:
    return gzip.compress(_SIGNATURE + encoded, 9, mtime=0)


def _pf_hash(data: bytes) -> str:
    """Pagefind's content hash: SHA-1 bytes as unpadded hex (`format!("{:x?}")` per byte)."""
    return "".join(f"{b:x}" for b in hashlib.sha1(data).digest())


def canonicalize_bundle(files: dict[str, bytes]) -> list[str]:
    """Sort each filter's values, the filter list and the sort list, and name the filter and
    meta files after their new content (in place in `files`: path in the bundle → bytes).
    Returns the pages' result ids (fragment names) in page order — the order the records were
    added — as the meta file lists them."""
    pages: list[str] = []
    entry = json.loads(files["pagefind-entry.json"])
    entry_text = files["pagefind-entry.json"].decode("utf-8")
    for lang, info in entry["languages"].items():
        old_meta = info["hash"]
        meta = _decode_pf(old_meta, files.pop(f"pagefind.{old_meta}.pf_meta"))
        pages.extend(page[0] for page in meta[1])
        # MetaIndex: [version, pages, index_chunks, filters [[name, hash]], sorts [[name, pages]], fields]
        filters, names = [], set()
        for name, old in sorted(meta[3], key=lambda f: f[0]):
            filt = _decode_pf(old, files.pop(f"filter/{old}.pf_filter"))
            filt[1].sort(key=lambda v: v[0])   # FilterIndex: [name, [[value, [page, …]], …]]
            encoded = cbor_encode(filt)
            full = f"{lang}_{_pf_hash(encoded)}"
            n = len(lang) + 8                  # Pagefind's length: 7 hex digits
            while full[:n] in names and n < len(full):   # lengthened on a collision
                n += 1
            names.add(full[:n])
            # always re-encoded: even where Pagefind's order was already sorted (same name),
            # its gzip stream differs from ours
            files[f"filter/{full[:n]}.pf_filter"] = _encode_pf(encoded)
            filters.append([name, full[:n]])
        meta[3] = filters
        meta[4].sort(key=lambda srt: srt[0])
        encoded = cbor_encode(meta)
        new_meta = f"{lang}_{_pf_hash(encoded)[:len(lang) + 8]}"
        files[f"pagefind.{new_meta}.pf_meta"] = _encode_pf(encoded)
        quoted = f'"hash":"{old_meta}"'
        if entry_text.count(quoted) != 1:
            raise ValueError(f"pagefind-entry.json: cannot find {quoted}")
        entry_text = entry_text.replace(quoted, f'"hash":"{new_meta}"')
    files["pagefind-entry.json"] = entry_text.encode("utf-8")
    return pages


def catalog_of(pages: list[str], rows: list[list]) -> dict:
    """The catalog (result id → row, by result id) from the pages' result ids in page order
    (`canonicalize_bundle`) and each record's row in the order it was added
    (`documents.catalog_row`): what `build_catalog` reads back from the fragments, without
    unpacking ~2,000 of them a part."""
    if len(pages) != len(rows):
        raise ValueError(f"Pagefind returned {len(pages)} pages for {len(rows)} records")
    return dict(sorted(zip(pages, rows)))


def fragment_data(data: bytes) -> dict:
    """A fragment file's JSON (gzip, behind Pagefind's signature)."""
    raw = gzip.decompress(data)
    if raw.startswith(_SIGNATURE):
        raw = raw[len(_SIGNATURE):]
    return json.loads(raw)


def read_fragment(path: str) -> dict:
    with open(path, "rb") as fh:
        return fragment_data(fh.read())


def build_catalog(files: dict[str, bytes]) -> dict:
    """Read back from the fragments: result id (fragment hash) → [url, title, date, page label, paper slug, headline words,
    版名, kind] for one bundle (`files`: path in the bundle → bytes). 版名 and kind are what the
    search page counts per facet over every hit, so they come with the catalog (loaded once per
    part) rather than from one fragment per hit; new columns go at the end."""
    entries = {}
    for rel in sorted(files):
        folder, _, name = rel.rpartition("/")
        if folder != "fragment" or not name.endswith(".pf_fragment"):
            continue
        frag = fragment_data(files[rel])
        meta = frag.get("meta", {})
        filters = frag.get("filters", {})
        url = frag.get("url", "")
        entries[name[:-len(".pf_fragment")]] = [
            url, meta.get("title", ""), meta.get("date", ""), meta.get("page", ""),
            url.strip("/").split("/")[0], int(meta.get("hl", 0) or 0),
            (filters.get("page_name") or [""])[0], (filters.get("kind") or ["article"])[0]]
    return entries

