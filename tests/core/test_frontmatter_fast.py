"""The front-matter fast path (frontmatter._fast_load) agrees with PyYAML or declines."""
from __future__ import annotations

import datetime as dt
import glob
from pathlib import Path

import yaml
from hypothesis import given, settings, strategies as st

from generator.core import frontmatter
from generator.core.frontmatter import FIELD_ORDER, _fast_load, dump, parse
from tests.support.project import ROOT



def _raw(text: str) -> str:
    head = text.split("\n---", 1)[0]
    return head[4:] + "\n" if head.startswith("---\n") else head


def _same(raw: str) -> None:
    fast = _fast_load(raw)
    if fast is not None:
        assert fast == yaml.load(raw, Loader=frontmatter._Loader)


def test_real_articles_take_the_fast_path_and_agree():
    files = glob.glob(str(ROOT / "content/articles/**/*.md"), recursive=True)
    for f in files:
        raw = _raw(Path(f).read_text(encoding="utf-8"))
        assert _fast_load(raw) is not None, f
        _same(raw)


def test_synthetic_articles_agree(tmp_path):
    from bench.synthetic import write_synthetic_archive
    write_synthetic_archive(str(tmp_path), 300, workers=1)
    files = glob.glob(str(tmp_path / "**/*.md"), recursive=True)
    fast = 0
    for f in files:
        raw = _raw(Path(f).read_text(encoding="utf-8"))
        fast += _fast_load(raw) is not None
        _same(raw)
    assert fast >= 0.95 * len(files)          # the rest (quoted titles …) go through PyYAML


TEXT = st.text(alphabet=st.sampled_from(list("新疆日报记者王薇abcXYZ019 :#-,[]{}'\"!&*?|>%@`~\t\u3000\u2028：，")),
               max_size=12)
SCALAR = st.one_of(st.none(), st.integers(-5, 10**6), TEXT, st.sampled_from(
    ["yes", "no", "on", "Off", "null", "~", "1.5", "1e3", "0x1f", "010", "-", "2022-11-08", "2022-13-01",
     "changji-daily/2022-11-08/01-02", "article", ".inf", "1:30", "+5", "-0"]),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELD_ORDER), st.one_of(
    SCALAR, st.lists(SCALAR, max_size=4),
    st.fixed_dictionaries({"file": TEXT, "lines": st.lists(st.integers(0, 99), max_size=2)}))))
def test_dumped_front_matter_agrees_with_yaml(meta):
    text = dump(meta, "正文")
    raw = _raw(text)
    _same(raw)
    doc = parse(text, "x.md")
    assert doc.meta == yaml.load(raw, Loader=frontmatter._Loader) or (not meta and doc.meta == {})
    assert doc.meta_lines == _key_lines(raw)       # the lines an error names, fast path or not


def _key_lines(raw: str) -> dict[str, int]:
    """Each top-level key's line in the file, read the slow way (front matter from line 2)."""
    lines: dict[str, int] = {}
    for m in frontmatter._KEY_LINE.finditer(raw):
        lines.setdefault(m.group(1), raw.count("\n", 0, m.start()) + 2)
    return lines


def test_a_recurring_list_value_is_a_list_of_its_own_in_each_article():
    text = dump({"id": "a", "authors": ["王薇", "何龙"], "topics": ["抗疫"]}, "正文")
    one, two = parse(text, "1.md").meta, parse(text, "2.md").meta
    one["authors"].append("李明")
    assert two["authors"] == ["王薇", "何龙"] and parse(text, "3.md").meta["authors"] == ["王薇", "何龙"]


FRACTION = st.one_of(st.floats(0, 1, allow_nan=False).map(lambda x: round(x, 4)), st.sampled_from([0.0, 1.0, 0.5]))


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({"source": st.fixed_dictionaries({"file": st.one_of(TEXT, st.sampled_from(
    ["content/raw/changji-daily/2022-11-09/01.pdf", "content/raw/x/2022-01-01/issue.pdf"])),
    "page": st.integers(0, 99)}),
    "regions": st.lists(st.lists(FRACTION, min_size=4, max_size=4), max_size=3),
    "title": st.one_of(TEXT, st.just("我州援乌医疗队奔赴一线全力抗疫"))}))
def test_pdf_article_fields_agree_with_yaml(meta):
    """A PDF article's `source` mapping and `regions` list of boxes: read fast, as PyYAML reads them."""
    raw = _raw(dump(meta, "正文"))
    _same(raw)
    if meta["title"] == "我州援乌医疗队奔赴一线全力抗疫" and meta["source"]["file"].startswith("content/"):
        assert _fast_load(raw) is not None, raw


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["id", "title", "page", "  file", "- x", "# c", "lines", "- [", "source"]),
                          st.sampled_from([": ", ":", ": [", ": []", ":  ", ": {", ": {a: ", "0.5, 1.0]"]), TEXT), max_size=6))
def test_arbitrary_lines_never_disagree(lines):
    raw = "\n".join(k + sep + v for k, sep, v in lines) + "\n"
    try:
        expected = yaml.load(raw, Loader=frontmatter._Loader)
    except yaml.YAMLError:
        expected = "error"
    fast = _fast_load(raw)
    if fast is not None:
        assert fast == expected
