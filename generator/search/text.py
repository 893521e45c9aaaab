"""What the search index sees: an article's headline and body as plain text blocks, and the
one-token-per-character form that makes Pagefind's standard binary find any substring.

Why one token per character: the standard Pagefind binary splits words only at whitespace, so
unspaced Chinese would be one "word" per paragraph. Separating *every* visible character with a
hair space (U+200A) turns each character into its own word; a query then becomes an exact
phrase of single characters (王进喜 → "王 进 喜"), which Pagefind matches by word position.
To make that match exactly a substring test:
- punctuation characters are tokens too (passed to Pagefind as `--include-characters`, so the
  browser keeps them in the query: 3.2亿 → "3 . 2 亿" and 王进喜 never matches 王，进喜);
- every whitespace run and every block end becomes a separator token SEP (a private-use
  character, also an included character) so a phrase never spans a space, a paragraph or the
  gap between title and body.
The search page undoes all of this for display (drop the hair spaces, SEP → space).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Iterable, Optional

import numpy as np

HAIR = "\u200a"
SEP = "\ue000"
# Characters that cannot be made Pagefind "word" characters safely: the phrase-quote itself.
# They are attached to the preceding token instead (the browser then verifies the hit).
UNSAFE = frozenset('"')
# the words Pagefind's HTML reader puts around an <h1> (weight 7); a record's content carries them
HEADLINE_WEIGHT = ("___PAGEFIND_AUTO_WEIGHT___7", "___END_PAGEFIND_WEIGHT___")

_PARAS = re.compile(r"\n\s*\n")
# Markdown syntax: a character that may be markup anywhere, or a line opening like a heading,
# quote, rule or list item (matched at each line start: one scan for the characters and a match
# per line, rather than one pattern with a line alternative tried at every character)
_MD_CHARS = re.compile(r"[\\`*_\[\]<>&]")
_MD_LINE = re.compile(r" {0,3}(?:[#>=+\-]|\d+[.)])\s")


# ---- folding: what the reader cannot see does not decide a match.
# Full-width ASCII forms (U+FF01–FF5E) and their half-width twins are one character; the
# canonical form is the one Chinese print uses: full-width for ，：；！？（）, half-width for the rest
# (digits, Latin letters, . % - …). The ideographic space is a space, and whitespace between two
# Han characters is dropped (本报讯 记者 → 本报讯记者). The same rules live in search.js (fold);
# the index, the query, the exact-substring check and the tests' truth all apply them.
_TO_FULL = dict(zip(",:;!?()", "，：；！？（）"))
_HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_HAN_GAP = re.compile(f"(?<=[{_HAN}])[^\\S\\n]+(?=[{_HAN}])")


def fold_char(ch: str) -> str:
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        ch = chr(o - 0xFEE0)
    elif o == 0x3000:
        return " "
    return _TO_FULL.get(ch, ch)


# fold_char as one str.translate table (every character it changes), so folding an archive's
# text runs in C rather than one Python call per character
_FOLD_TABLE = {o: fold_char(chr(o)) for o in (*range(0xFF01, 0xFF5F), 0x3000, *map(ord, _TO_FULL))}
# the characters folding changes (，：… fold to themselves), and whitespace but a line break: a
# text without any is its own folded form, found by one scan instead of a translate per character
_FOLD_CHANGES = re.compile("[" + "".join(re.escape(chr(o)) for o, v in sorted(_FOLD_TABLE.items())
                                         if v != chr(o)) + "]")


def fold(text: str) -> str:
    """The folded form of a text or a query term (see above); line breaks are kept.

    The characters to change are replaced one distinct character at a time (`str.replace`:
    a C scan each) rather than by `str.translate`, which looks up every character of a Chinese
    text in the table one by one: 2.3× faster on the bench's paragraphs. No replacement is
    itself a character to change, so the order does not matter."""
    if _FOLD_CHANGES.search(text):
        for ch in set(_FOLD_CHANGES.findall(text)):
            text = text.replace(ch, _FOLD_TABLE[ord(ch)])
    # whitespace with something on both sides (split finds it in C, faster than a regex scan):
    # the only place a gap between two Han characters can be
    return _HAN_GAP.sub("", text) if len(text.split(None, 1)) > 1 else text


def is_word_char(ch: str) -> bool:
    """Letters and digits of any script: what Pagefind itself keeps without being told."""
    return ch.isalnum() and ch != "_"


class _Blocks(HTMLParser):
    """Text of each block element of rendered Markdown (paragraphs, headings, list items)."""
    BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "div"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._buf: list[str] = []

    def _flush(self) -> None:
        text = "".join(self._buf)
        self._buf = []
        if text.strip():
            self.blocks.append(text)

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self._flush()
        elif tag == "br":
            self._buf.append("\n")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self._buf.append(alt)

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self._flush()

    def handle_data(self, data):
        self._buf.append(data)


def body_blocks(markdown_text: str) -> list[str]:
    """Paragraph texts of a Markdown body, markup removed.

    Plain paragraphs (nearly every newspaper article) are split on blank lines directly;
    anything with Markdown syntax goes through Python-Markdown so the text is what readers see.
    """
    text = (markdown_text or "").strip("\n")
    if not text:
        return []
    if not _has_markdown(text):
        paras = _PARAS.split(text)
    else:
        import markdown
        parser = _Blocks()
        parser.feed(markdown.markdown(text, output_format="html"))
        parser.close()
        parser._flush()
        paras = parser.blocks
    return [p for p in map(clean_block, paras) if p]


def _has_markdown(text: str) -> bool:
    """Whether `text` may hold Markdown syntax (else its paragraphs are plain text)."""
    if _MD_CHARS.search(text):
        return True
    pos = 0
    while True:
        if _MD_LINE.match(text, pos):
            return True
        pos = text.find("\n", pos) + 1
        if not pos:
            return False


def clean_block(text: Optional[str]) -> str:
    """Whitespace runs → one space, trimmed ('' for None): str.split's whitespace is the
    regular expression \\s (both are str.isspace)."""
    return " ".join((text or "").split())


def headline_blocks(kicker: Optional[str], title: str, subtitle: Optional[str],
                    byline: Optional[str] = None) -> list[str]:
    return [c for c in (clean_block(t) for t in (kicker, title, subtitle, byline)) if c]


def article_blocks(article, body: str) -> list[str]:
    """Reading order: kicker (引题), title, subtitle (副题), byline, then the body paragraphs.

    The byline is searchable because readers look for a reporter's name (王薇) as often as
    for a name in the story; ingest moves it out of the body, so it must be added back here.
    """
    return headline_blocks(article.kicker, article.title, article.subtitle,
                           article.byline) + body_blocks(body)


def searchable_text(blocks: Iterable[str]) -> str:
    """The text a query is matched against (one block per line), before folding: the truth for
    substring tests is a plain substring search of fold(query term) in fold(this text)."""
    return "\n".join(blocks)


def index_form(block: str, hold_unsafe: bool = False) -> str:
    """`王进喜，好` → `王 进 喜 ， 好 SEP` with hair spaces: one Pagefind word per character.

    Whitespace runs become a SEP token so phrases cannot bridge them; the block ends in SEP so
    phrases cannot bridge blocks. Unsafe characters stick to the previous token of their run.
    Built with str.split/join (C loops): each whitespace-free run's characters joined by hair
    spaces, the runs joined by SEP.
    """
    runs = block.replace(HAIR, " ").replace(SEP, " ").split()
    if not runs:
        return ""
    words = [HAIR.join(run) for run in runs]
    for ch in UNSAFE:
        if ch in block:
            words = [w.replace(HAIR + ch, ch) for w in words]
    return (HAIR + SEP + HAIR).join(words) + HAIR + SEP


_HAIR_HIGH = np.uint64(ord(HAIR) << 32)


def interleave_hair(text: str) -> str:
    """`HAIR.join(text)` computed on whole arrays: each code point and a hair space after it make
    one 64-bit number (two little-endian UTF-32 units), so the work is one vector operation
    instead of a one-character string made per character (5× faster on an article)."""
    if not text:
        return ""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    return (codes.astype("<u8") | _HAIR_HIGH).astype("<u8", copy=False).tobytes() \
        .decode("utf-32-le")[:-1]


def blocks_form(blocks: list[str]) -> str:
    """The index forms of `blocks` joined by spaces, the empty ones left out: what
    `" ".join(f for f in map(index_form, blocks) if f)` gives.

    A block whose whitespace is single spaces, with no hair space, SEP or unsafe character
    (every block `body_blocks` and `fold` give but a quoted one) has the form
    `HAIR.join(block with spaces as SEP, then SEP)`; the blocks' forms are made in one
    `interleave_hair` over all of them, joined by spaces that lose their hair spaces again."""
    special = (HAIR, SEP, *UNSAFE)
    for b in blocks:
        if any(ch in b for ch in special) or " ".join(b.split()) != b:
            return " ".join(f for f in map(index_form, blocks) if f)
    joined = " ".join(b.replace(" ", SEP) + SEP for b in blocks if b)
    return interleave_hair(joined).replace(HAIR + " " + HAIR, " ")


def punctuation_of(blocks: Iterable[str]) -> set[str]:
    """Every visible non-letter, non-digit character: these must be Pagefind word characters."""
    seen: set[str] = set()
    for b in blocks:
        seen.update(b)
    return {ch for ch in seen if not ch.isspace() and not is_word_char(ch)} - UNSAFE
