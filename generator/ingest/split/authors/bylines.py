"""Byline grammar: who wrote an article, in the forms Chinese papers print.

    本报讯 记者王薇报道：…            本报讯（记者 胡俊秀）…
    本报讯（实习记者A·B通讯员C·D）…   本报阿勒泰讯（记者 X）…
    □记者 古扎丽·阿布都热西提        本报记者 X  Y
    新华社北京1月5日电（记者 X、Y）…  记者X、通讯员Y报道：…
    （记者 X）   at the end of a story

Names are runs of 2–6 Han characters (transliterated Uyghur/Kazakh names are often printed
without their '·') or transliterated names joined by '·'; roles (记者, 通讯员,
实习记者, 特约记者 …) separate them even without spaces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import Callable

from generator.ingest.split.text.textutil import BULLETS, HAN

ROLES = ("本报特约记者", "本报特派记者", "本报实习记者", "本报见习记者", "本报特约通讯员", "本报通讯员",
         "本报记者", "特派记者", "实习记者", "见习记者", "特约记者", "首席记者", "驻站记者",
         "摄影记者", "全媒体记者", "融媒体记者", "新华社记者", "中新社记者", "记者",
         "特约通讯员", "通讯员", "实习生", "见习生", "本报评论员", "特约评论员", "评论员",
         "撰稿", "摄影", "文/图", "图/文", "文／图", "图／文", "文/", "图/", "文／", "图／",
         "供稿", "整理", "编译")
_ROLE_RE = "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True))
ROLE = re.compile(_ROLE_RE)
_NAME = re.compile(rf"^(?:[{HAN}]{{2,6}}|[{HAN}]{{1,10}}(?:[·•・．.][{HAN}]{{1,12}})+)$")
_SEP = re.compile(r"[、，,;；\s　]+")
_PAREN = re.compile(r"^\s*[（(]([^（）()]{2,80})[）)]")
_LOCAL_DATELINE = re.compile(rf"^(?:本报[{HAN}]{{0,8}}?讯(?!员)|本刊讯|本台讯|本网讯)")   # not 本报通讯员
_AGENCY_DATELINE = re.compile(
    rf"^(?:据)?[{HAN}]{{1,8}}(?:社|网|报|台|端)[{HAN}]{{0,10}}?"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)")


@dataclass
class Byline:
    text: str                                   # the byline as printed (trimmed)
    credits: list[tuple[str, str]] = field(default_factory=list)   # (role, name)
    rest: str = ""                              # text after the byline on the same paragraph

    @property
    def authors(self) -> list[str]:
        seen: dict[str, None] = {}
        for _, name in self.credits:
            seen.setdefault(name, None)
        return list(seen)


# common words printed after a role to name a column or a kind of text, never a person:
# '记者手记', '记者观察', '评论员观察', '编译说明', '通讯员来信' — a role + one of these is a label
LABEL_WORDS = frozenset(
    "手记 札记 笔记 日记 随笔 观察 调查 来信 说明 见闻 体验 直击 连线 视线 视角 眼中 目击 探访 走访 "
    "暗访 回访 追踪 跟踪 点评 短评 述评 评论 专访 访谈 问答 声音 故事 感悟 感言 心声 纪实 特写 现场 "
    "实录 观点 提示 附记 后记 前言 导读 的话 在线 热线 信箱 一线 按语 解读 快评 时评 手册 日志 文章 专栏 专论".split())
_LABEL_TAIL = re.compile(r"^(?:之[一二三四五六七八九十\d]{1,3}|[（(][一二三四五六七八九十\d]{1,3}[）)])$")


def _cached(parse: Callable[[str], "Byline | None"]) -> Callable[[str], "Byline | None"]:
    """`parse` remembered per text (the stages ask about the same lines many times), handing
    each caller its own Byline so that none can change another's."""
    remembered = lru_cache(maxsize=8192)(parse)

    @wraps(parse)
    def fresh(text: str) -> Byline | None:
        b = remembered(text)
        return None if b is None else Byline(b.text, list(b.credits), b.rest)
    return fresh


