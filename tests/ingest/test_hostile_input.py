"""Hostile raw input: impossible dates and wrong types in issue.yaml, folder names that are not
dates, control characters in page text. Every case ends in a clear error naming the file (and
line) or in clean articles — never a traceback, never a stopped ingest."""
from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from generator.core import frontmatter
from generator.build.pipeline import dry_run
from generator.core.config import load_config
from generator.core.frontmatter import ContentError
from generator.ingest.issue import IssueError, RawIssue, load_issue
from generator.ingest.split.text.decode import PageError, decode_page
from generator.ingest.write import ingest_all
from tests.support.project import ROOT
PAPER = "changji-daily"
GOOD_DAYS = ["2022-11-08"]          # the sample issue of this paper
# C0 controls but tab/newline/CR, DEL, some C1, the two non-characters
CONTROLS = [chr(c) for c in [*range(0, 9), 0x0B, *range(0x0E, 0x20), 0x7F, 0x80, 0x85, 0x9F,
                             0xFFFE, 0xFFFF]]


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    dest = tmp_path / "proj"
    dest.mkdir()
    shutil.copy(ROOT / "site_config.yaml", dest / "site_config.yaml")
    shutil.copytree(ROOT / "templates", dest / "templates")
    shutil.copytree(ROOT / "content" / "raw", dest / "content" / "raw")
    return dest


def cli(proj: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "--config",
                           str(proj / "site_config.yaml"), *args],
                          capture_output=True, text=True, cwd=proj, timeout=300)


def add_issue(proj: Path, day: str, yaml_text: str, page: str | bytes | None = None) -> Path:
    """A raw issue folder `changji-daily/<day>/` with `issue.yaml` and one page (a copy of the
    sample front page unless given)."""
    d = proj / "content" / "raw" / PAPER / day
    d.mkdir(parents=True)
    (d / "issue.yaml").write_text(yaml_text, encoding="utf-8")
    src = ROOT / "content" / "raw" / PAPER / GOOD_DAYS[0] / "01.txt"
    data = page if page is not None else src.read_bytes()
    (d / "01.txt").write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return d


def ingested_days(proj: Path) -> set[str]:
    """The issue dates that have article files."""
    return {"-".join(p.parent.parts[-3:]) for p in (proj / "content" / "articles").rglob("*.md")}


# ---- impossible dates and wrong types in issue.yaml ----

BAD_YAMLS = {
    # day: (issue.yaml, the error's line, words in the error)
    "2023-01-02": ("paper: changji-daily\ndate: 2025-13-45\n", 2, "not a real date"),
    "2023-01-03": ("paper: changji-daily\n# the date\ndate: 20230103\n", 3, "not a real date"),
    "2023-01-04": ("paper: changji-daily\ndate: '2023-02-30'\n", 2, "not a real date"),
    "2023-01-05": ("paper: changji-daily\ndate: 2023-01-05\nissue_no: '八千'\n", 3, "issue_no"),
    "2023-01-06": ("paper: changji-daily\ndate: 2023-01-06\ndate_estimated: maybe\n", 3,
                   "date_estimated"),
    "2023-01-07": ("paper: changji-daily\ndate: 2023-01-07\npages: {.inf: 要闻}\n", 3, "page key"),
    "2023-01-08": ("paper: changji-daily\ndate: 2023-01-08\npages: {1: [a, b]}\n", 3, "must be text"),
    "2023-01-09": ("paper: changji-daily\ndate: 2023-01-09\nissue_no: 1" + "0" * 5000 + "\n", 3,
                   "cannot read the value"),
    "2023-01-10": ("paper: changji-daily\ndate: 2023-01-10 99:00:00\n", 2, "not a real date"),
    "2023-01-11": ("paper: changji-daily\ndate: 2023-01-11\nnote: \"bell \\a\"\n", 3,
                   "invalid character"),
    "2023-01-12": ("paper: changji-daily\ndate: 2023-01-12\nnote: x\x07y\n", 3, "U+0007"),
}


