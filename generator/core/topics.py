"""Topic and place indexes.

Topics come from the taxonomy in site_config.yaml (topic → keywords). Places are found in the
text by the grammar of Chinese administrative names — a run of Han characters ending in an
administrative suffix (自治州, 地区, 州, 市, 县, 区, 乡, 镇, 村) — not by a word list, so a village
the taxonomy never heard of still gets its index page. Chains such as 吉木萨尔县北庭镇西上湖村
are cut into their parts.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Sequence

from generator.core.config import Topic

# Longer suffixes first so 自治州 wins over 州.
_SUFFIX = r"(?:自治州|自治县|地区|州|市|县|区|乡|镇|村)"
_HAN = r"[\u4e00-\u9fff·]"
_CHAIN = re.compile(rf"(?:{_HAN}{{1,8}}?{_SUFFIX})+")
_PART = re.compile(rf"{_HAN}+?{_SUFFIX}")

# Characters that begin a clause, not a name ("在乌鲁木齐市", "驻白杨河乡", "全州").
_LEADING_NOISE = set("在驻于到从向对和与及的是为我全本该各赴往了、把被将由自至经同去来回入返当每由省")
# Words that end in a suffix character but are not places.
_NOT_PLACES = {
    "城市", "都市", "超市", "门市", "股市", "楼市", "上市", "城区", "社区", "小区", "园区", "景区",
    "片区", "辖区", "地区", "山区", "牧区", "矿区", "校区", "街区", "新区", "市区", "郊区", "灾区",
    "乡村", "农村", "山村", "新村", "全村", "本村", "该村", "各村", "城乡", "家乡", "故乡", "下乡",
    "老乡", "城镇", "乡镇", "集镇", "重镇", "全县", "本县", "该县", "各县", "全市", "本市", "该市",
    "全区", "本区", "该区", "各区", "我区", "全州", "本州", "我州", "各州", "自治区", "开发区",
    "试验区", "示范区", "保护区", "风景区", "高风险区", "中小微企业区", "各市", "县市", "县区",
    "州市", "地州市", "市县", "区县", "北疆", "南疆", "全乡", "该乡", "本乡", "各乡", "全镇", "该镇",
    "村村", "县乡", "乡县", "邻村", "驻村", "进村", "入村", "出村", "到村", "在村",
}
# Zones and groupings that end like a place but are not administrative units.
_GENERIC_ENDS = ("园区", "景区", "小区", "社区", "校区", "厂区", "港区", "城区", "营区", "省区",
                 "地州", "省市", "县市", "城市", "核心区", "集聚区", "合作区", "示范区", "开发区",
                 "保护区", "试验区", "功能区", "服务区", "安检区", "城郊村", "自贸区", "片区", "直管县", "先行区", "法务区")
_MIN_NAME = 2   # characters before the suffix, e.g. 北庭镇 (2), 昌吉州 (2); 木垒县 (2)


def _clean(part: str) -> str | None:
    """Strip clause-leading characters; reject generic words and too-short names."""
    while part and part[0] in _LEADING_NOISE and len(part) > 3:
        part = part[1:]
    if part in _NOT_PLACES:
        return None
    m = re.search(_SUFFIX + "$", part)
    if not m or m.start() < _MIN_NAME or part[0] in _LEADING_NOISE:
        return None
    if any(part.endswith(w) for w in _NOT_PLACES if len(w) >= 3) or part.endswith(_GENERIC_ENDS):
        return None
    return part


# ---- word boundaries (jieba) ----
# The regex finds where a place name *ends* (its suffix) but not where it starts: in
# "张进文是吉木萨尔县人" the Han run begins at the person's name. jieba's dictionary
# segmentation (HMM off: deterministic, dictionary words only) gives the word boundaries:
#  * the name must end on a word boundary — "研究部署乡|村振兴", "发挥市|场" are not places;
#  * walking left from the suffix, the name takes dictionary place/proper-name words and
#    unknown single characters (how jieba leaves names it does not know: 呼 勒 水 镇), and
#    stops at a function word or any ordinary word (是, 在, 奔赴, 推进, 研究部署 …).
_STOP_CHARS = set("是在也已他她它们你我这那其此之就都又再还很更最要会能可应以而但并或即如若则"
                  "因所被让给使等和与及的了为将把由向赴往至于驻对从到来去回入返当每省全本该各"
                  "个有无不没没称叫到达")
_NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "j", "m", "f", "s", "ng", "zg", "x", "nt"}
_DIRECTIONS = set("东西南北中上下前后内外新老大小")
_SUFFIX_ONLY = re.compile(rf"^{_SUFFIX}$")
_MAX_NAME = 10
_jieba = None


def _segmenter():
    """jieba, initialised once per process (≈1 s to load its dictionary), quietly."""
    global _jieba
    if _jieba is None:
        import logging
        import jieba
        import jieba.posseg
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        _jieba = (jieba.Tokenizer.cut.__get__(jieba.dt), jieba.posseg.dt.word_tag_tab)
    return _jieba


def _tokens(text: str) -> list[str]:
    cut, _ = _segmenter()
    return list(cut(text, HMM=False))


def _ends_on_boundary(text: str, start: int, end: int) -> bool:
    """Is `end` a word boundary when text[start:end+4] is segmented?"""
    return _boundary_at(text[start:end + 4], end - start)


@functools.lru_cache(maxsize=1 << 16)    # names and their contexts recur across articles
def _boundary_at(window: str, offset: int) -> bool:
    pos = 0
    for tok in _tokens(window):
        pos += len(tok)
        if pos == offset:
            return True
        if pos > offset:
            return False
    return True


@functools.lru_cache(maxsize=1 << 16)
def _name_in(part: str) -> str | None:
    """The place name at the end of `part` (which ends in a suffix), trimmed on the left."""
    toks = _tokens(part)
    if not toks:
        return None
    tags = _segmenter()[1]
    last = toks[-1]
    if last in _NOT_PLACES:
        return None
    name = [last]
    size = len(last)
    whole = len(last) >= 3 and not _SUFFIX_ONLY.match(last)   # a dictionary place: 乌鲁木齐市
    prev = last
    for tok in reversed(toks[:-1]):
        if whole:
            if len(tok) == 1 and tok in _DIRECTIONS:   # 西 + 上湖村
                name.append(tok)
            break
        if len(tok) == 1:
            if tok in _STOP_CHARS:
                break
        elif tags.get(tok) not in _NAME_TAGS:
            # an ordinary noun may be the name itself right before the suffix (木垒|县) or
            # before an ethnic word (石梯子|哈萨克族乡), never further left
            if not (_SUFFIX_ONLY.match(prev) or prev.endswith("族")) or tags.get(tok) != "n":
                break
        prev = tok
        if size + len(tok) > _MAX_NAME:
            break
        name.append(tok)
        size += len(tok)
    return "".join(reversed(name))


def places_in(*texts: str) -> list[str]:
    """Place names mentioned in `texts`, in order of first appearance, without duplicates."""
    seen: dict[str, None] = {}
    for text in texts:
        if not text:
            continue
        for chain in _CHAIN.finditer(text):
            parts = [(m.start() + chain.start(), m.end() + chain.start())
                     for m in _PART.finditer(chain.group())]
            if parts and not _ends_on_boundary(text, parts[-1][0], parts[-1][1]):
                parts.pop()                      # "…乡|村振兴": the suffix is inside a word
            for ps, pe in parts:
                raw = _name_in(text[ps:pe])
                name = _clean(raw) if raw else None
                if name and len(name) <= _MAX_NAME:
                    seen.setdefault(name, None)
    return list(seen)


# A topic is earned, not brushed against: a keyword in the headline (kicker, title, subtitle) or
# the lead paragraph, where the story says what it is about, or at least this many keyword
# occurrences in the body — at least BODY_HITS, and at least BODY_DENSITY per 1,000 characters so a
# long survey (a 政府工作报告 names every field a few times) gets only what it dwells on. One
# passing mention deep in the text is not what the story is about.
BODY_HITS = 3
BODY_DENSITY = 2.0


def lead_of(body: str) -> str:
    """The body's first paragraph (paragraphs are separated by a blank line)."""
    for para in re.split(r"\n\s*\n", body.strip()):
        if para.strip():
            return para
    return ""