def is_role_label(text: str) -> bool:
    """A column label made of a role and a label word ('记者手记', '评论员观察', '通讯员来信')."""
    t = re.sub(r"[\s·•■□●◆【】\[\]]+", "", text)
    m = ROLE.match(t)
    return bool(m) and t[m.end():m.end() + 2] in LABEL_WORDS and len(t) - m.end() <= 4


def is_name(token: str) -> bool:
    """A personal name: a short run of Han characters (or a transliterated name with '·'), but
    not one of the common words that follow a role in a label ('记者手记', '手记之一')."""
    if not _NAME.match(token):
        return False
    return not (token[:2] in LABEL_WORDS and (len(token) == 2 or _LABEL_TAIL.match(token[2:])))


def name_list(line: str) -> bool:
    """A line of three or more names set apart by spaces ('王建国  张秀英  努尔兰'), as in a list
    of honorees or members — not a byline (no role, no dateline among them). Its spaces separate
    words: squashing them runs the names together. (Justification spaces split a line into
    single characters, never into names.)"""
    tokens = line.split()
    return (len(tokens) >= 3 and all(_NAME.match(t) and not _label(t) for t in tokens)
            and not any(ROLE.search(t) or "讯" in t for t in tokens))


def parse_credits(chunk: str, default_role: str = "") -> list[tuple[str, str]] | None:
    """'实习记者A·B通讯员C' → [('实习记者','A·B'), ('通讯员','C')]; None if anything in the
    chunk is neither a role nor a name (so ordinary sentences are never taken for bylines)."""
    chunk = chunk.strip().strip("（）()").replace("报道", " ").strip()
    if not chunk:
        return None
    parts = re.split(f"({_ROLE_RE})", chunk)
    credits: list[tuple[str, str]] = []
    role = default_role
    for part in parts:
        if not part:
            continue
        if ROLE.fullmatch(part):
            role = part.rstrip("/／")
            continue
        for tok in _SEP.split(part):
            tok = tok.strip("/／:：")
            if not tok:
                continue
            if not is_name(tok):
                return None
            credits.append((role, tok))
    return credits or None


_LEAD_GAP = re.compile(r"^[\s　]*[:：]?[\s　]*")


def _after(text: str, end: int) -> str:
    return _LEAD_GAP.sub("", text[end:])


@_cached
def parse_lead(text: str) -> Byline | None:
    """A byline that opens a paragraph (datelines, 'X报道：'); None when there is none."""
    m = _LOCAL_DATELINE.match(text) or _AGENCY_DATELINE.match(text)
    if m:
        end = m.end()
        after = text[end:]
        pm = _PAREN.match(after)
        if pm:
            credits = parse_credits(pm.group(1))
            if credits is not None:
                stop = end + pm.end()
                return Byline(text[:stop].strip(), credits, _after(text, stop))
        rm = re.match(r"^[\s　]*(.{2,60}?)报道[\s　]*[:：]?", after)
        if rm:
            credits = parse_credits(rm.group(1))
            if credits is not None:
                stop = end + rm.end()
                return Byline(text[:stop].strip(), credits, _after(text, stop))
        return Byline(text[:end].strip(), [], _after(text, end))
    rm = re.match(rf"^(?:{_ROLE_RE})[^。！？，]{{1,60}}?报道[\s　]*[:：]", text)
    if rm:
        credits = parse_credits(rm.group(0).rstrip(" :："))
        if credits is not None:
            return Byline(rm.group(0).strip(), credits, _after(text, rm.end()))
    return None


# a bullet, a printed gap, then one short name (no '·' names of 5+ characters: those read
# too easily as words)
_BULLET_NAME = re.compile(rf"^[□■◎●◆][ \t　]+([{HAN}]{{2,4}}|[{HAN}]{{1,6}}·[{HAN}]{{1,8}})$")


