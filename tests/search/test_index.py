"""index_site on small archives: bundle layout, manifest, catalog, the text Pagefind really
stored, incremental re-indexing and clear errors. Runs the real pagefind binary."""
import datetime as _dt
import json
import os
from pathlib import Path

import pytest

from generator.search.bundle import build_catalog, read_fragment
from generator.search.index import CATALOG, MANIFEST, index_site
from generator.search.documents import IndexRecord
from generator.search.pagefind import SearchError, add_record_request, run_pagefind
from generator.search.text import SEP, fold

from tests.support.search import article_texts, load_archive, project_config, write_article

D1, D2, D3 = _dt.date(2021, 3, 1), _dt.date(2022, 11, 8), _dt.date(2022, 11, 9)


@pytest.fixture
def small(tmp_path: Path):
    arts = tmp_path / "content" / "articles"
    write_article(arts, "changji-daily", D1, 1, 1, "石油工人王进喜", "铁人精神，代代相传。\n\n第二段：3.2亿元。",
                  kicker="引题 在这里", page_name="要闻", topics=["党建"], kind="article")
    write_article(arts, "changji-daily", D2, 1, 1, "我州援乌医疗队奔赴一线", "“访惠聚”工作队\n\n拨打12345便民热线",
                  page_name="要闻", topics=["抗疫", "医疗卫生"])
    write_article(arts, "altay-daily", D3, 2, 1, "白杨河乡清洁取暖", "## 小标题\n\n**电采暖**设备安装完成",
                  subtitle="副题文字", page_name="经济", kind="brief")
    config = project_config(tmp_path)
    return config, tmp_path / "site"


def bundle_files(bundle: Path) -> dict[str, int]:
    return {str(p.relative_to(bundle)): p.stat().st_mtime_ns for p in bundle.rglob("*") if p.is_file()}


def test_one_bundle_per_year_with_manifest_and_catalog(small):
    config, site = small
    archive = load_archive(config)
    report = index_site(config, archive, str(site), progress=False)
    root = site / "pagefind"
    assert sorted(report.shards_indexed) == ["2021.1", "2022.1"]
    assert report.pages_indexed == 3 and report.index_bytes > 0 and report.files > 0
    assert all(v > 0 for v in report.peak_rss_mb.values())
    manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    assert [s["key"] for s in manifest["shards"]] == ["2022.1", "2021.1"]   # newest first
    s22 = manifest["shards"][0]
    assert (s22["from"], s22["to"], s22["articles"], s22["years"]) == ("2022-11-08", "2022-11-09", 2, [2022])
    assert s22["papers"] == ["altay-daily", "changji-daily"]
    assert "“" in s22["punct"] and "”" in s22["punct"]
    for s in manifest["shards"]:
        assert (root / s["path"] / "pagefind.js").exists()
    import gzip
    catalog = json.loads(gzip.decompress((root / "2022.1" / CATALOG).read_bytes()))
    rows = sorted(catalog.values())
    assert [r[0] for r in rows] == ["/altay-daily/2022/11/09/02-01/", "/changji-daily/2022/11/08/01-01/"]
    assert rows[0][1:5] == ["白杨河乡清洁取暖", "2022-11-09", "第02版：经济", "altay-daily"]
    assert rows[0][5] >= len("白杨河乡清洁取暖") + 1   # headline words (kicker, title, subtitle + ends)
    assert rows[0][6:] == ["经济", "brief"]              # 版名 and kind, counted per facet
    variants = json.loads((root / "variants.json").read_text(encoding="utf-8"))
    assert variants.get("醫") == "医" and variants.get("隊") == "队"


def test_the_catalog_equals_what_the_fragments_hold(small):
    """The catalog is made from the records and the meta file's page order, not read from the
    fragments: it must be exactly what reading them back gives."""
    import gzip
    config, site = small
    index_site(config, load_archive(config), str(site), progress=False)
    for bundle in (site / "pagefind").glob("20*"):
        files = {f"fragment/{p.name}": p.read_bytes()
                 for p in (bundle / "fragment").glob("*.pf_fragment")}
        written = json.loads(gzip.decompress((bundle / CATALOG).read_bytes()))
        assert written == build_catalog(files) and len(written) >= 1
        assert list(written) == sorted(written)


