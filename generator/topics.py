"""Topic and place indexes.

Topics come from the taxonomy in site_config.yaml (topic → keywords). Places are found in the
text by the grammar of Chinese administrative names — a run of Han characters ending in an
administrative suffix (自治州, 地区, 州, 市, 县, 区, 乡, 镇, 村) — not by a word list, so a village
the taxonomy never heard of still gets its index page. Chains such as 吉木萨尔县北庭镇西上湖村
are cut into their parts.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from .config import Topic

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
    if any(part.endswith(w) for w in _NOT_PLACES if len(w) >= 3):
        return None
    return part


def places_in(*texts: str) -> list[str]:
    """Place names mentioned in `texts`, in order of first appearance, without duplicates."""
    seen: dict[str, None] = {}
    for text in texts:
        if not text:
            continue
        for chain in _CHAIN.finditer(text):
            for raw in _PART.findall(chain.group()):
                name = _clean(raw)
                if name and len(name) <= 10:
                    seen.setdefault(name, None)
    return list(seen)


def topics_for(title: str, body: str, taxonomy: Sequence[Topic]) -> list[str]:
    """Topic names whose keywords occur in the title or body, in taxonomy order."""
    text = f"{title}\n{body}"
    return [t.name for t in taxonomy if any(k in text for k in t.keywords)]


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