def _label(word: str) -> bool:
    """A column or section label ('简讯', '天山时评', '图片新闻'), never a writer's name."""
    from generator.ingest.split.stories import kinds
    return kinds.is_brief_label(word) or kinds.is_section_label(word) or kinds.is_commentary(word)


_ROLE_GAP = re.compile(r"^([文图])[ \t　]*[/／][ \t　]*([文图])")
# a writer's signature with the role set off by a middle dot before the name or a slash after
# it ('文·王明', '王明／文'): feature pages sign so; running text never prints a name so marked
_WNAME = rf"[{HAN}]{{2,4}}|[{HAN}]{{1,6}}[·•・][{HAN}]{{1,8}}"
_WRITER_MARK = re.compile(rf"^(?:文[·•・][ \t　]*({_WNAME})|({_WNAME})[ \t　]*[/／][ \t　]*文)$")


@_cached
def parse_standalone(line: str) -> Byline | None:
    """A line that is only a byline: '□记者 X', '本报记者 X Y', '文/X 图/Y', '记者X 通讯员Y'."""
    t = line.strip()
    if not t or len(t) > 60:
        return None
    body = _ROLE_GAP.sub(r"\1/\2", t.lstrip(BULLETS + " 　"))     # '文 / 图 X' as '文/图 X'
    w = _WRITER_MARK.match(body)
    if w and is_name(w.group(1) or w.group(2)) and not _label(w.group(1) or w.group(2)):
        return Byline(t, [("文", w.group(1) or w.group(2))], "")      # '文·X', 'X／文'
    m = _BULLET_NAME.match(t)
    if m and is_name(m.group(1)) and not _label(m.group(1)) and not ROLE.match(m.group(1)):
        return Byline(t, [("", m.group(1))], "")     # '□ 王建新': a column writer's signature
    # ('□ 记者杜彬' names its writer's role: read as '□记者 杜彬' below)
    if not ROLE.match(body):
        return None
    if re.search(r"[。！？，；：:“”]", body):
        return None
    if body.count("（") + body.count("(") != body.count("）") + body.count(")"):
        return None            # the end of a '（记者 X）' wrapped from the line above
    if ROLE.fullmatch(body) and body.endswith("评论员"):
        return Byline(t, [], "")          # '本报评论员': an unsigned commentary
    credits = parse_credits(body)
    if credits is None or not all(role for role, _ in credits):
        return None
    return Byline(t, credits, "")


# common surnames (single and double): a bare line of two to four Han characters is a name
# only when it opens with one — words and phrases seldom do
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
               "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万"
               "钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝"
               "包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
               "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米杭")
DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
                   "夏侯", "轩辕", "令狐", "呼延", "端木", "独孤", "南宫", "西门")


def bare_signature(line: str, bracketed: bool = False) -> str | None:
    """A line that is only a writer's name, as commentaries and essays are signed: a
    transliterated name with '·' ('买买提江·托合提'), or two to four Han characters opening with
    a common surname ('陈桂鑫'); never a label word, nor on a line of its own a common
    two-character word ('关注') — in brackets after the last sentence (`bracketed`) a name that
    is also a word ('（王明）') still signs. None otherwise."""
    t = line.strip().lstrip(BULLETS + " 　")
    if ROLE.match(t) or _WRITER_MARK.match(t):
        return None                       # ('文·王明' names its role: `parse_standalone`)
    if re.fullmatch(rf"[{HAN}]{{1,6}}[·•・][{HAN}]{{1,12}}", t) and len(t) <= 16:
        return t.replace("•", "·").replace("・", "·")
    if (re.fullmatch(rf"[{HAN}]{{2,4}}", t) and (t[0] in SURNAMES or t[:2] in DOUBLE_SURNAMES)
            and is_name(t) and not _label(t) and not _two_words(t) and not _says(t)
            and (bracketed or not _common_word(t))):
        return t
    return None


