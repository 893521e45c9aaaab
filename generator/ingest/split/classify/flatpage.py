"""Markdown-shaped pages: one printed line per paragraph, with or without '##' marks.

Some extractions print every paragraph on one long line and every headline on a short line of
its own (seed 000). Three things are read from the lines before they are classified:

- A paragraph that a page or column break cut in two: the first part stops inside a sentence,
  a blank line, then the rest. The two are one line again when the cut shows — a mark that
  cannot end a paragraph ('，'), one that cannot open one ('，', '”'), a Latin word cut in two,
  a part too long for a headline, a word cut across the break ('耗资大' / '约1470万…',
  `wordcut`), a part stopping on a preposition ('…是为') or opening on a bound particle ('的…'), or a word of the page cut across it ('伊' / '朗是…').
- A line ending in two spaces (Markdown's hard line break) over a short line: one phrase set
  on two lines (a subtitle '同心抗疫  ' / '共克时艰').
- Headlines when the page has no '##' marks: each run of short lines that end no sentence,
  set apart after finished text, is a head stack (kicker, title, subtitle); its widest block
  is the title, marked as a heading, the others stay text for the kicker/subtitle rules.
"""
from __future__ import annotations

import re
from collections import Counter

from generator.ingest.split.authors import bylines
from generator.ingest.split.boxes.editornotes import is_editor_note
from generator.ingest.split.heads.flatsubheads import is_subhead
from generator.ingest.split.heads.headstacks import cuts_word, quotes_clause
from generator.ingest.split.text.runon import runs_on
from generator.ingest.split.text.wordcut import BOUND_BACK, ends_wanting, is_word, opens_bound, word_across, word_ends_at
from generator.ingest.split.text.textutil import BULLETS, CONTINUES, HAN, bigrams, ends_text, han_count, width

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
# a line set wholly in bold holding no sentence: a heading or a box's label — a break cuts a
# paragraph into pieces of running text, never into such a line (a bold pull quote is a sentence)
_BOLD_LINE = re.compile(r"^\s*\*\*[^*。！？!?]+\*\*\s*$")
_OPENS_NEVER = set("”’」』）)》】〕，。、；：！？,.;:!?")
_JUMP = re.compile(r"[（(]\s*(?:上接|接上|下转|转下|转接|转至|[转接]\s*第\s*[0-9一二三四五六七八九十]{1,3}\s*[版页])")
_SUB = re.compile(r"^\s*(?:——|──|－－|--)\s*\S")
_INDENT = re.compile(r"^(?:\u3000+|[ \t]{2,})\S")      # a paragraph's first line indented
HEAD_MAX = 50.0          # em: the widest headline a page sets on one line
FLAT_WIDE = 30.0         # em: lines wider than a column
_GLOSS = re.compile(r"[（(][^（）()]*[0-9A-Za-z][^（）()]*[）)]")     # '(5月29日)', '(NASA)'
SAID = 2                 # lines of the page that say a pair of characters for a break to cut it as a word


def is_flat(raw: list[str]) -> bool:
    """Does the page print paragraphs as single long lines (a Markdown-shaped extraction)?"""
    widths = [width(s.strip()) for s in raw if s.strip() and not _MD_HEADING.match(s)]
    return bool(widths) and sum(w > FLAT_WIDE for w in widths) >= 0.3 * len(widths)


def _plain(s: str, is_furniture) -> bool:
    """A line of running text: no heading mark, byline, credit, signature ('（作者单位：…）'),
    jump marker or furniture."""
    t = s.strip()
    return bool(t) and not (_MD_HEADING.match(s) or _BOLD_LINE.match(s) or is_furniture(t) or _JUMP.search(t)
                            or bylines.parse_standalone(t) or bylines.parse_credit_line(t)
                            or bylines.parse_tail(t))


