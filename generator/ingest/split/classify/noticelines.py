"""A notice's own lines: its name and its closing signature.

A notice (启事, 声明, 公告, 通知, 更正 …) is printed as a short block under its name — the name
set alone on its line, often letter-spaced ('更 正', '遗 失 声 明'), with or without a blank line
under it — and it closes, after its last sentence, on the issuing body's name and the date,
each on a line of its own set to the right ('          本报编辑部' / '          2025年8月16日').
Read plain, a letter-spaced name looks like a page's section label (furniture) and the two
signature lines like a headline box after a story; both are read here by their grammar: the
genre's own name as the whole line, an organisation's name and a bare date after a finished
sentence.
"""
from __future__ import annotations

import re

from generator.ingest.split.text.textutil import HAN, ends_sentence, width

BARE_MAX = 6               # a bare genre name ('更正', '严正声明', '招聘启事')
NAME_MAX = 12              # characters of a notice's name printed alone ('关于…的通知' is longer)
_DECOR = re.compile(r"[\s\u3000·•■□●◆◇★☆【】\[\]〔〕]+")
_DATE = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月"
                   r"\s*[0-9一二三四五六七八九十]{1,3}\s*日$")
# the issuing body: a unit of an organisation, a paper, a company, an office
_ORG_END = ("社", "部", "中心", "委员会", "委", "办公室", "办", "局", "厅", "处", "科", "院", "所", "会",
            "公司", "集团", "报", "编辑部", "学校", "大学", "学院", "政府", "街道", "站", "队", "馆",
            "协会", "基金会", "工作室", "小组", "组委会", "银行", "医院", "单位")
_ORG = re.compile(rf"^[{HAN}A-Za-z0-9（）()·]{{2,24}}$")
SIG_INDENT = 4             # leading spaces (an ideographic space counts two) setting a line right


def name_text(t: str) -> str:
    """The line with its letter-spacing and decoration taken out ('遗 失 声 明' → '遗失声明')."""
    return _DECOR.sub("", t)


def is_name_line(t: str) -> bool:
    """Is line `t` a notice's name printed alone: the genre's name is the whole line ('更 正',
    '征稿启事', '【严正声明】'), short, no sentence on it?"""
    from generator.ingest.split.stories.kinds import NOTICE_TITLES, is_notice
    s = name_text(t)
    if not s or len(s) > NAME_MAX or re.search(r"[。！？，、；：:,;!?“”\"（）()]", s):
        return False
    if not re.fullmatch(f"[{HAN}]+", s) or ("的" in s and not s.startswith("关于")):
        return False           # '国务院发言人的声明' is a sentence's subject; '关于…的通知' a name
    return s in NOTICE_TITLES or is_notice(s)


def _indent(t: str) -> int:
    n = 0
    for ch in t:
        if ch == " ":
            n += 1
        elif ch == "\u3000":
            n += 2
        elif ch == "\t":
            n += 4
        else:
            break
    return n


def is_date_line(t: str) -> bool:
    return bool(_DATE.match(t.strip()))


def is_org_line(t: str) -> bool:
    s = re.sub(r"\s+", "", t)
    return bool(_ORG.match(s)) and s.endswith(_ORG_END) and not ends_sentence(s)


def _org_date_line(t: str) -> bool:
    """'本报编辑部  2025年8月16日': the issuer and the date on one line."""
    parts = t.split()
    return len(parts) == 2 and is_org_line(parts[0]) and is_date_line(parts[1])


def flat_signature_at(raw: list[str], i: int) -> list[int]:
    """On a page printing a paragraph a line, blank lines between: the lines from `i` that are
    a notice's closing signature under a finished paragraph — the issuing body's name and the
    date, each a paragraph of its own, or the two on one line, or a bare date alone (no
    paragraph of running text is a bare date). [] when line `i` opens none."""
    if i == 0 or not raw[i].strip():
        return []
    above = next((raw[k] for k in range(i - 1, -1, -1) if raw[k].strip()), "")
    if not above or not ends_sentence(above.strip()) or len(above.strip()) < 8:
        return []
    nxt = next((k for k in range(i + 1, min(len(raw), i + 3)) if raw[k].strip()), None)
    if is_org_line(raw[i]) and nxt is not None and is_date_line(raw[nxt]):
        return [i, nxt]
    if _org_date_line(raw[i]) or is_date_line(raw[i]):
        return [i]
    return []


def signature_at(raw: list[str], i: int) -> list[int]:
    """The lines from `i` that are a notice's closing signature, right under a finished
    sentence and closing the block (a blank line, the page's end, or a line not set right
    under it): an issuing body's name over a bare date (set right or not, a blank line between
    or not: the pair says it), the two on one line, or a bare date alone set right of the text
    (indented past a paragraph's indent) — never a name alone: a centred headline line
    reads so too ('美国商务部工业和安全局'). [] when line `i` opens none."""
    if i == 0 or not raw[i].strip():
        return []
    above = next((raw[k] for k in range(i - 1, -1, -1) if raw[k].strip()), "")
    if not above or not ends_sentence(above.strip()):
        return []
    right = _indent(raw[i]) >= SIG_INDENT
    nxt = next((k for k in range(i + 1, min(len(raw), i + 3)) if raw[k].strip()), None)
    if is_org_line(raw[i]) and nxt is not None and is_date_line(raw[nxt]) \
            and (_indent(raw[nxt]) >= SIG_INDENT) == right:
        got = [i, nxt]
    elif _org_date_line(raw[i]) or (right and is_date_line(raw[i])):
        got = [i]
    else:
        return []
    end = got[-1] + 1
    if end < len(raw) and raw[end].strip() and (_indent(raw[end]) >= SIG_INDENT or not right):
        return []              # more lines under it: something else (a table, a box, text)
    return got


def heads_notice(raw: list[str], i: int, prev_kind: str | None) -> bool:
    """Is line `i` a notice's name heading the notice under it: a name line (`is_name_line`)
    set apart from what is above (a blank line, a finished sentence, a subtitle, furniture or
    the page's top) with text under it — a notice's name is printed over its notice, whatever
    the page does with its stories' headlines."""
    t = raw[i]
    if not is_name_line(t):
        return False
    above = raw[i - 1].strip() if i > 0 else ""
    if above and not (ends_sentence(above) or prev_kind in ("header", "rheader", "sub", "byline", "heading")
                      or re.match(r"^(?:——|──|--)", above)):
        return False
    k = next((k for k in range(i + 1, min(len(raw), i + 3)) if raw[k].strip()), None)
    if k is None:
        return False
    nxt = raw[k]
    if is_name_line(nxt) or is_date_line(nxt) or len(nxt.strip()) < 6:
        return False
    # set apart from the text under it: a blank line, the text's paragraph indent, its letters
    # spaced out, or a line far short of the text's — never a line of running text that happens
    # to end on '…声明' ('内政部发言人在一份声明' / '中告诉…')
    return (k > i + 1 or _indent(nxt) >= 2 or bool(re.search(f"[{HAN}][ \u3000]+[{HAN}]", t.strip()))
            or (len(name_text(t)) <= BARE_MAX and width(t.strip()) <= width(nxt.strip()) - 3))