def _common_word(t: str) -> bool:
    """Is a two-character line a common word that opens on a surname's character ('关注',
    '深度', '聚焦'): a kicker or label, not a writer's name? Given names are seldom words."""
    from generator.ingest.split.text.wordcut import is_word
    return len(t) == 2 and is_word(t)


# verbs of saying that close a clause: '万斯表示' is a kicker (someone said), never a given name
_SAYING = ("表示", "指出", "强调", "认为", "透露", "介绍", "宣布", "警告", "呼吁", "说道", "坦言", "称赞")


def _says(t: str) -> bool:
    """Does a short line end on a verb of saying ('万斯表示', '郑丽文说'): a name as subject and what
    follows it — a kicker or a clause, not a signature? No given name is such a verb."""
    return len(t) >= 3 and (t[-2:] in _SAYING or t[-1] == "说")      # '郑丽文说


def _two_words(t: str) -> bool:
    """Is a four-character line two words of the dictionary ('付出' + '代价'), a phrase rather
    than a surname and a given name? (A compound surname's name may read so: '欧阳' + '明月'.)"""
    from generator.ingest.split.text.wordcut import is_word
    return len(t) == 4 and t[:2] not in DOUBLE_SURNAMES and is_word(t[:2]) and is_word(t[2:])


_TAIL_INLINE = re.compile(r"(?<=[。！？”])\s*([（(][^（）()]{2,60}[）)])\s*$")


def split_tail(text: str) -> tuple[str, Byline] | None:
    """'…落到实处。（记者 王薇）' → ('…落到实处。', byline); None without one."""
    m = _TAIL_INLINE.search(text)
    if not m:
        return None
    b = parse_tail(m.group(1))
    return (text[:m.start()].rstrip(), b) if b else None


# an author note closing a signed piece: '（作者单位：X）', '（作者系X）', '（作者：王某，系…）'
_NOTE = re.compile(r"作者(?:工作)?(?:单位|简介)?[\s　]*(?:[：:]|系|为|是)[\s　]*(\S.{1,58})")


def parse_note(inner: str) -> Byline | None:
    """The inside of an author note printed after a commentary or essay → a byline holding the
    note as printed; its credits name the author when the note does ('作者：王某，系…')."""
    m = _NOTE.fullmatch(inner.strip())
    if not m:
        return None
    first = re.split(r"[，,；;\s　]", m.group(1), maxsplit=1)[0]
    credits = [("作者", first)] if re.match(r"作者[\s　]*[：:]", inner.strip()) and is_name(first) else []
    return Byline(f"（{inner.strip()}）", credits, "")


_TAIL_NOTE = re.compile(r"\s*[（(]([^（）()]{2,60})[）)]\s*")


@_cached
def parse_tail(text: str) -> Byline | None:
    """'（记者 王薇）' / '（本报记者 X 通讯员 Y）' / '（王薇）' / an author note '（作者单位：X）' printed
    after a story; None otherwise."""
    m = _TAIL_NOTE.fullmatch(text)
    if not m:
        return None
    inner = m.group(1)
    note = parse_note(inner)
    if note is not None:
        return Byline(text.strip(), note.credits, "")
    name = bare_signature(inner, bracketed=True)
    if name is not None:
        # '…。（王薇）': a bare name after the last sentence credits the item's writer, as a
        # 简讯 item or a short report is signed
        return Byline(text.strip(), [("作者", name)], "")
    if not ROLE.search(inner) or ROLE.match(inner) is None:
        return None
    credits = parse_credits(inner)
    if credits is None:
        return None
    return Byline(text.strip(), credits, "")