def test_impossible_dates_and_wrong_types_in_issue_yaml_are_reported_and_skipped(proj):
    for day, (text, _, _) in BAD_YAMLS.items():
        add_issue(proj, day, text)
    add_issue(proj, "2023-02-01", "paper: changji-daily\ndate: 2023-02-01\nissue_no: 9\n")
    (proj / "content" / "raw" / PAPER / "2025-13-45").mkdir()          # folder name not a date
    (proj / "content" / "raw" / PAPER / "2025-13-45" / "issue.yaml").write_text(
        "paper: changji-daily\ndate: 2025-13-45\n", encoding="utf-8")
    run = cli(proj, "ingest")
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("error: ")]
    for day, (_, line, words) in BAD_YAMLS.items():
        mine = [e for e in errors if f"/{day}/issue.yaml:{line}: " in e]
        assert len(mine) == 1 and words in mine[0], (day, run.stderr)
    folder = [e for e in errors if "/2025-13-45: " in e]
    assert len(folder) == 1 and "folder name '2025-13-45' is not a real date" in folder[0]
    assert f"{len(BAD_YAMLS) + 1} of {len(BAD_YAMLS) + 5} issues failed" in run.stderr
    # the good issues (the three samples and the added one) are ingested all the same
    assert ingested_days(proj) == {"2022-11-08", "2022-11-09", "2023-02-01", "2025-02-05"}


def test_build_reports_a_bad_issue_yaml_by_file_and_line_and_still_builds(proj):
    assert cli(proj, "ingest").returncode == 0
    yaml_path = proj / "content" / "raw" / "altay-daily" / "2025-02-05" / "issue.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    line = text.splitlines().index("date: 2025-02-05") + 1
    yaml_path.write_text(text.replace("date: 2025-02-05", "date: 2025-13-45"), encoding="utf-8")
    for _ in range(2):           # a later build (no change) still says so
        run = cli(proj, "build", "--no-search")
        assert run.returncode == 0, run.stderr
        assert "Traceback" not in run.stderr
        warn = [w for w in run.stderr.splitlines() if w.startswith("warning: ")]
        assert len(warn) == 1 and f"2025-02-05/issue.yaml:{line}: " in warn[0], run.stderr
        assert "2025-13-45 is not a real date" in warn[0]
    assert (proj / "site" / "altay-daily" / "2025" / "02" / "05" / "03" / "index.html").exists()


def test_ingest_in_process_reports_an_impossible_date_and_goes_on(proj, capsys):
    add_issue(proj, "2023-03-01", "paper: changji-daily\ndate: 2023-02-29\n")
    code = ingest_all(load_config(str(proj / "site_config.yaml")))
    out = capsys.readouterr()
    assert code == 1
    assert "2023-03-01/issue.yaml:2: 2023-02-29 is not a real date (day is out of range for month)" \
        in out.err
    assert "✓ content/raw/changji-daily/2022-11-08" in out.out


# ---- control characters in a raw page ----

def polluted(text: str, every: int = 15, seed: int = 3) -> str:
    """`text` with a control character inserted after every `every` characters."""
    rng = random.Random(seed)
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i % every == every // 2:
            out.append(rng.choice(CONTROLS))
    return "".join(out)


def test_control_characters_in_a_page_are_removed_and_reported(proj):
    page = proj / "content" / "raw" / PAPER / GOOD_DAYS[0] / "01.txt"
    clean = page.read_text(encoding="utf-8")
    dirty = polluted(clean)
    removed = len(dirty) - len(clean)
    page.write_text(dirty, encoding="utf-8")
    run = cli(proj, "ingest")
    assert run.returncode == 0, run.stderr
    # (the altay sample page has its own `cleaned` line: extraction faults normalised at ingest)
    note = [line for line in run.stdout.splitlines()
            if line.strip().startswith("cleaned ") and "control character" in line]
    assert len(note) == 1 and f"{GOOD_DAYS[0]}/01.txt: removed {removed} control characters" in note[0]
    assert "U+0000 ×" in note[0]
    archive = dry_run(load_config(str(proj / "site_config.yaml")), clean=True).load_all()
    assert len(archive.articles) == 14          # 9 from the text issues, 5 from the PDF issue
    for path in (proj / "content" / "articles").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert not frontmatter.INVALID_CHAR.search(text), path
        assert "\\x" not in text and '\\"' not in text and "\\u" not in text, path  # no YAML escapes
    # the same articles as from the clean page
    page.write_text(clean, encoding="utf-8")
    run = cli(proj, "ingest")
    assert "0 written, 5 unchanged" in run.stdout, run.stdout


