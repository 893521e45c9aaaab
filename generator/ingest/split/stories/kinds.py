"""Kinds of page items and titles for items that have no headline.

kind: photo (a caption ending in 'X 摄'), continuation (text after 上接第N版), brief (items under
a 简讯-style section label), commentary (评论员/短评/时评 cues), notice (公告/通知/启事 titles),
otherwise article. The cue words are generic newspaper vocabulary, not words of any one page.
"""
from __future__ import annotations

import re
from functools import lru_cache

from generator.ingest.split.text.textutil import HAN

BRIEF_LABELS = ("简讯", "短讯", "快讯", "简报", "速递", "速览", "资讯", "一句话新闻", "新闻速览",
                "新闻简报", "要闻简报", "本地简讯", "动态", "短波", "新闻快递", "一周要闻")
COMMENTARY_CUES = ("评论员", "短评", "时评", "社论", "述评", "快评", "锐评", "评论", "言论",
                   "随笔", "杂谈", "漫谈", "编者按", "观点",
                "作者单位", "作者系")      # an author note '（作者单位：…）' signs opinion pieces, not news
NOTICE_ENDINGS = ("公告", "通知", "启事", "声明", "通告", "公示", "告知书", "讣告", "招聘", "启示",
                  "倡议书", "告示", "须知")
NOTICE_TITLES = ("更正", "勘误", "致歉", "致读者", "告读者", "敬告读者")       # a notice printed under its bare name

_LEAD_TIME = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下晚早凌]?[午晨上间]?)?(?:\d{1,2}时(?:许)?)?|"
    r"近日|日前|连日来|近期|近年来|今年以来|目前|当天|当日|春节期间|节日期间)[，,、\s]*")
_PHOTO_LEAD = re.compile(r"^(?:图为|图片为|上图|下图|左图|右图|图[：:])[\s，,：:]*")


def is_caption_lead(text: str) -> bool:
    """A paragraph that opens the way photo captions do: '图为…', '上图：…', '▲…'."""
    t = text.lstrip()
    return bool(_PHOTO_LEAD.match(t)) or t[:1] in "▲△▼▽◀▶"


CAPTION_MAX = 300          # characters: a caption under a headline is no longer…
CAPTION_PARAS_MAX = 2      # …unless set as one or two paragraphs (a story runs to more)
CAPTION_LONG_MAX = 500


def caption_sized(body: str, headed: bool) -> bool:
    """Is a text closed by a photo credit the size of a caption? Unheaded, always; under a
    headline, when short, or set as one or two paragraphs (a story with its own photo runs to
    more, its credit printed under the photo, not under its last paragraph)."""
    paras = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    return (not headed or len(body) <= CAPTION_MAX
            or (len(paras) <= CAPTION_PARAS_MAX and len(body) <= CAPTION_LONG_MAX))


SECTION_LABELS = ("图片新闻", "新闻图片", "图片报道", "图片故事", "图说新闻", "摄影报道", "新闻图说", "图说")


@lru_cache(maxsize=8192)
def is_section_label(text: str) -> bool:
    """A label over a row of photos ('图片新闻'): a section, not a headline of one of them."""
    t = re.sub(r"[\s·•■□●◆\-—]+", "", text)
    return t in SECTION_LABELS


@lru_cache(maxsize=8192)
def is_brief_label(text: str) -> bool:
    """A 简讯 box's label ('简讯', '· 短讯 ·', '【快讯】'); a label word opening a headline
    before a colon ('快讯：美国对伊…') is the headline's first word, not a label."""
    t = re.sub(r"[\s·•■□●◆\-—【】\[\]]+", "", text)
    if re.search(r"[：:].", t):
        return False
    return 0 < len(t) <= 8 and any(t.endswith(l) or t.startswith(l) for l in BRIEF_LABELS)


COMMENTARY_LABELS = ("短评", "时评", "快评", "锐评", "社论", "评论", "述评", "言论", "评论员", "本报评论员",
                     "特约评论员", "评论员文章", "观察", "论坛", "杂谈", "随笔", "漫谈",
                     "今日谈", "编辑手记")      # a paper's daily opinion column, an editor's note
# Opinion-page labels only when printed alone: as a phrase's end ('专家观点') they name news.
WHOLE_COMMENTARY_LABELS = ("观点",)


@lru_cache(maxsize=8192)
def is_commentary_label(text: str) -> bool:
    """A commentary column's label printed over the piece ('短评', '天山时评', '· 时评 ·',
    '本报评论员'): short, and ending in one of the column words."""
    t = re.sub(r"[\s·•■□●◆\-—【】\[\]]+", "", text)
    return 0 < len(t) <= 8 and (t in WHOLE_COMMENTARY_LABELS or any(t.endswith(l) for l in COMMENTARY_LABELS))


_LABELLED_TITLE = re.compile(r"^(?:短评|时评|快评|锐评|社论|述评|评论员文章|本报评论员)\s*[：:｜|]")


def is_commentary(*texts: str | None) -> bool:
    """One text: does it hold a commentary cue (a label or signature word)? Called as
    (title, kicker, byline, …): the byline (评论员, an author note) says so anywhere in it;
    the title only when it is a column label itself or opens with one ('短评：…') — a news
    headline may well report what commentators said —, and the kicker likewise, or when one of
    its phrases is a label ('天山时评 今日观察'): a kicker is as often a phrase lifted from
    the story ('包括言论自由'), whose words say nothing of its kind."""
    if len(texts) == 1:
        return any(t and any(c in t for c in COMMENTARY_CUES) for t in texts)
    title, kicker, rest = texts[0] or "", (texts[1] or "").strip(), texts[2:]
    return (_labelled(title) or _kicker_says_commentary(kicker, rest[0] if rest else None)
            or any(t and any(c in t for c in COMMENTARY_CUES) for t in rest))