# Photo credits: 'X 摄', '记者 X 摄', '（X Y 摄）', 'X/摄', '图/X', 'X 供图'
_CREDIT_NAMES = rf"((?:{_ROLE_RE})?[\s　]*[{HAN}·•]{{2,24}}(?:[\s　、，]+(?:{_ROLE_RE})?[\s　]*[{HAN}·•]{{2,24}})*)"
_CREDIT_LINE = re.compile(rf"^[（(]?[\s　]*{_CREDIT_NAMES}[\s　]*[/／]?[\s　]*(?:摄影?|供图)[\s　]*[）)]?$")
_CREDIT_PIC = re.compile(rf"^[（(]?[\s　]*图[/／:：]\s*{_CREDIT_NAMES}[\s　]*[）)]?$")
_CREDIT_TAIL = re.compile(
    rf"(?<=[。！？”）)])[\s　]*([（(]?[\s　]*{_CREDIT_NAMES}[\s　]*[/／]?[\s　]*(?:摄影?|供图)[\s　]*[）)]?)$")


def _credit_names(names: str) -> list[str] | None:
    credits = parse_credits(names)
    if credits is None:
        return None
    return [n for _, n in credits]


def parse_credit_line(line: str) -> list[str] | None:
    """Names of a standalone photo credit line, or None."""
    names = _credit_line(line)
    return None if names is None else list(names)


# a picture an agency or the paper released, its photographer in brackets: '新华社发（王伟 摄）'
_RELEASED = re.compile(rf"^(?:[{HAN}]{{1,5}}社|本报|[{HAN}]{{2,4}}网)发[\s　]*([（(][^（）()]{{2,40}}[）)])$")
_GAP = re.compile(r"[ \t　]{2,}|(?<=摄)(?!影)[ \t　]*(?=\S)")


@lru_cache(maxsize=8192)
def _credit_line(line: str) -> tuple[str, ...] | None:
    t = line.strip()
    if len(t) > 40:
        return None
    released = _RELEASED.match(t)
    if released:
        return _credit_line(released.group(1))
    parts = [x for x in _GAP.split(t) if x]
    if len(parts) > 1 and all(x.rstrip("）)").endswith(("摄", "摄影")) for x in parts):
        # two photographers credited one after the other: '通讯员 王伟 摄  记者 李强 摄'
        each = [_credit_line(x) for x in parts]
        return None if any(e is None for e in each) else tuple(n for e in each for n in e)
    m = _CREDIT_LINE.match(t) or _CREDIT_PIC.match(t)
    if not m:
        return None
    if (t[0] in "（(") != (t[-1] in "）)"):
        return None            # the wrapped end (or start) of a credit in brackets closing a caption
    names = _credit_names(m.group(1))
    return None if names is None else tuple(names)


def _credit_tail_line(text: str) -> tuple[str, str, list[str]] | None:
    """A credit of a form `_CREDIT_TAIL` does not spell (released by an agency, two
    photographers) set after a caption's last sentence: the run after one of the last marks that
    close a sentence is a whole credit line."""
    if "摄" not in text[-3:]:
        return None
    for m in re.finditer(r"[。！？”]", text[-45:]):
        at = len(text) - min(45, len(text)) + m.end()
        names = _credit_line(text[at:])
        if names:
            return text[:at].rstrip(), text[at:].strip(), list(names)
    return None


def split_credit_tail(text: str) -> tuple[str, str, list[str]] | None:
    """'…精神。 王俊伟 摄' → ('…精神。', '王俊伟 摄', ['王俊伟']); None without a credit."""
    m = _CREDIT_TAIL.search(text)
    if m and _credit_line(text[m.start():]) is None and _credit_tail_line(text):
        m = None        # '…。通讯员 王伟 摄  记者 李强 摄': the whole run is the credit
    if not m:
        return _credit_tail_line(text)
    whole = _credit_line(m.group(1).strip())      # (two photographers: each name apart)
    names = list(whole) if whole else _credit_names(m.group(2))
    if not names:
        return None
    return text[:m.start()].rstrip(), m.group(1).strip(), names