def _cut_across(a: str, b: str, grams, before: set[str], printed=lambda s: False) -> bool:
    """Is `b` (after a blank line) the rest of the paragraph `a` cut by a break? `printed`: does
    the page print this run of characters elsewhere?"""
    a, b = a.strip(), b.strip()
    if not a or not b or bylines.parse_lead(b) is not None:
        return False
    if runs_on(a, b):
        return True            # a quotation or bracket `a` leaves open and `b` closes, …
    if ends_text(a):
        return False
    if b[0] in _OPENS_NEVER or a[-1] in CONTINUES:
        return True
    if a[0] in BULLETS and b[0] not in BULLETS and width(a) <= HEAD_MAX:
        return False           # a bullet opening a short line: a 简讯 item's headline over its text
    if a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return True            # a Latin word cut in two
    if not_a_head(a) or _split_token(a, b) or _ONE_CHAR_CLAUSE.match(b) or _BOUND_YU.match(b):
        # (no text opens on a clause of one character, '前，这两家…', nor on the 于 its verb
        # takes, '致力' / '于通过…')
        return True
    if _GLOSS.search(a):
        return True            # running text glosses a name or a day in brackets, a headline does not
    if a[0] not in BULLETS and (ends_text(b) or width(b) > HEAD_MAX) and _run_across(a, b, printed):
        return True
    if width(a) > HEAD_MAX or re.search(r"[。！？]", a):
        return True            # no headline is that long or holds a finished sentence
    pair = a[-1] + b[0]
    said = (re.fullmatch(f"[{HAN}]{{2}}", pair) is not None and a[-1] not in BOUND_BACK
            and grams()[pair] >= SAID and not word_ends_at(a, b))
    if (ends_text(b) or width(b) > HEAD_MAX) and (said or word_across(a, b) or (ends_wanting(a, modal=True) and not _closes_shi_de(a)) or opens_bound(b)):
        # a headline ends on a whole word and its lead opens on one; a rest that finishes its
        # paragraph shows `a` was a paragraph's first part, not half of a headline ('斯塔默宣布辞'
        # / '去英国首相职务', which the head rules read)
        return True
    # a word of the page cut across the break, in a part that speaks of the text above it
    # (a word of the list, or a pair other lines say too: a pair said once may be two words
    # that happen to meet, '…继续' / '在…')
    return (re.fullmatch(f"[{HAN}]{{2}}", pair) is not None and pair in grams()
            and (is_word(pair) or grams()[pair] >= SAID) and len(bigrams(a) & before) >= 2)


def _closes_shi_de(a: str) -> bool:
    """Does `a` stop on the 的 that closes a '是…的' clause ('…的距离是至少20年来最远的')? That
    的 ends its clause, as a headline may, rather than wanting a noun after it."""
    clause = re.split(r"[，。；：！？,;:!?\s]", a.strip())[-1]
    return clause.endswith("的") and "是" in clause[:-1]


RUN_MAX = 5             # characters: a phrase the page prints whole, read across a break


def _run_across(a: str, b: str, printed) -> bool:
    """Does the break between `a` and `b` cut a run of Han characters the page prints whole
    elsewhere ('…船舶常态化' / '巡弋台湾…' over '常态化巡弋' further up)? Two characters at
    least on each side and at most RUN_MAX in all, so the run is a phrase, not two words that
    happen to meet."""
    tail = re.search(f"[{HAN}]+$", a)
    head = re.match(f"[{HAN}]+", b)
    if not tail or not head:
        return False
    t, h = tail.group(), head.group()
    return any(printed(t[-m:] + h[:RUN_MAX - m]) for m in range(2, RUN_MAX - 1)
               if m <= len(t) and RUN_MAX - m <= len(h))


# words that tie a sentence to the one before it: a paragraph may open on one, a headline never
_LINKS = re.compile(r"^(?:不过|但是|然而|此外|另外|同时|因此|所以|而且|并且|对此|据悉|据了解|与此同时|随后|其中|"
                    r"此前|之后|然后|否则|尽管如此|相反|总之|例如|比如)")
_ONE_CHAR_CLAUSE = re.compile(f"^[{HAN}][，,、；;]")
_BOUND_YU = re.compile("^于(?!是)")
_QUOTE_COMMA = re.compile(r"[，,][”’」』]\S")
LINKED_MAX = 20.0        # em: a kicker is a short phrase; a linked clause longer is text
_UNIT = re.compile(r"^[\d%％‰万亿千百十个次周年月日号时分秒名人岁倍元米吨项件起家座条户所多余]")


def not_a_head(a: str) -> bool:
    """Can the text `a` be no headline? A clause opening on a word that ties it to the sentence
    before ('不过，…'), set off by a comma or running on past a kicker's length, is the piece of
    a paragraph (a kicker may be a phrase lifted from the text: '不过值得注意的是'); so is one
    closing a quotation on a comma ('“…的利益，”该小组说'), as running text punctuates it."""
    t = a.strip()
    if _QUOTE_COMMA.search(t):
        return True            # '“…利益，”该小组说': a quotation closed on a comma runs on, as no headline does
    m = _LINKS.match(t)
    return m is not None and (t[m.end():m.end() + 1] in ("，", ",") or width(t) > LINKED_MAX)