def topics_for(title: str, body: str, taxonomy: Sequence[Topic], *, kicker: str = "",
               subtitle: str = "") -> list[str]:
    """Topic names the article earns (see BODY_HITS), in taxonomy order."""
    head = "\n".join((kicker or "", title or "", subtitle or "", lead_of(body or "")))
    need = max(BODY_HITS, BODY_DENSITY * len(body or "") / 1000)
    return [t.name for t in taxonomy
            if any(k in head for k in t.keywords) or _hits(t.keywords, body or "") >= need]


@functools.lru_cache(maxsize=256)
def _keyword_re(keywords: tuple[str, ...]) -> re.Pattern:
    """One alternation, longest keyword first, so 共产党员 counts once, not also as 党员."""
    return re.compile("|".join(re.escape(k) for k in sorted(set(keywords), key=len, reverse=True)))


def _hits(keywords: Sequence[str], text: str) -> int:
    """Non-overlapping occurrences of any of the keywords in text."""
    words = tuple(k for k in keywords if k)
    return sum(1 for _ in _keyword_re(words).finditer(text)) if words else 0


# The levels of the places index, from the top of the administrative ladder down, and the
# suffixes (the same grammar as _SUFFIX) that put a name on each.
PLACE_LEVELS = ("州/地区", "县/市", "乡/镇", "村")
_LEVEL_OF_SUFFIX = (("自治州", 0), ("地区", 0), ("州", 0), ("自治县", 1), ("县", 1), ("市", 1),
                    ("区", 1), ("乡", 2), ("镇", 2), ("村", 3))


def place_level(name: str) -> int:
    """Index into PLACE_LEVELS of a place name, by its administrative suffix (a 市 or 区 counts
    with the counties: most in these papers are county-level); unknown endings go last."""
    for suffix, level in _LEVEL_OF_SUFFIX:
        if name.endswith(suffix):
            return level
    return len(PLACE_LEVELS) - 1


def slugify_place(name: str) -> str:
    """Places keep their Chinese name in URLs (percent-encoded by browsers); only strip '·'."""
    return name.replace("·", "")


def group_by(articles: Iterable, key: str) -> dict[str, list]:
    """name → articles carrying it (topics or places), each list newest first."""
    out: dict[str, list] = {}
    for a in articles:
        for name in getattr(a, key):
            out.setdefault(name, []).append(a)
    for items in out.values():
        items.sort(key=lambda a: (a.date, a.paper, -a.page, -a.seq), reverse=True)
    return out