def test_pagefind_holds_exactly_headline_and_body(small):
    """Decode what Pagefind stored: hair spaces out, separators → spaces, equals our text
    folded (text.fold: full-/half-width alike, no whitespace between Han characters)."""
    config, site = small
    archive = load_archive(config)
    index_site(config, archive, str(site), progress=False)
    texts = article_texts(config, archive)
    seen = {}
    for frag in (site / "pagefind").glob("*/fragment/*.pf_fragment"):
        data = read_fragment(str(frag))
        readable = "".join(data["content"].split(" ")).replace(SEP, " ").strip()
        seen[data["url"]] = readable
        assert data["filters"]["paper"] and data["filters"]["year"]
    assert set(seen) == set(texts)
    for url, text in texts.items():
        assert seen[url] == fold(text).replace("\n", " "), url
    brief = next(a for a in archive.articles.values() if a.kind == "brief")
    assert "##" not in seen[brief.url] and "**" not in seen[brief.url]
    assert texts[brief.url].startswith("白杨河乡清洁取暖\n副题文字\n小标题")


def test_only_changed_slices_are_reindexed(small):
    config, site = small
    archive = load_archive(config)
    index_site(config, archive, str(site), progress=False)
    old21 = bundle_files(site / "pagefind" / "2021.1")
    old22 = bundle_files(site / "pagefind" / "2022.1")
    # nothing changed: naming a slice costs a digest check, no indexing
    assert index_site(config, archive, str(site), changed_shards={"2022"}, progress=False).shards_indexed == []
    # an edited 2022 article: only 2022 is indexed again, 2021's files are untouched
    path = Path(config.articles_dir if os.path.isabs(config.articles_dir) else config.path(config.articles_dir))
    target = path / "changji-daily/2022/11/08/01-01.md"
    target.write_text(target.read_text(encoding="utf-8").replace("便民热线", "便民服务热线"), encoding="utf-8")
    archive = load_archive(config)
    report = index_site(config, archive, str(site), changed_shards={"2022"}, progress=False)
    assert report.shards_indexed == ["2022.1"]
    assert bundle_files(site / "pagefind" / "2021.1") == old21
    assert bundle_files(site / "pagefind" / "2022.1") != old22


