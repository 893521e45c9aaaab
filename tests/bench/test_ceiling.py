"""The Pagefind ceiling's sample: a rate per page from evenly spaced parts of a large archive."""
from bench.ceiling import sample_parts


def test_every_part_is_indexed_when_the_archive_fits():
    sizes = {f"p{i:03d}": 1900 for i in range(20)}
    assert sample_parts(sizes, max_pages=60_000) == sorted(sizes)


def test_a_large_archive_is_sampled_within_the_page_budget_and_across_all_dates():
    sizes = {f"p{i:03d}": 1900 + (i % 7) for i in range(528)}
    picked = sample_parts(sizes, max_pages=60_000)
    pages = sum(sizes[k] for k in picked)
    assert 30_000 <= pages <= 60_000
    keys = sorted(sizes)
    # from the first part to near the last, evenly spaced
    assert picked[0] == keys[0] and keys.index(picked[-1]) >= len(keys) - 20
    gaps = {keys.index(b) - keys.index(a) for a, b in zip(picked, picked[1:])}
    assert len(gaps) == 1