def _split_token(a: str, b: str) -> bool:
    """Does the break between `a` and `b` cut one token: a foreign name at its middle dot
    ('马尔科' / '·卢比奥', '梅根·豪厄尔·' / '史密斯'), a number from its unit ('每天进行30' /
    '次检测'), a name from the Latin spelling in brackets that follows it ('金映玉' /
    '(Young Kim)')?"""
    han = re.compile(f"[{HAN}]")
    if (a[-1] in "·・" and len(a) > 1 and han.match(a[-2]) and han.match(b[0])) or (
            b[0] in "·・" and han.match(a[-1]) and han.match(b[1:2] or " ")):
        return True
    if a[-1].isdigit() and _UNIT.match(b):
        return True
    return re.match(r"^[（(][A-Za-z]", b) is not None and han.match(a[-1]) is not None


def _unmarked_cut(a: str, b: str, under_head: bool) -> bool:
    """On a page whose headlines carry '##' marks, a plain line that ends no sentence over plain
    text after a blank line is no headline: a paragraph cut by a break — unless it stands
    right under a headline, where it may be a subtitle (then only a clause of a sentence, with
    its commas, or a phrase carrying a bracketed gloss — a date, a Latin spelling: '…星期五
    (5月29日)', '…航天局(NASA)宣布了' — as running text does and a display line does not, is
    taken for a cut paragraph)."""
    from generator.ingest.split.stories.kinds import is_brief_label, is_commentary_label
    a, b = a.strip(), b.strip()
    if (ends_text(a) or width(a) < 8 or b[:1] in BULLETS or bylines.parse_lead(b) is not None
            or is_brief_label(a) or is_commentary_label(a)):
        return False
    return not under_head or (width(a) > 16 and re.search(r"[，、,]", a) is not None) or _GLOSS.search(a) is not None


def prepare(raw: list[str], is_furniture) -> tuple[list[str], list[int], set[int]]:
    """(lines, their source numbers, indices of headline lines found) for a flat page; the
    lines unchanged with a page that is not flat."""
    nos = list(range(1, len(raw) + 1))
    marked = any(_MD_HEADING.match(s) for s in raw)
    wide = is_flat(raw)
    if not (wide or marked):
        return raw, nos, set()
    lines, out_nos = list(raw), list(nos)
    # hard line breaks inside a short phrase, then paragraphs cut by a break
    _join_phrases(lines, out_nos, is_furniture)
    _join_cut_paras(raw, lines, out_nos, wide, marked, is_furniture)
    if wide:
        lines, out_nos = _spaced(lines, out_nos, is_furniture)
    if marked or not wide:
        return lines, out_nos, set()
    heads = _join_unheaded(lines, out_nos, is_furniture)
    return lines, out_nos, heads


def _join_phrases(lines: list[str], out_nos: list[int], is_furniture) -> None:
    """Join, in place, a short phrase broken over two lines by a hard line break."""
    i = 0
    while i + 1 < len(lines):
        a, b = lines[i], lines[i + 1]
        if (re.search(r"\S[ \t]{2,}$", a) and b.strip() and width(a.strip()) <= 24 and width(b.strip()) <= 24
                and not re.search(r"[。！？；]", a + b) and not _MD_HEADING.match(b)
                and _plain(b, is_furniture) and _plain(a, is_furniture)):
            # two parallel phrases (a slogan '同心抗疫 / 共克时艰') keep their gap; one phrase
            # broken where the box ended ('这位北约 / 领导人表示') is one run of words
            # (the words across the break said elsewhere on the page ('找到' + '更多…'): one phrase)
            pair = a.strip()[-1:] + b.strip()[:1]
            parallel = len(a.strip()) == len(b.strip()) and not any(pair in x for x in lines if x is not a)
            gap = " " if parallel else ""
            lines[i] = a.strip() + gap + b.strip()
            del lines[i + 1], out_nos[i + 1]
            continue
        i += 1


