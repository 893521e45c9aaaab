"""The part presence filter (generator/search/partfilter.py) on a generated archive cut into many
small parts, without Pagefind: every part holding a substring passes the filter (no false
negatives, checked against a plain substring scan of each part's documents), absent queries are
mostly ruled out, and an update rewrites only the changed group to the same bytes a fresh build
writes."""
import base64
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from generator.search import partfilter
from generator.search.documents import page_names_of, part_input
from generator.search.parts import plan_parts
from generator.search.text import HEADLINE_WEIGHT, fold, index_form
from tests.support.search import article_texts, load_archive, project_config

N_ARTICLES = 900


@pytest.fixture(scope="module")
def archive_parts(tmp_path_factory):
    """(config, archive, {part key: its articles}) for ~9 parts of one day each."""
    from bench.synthetic import write_synthetic_archive
    root = tmp_path_factory.mktemp("partfilter")
    config = project_config(root, search_max_shard_articles=60)
    write_synthetic_archive(config.path(config.articles_dir), N_ARTICLES, seed=11, days_step=20)
    archive = load_archive(config)
    parts = {k: arts for k, (_, arts) in plan_parts(archive, config).items()}
    return config, archive, parts


def write_parts(config, archive, parts: dict, bundle_root: Path) -> list[dict]:
    """Each part's presence.bin, as index_shard writes it; the manifest lines, newest first."""
    names = {p.slug: p.name for p in archive.publications}
    pages = page_names_of(archive)
    infos = []
    for key, arts in parts.items():
        inp = part_input(arts, config.root, names, pages)
        (bundle_root / key).mkdir(parents=True, exist_ok=True)
        partfilter.write_part_hashes(str(bundle_root / key), inp.hashes)
        infos.append({"key": key, "digest": inp.digest})
    return list(reversed(infos))


@pytest.fixture(scope="module")
def built(archive_parts, tmp_path_factory, request):
    config, archive, parts = archive_parts
    root = tmp_path_factory.mktemp("bundle")
    mp = pytest.MonkeyPatch()
    mp.setattr(partfilter, "GROUP", 3)   # several groups, as at hundreds of parts
    request.addfinalizer(mp.undo)
    infos = write_parts(config, archive, parts, root)
    manifest = {"presence": partfilter.write_filter(str(root), infos)}
    texts = article_texts(config, archive)
    # each part's texts folded and lowercased once: a term is in a part when it is a substring
    # of one of them (tests.support.search.truth, for one term)
    part_texts = {k: [fold(texts[a.url]).lower() for a in arts] for k, arts in parts.items()}
    return root, manifest, part_texts


def holds(texts: list[str], term: str) -> bool:
    t = fold(term).lower()
    return any(t in text for text in texts)


