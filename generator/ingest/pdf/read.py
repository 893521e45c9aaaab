"""Open a page PDF with pdfplumber: its characters (text, box, font, size) and its rules.

Every fault is a `PdfError` naming the file and saying what to do: a broken or truncated file,
an encrypted one, a scan without a text layer (OCR it first)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from generator.ingest.pagefile import read_bytes
from generator.ingest.split.text.decode import PageError


class PdfError(PageError):
    """A page PDF that cannot be read; the message names the file and the fix."""


@dataclass
class Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str


@dataclass
class Rule:
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.bottom - self.top) <= 2.5 and (self.x1 - self.x0) >= 20

    @property
    def vertical(self) -> bool:
        return (self.x1 - self.x0) <= 2.5 and (self.bottom - self.top) >= 20


@dataclass
class RawPage:
    path: str
    number: int            # 1-based page of the PDF
    pages: int             # pages in the PDF
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    images: int = 0


OCR_HINT = ("it looks like a scan: run OCR on it first (e.g. `ocrmypdf --language chi_sim IN.pdf "
            "OUT.pdf`) and put the OCRed PDF in its place, or give the page as NN.txt")


ENCRYPTED = ("the PDF is encrypted (password-protected); save an unprotected copy (e.g. "
             "`qpdf --decrypt IN.pdf OUT.pdf`) and put it in its place")


def _check_file(path: str) -> None:
    head = read_bytes(path, "a page PDF", PdfError, 1024)
    if b"%PDF-" not in head:
        raise PdfError(f"{path}: not a PDF file (it does not start with %PDF-); "
                       "give the page PDF as the paper sent it")


def read_pdf(path: str, page_no: int = 1, engine: str = "pdfium") -> RawPage:
    """Page `page_no` of the PDF at `path`; PdfError on any fault. `engine`: "pdfium" (PDFium
    through pypdfium2, which pdfplumber installs: three times faster, and it maps the glyphs
    Chromium's Type 3 fonts share between two characters — 户/戶 — as pdftotext does) or
    "pdfplumber" (pdfminer.six)."""
    _check_file(path)
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        engine = "pdfplumber"
    raw = _read_pdfium(path, page_no) if engine == "pdfium" else _read_plumber(path, page_no)
    if sum(1 for c in raw.chars if c.text.strip()) < 10:
        raise PdfError(f"{path}: page {page_no} has no text layer (no characters to read"
                       f"{', only images' if raw.images else ''}) — {OCR_HINT}")
    return raw


def page_count(path: str) -> int:
    """How many pages the PDF at `path` has (a whole-issue PDF: one per 版); PdfError naming the
    file when it cannot be opened."""
    _check_file(path)
    pdf = _open_pdfium(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _open_pdfium(path: str):
    """The PDF opened by PDFium; PdfError naming the file for an encrypted or damaged one."""
    import pypdfium2 as pdfium
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        why = str(exc)
        if "password" in why.lower() or "security" in why.lower():
            raise PdfError(f"{path}: {ENCRYPTED}") from None
        raise PdfError(f"{path}: not a readable PDF — damaged or truncated ({why[:120]}); get the "
                       "page PDF again from the paper") from None


def _read_pdfium(path: str, page_no: int) -> RawPage:
    import ctypes
    from statistics import median

    import pypdfium2.raw as c
    pdf = _open_pdfium(path)
    try:
        count = len(pdf)
        if not 1 <= page_no <= count:
            raise PdfError(f"{path}: has {count} page(s), no page {page_no}")
        page = pdf[page_no - 1]
        W, H = page.get_size()
        tp = page.get_textpage()
        n = c.FPDFText_CountChars(tp)
        box = c.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        got = []
        ratios = []
        namebuf = ctypes.create_string_buffer(96)
        for i in range(n):
            u = c.FPDFText_GetUnicode(tp, i)
            if u in (0, 0xFFFE, 0xFFFF) or c.FPDFText_IsGenerated(tp, i) == 1:
                continue
            # PDFium gives 0x02 for a hyphen printed at a line's end ('Evian-' over 'les-Bains'):
            # it is a printed character
            ch = "-" if u == 2 else chr(u)
            if ch in "\r\n":
                continue
            c.FPDFText_GetLooseCharBox(tp, i, box)
            c.FPDFText_GetCharOrigin(tp, i, ox, oy)
            fs = c.FPDFText_GetFontSize(tp, i)
            obj = c.FPDFText_GetTextObject(tp, i)
            fid = ""
            if obj:
                font = c.FPDFTextObj_GetFont(obj)
                k = c.FPDFFont_GetBaseFontName(font, namebuf, 96)
                fid = namebuf.raw[:max(0, k - 1)].decode("latin-1") + f"/{c.FPDFFont_GetWeight(font)}"
            if fs > 0 and "\u4e00" <= ch <= "\u9fff":
                ratios.append((box.right - box.left) / fs)
            got.append((ch, box.left, box.right, ox.value, oy.value, fs, fid))
        scale = median(ratios) if ratios else 1.0      # ideographs are one em wide
        chars = []
        for ch, left, right, x, y, fs, name in got:
            size = round(fs * scale, 2)
            chars.append(Char(ch, left, max(right, left + 0.1), H - y - 0.88 * size, H - y + 0.12 * size,
                              size, name))
        rules = []
        L, B, R, T = (ctypes.c_float() for _ in range(4))
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        images = 0
        for k in range(c.FPDFPage_CountObjects(page)):
            o = c.FPDFPage_GetObject(page, k)
            kind = c.FPDFPageObj_GetType(o)
            if kind == c.FPDF_PAGEOBJ_IMAGE:
                images += 1
            if kind != c.FPDF_PAGEOBJ_PATH:
                continue
            c.FPDFPageObj_GetBounds(o, L, B, R, T)
            c.FPDFPath_GetDrawMode(o, fill, stroke)
            x0, x1, top, bottom = L.value, R.value, H - T.value, H - B.value
            if stroke.value and x1 - x0 > 2.5 and bottom - top > 2.5:
                rules += [Rule(x0, x1, top, top + 1), Rule(x0, x1, bottom - 1, bottom),
                          Rule(x0, x0 + 1, top, bottom), Rule(x1 - 1, x1, top, bottom)]
            else:
                rules.append(Rule(x0, x1, top, bottom))
        return RawPage(path, page_no, count, float(W), float(H), chars, rules, images)
    except PdfError:
        raise
    except Exception as exc:
        raise PdfError(f"{path}: not a readable PDF — damaged ({str(exc)[:120] or type(exc).__name__}); "
                       "get the page PDF again from the paper") from None
    finally:
        pdf.close()


def _read_plumber(path: str, page_no: int) -> RawPage:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)     # font warnings are not the reader's
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:
        raise PdfError(f"{path}: reading PDFs needs pdfplumber "
                       "(pip install -r requirements.txt)") from None
    try:
        with pdfplumber.open(path) as pdf:
            count = len(pdf.pages)
            if not 1 <= page_no <= count:
                raise PdfError(f"{path}: has {count} page(s), no page {page_no}")
            pg = pdf.pages[page_no - 1]
            chars = [Char(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"],
                          c.get("fontname") or "")
                     for c in pg.chars if c.get("upright", True)]
            rules = []
            for r in pg.rects + pg.lines:
                x0, x1, top, bottom = r["x0"], r["x1"], r["top"], r["bottom"]
                if r.get("stroke") and x1 - x0 > 2.5 and bottom - top > 2.5:
                    # a stroked frame (a boxed story): its four sides are rules
                    rules += [Rule(x0, x1, top, top + 1), Rule(x0, x1, bottom - 1, bottom),
                              Rule(x0, x0 + 1, top, bottom), Rule(x1 - 1, x1, top, bottom)]
                else:
                    rules.append(Rule(x0, x1, top, bottom))
            raw = RawPage(path, page_no, count, float(pg.width), float(pg.height), chars, rules,
                          len(pg.images))
    except PdfError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise PdfError(f"{path}: the PDF is encrypted (password-protected); save an unprotected "
                       "copy (e.g. `qpdf --decrypt IN.pdf OUT.pdf`) and put it in its place") from None
    except Exception as exc:       # pdfminer raises many kinds on damaged files
        why = str(exc).strip() or type(exc).__name__
        if "encrypt" in why.lower() or "password" in why.lower():
            raise PdfError(f"{path}: the PDF is encrypted (password-protected); save an "
                           "unprotected copy (e.g. `qpdf --decrypt IN.pdf OUT.pdf`) and put it in "
                           "its place") from None
        raise PdfError(f"{path}: not a readable PDF — damaged or truncated ({why[:120]}); get the "
                       "page PDF again from the paper") from None
    return raw