def _join_cut_paras(raw: list[str], lines: list[str], out_nos: list[int], wide: bool, marked: bool,
                    is_furniture) -> None:
    """Join, in place, a paragraph cut in two by a break (the words run on across it; with '##'
    marks, see `_unmarked_cut`)."""
    cache: list[Counter[str]] = []

    def grams() -> Counter[str]:
        # each pair of characters → how many lines say it
        if not cache:
            cache.append(Counter(g for s in raw for g in bigrams(s)))
        return cache[0]

    def printed(run: str) -> bool:
        return any(run in s for s in raw)

    tight = marked and wide and _tight(lines, is_furniture)
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        alone = wide or ((i == 0 or not lines[i - 1].strip()) and (j + 1 >= len(lines) or not lines[j + 1].strip()))
        if wide and not marked and i and _head_pair(lines[i - 1], lines[i], is_furniture):
            i += 1          # the lower line of a headline wrapped over two lines, not a cut paragraph
            continue
        if (j < len(lines) and j > i + 1 and alone and _plain(lines[i], is_furniture)
                and _plain(lines[j], is_furniture) and not _SUB.match(lines[i]) and not is_editor_note(lines[j])):
            before = bigrams("".join(s for s in lines[max(0, i - 3):i]))
            k = i - 1
            while k >= 0 and not lines[k].strip():
                k -= 1
            # (a '——' subtitle is the head stack's last line: under it is under the headline)
            under_head = k < 0 or _MD_HEADING.match(lines[k]) is not None or _SUB.match(lines[k]) is not None
            if _cut_across(lines[i], lines[j], grams, before, printed) or (
                    marked and _unmarked_cut(lines[i], lines[j], under_head)) or (
                    tight and j == i + 2 and _break_in_tight(lines[i], lines[j])):
                lines[i] = lines[i].rstrip() + lines[j].strip()
                del lines[i + 1:j + 1], out_nos[i + 1:j + 1]
                continue
        i += 1


def _head_pair(up: str, s: str, is_furniture) -> bool:
    """Are `up` and `s`, printed with no blank line between on a page that sets a blank line
    between its paragraphs, the two lines of one headline ('万斯副总统：' / '伊朗距离…')?"""
    return (bool(up.strip()) and _plain(up, is_furniture) and _heady(up)
            and _heady(s, wrapped=True) and width(up.strip()) + width(s.strip()) <= HEAD_MAX + 6)


TIGHT = 0.75            # share of a page's paragraph pairs printed with no blank line between


def _tight(lines: list[str], is_furniture) -> bool:
    """Does the page print its paragraphs one under the other with no blank line between? On
    such a page a blank line is where a page or column break fell, not a paragraph's end."""
    pairs = adjacent = 0
    k = 0
    while k < len(lines):
        if _plain(lines[k], is_furniture) and width(lines[k].strip()) > FLAT_WIDE:
            j = k + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _plain(lines[j], is_furniture) and width(lines[j].strip()) > FLAT_WIDE:
                pairs += 1
                adjacent += j == k + 1
        k += 1
    return pairs >= 4 and adjacent >= TIGHT * pairs


def _break_in_tight(a: str, b: str) -> bool:
    """On a page without blank lines between paragraphs, is the one blank line between the
    running text `a` and `b` a break inside one paragraph? A column break falls inside a
    paragraph far more often than at its end, so yes, unless `b` opens a story or an item of
    its own (a lead byline, a bullet) or `a` is a label or short line of its own."""
    a, b = a.strip(), b.strip()
    return (width(a) >= 8 and not _SUB.match(a) and not _label(a) and b[:1] not in BULLETS
            and bylines.parse_lead(b) is None)


def _spaced(lines: list[str], out_nos: list[int], is_furniture) -> tuple[list[str], list[int]]:
    """The lines of a wide page with a blank line between paragraphs and headlines."""
    # each line is a paragraph or a headline of its own: an extraction that prints no blank
    # line between them says no more than one that does, so they are set apart as such
    # (the lines of a headline wrapped under '##' marks stay together)
    spaced, spaced_nos = [], []
    for k, (s, no) in enumerate(zip(lines, out_nos)):
        up = lines[k - 1] if k else ""
        if (k and s.strip() and up.strip()
                and not (_MD_HEADING.match(s) and _MD_HEADING.match(up))
                and not (_plain(s, is_furniture) and _plain(up, is_furniture)
                         and _heady(s, wrapped=True) and _heady(up, wrapped=True))):
            spaced.append("")
            spaced_nos.append(no)
        spaced.append(s)
        spaced_nos.append(no)
    return spaced, spaced_nos


SUB_MAX = 20            # a subtitle's width in em at most


