"""Page images: each raw page PDF (content/raw/<paper>/<date>/NN.pdf) rendered once to a web
image and a thumbnail, with the PDF copied beside them, in its 版's folder:
/<paper>/YYYY/MM/DD/NN/page.webp, thumb.webp and page.pdf. A whole-issue PDF (issue.pdf, page
i = 版 i) gives each 版 the same, its page.pdf being that one page (`page_pdf`), so a reader
downloads the 版, not the issue, and a 版 re-renders only when its own page changed.

Which 版 has a PDF is read from content/raw (`generator.build.records.update_issue_meta` stats
each issue folder's NN.pdf beside its issue.yaml every build), not from the articles'
`source.file`: a PDF can change while no article file does, and only the raw folder walk —
already done every build for issue.yaml — sees that. A PDF whose stamp moved is hashed and
probed again (`probe`); its issue becomes dirty and is re-planned, and the image unit's digest
is the PDF's content hash, so only new or changed PDFs are rendered. Images are never read by
the search index (it indexes article documents only)."""
from __future__ import annotations

import hashlib
import io
import re
from typing import TYPE_CHECKING, NamedTuple

from generator.build.commit import digest
from generator.build.plan.site_plan import Unit

if TYPE_CHECKING:
    from generator.build.render import Renderer

WIDTH = 1600          # the web image, px
THUMB = 300           # the thumbnail, px
QUALITY = 80          # WebP quality (lossy: ~10x smaller than PNG for a newspaper page)
METHOD = 2            # WebP effort: 4 is 3% smaller and twice as slow (0.23 s vs 0.11 s a page)
VERSION = 1           # bump when the rendering changes: every image is made again


class PageImage(NamedTuple):
    file: str         # the PDF, absolute path
    sha: str          # its content hash
    w: int            # web image size, px
    h: int
    tw: int           # thumbnail size, px
    th: int
    page: int | None = None   # its page in a whole-issue PDF; None: the file is this 版's own


def sizes(pw: float, ph: float) -> tuple[int, int, int, int]:
    return (WIDTH, max(1, round(WIDTH * ph / pw)), THUMB, max(1, round(THUMB * ph / pw)))


def probe(path: str) -> tuple:
    """(content hash, w, h, tw, th) of a page PDF's first page; ValueError when unreadable."""
    import pypdfium2 as pdfium
    with open(path, "rb") as fh:
        data = fh.read()
    sha = hashlib.blake2b(data, digest_size=16).hexdigest()
    try:
        doc = pdfium.PdfDocument(data)
        try:
            pw, ph = doc[0].get_size()
        finally:
            doc.close()
    except Exception as exc:      # pdfium's errors for damaged or encrypted files
        raise ValueError(f"{path}: cannot be read as a PDF ({exc})") from None
    return (sha,) + sizes(pw, ph)


def page_pdf(data: bytes, page: int) -> bytes:
    """Page `page` (1-based) of a PDF as a PDF of its own, the same bytes for the same input:
    PDFium writes the clock time as /CreationDate and a random document /ID; both are replaced
    by values of the same length (the cross-reference offsets stay right), the date by a fixed
    one, the /ID by one derived from the content."""
    import pypdfium2 as pdfium
    src = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    try:
        out.import_pages(src, [page - 1])
        buf = io.BytesIO()
        out.save(buf)
    finally:
        out.close()
        src.close()
    raw = _DATE.sub(lambda m: m.group(1) + _FIXED_DATE.ljust(len(m.group(2)))[:len(m.group(2))]
                    + b")", buf.getvalue(), count=1)
    ids = list(_ID.finditer(raw))
    if not ids:
        return raw
    m = ids[-1]
    blank = raw[:m.start()] + raw[m.end():]
    h = hashlib.blake2b(blank, digest_size=16).hexdigest().upper().encode()
    return raw[:m.start()] + b"/ID[<" + h + b"><" + h + b">]" + raw[m.end():]


_DATE = re.compile(rb"(/CreationDate\s*\()(D:[0-9+\-Z' ]*)\)")
_FIXED_DATE = b"D:20000101000000+00'00'"
_ID = re.compile(rb"/ID\s*\[\s*<[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}>\s*\]")


def probe_issue(path: str) -> list[tuple]:
    """(hash of the page's own PDF, w, h, tw, th) for each page of a whole-issue PDF;
    ValueError when unreadable."""
    import pypdfium2 as pdfium
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        doc = pdfium.PdfDocument(data)
        try:
            size = [doc[i].get_size() for i in range(len(doc))]
        finally:
            doc.close()
        out = []
        for i, (pw, ph) in enumerate(size, 1):
            sha = hashlib.blake2b(page_pdf(data, i), digest_size=16).hexdigest()
            out.append((sha,) + sizes(pw, ph))
    except Exception as exc:      # pdfium's errors for damaged or encrypted files
        raise ValueError(f"{path}: cannot be read as a PDF ({exc})") from None
    return out


def rel_of(paper: str, date, number: int) -> str:
    return f"{paper}/{date.year:04d}/{date.month:02d}/{date.day:02d}/{number:02d}/"


def unit(paper: str, date, number: int, img: PageImage) -> Unit:
    """Covers the PDF's bytes (its hash) and the rendering settings — nothing an article says."""
    rel = rel_of(paper, date, number)
    key = rel + "page.webp"
    return Unit(key, "pageimage", (paper, date, number),
                (key, rel + "thumb.webp", rel + "page.pdf"),
                digest("pageimage", key, img.sha, img.w, img.h, img.tw, img.th, img.page, QUALITY,
                       METHOD, VERSION))


def render_files(path: str, w: int, h: int, tw: int, th: int,
                 page_no: int | None = None) -> list[bytes]:
    """The web image, the thumbnail and the 版's PDF (the file, or its page `page_no`)."""
    import pypdfium2 as pdfium
    from PIL import Image
    with open(path, "rb") as fh:
        data = fh.read()
    if page_no is not None:
        data = page_pdf(data, page_no)
    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        pw, _ = page.get_size()
        bitmap = page.render(scale=w / pw, draw_annots=True)
        im = bitmap.to_pil().convert("RGB")
        page.close()
    finally:
        doc.close()
    if im.size != (w, h):
        im = im.resize((w, h), Image.LANCZOS)
    out = []
    for img in (im, im.resize((tw, th), Image.LANCZOS)):
        buf = io.BytesIO()
        img.save(buf, "WEBP", quality=QUALITY, method=METHOD)
        out.append(buf.getvalue())
    out.append(data)
    return out


def render(r: "Renderer", arg) -> list[bytes]:
    img = r.plan.page_images[arg]
    return render_files(img.file, img.w, img.h, img.tw, img.th, img.page)


KINDS = {"pageimage": (render,)}