def tree_size(root: Path) -> tuple[int, int]:
    files = [p for p in root.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def test_reported_index_size_is_every_file_under_the_index(small):
    """The size comes from each part's shard.json (not a walk over every fragment); it still
    counts every byte and file, after a full index and after one part changed."""
    config, site = small
    report = index_site(config, load_archive(config), str(site), progress=False)
    assert (report.index_bytes, report.files) == tree_size(site / "pagefind")
    target = Path(config.path(config.articles_dir)) / "altay-daily/2022/11/09/02-01.md"
    target.write_text(target.read_text(encoding="utf-8").replace("设备安装", "设备全部安装"),
                      encoding="utf-8")
    report = index_site(config, load_archive(config), str(site), changed_shards={"2022"},
                        progress=False)
    assert report.shards_indexed == ["2022.1"]
    assert (report.index_bytes, report.files) == tree_size(site / "pagefind")
    manifest = json.loads((site / "pagefind" / MANIFEST).read_text(encoding="utf-8"))
    assert not any("bytes" in s or "files" in s for s in manifest["shards"])


def test_a_bundle_without_its_size_is_measured_on_disk(small):
    config, site = small
    archive = load_archive(config)
    index_site(config, archive, str(site), progress=False)
    info_path = site / "pagefind" / "2021.1" / "shard.json"
    info = json.loads(info_path.read_text(encoding="utf-8"))
    del info["bytes"], info["files"]   # as written before the size was kept
    info_path.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
    report = index_site(config, archive, str(site), changed_shards=set(), progress=False)
    assert report.shards_indexed == []
    assert (report.index_bytes, report.files) == tree_size(site / "pagefind")


def test_unchanged_parts_are_not_read_again(small, monkeypatch):
    """The cache remembers each part's content digest under its files' stamps: checking an
    unchanged part reads no article; only the edited part builds its documents again."""
    import dataclasses
    from generator.search import index as search
    config, site = small
    config = dataclasses.replace(config, search_max_shard_articles=1)
    index_site(config, load_archive(config), str(site), progress=False)
    target = Path(config.path(config.articles_dir)) / "altay-daily/2022/11/09/02-01.md"
    target.write_text(target.read_text(encoding="utf-8").replace("设备安装", "设备全部安装"),
                      encoding="utf-8")
    built = []
    real = search.part_input
    monkeypatch.setattr(search, "part_input", lambda arts, *a, **k: built.append(arts[0].id) or real(arts, *a, **k))
    report = index_site(config, load_archive(config), str(site), progress=False)
    assert report.shards_indexed == ["2022.2"] and built == ["altay-daily/2022-11-09/02-01"]


def test_removed_slice_loses_its_bundle_and_damaged_bundle_is_rebuilt(small):
    config, site = small
    index_site(config, load_archive(config), str(site), progress=False)
    (site / "pagefind" / "2022.1" / "pagefind.js").unlink()
    for p in Path(config.path(config.articles_dir)).glob("changji-daily/2021/**/*.md"):
        p.unlink()
    report = index_site(config, load_archive(config), str(site), changed_shards=set(), progress=False)
    assert report.shards_indexed == ["2022.1"]
    assert sorted(p.name for p in (site / "pagefind").iterdir() if p.is_dir()) == ["2022.1", "presence", "runtime"]
    manifest = json.loads((site / "pagefind" / MANIFEST).read_text(encoding="utf-8"))
    assert [s["key"] for s in manifest["shards"]] == ["2022.1"]
    # the one runtime all parts share: Pagefind's own pagefind.js and wasm, byte for byte
    assert manifest["runtime"] == "runtime/"
    for name in ("pagefind.js", "wasm.unknown.pagefind"):
        assert (site / "pagefind" / "runtime" / name).read_bytes() == \
            (site / "pagefind" / "2022.1" / name).read_bytes()


def test_big_slices_are_split_into_parts(small):
    import dataclasses
    config, site = small
    config = dataclasses.replace(config, search_max_shard_articles=1)
    report = index_site(config, load_archive(config), str(site), progress=False)
    assert sorted(report.shards_indexed) == ["2021.1", "2022.1", "2022.2"]
    manifest = json.loads((site / "pagefind" / MANIFEST).read_text(encoding="utf-8"))
    assert [(s["key"], s["slice"], s["from"]) for s in manifest["shards"]] == [
        ("2022.2", "2022", "2022-11-09"), ("2022.1", "2022", "2022-11-08"), ("2021.1", "2021", "2021-03-01")]


def test_pagefind_failure_names_the_part(tmp_path, monkeypatch):
    from generator.search import pagefind as search
    from generator.core.frontmatter import ContentError
    assert issubclass(SearchError, ContentError)   # the CLI prints it as "error: …", no traceback
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'cannot start: no memory' >&2\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setattr(search, "pagefind_executable", lambda: str(broken))
    with pytest.raises(SearchError, match=r"part 2022\.1: cannot start: no memory"):
        run_pagefind([add_record_request(1, IndexRecord("/a/", "文", {}, {}, {}), "zh-cn")], [],
                     label="2022.1")


def test_page_name_known_only_from_the_issue_is_a_filter(tmp_path):
    arts = tmp_path / "content" / "articles"
    write_article(arts, "altay-daily", D3, 3, 1, "无版名的文章", "正文。")
    raw = tmp_path / "content" / "raw" / "altay-daily" / D3.isoformat()
    raw.mkdir(parents=True)
    (raw / "issue.yaml").write_text(f"paper: altay-daily\ndate: {D3.isoformat()}\n"
                                    "pages: {3: 政府工作报告}\n", encoding="utf-8")
    (raw / "03.txt").write_text("## 无版名的文章\n\n正文。\n", encoding="utf-8")
    config = project_config(tmp_path)
    archive = load_archive(config)
    index_site(config, archive, str(tmp_path / "site"), progress=False)
    [frag] = list((tmp_path / "site" / "pagefind").glob("*/fragment/*.pf_fragment"))
    data = read_fragment(str(frag))
    assert data["filters"]["page_name"] == ["政府工作报告"]
    assert data["meta"]["page"] == "第03版：政府工作报告"