def _join_unheaded(lines: list[str], out_nos: list[int], is_furniture) -> set[int]:
    """On a wide page without '##' marks: join, in place, paragraphs cut by a break; the
    indices of the headline lines found."""
    heads = _heads(lines, is_furniture)
    # no headline: a line that ends no sentence over plain text is a paragraph cut by a break
    i, joined = 0, False
    while i < len(lines):
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        a = lines[i].strip()
        if (j < len(lines) and j > i + 1 and i not in heads and j not in heads and _plain(lines[i], is_furniture)
                and _plain(lines[j], is_furniture) and not _SUB.match(a) and a and not ends_text(a)
                and width(a) >= 8 and lines[j].strip()[:1] not in BULLETS and not _label(a)
                and bylines.parse_lead(lines[j].strip()) is None
                and bylines.split_credit_tail(a) is None       # (a caption its credit closes is whole)
                and not _opens_paragraph(lines[i], lines[j])
                and not _subtitle_under(lines, i, j, heads)):
            lines[i] = lines[i].rstrip() + lines[j].strip()
            del lines[i + 1:j + 1], out_nos[i + 1:j + 1]
            heads = {h - (j - i) if h > i else h for h in heads}
            joined = True
            continue
        i += 1
    return _heads(lines, is_furniture) if joined else heads


def _opens_paragraph(a: str, b: str) -> bool:
    """Does `b` open a paragraph of its own under the unindented line `a`? Set in with the
    paragraph indent, it starts where the line above stopped: no rest of a paragraph a break cut
    is printed indented under an unindented piece."""
    return (bool(_INDENT.match(b)) and not _INDENT.match(a)) or is_editor_note(b)    # ('编者按：…' opens its own)


def _subtitle_under(lines: list[str], i: int, j: int, heads: set[int]) -> bool:
    """Is line i, set apart right under a headline line, that headline's subtitle rather than a
    paragraph's first piece cut by a break before line j? A phrase with no mark at all stands
    as a subtitle, unless the break cuts a word the page prints whole elsewhere."""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    a, b = lines[i].strip(), lines[j].strip()
    if k < 0 or k not in heads or k == i - 1 or re.search(r"[，。！？；：、,.!?;:（）()“”]", a) or width(a) > SUB_MAX:
        return False
    return not cuts_word(a, b, set().union(*(bigrams(x) for x in lines)))


def _label(t: str) -> bool:
    from generator.ingest.split.stories.kinds import is_brief_label, is_commentary_label, is_section_label
    return is_brief_label(t) or is_commentary_label(t) or is_section_label(t)


def _closing_byline(t: str) -> bool:
    """A byline that may close a story as well as open one: a picture credit ('文/图 X') or an
    unsigned commentary's '本报评论员'."""
    b = bylines.parse_standalone(t)
    return b is not None and (not b.credits or all("图" in r or "评论" in r for r, _ in b.credits))


def _heady(s: str, wrapped: bool = False) -> bool:
    """Could the line be (part of) a headline? `wrapped`: a line under another line of its
    block, which may open with the comma or mark its line above wrapped before."""
    t = s.strip()
    return (2 <= han_count(t) and width(t) <= HEAD_MAX and not ends_text(t)
            and not re.search(r"[。]", t) and (wrapped or t[0] not in _OPENS_NEVER)
            and bylines.parse_lead(t) is None and not _SUB.match(t))


