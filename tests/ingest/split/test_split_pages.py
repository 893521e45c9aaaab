"""`build.py split --json` on the seed pages and on composed pages of both shapes, checked the
way the evaluation checks them (every article found, none extra, titles exact, bodies whole)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.ingest.pagefile import read_page
from generator.ingest.split.page import split_page

from tests.support.scoring import score
from tests.support.project import ROOT

SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
PAGES = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))
SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score_split.py"


def _truth(page: Path) -> dict:
    eval_dir = ROOT / "tests" / "fixtures" / ("eval" if page.parent.name == "seeds" else "pages")
    return yaml.safe_load((eval_dir / f"{page.stem}.yaml").read_text(encoding="utf-8"))


def _split_json(page: Path) -> list[dict]:
    run = subprocess.run([sys.executable, "build.py", "split", str(page), "--json"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


@pytest.mark.parametrize("page", SEEDS, ids=lambda p: p.stem)
def test_seed_pages_split_exactly(page):
    found = _split_json(page)
    right, extra, report = score(_truth(page), found)
    assert (right, extra) == (len(_truth(page)["articles"]), 0), report
    keys = {"title", "kicker", "subtitle", "authors", "byline", "kind", "body", "continued_from",
            "continued_to"}
    assert all(set(a) == keys for a in found)
    for a in found:
        assert "\n\n\n" not in a["body"] and not a["body"].startswith("\n")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_composed_pages_split_exactly(page):
    found = [a.to_json() for a in split_page(read_page(str(page))).articles]
    right, extra, report = score(_truth(page), found)
    assert (right, extra) == (len(_truth(page)["articles"]), 0), report


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="shared scorer not present")
@pytest.mark.parametrize("page", SEEDS, ids=lambda p: p.stem)
def test_shared_scorer_says_all_right(page):
    truth = ROOT.parent / "shared" / "eval" / f"{page.stem}.yaml"
    seed = ROOT.parent / "shared" / "seeds" / page.name
    run = subprocess.run([sys.executable, str(SHARED_SCORER), sys.executable, str(seed), str(truth)],
                         cwd=ROOT, capture_output=True, text=True, timeout=180)
    last = run.stdout.strip().splitlines()[-1]
    n = len(yaml.safe_load(truth.read_text(encoding="utf-8"))["articles"])
    assert last == f"split: {n}/{n} articles right, extra=0", run.stdout


def test_seed_banners_headers_and_jumps():
    r000 = split_page(read_page(str(SEEDS[0])))
    assert [d.text for d in r000.dropped if d.kind == "banner"] == ["全面深入学习宣传贯彻党的二十大精神"]
    assert {d.text for d in r000.dropped if d.kind == "decoration"} == {"同心抗疫 共克时艰"}
    r003 = split_page(read_page(str(SEEDS[1])))
    cont = r003.articles[0]
    assert (cont.kind, cont.continued_from, cont.continued_to, cont.title_source) == \
        ("continuation", 1, 4, "header")
    assert "下转" not in cont.body and "上接" not in cont.body
    # numbered sub-headings cut by a column break are whole, and stay apart from their text
    paras = cont.body.split("\n\n")
    assert paras[0] == "（五）重点领域改革不断深化，为全方位对内对外开放提供新动力"
    assert paras[1].startswith("扎实推进国企改革") and "（六）生态环境明显改善，为实现绿色低碳发展厚植新底色" in paras
    assert [d.kind for d in r003.dropped] == ["marker", "marker", "header"]
    # the pull quote above a detached headline is its kicker, not the end of the story above
    assert r003.articles[1].kicker.startswith("“只要患者有需要")
    assert r003.articles[1].body.endswith("又将开始。")


def test_text_preview_and_bad_files(tmp_path):
    run = subprocess.run([sys.executable, "build.py", "split", str(SEEDS[1])], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and "春节我在岗守护万家安" in run.stdout and "政 府 工 作 报 告" in run.stdout
    for name, data, words in (("empty.txt", b"  \n\n", "empty"),
                              ("bin.txt", bytes(range(256)) * 8, "binary"),
                              ("latin.txt", "Ünïcödé café\n".encode("latin-1") * 20, "UTF-8")):
        (tmp_path / name).write_bytes(data)
        run = subprocess.run([sys.executable, "build.py", "split", str(tmp_path / name), "--json"],
                             cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert run.returncode != 0 and str(tmp_path / name) in run.stderr and words in run.stderr, run.stderr
        assert "Traceback" not in run.stderr
    (tmp_path / "prose.txt").write_text("hello world\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "build.py", "split", str(tmp_path / "prose.txt")], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode != 0 and "no articles" in run.stderr
    run = subprocess.run([sys.executable, "build.py", "split", str(tmp_path / "missing.txt")], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode != 0 and "no such file" in run.stderr


def test_no_line_join_spaces_anywhere():
    for page in SEEDS + PAGES:
        for a in split_page(read_page(str(page))).articles:
            assert not re.search(r"[\u4e00-\u9fff，。、；：“”] +[\u4e00-\u9fff，。、；：“”]", a.body), a.title


def test_seed_variants_other_layouts():
    """The same stories in the other shape: 000 without '##' marks (a column-style page with
    a banner and a photo), 003 with its headlines printed above their stories."""
    t000 = SEEDS[0].read_text(encoding="utf-8")
    plain = "\n".join(l[3:] if l.startswith("## ") else l for l in t000.split("\n"))
    found = [a.to_json() for a in split_page(plain).articles]
    right, extra, report = score(_truth(SEEDS[0]), found)
    assert (right, extra) == (5, 0), report

    t = SEEDS[1].read_text(encoding="utf-8").split("\n")
    first = (t[:490] + ["春节我在岗守护万家安", ""] + t[490:554] + ["", "助企服务不打烊", ""] + t[560:597]
             + ["为旅客平安出行护航", ""] + t[597:])
    found = [a.to_json() for a in split_page("\n".join(first)).articles]
    right, extra, report = score(_truth(SEEDS[1]), found)
    assert (right, extra) == (4, 0), report


def test_headline_first_column_page_without_bylines():
    """Stories without bylines are still cut at their headlines (headline above the story)."""
    from . import pages as P
    from .compose import column_page
    parts = [("line", "冬季安全生产不容松懈"), ("para", P.COMMENT), ("para", P.COMMENT.replace("冬季", "当前")),
             ("line", "县委常委会召开会议"), ("para", P.MEET),
             ("line", "寒潮中的坚守"), *[("para", p) for p in P.HOSP]]
    for seed in range(4):
        arts = split_page(column_page(parts, seed=seed)).articles
        assert [a.title for a in arts] == ["冬季安全生产不容松懈", "县委常委会召开会议", "寒潮中的坚守"]
        assert arts[1].body == P.MEET and arts[2].body.endswith("送到群众家门口。")


def test_split_piped_into_a_closed_reader_exits_quietly(tmp_path):
    """`build.py split PAGE --json | head -1`: no traceback when the reader goes away (the page
    is large enough that its JSON overflows the pipe buffer)."""
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([SEEDS[1].read_text(encoding="utf-8")] * 6), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "build.py", "split", str(big), "--json"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(5)
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=60)
    assert "Traceback" not in err and proc.returncode == 0, err