# Column words that name a commentary only with an opinion word in them ('评'); the others
# ('观察', '论坛', '随笔') as often head a section of news ('全球经济观察').
_NEUTRAL_LABELS = ("观察", "论坛", "杂谈", "随笔", "漫谈")
NEUTRAL_LABELS = _NEUTRAL_LABELS
# A news dispatch's byline: '本报讯', '…电（记者 X）', '本报记者 X', '记者X报道：', '通讯员'.
_NEWS_BYLINE = re.compile(r"讯(?!员)|电[\s　]*[（(]|记者|通讯员|报道[：:]")


def signed_as_news(byline: str | None) -> bool:
    """Is a story's byline a news dispatch's or reporter's ('本报讯', '□记者 X', '…电（记者 X）')?
    A commentary is signed by its writer or 评论员, never so."""
    return bool(byline) and bool(_NEWS_BYLINE.search(byline)) and "评论员" not in byline


def _kicker_says_commentary(kicker: str, byline: str | None) -> bool:
    """A kicker names a commentary when it is (or holds) a column label — unless the story
    is signed as news (a dispatch or reporter's byline: a commentary is signed by its writer
    or 评论员, never '本报讯'), and a neutral column word ('…观察') only with an opinion
    word: over a news story it is a section's name."""
    if "评论员" in kicker:
        return True
    if signed_as_news(byline):
        return False
    return any(_labelled(p) and not is_neutral_label(p) for p in [kicker, *kicker.split()] if p)


def is_neutral_label(label: str) -> bool:
    """A column label ending on a neutral column word and holding no opinion word ('评'): it
    as often names a section of news ('国际观察') as a commentary."""
    t = re.sub(r"[\s·•■□●◆\-—【】\[\]]+", "", label)
    return "评" not in t and "言论" not in t and "社论" not in t and t.endswith(_NEUTRAL_LABELS)


def _labelled(text: str) -> bool:
    """A commentary column's label, or a text opening with one ('短评：…')."""
    return bool(text) and (is_commentary_label(text) or bool(_LABELLED_TITLE.match(text.strip())))


_REPORTED = re.compile(r"[：:，,；;]|发表|发布|宣布|发出|签署|回应|就.+")


_NAME_MARKS = "【】[]〔〕〖〗■□●◆◇★☆·•・ \u3000"


def unspaced(title: str) -> str:
    """A notice's name as it reads, without the letter-spacing and the marks a page sets it
    in ('更 正', '【更正】', '· 声明 ·' → '更正'); any other title as is."""
    t = title.strip(_NAME_MARKS) if title[:1] in _NAME_MARKS or title[-1:] in _NAME_MARKS else title
    if re.fullmatch(rf"[{HAN}](?:[ \u3000]+[{HAN}])+", t):
        return re.sub(r"[ \u3000]+", "", t)
    return t if re.fullmatch(rf"[{HAN}]+", t) else title


def is_notice(title: str) -> bool:
    """A notice's title names the notice ('关于…的通知', '招聘启事', '严正声明'); a news
    headline ending in one reports on it ('卢比奥：就…发表声明', '…发布招聘公告')."""
    t = unspaced(title.strip()).rstrip("！!")
    if t in NOTICE_TITLES:
        return True
    if t.startswith("关于") and t.endswith(NOTICE_ENDINGS):
        return True
    return any(t.endswith(e) for e in NOTICE_ENDINGS) and not _REPORTED.search(t)


_CLAUSE_CUT = re.compile(r"[，,、；;：:（(]")
# Where a long subject ends and its predicate begins: a preposition or adverbial marker.
_PREDICATE = re.compile(r"(?:在|为|向|对|把|将|从|于|正在|通过|围绕|以|与|和)")


def derive_title(text: str, limit: int = 20) -> str:
    """A concise title from the first sentence of a caption or lead: leading time phrase and
    '图为' dropped, cut at the first punctuation (the first clause); a clause still longer than
    `limit` (+6 of slack, to keep a clause whole) is cut where its subject ends (before 在/为/向…
    as late as `limit` + 4 allows), else at `limit` characters."""
    t = text.strip().lstrip("▲△▼▽◀▶□■●◆★☆ ")
    t = _PHOTO_LEAD.sub("", t)
    t = _LEAD_TIME.sub("", t)
    t = _PHOTO_LEAD.sub("", t)
    m = re.search(r"[。！？!?；;]", t)
    if m:
        t = t[:m.start()]
    t = t.strip("“”\"' ，,、：:")
    if len(t) > limit:
        cuts = [m.start() for m in _CLAUSE_CUT.finditer(t) if m.start() >= 4]
        if cuts and cuts[0] <= limit + 4:
            t = t[:cuts[0]]
    if len(t) > limit + 6:
        cuts = [m.start() for m in _PREDICATE.finditer(t) if 6 <= m.start() <= limit + 4]
        if cuts:
            fit = [c for c in cuts if c <= limit]
            t = t[:(fit[-1] if fit else cuts[0])]
        else:
            t = t[:limit]
    t = t.strip("“”\"' ，,、：:（(")
    if not re.search(f"[{HAN}A-Za-z0-9]", t):
        return "（无题）"
    return t