def _heads(lines: list[str], is_furniture) -> set[int]:
    """Title lines of a flat page without '##' marks (see the module's note)."""
    from generator.ingest.split.stories.kinds import is_brief_label, is_commentary_label, is_section_label
    blocks: list[list[int]] = []          # runs of non-blank lines
    for i, s in enumerate(lines):
        if not s.strip():
            continue
        if blocks and blocks[-1][-1] == i - 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    # a stack taller than kicker / title / subtitle printed with no blank line (banner, kicker,
    # title, slogans): each line a block of its own, for the stack's rules to part
    blocks = [part for b in blocks
              for part in ([[i] for i in b] if len(b) > 3 and all(_heady(lines[i]) for i in b) else [b])]

    def kind(b: list[int]) -> str:
        texts = [lines[i].strip() for i in b]
        if len(b) == 1 and not _plain(lines[b[0]], is_furniture):
            return "byline" if bylines.parse_standalone(texts[0]) else "other"
        if len(b) == 1 and _SUB.match(texts[0]):
            return "sub"
        if len(b) == 1 and (is_brief_label(texts[0]) or is_commentary_label(texts[0])
                            or is_section_label(texts[0])):
            return "label"
        if (len(b) <= 3 and all(_heady(t, k > 0) for k, t in enumerate(texts))
                and sum(width(t) for t in texts) <= HEAD_MAX + 6):
            return "head"
        return "text"

    kinds = [kind(b) for b in blocks]
    for n in range(len(blocks) - 1):
        # a line ending no sentence right over an editor's note ('编者按：…'), which papers print
        # under a story's head stack: the stack's line, however long
        line = lines[blocks[n][0]].strip()
        if (kinds[n] == "text" and len(blocks[n]) == 1 and not ends_text(line) and width(line) <= 2 * HEAD_MAX
                and is_editor_note(lines[blocks[n + 1][0]])):
            kinds[n] = "head"
    out: set[int] = set()
    last_title: int | None = None           # the block of the last title found
    stack_end = -1                          # the block after the last head stack read
    text_of = lambda ks: "\n".join(lines[i] for k in ks for i in blocks[k])      # noqa: E731
    n = 0
    while n < len(blocks):
        if kinds[n] != "head":
            n += 1
            continue
        prev = kinds[n - 1] if n else "start"
        prev_done = prev != "text" or ends_text(lines[blocks[n - 1][-1]])
        m = n
        while m < len(blocks) and kinds[m] in ("head", "sub"):
            m += 1
            if kinds[m - 1] == "sub":
                break          # a '——' subtitle is its stack's last line
        stack = [k for k in range(n, m) if kinds[k] == "head"]
        nxt = kinds[m] if m < len(blocks) else "end"
        if not prev_done or prev == "sub":
            n = m              # (under a subtitle the story opens: its lead, cut by a break)
            continue
        item = lines[blocks[n][0]].strip()[:1] in BULLETS      # '●…': a 简讯 item's headline
        if len(stack) == 1 and lines[blocks[stack[0]][-1]].strip()[-1:] in "：:":
            n = m              # a line that opens what follows ('以下是…：'): text, no headline alone
            continue
        if len(stack) == 1 and m == n + 1 and nxt == "text" and not item:
            # a lone short line over plain text: a headline when it speaks of the text below
            # rather than of the text above (a sub-heading inside a story speaks of both)
            below = bigrams("".join(lines[i] for b in blocks[m:m + 3] for i in b)[:400])
            above = bigrams("".join(lines[i] for b in blocks[max(0, n - 3):n] for i in b)[-400:]) \
                if prev == "text" else set()
            g = bigrams("".join(lines[i] for i in blocks[n]))      # (a kicker with its title)
            if prev == "text" and len(g & above) >= max(1, len(g & below)):
                n = m
                continue
            if prev == "byline" and (not _closing_byline(lines[blocks[n - 1][0]]) or stack_end == n - 1) \
                    and not _opens_paragraph(lines[blocks[n][0]], lines[blocks[m][0]]):
                # under a writer's byline — or any byline printed right under a head stack —
                # the story opens: its lead, cut by a break
                n = m
                continue
            if prev == "text" and last_title is not None and not is_editor_note(lines[blocks[m][0]]) and is_subhead(
                    text_of([n]), text_of([last_title]), text_of(range(last_title + 1, n)),
                    text_of([m]), text_of(range(last_title))):
                n = m          # a sub-heading of the story above
                continue
        # the title is the widest line that speaks of the story (a banner over the page or a
        # slogan under the title speaks of little in it)
        story = bigrams("".join(lines[i] for b in blocks[m:m + 6] for i in b)[:600])
        wide = lambda k: (sum(width(lines[i].strip()) for i in blocks[k]), -k)      # noqa: E731
        speaking = [k for k in stack if _density("".join(lines[i] for i in blocks[k]), story) >= 0.3]
        # a kicker or subtitle may quote a clause of the story word for word, a title sums it up
        # in words of its own: a quoting line is no title while another line of the stack speaks
        text = "\n".join(lines[i] for b in blocks[m:m + 12] for i in b)
        quoting = {k for k in stack if quotes_clause(" ".join(lines[i] for i in blocks[k]), text)}
        own = [k for k in speaking if k not in quoting]
        # every line that speaks quoting the story: the one line in words of its own is the
        # title, however few of the story's words it uses
        unquoting = [k for k in stack if k not in quoting] if speaking and not own else []
        title = max(own or (unquoting if len(unquoting) == 1 else []) or speaking or stack, key=wide)
        out.update(blocks[title])
        last_title, stack_end = title, m
        above = [k for k in stack if k < title]
        for k in above[:-1]:
            # over the kicker: a banner or headline of its own, set as a '##' page sets it
            out.update(blocks[k])
        n = m
    return out


def _density(text: str, story: set[str]) -> float:
    grams = bigrams(text)
    return len(grams & story) / len(grams) if grams else 0.0
