"""`python build.py bench` end to end at a small size: it must run every step, and its JSON must carry
every key of the DESIGN.md contract (a number, or null where a step was skipped). No timing
assertions: the machine is noisy; the figures themselves are checked for shape only."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.run import CONTRACT_KEYS, format_table
from bench.pelican import _pelican_md
from tests.support.project import ROOT


pytest.importorskip("generator.build.pipeline", reason="the site pipeline has not landed yet")


def _bench(tmp_path: Path, *extra: str) -> tuple[subprocess.CompletedProcess, dict]:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "build.py", "bench", "--json", str(out), "--workdir", str(tmp_path / "work"),
         *extra], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert out.exists(), proc.stderr[-3000:]
    return proc, json.loads(out.read_text(encoding="utf-8"))


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0


def test_bench_small_with_search_and_pelican(tmp_path):
    proc, data = _bench(tmp_path, "--articles", "300", "--pelican-articles", "100", "--keep")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert data["errors"] == []
    for key in CONTRACT_KEYS:
        assert key in data, key
        assert _is_number(data[key]), (key, data[key])     # every step ran, so no nulls
    assert data["articles"] == 300 and data["pelican_articles"] == 100
    assert data["full_build_rss_mb"] > 10 and data["search_index_mb"] > 0
    assert data["search_index_files"] > 0
    assert data["machine"]["cores"] >= 1 and data["machine"]["memory_gb"] > 0
    # the measured rebuilds really did their job
    assert data["checks"] == {"noop_rendered_nothing": True, "new_issue_rendered": True,
                              "add_issue_reindexed_one_shard": True, "edited_title_rendered": True}
    # the query figures, per query length, measured over HTTP in Chromium (transfer.py)
    for key in ("query_cold_first_ms", "query_cold_kb", "query_warm_ms", "query_warm_kb"):
        assert set(data[key]) == {"1char", "2char", "4char"}, key
        assert all(_is_number(v) for v in data[key].values()), (key, data[key])
    for length in ("1char", "2char", "4char"):
        # a cold query fetches the runtime at least (pagefind.js + wasm: ~110 KB), once
        assert data["query_cold_kb"][length] > 100
        assert data["query_cold_first_kb"][length] <= data["query_cold_kb"][length]
        assert data["query_warm_kb"][length] < data["query_cold_kb"][length]
    cold = data["query_transfer"]["figures"]["的"]["cold"]
    assert cold["by_kind"]["pagefind.js"]["requests"] == 1 and cold["by_kind"]["wasm"]["requests"] == 1
    # the search index beside Pagefind's own ceiling on the same parts, and where its time went
    assert _is_number(data["pagefind_ceiling_pages_per_s"]) and data["pagefind_ceiling_pages_per_s"] > 0
    assert data["pagefind_ceiling"]["pagefind_ceiling_pages"] == data["index_pages"] == 300
    stages = ("read_cpu_s", "text_cpu_s", "pagefind_parse_cpu_s", "pagefind_index_cpu_s",
              "output_cpu_s", "other_cpu_s", "step_cpu_s", "cpu_ms_per_page")
    assert all(_is_number(data["index_breakdown"][k]) for k in stages), data["index_breakdown"]
    assert data["index_breakdown"]["pagefind_index_cpu_s"] > 0
    assert _is_number(data["index_share_of_ceiling"]) and _is_number(data["index_cpu_share_of_ceiling"])
    # the table names the measures and the figures
    assert "query 2char, cold: first screen" in proc.stdout
    assert "full build, HTML" in proc.stdout and "no-op rebuild" in proc.stdout
    # --keep left the synthetic project; Pelican's copy is there too
    work = tmp_path / "work"
    assert len(list((work / "content" / "articles").rglob("*.md"))) == 360
    assert (work / "pelican" / "output" / "index.html").exists()


def test_bench_without_search_or_pelican_reports_nulls(tmp_path):
    proc, data = _bench(tmp_path, "--articles", "120", "--pelican-articles", "0", "--no-search")
    assert proc.returncode == 0, proc.stderr[-3000:]
    for key in CONTRACT_KEYS:
        assert key in data, key
    for key in ("add_issue_search_s", "index_pages_per_s", "index_peak_rss_mb", "search_index_mb",
                "pelican_full_build_s", "pelican_add_issue_s", "pelican_articles"):
        assert data[key] is None, key
    for key in ("full_build_s", "full_build_rss_mb", "noop_rebuild_s", "add_issue_html_s", "edit_title_s"):
        assert _is_number(data[key]), key
    assert not (tmp_path / "work" / "content").exists()     # cleaned up without --keep
    assert "—" in format_table(data)


def test_bench_with_few_files_reports_fewer_files_per_article(tmp_path):
    proc, data = _bench(tmp_path, "--articles", "120", "--pelican-articles", "0", "--no-search",
                        "--few-files")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert data["site_files_setting"] == {"json_twins": False, "citations": "issue"}
    assert data["checks"]["noop_rendered_nothing"] and data["checks"]["edited_title_rendered"]
    # (at 120 articles the topic and place pages outnumber the article files: no ratio to check)
    assert _is_number(data["site_files_per_article"]) and _is_number(data["site_kb_per_article"])


def test_pelican_conversion_keeps_metadata():
    import datetime as dt
    meta = {"id": "changji-daily/2022-11-08/01-02", "paper": "changji-daily", "date": dt.date(2022, 11, 8),
            "page": 1, "seq": 2, "page_name": "要闻", "title": "标题", "authors": ["王薇", "何龙"],
            "topics": ["抗疫"], "kicker": None}
    text = _pelican_md(meta, "正文。")
    head, body = text.split("\n\n", 1)
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    assert fields["Title"] == "标题" and fields["Category"] == "要闻"
    assert fields["Slug"] == "changji-daily-2022-11-08-01-02"
    assert fields["Authors"] == "王薇, 何龙" and fields["Tags"] == "抗疫"
    assert fields["Date"].startswith("2022-11-08 ")
    assert body == "正文。\n"
