"""The sample archive's PDF issue: the shipped sample articles (the seed text) typeset as page
PDFs by the bench typesetter, so `python build.py` shows page images out of the box.

    python -m bench.ingest.sample_pdfs

reads the issue.yaml of `FOLDER` (paper, date, 版名) and writes one `NN.pdf` per 版 of `PAGES`
beside it, each printing the text of the listed article files of the text-ingested sample.
The same input gives the same page (every layout choice is seeded by the issue and 版).
The text is the seed page's: the sample's PDF issue is a demonstration of page images, said so
in its issue.yaml note, not a real issue of the paper."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

import yaml

from generator.core import frontmatter
from generator.ingest.split.text.normalize import fullwidth_punctuation

from .pagegen import WEEKDAYS, Maker, Story
from .typeset import Typesetter, _e, _Page

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "content" / "raw" / "changji-daily" / "2022-11-09"
_SEED = "changji-daily/2022/11/08/"
PAGES = {1: [_SEED + "01-01.md", _SEED + "01-04.md"],
         2: [_SEED + "01-02.md", _SEED + "01-03.md"],
         3: [_SEED + "01-05.md"]}


def story_of(path: Path) -> Story:
    """An article file as the typesetter's Story: heads, byline where a printed page has it."""
    doc = frontmatter.parse(path.read_text(encoding="utf-8"))
    m = doc.meta
    fw = lambda s: fullwidth_punctuation(s) if s else s
    paras = [fw(" ".join(p.split())) for p in doc.body.split("\n\n") if p.strip()]
    st = Story(kind=m.get("kind") or "article", title=fw(m.get("title")), paragraphs=paras,
               kicker=fw(m.get("kicker")), subtitle=fw(m.get("subtitle")),
               authors=list(m.get("authors") or []))
    byline = fw(m.get("byline"))
    if st.kind == "photo":
        st.credit = byline
    elif byline:
        st.byline, st.byline_at = byline, "lead"
    return st


class SamplePage(_Page):
    """A page of the real paper: its own header (name, date, 版) and spans by story length."""

    def __init__(self, m: Maker, paper: str, date: _dt.date, page: int, page_name: str,
                 cols: int = 4):
        super().__init__(m)
        self.cols = cols
        self.cells = [paper, f"{date.year}年{date.month}月{date.day}日　星期{WEEKDAYS[date.weekday()]}",
                      f"第{page}版", page_name]

    def header(self) -> str:
        return "<header>" + "".join(f"<span>{_e(c)}</span>" for c in self.cells) + "</header>"

    def span(self, st: Story) -> int:
        n = sum(len(p) for p in st.paragraphs)
        if st.kind == "photo":
            return 2
        return max(1, min(self.cols, 1 if n < 500 else 2 if n < 1200 else 3))


def page_html(paper_name: str, date: _dt.date, page: int, page_name: str,
              files: list[Path]) -> str:
    """One 版 as HTML, its layout seeded by paper, date and 版."""
    m = Maker([], f"sample:{date.isoformat()}:{page}")
    m.ascii = False
    stories = [story_of(f) for f in files]
    for st in stories:
        m.prepare(st)
    doc = SamplePage(m, paper_name, date, page, page_name).page(stories)
    # one family for all type: each font is embedded as its own set of glyph outlines, so a
    # serif body beside sans heads would store most characters twice
    return doc.replace("</style>", "body { font-family: 'Noto Sans CJK SC', sans-serif }</style>", 1)


def compact(path: Path) -> None:
    """Rewrite the PDF smaller and without dates: Chromium stores each CJK glyph as a Type 3
    outline in its own object, and packing those objects into object streams (PyMuPDF, a
    requirements-dev package) takes about 40 % off; the file is committed, so it should stay
    small and the same for the same input."""
    import pymupdf
    doc = pymupdf.open(str(path))
    doc.set_metadata({})
    data = doc.tobytes(garbage=4, deflate=True, use_objstms=1, no_new_id=True)
    doc.close()
    path.write_bytes(data)


def make_issue(folder: Path = FOLDER, pages: dict[int, list[str]] = PAGES,
               articles: Path = ROOT / "content" / "articles") -> list[Path]:
    """Typeset every 版 of `pages` with the paper, date and 版名 of `folder`'s issue.yaml."""
    meta = yaml.safe_load((folder / "issue.yaml").read_text(encoding="utf-8"))
    config = yaml.safe_load((ROOT / "site_config.yaml").read_text(encoding="utf-8"))
    paper_name = config["publications"][meta["paper"]]["name"]
    date = meta["date"]
    out = []
    with Typesetter() as ts:
        for page, names in sorted(pages.items()):
            doc = page_html(paper_name, date, page, meta["pages"][page],
                            [articles / n for n in names])
            path = folder / f"{page:02d}.pdf"
            ts.pdf(doc, str(path))
            compact(path)
            out.append(path)
    return out


if __name__ == "__main__":
    for p in make_issue():
        print(f"{p.relative_to(ROOT)}: {p.stat().st_size // 1024} KB")