def substrings(pool: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        text = rng.choice(pool)
        length = rng.choice([1, 2, 2, 3, 4, 6])
        start = rng.randrange(0, max(1, len(text) - length))
        q = text[start:start + length]
        if q and not any(ch.isspace() for ch in q):
            out.append(q)
    return out


def test_archive_has_parts_in_several_groups(built):
    _, manifest, part_texts = built
    assert len(part_texts) >= 8
    assert len(manifest["presence"]["groups"]) >= 3


def test_every_part_holding_a_substring_passes_the_filter(built):
    root, manifest, part_texts = built
    every = [t for texts in part_texts.values() for t in texts]
    queries = substrings(every, 400, seed=5) + ["的", "发展", "乌鲁木齐", "3.2亿", "“访惠聚”", "ABC", "abc"]
    checked = 0
    for q in queries:
        for key, texts in part_texts.items():
            if holds(texts, q):
                checked += 1
                assert partfilter.may_hold(str(root), manifest, key, fold(q)), (q, key)
    assert checked > 400


def test_absent_queries_are_mostly_ruled_out(built):
    root, manifest, part_texts = built
    rng = random.Random(9)
    alphabet = "".join(sorted({ch for texts in part_texts.values() for t in texts
                               for ch in t if "\u4e00" <= ch <= "\u9fff"}))
    passed = total = 0
    for _ in range(200):
        q = "".join(rng.choice(alphabet) for _ in range(3))
        for key, texts in part_texts.items():
            if not holds(texts, q):
                total += 1
                passed += partfilter.may_hold(str(root), manifest, key, q)
    assert total > 1000
    assert passed / total < 0.1, f"{passed} of {total} absent (query, part) pairs passed"


def test_changed_part_rewrites_only_its_group_to_fresh_bytes(archive_parts, tmp_path, monkeypatch):
    config, archive, parts = archive_parts
    monkeypatch.setattr(partfilter, "GROUP", 3)
    root = tmp_path / "bundle"
    infos = write_parts(config, archive, parts, root)
    partfilter.write_filter(str(root), infos)
    presence = root / partfilter.DIR
    before = {p: p.stat().st_mtime_ns for p in presence.rglob("*.bin")}
    # the oldest part loses its articles' second half: a new digest, new tokens
    oldest = infos[-1]["key"]
    smaller = dict(parts)
    smaller[oldest] = parts[oldest][: len(parts[oldest]) // 2]
    infos2 = write_parts(config, archive, {oldest: smaller[oldest]}, root)
    infos = [i if i["key"] != oldest else infos2[0] for i in infos]
    entry = partfilter.write_filter(str(root), infos)
    touched = {p.parent.name for p in presence.rglob("*.bin") if p.stat().st_mtime_ns != before.get(p)}
    assert touched == {"g0"}
    fresh = tmp_path / "fresh"
    write_parts(config, archive, smaller, fresh)
    assert partfilter.write_filter(str(fresh), infos) == entry
    for p in presence.rglob("*.bin"):
        assert p.read_bytes() == (fresh / partfilter.DIR / p.relative_to(presence)).read_bytes(), p


def test_no_parts_no_filter(tmp_path):
    assert partfilter.write_filter(str(tmp_path), []) is None
    assert not (tmp_path / partfilter.DIR).exists()


# characters whose lowercase depends on neighbours (Σ), is longer (İ, ẞ), is outside the BMP or
# takes 1–4 UTF-8 bytes, quotes (kept off Pagefind's word characters), whitespace of all kinds
_TRICKY = list("abcXYZΣσςΑİIiß\"'，。、王进喜中国ａＢ１２ \u3000\u200a\ue000é\u01c5\u1e9e\ufb00") + \
    ["\U00020000", "\U0001f600"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.text(st.sampled_from(_TRICKY), max_size=14), min_size=1, max_size=5),
                min_size=1, max_size=4))
def test_part_tokens_hash_the_same_tokens_as_each_record_alone(records):
    expected: set[int] = set()
    tokens, by_text = partfilter.PartTokens(), partfilter.PartTokens()
    for blocks in records:
        forms = [index_form(b) for b in blocks]
        forms[1:1] = [HEADLINE_WEIGHT[0], index_form("标题Σ"), HEADLINE_WEIGHT[1]]
        content = " ".join(f for f in forms if f)
        partfilter.record_hashes(content, expected)
        tokens.add(content)
        by_text.add_text(" ".join([blocks[0], "标题Σ", *blocks[1:]]))
    assert list(tokens.hashes()) == sorted(expected)
    assert list(by_text.hashes()) == sorted(expected)


@pytest.mark.parametrize("pair_table, triple_table",
                         [(partfilter.PAIR_TABLE_MAX, partfilter.TRIPLE_TABLE_MAX),
                          (partfilter.PAIR_TABLE_MAX, 0), (0, 0)],
                         ids=["n-grams-in-tables", "too-many-pairs-for-the-triple-table",
                              "too-many-characters-for-the-pair-table"])
def test_part_tokens_of_a_generated_part_match_record_by_record(archive_parts, pair_table,
                                                                 triple_table, monkeypatch):
    monkeypatch.setattr(partfilter, "PAIR_TABLE_MAX", pair_table)
    monkeypatch.setattr(partfilter, "TRIPLE_TABLE_MAX", triple_table)
    config, archive, parts = archive_parts
    names = {p.slug: p.name for p in archive.publications}
    key = max(parts, key=lambda k: len(parts[k]))
    inp = part_input(parts[key], config.root, names, page_names_of(archive))
    expected: set[int] = set()
    for request in inp.requests:
        content = json.loads(base64.b64decode(request[:-1]))["payload"]["content"]
        partfilter.record_hashes(content, expected)
    assert len(expected) > 1000
    assert list(inp.hashes) == sorted(expected)