def test_feeds_parse_after_ingesting_a_page_full_of_control_characters(proj):
    for page in (proj / "content" / "raw").rglob("*.txt"):
        page.write_text(polluted(page.read_text(encoding="utf-8"), every=9, seed=len(page.name)),
                        encoding="utf-8")
    run = cli(proj)                        # ingest, then build with search
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "search indexing failed" not in run.stderr
    feeds = list((proj / "site").rglob("*.xml"))
    assert any(f.name == "feed.xml" for f in feeds) and len(feeds) > 5
    for f in feeds:
        ET.parse(f)                        # raises on any character XML 1.0 forbids
    for f in (proj / "site").rglob("index.json"):
        assert not frontmatter.INVALID_CHAR.search(f.read_text(encoding="utf-8")), f


def test_stray_nul_bytes_are_removed_but_binary_files_refused():
    text = "本报讯（记者 王薇）近日，我州援乌医疗队奔赴一线。\n" * 20
    data = text.encode("utf-8")
    notes: list[str] = []
    cut = data.index(b"\n") + 1
    assert decode_page(data[:cut] + b"\x00" + data[cut:] + b"\x00\x07", "p.txt", notes) == text
    assert notes == ["p.txt: removed 3 control characters (U+0000 ×2, U+0007 ×1) that HTML, "
                     "JSON and the Atom feeds cannot carry"]
    with pytest.raises(PageError, match="binary"):
        decode_page(text.encode("utf-16-le"), "p.txt")      # UTF-16 without BOM: NUL every 2nd byte
    clean: list[str] = []
    assert decode_page(data, "p.txt", clean) == text and clean == []


# ---- fuzzing the issue reader ----

_KEYS = ["paper", "date", "issue_no", "pages", "date_estimated", "note", "x"]
_VALUES = ["changji-daily", "2024-01-31", "2024-02-30", "2025-13-45", "20240131", "'2024-01-31'",
           "2024-1-31", "0001-01-01", "9999-12-31", "2024-01-31 25:61:00", "8123", "-1", "0", "1.5",
           ".inf", ".nan", "true", "no", "~", "[]", "{}", "[1, 2]", "{1: 要闻}", "{0: x}",
           "{a: b}", "{1: [x]}", "{.inf: x}", "{2024-01-31: x}", "!!binary zz", "&a [*a]", "*a",
           "'", "\"\\0\"", "\"\\a\"", "1" * 5000, "[" * 60 + "]" * 60, "{[1]: 2}", "<<: 1", "|\n x",
           "\x07", "\ufffe", "要闻"]


# mostly visible text (so the value checks get exercised), sometimes anything at all
_TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=30) | st.text(max_size=30)


@st.composite
def issue_yaml(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["pair", "pair", "pair", "junk", "indented"]))
        if kind == "junk":
            lines.append(draw(_TEXT))
        else:
            key = draw(st.sampled_from(_KEYS))
            value = draw(st.sampled_from(_VALUES) | _TEXT)
            lines.append(("  " if kind == "indented" else "") + f"{key}: {value}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def fuzz_folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("fuzz") / "raw" / PAPER / "2024-01-31"
    d.mkdir(parents=True)
    (d / "01.txt").write_text("本报讯 一篇文章。\n", encoding="utf-8")
    return d


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=issue_yaml(), raw=st.binary(max_size=40), as_bytes=st.booleans())
@example(text="paper: changji-daily\ndate: 2024-01-31\nissue_no: 8\npages: {1: 要闻, '2': ~}\n"
              "date_estimated: false\nnote: 估计", raw=b"", as_bytes=False)
@example(text="paper: changji-daily\ndate: 2024-01-31\nissue_no: 8\npages: {1: 要闻}\n"
              "date_estimated: 1", raw=b"", as_bytes=False)
def test_fuzz_issue_reader_gives_an_issue_or_a_located_error(fuzz_folder, text, raw, as_bytes):
    meta = fuzz_folder / "issue.yaml"
    data = raw if as_bytes else text.encode("utf-8", "surrogatepass")
    meta.write_bytes(data)
    try:
        issue = load_issue(str(fuzz_folder))
    except IssueError as err:
        assert isinstance(err, ContentError)
        assert err.path == str(meta), str(err)
        assert isinstance(err.line, int) and 1 <= err.line <= data.count(b"\n") + 1, str(err)
        assert str(err).startswith(f"{meta}:{err.line}: ")
        return
    assert isinstance(issue, RawIssue) and issue.date == dt.date(2024, 1, 31)
    assert issue.issue_no is None or (isinstance(issue.issue_no, int) and issue.issue_no >= 1)
    assert all(isinstance(k, int) and isinstance(v, str) for k, v in issue.page_names.items())
    assert isinstance(issue.date_estimated, bool)
