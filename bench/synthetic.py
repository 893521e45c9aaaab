"""A synthetic newspaper archive with the shape of the real one, for the benchmark and scale tests.

Why synthetic: measuring the build at 100,000 articles needs 100,000 articles, and the sample has a
few. The archive is made to look like what ingest writes for a real daily: one issue a day per paper,
4–16 pages an issue (版, with page names), 3–10 articles a page, kickers and subtitles on some,
bylines and author lists, kinds (mostly articles, some photos, briefs, commentaries, notices and
stories continued onto a later page), topics and places in the front matter, and Chinese bodies of
300–3,000 characters recombined from the real sentences of the seed pages (numbers re-drawn and
place names inserted so the search index sees a realistic, growing vocabulary).

Files are written exactly as ingest writes them — `frontmatter.dump` with the DESIGN.md fields, at
`<articles_dir>/<paper>/<YYYY>/<MM>/<DD>/<NN>-<SS>.md` — so the loader and the build cannot tell
them from ingested ones. Everything is a pure function of the seed: each issue draws from its own
`random.Random(f"{seed}:{paper}:{date}")`, so the output does not depend on how many processes
wrote it.
"""
from __future__ import annotations

import datetime as _dt
import functools
import glob
import os
import random
import re
import time
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Optional, Sequence

from generator.core import frontmatter
from generator.core.forkmap import worker_signals
from generator.core.urls import article_file, make_id
from generator.core.topics import places_in

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS_GLOB = os.path.join(ROOT, "tests", "fixtures", "seeds", "*.txt")
DEFAULT_PAPERS = ("changji-daily", "altay-daily")
DEFAULT_START = _dt.date(2019, 1, 1)

# Page names in the order a Chinese daily usually runs them; page 1 is always 要闻.
PAGE_NAMES = ("要闻", "综合", "经济", "社会", "文化", "专版", "时政", "法治", "教育", "农牧",
              "城建", "副刊", "体育", "国内", "国际", "视点")
# Kinds and their weights for ordinary slots (continuations are made in pairs, see _issue).
KIND_WEIGHTS = (("article", 78), ("brief", 9), ("photo", 7), ("commentary", 4), ("notice", 2))
BODY_RANGE = {"article": (420, 3000), "brief": (300, 600), "photo": (300, 520),
              "commentary": (700, 2200), "notice": (300, 800), "continuation": (400, 2400)}
MIN_BODY, MAX_BODY = 300, 3000

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞俊宇晨曦婷雪琳薇龙芸菲晶茜荣辉斌海燕建国志远佳怡子涵欣然浩然思雨梓萱若曦嘉琪雨泽"
_MINORITY = ("古扎丽", "阿布都热西提", "娜迪亚", "哈依拉提", "吾尔古丽", "阿合买提", "荷苒",
             "马汗", "玛海然", "努尔兰", "阿依古丽", "买买提", "艾力", "热依汗", "巴合提", "叶尔兰",
             "帕提古丽", "阿迪力", "别克", "加娜尔", "库尔班", "塔依尔", "米娜瓦尔", "赛力克")
_PLACE_SYL = "阿勒泰吉木萨尔昌吉呼图壁玛纳斯木垒奇台阜康哈巴河布尔津福海富蕴青河清水泉东西南北新和丰庆安宁平乐兴隆红旗胜利团结光明永丰长青白杨沙湾石河塔城伊宁博乐乌苏精河库车"
_PLACE_SUFFIX = ("县", "乡", "镇", "村", "村", "村", "市")


@dataclass
class SyntheticInfo:
    """What was written, so callers (bench, tests) need not walk the tree again."""
    articles_dir: str
    articles: int = 0
    issues: int = 0
    papers: list[str] = field(default_factory=list)
    first_date: Optional[_dt.date] = None
    last_date: Optional[_dt.date] = None
    body_chars: int = 0
    bytes_written: int = 0
    seconds: float = 0.0
    ids: list[str] = field(default_factory=list)   # only filled by add_synthetic_issue


# ---------------------------------------------------------------- text material (once per process)

@dataclass(frozen=True)
class _Sentence:
    parts: tuple[str, ...]   # text split around numbers; odd items are numbers to redraw
    length: int
    places: tuple[str, ...]
    keywords: frozenset      # topic names whose keywords occur in the sentence

    @property
    def text(self) -> str:
        return "".join(self.parts)


# Numbers in dates, ages and ordinals stay as they are (no "46月" or "4125年").
_NUMBER = re.compile(r"(\d+)(?![\d年月日时点岁号届期])")


def _split_numbers(text: str) -> tuple[str, ...]:
    return tuple(_NUMBER.split(text))


@dataclass(frozen=True)
class _Material:
    sentences: tuple[_Sentence, ...]
    neutral: tuple[_Sentence, ...]    # sentences that trigger no topic
    by_topic: dict                    # topic name → sentences that trigger it
    clauses: tuple[str, ...]          # 8–18 character clauses: headline and kicker stock
    titles: tuple[str, ...]           # real headlines of the seed pages
    reporters: tuple[str, ...]
    places: tuple[str, ...]           # invented place names (with their real-looking suffixes)
    topics: tuple[tuple[str, tuple[str, ...]], ...]


def _taxonomy() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Topic → keywords from the project's site_config.yaml (empty if it cannot be read)."""
    try:
        from generator.core.config import load_config
        cfg = load_config(os.path.join(ROOT, "site_config.yaml"))
        return tuple((t.name, tuple(t.keywords)) for t in cfg.topics)
    except Exception:   # the generator must work in a bare checkout too
        return ()


@functools.lru_cache(maxsize=4)
def _material(seed_glob: str = SEEDS_GLOB) -> _Material:
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(seed_glob))]
    if not texts:
        raise FileNotFoundError(f"no seed pages match {seed_glob}")
    titles = []
    flat_parts = []
    for text in texts:
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("#"):
                t = line.lstrip("#").strip()
                if 6 <= len(t) <= 24:
                    titles.append(t)
            elif line:
                flat_parts.append(line)
    flat = "".join(flat_parts)   # columns are hard-wrapped: joining lines reflows them
    raw_sentences = re.findall(r"[^。！？]+[。！？][”」』）)]?", flat)
    taxonomy = _taxonomy()
    sentences = []
    for s in raw_sentences:
        s = s.strip()
        if not 12 <= len(s) <= 160 or s.startswith(("（上接", "（下转")):
            continue
        if sum("\u4e00" <= ch <= "\u9fff" for ch in s) < len(s) * 0.6:
            continue
        kws = frozenset(name for name, words in taxonomy if any(w in s for w in words))
        sentences.append(_Sentence(_split_numbers(s), len(s), tuple(places_in(s)), kws))
    clauses = sorted({c for s in sentences for c in re.split(r"[，,。！？；：、“”\"（）()]", s.text)
                      if 8 <= len(c) <= 18 and not c[0].isdigit()})
    rng = random.Random("material")
    reporters = set()
    while len(reporters) < 400:
        if rng.random() < 0.2:
            reporters.add(f"{rng.choice(_MINORITY)}·{rng.choice(_MINORITY)}")
        else:
            reporters.add(rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2)))))
    places = set()
    while len(places) < 600:
        places.add("".join(rng.choice(_PLACE_SYL) for _ in range(rng.choice((2, 2, 3)))) + rng.choice(_PLACE_SUFFIX))
    neutral = tuple(s for s in sentences if not s.keywords)
    by_topic = {name: tuple(s for s in sentences if name in s.keywords) for name, _ in taxonomy}
    by_topic = {k: v for k, v in by_topic.items() if v}
    return _Material(tuple(sentences), neutral or tuple(sentences), by_topic, tuple(clauses), tuple(titles), tuple(sorted(reporters)),
                     tuple(sorted(places)), taxonomy)


# ---------------------------------------------------------------- one issue

@dataclass(frozen=True)
class _IssuePlan:
    paper: str
    date: _dt.date
    issue_no: int
    pages: tuple[int, ...]        # article slots on each page (page 1 first)


def _plan_pages(rng: random.Random) -> list[int]:
    n_pages = rng.choice((4, 4, 8, 8, 8, 8, 8, 8, 12, 12, 16))
    return [rng.randint(4, 8) if p == 1 else rng.randint(3, 10) for p in range(1, n_pages + 1)]


def _renumber(s: _Sentence, rng: random.Random) -> str:
    """Redraw every number so that sentences recombined many times still differ."""
    if len(s.parts) == 1:
        return s.parts[0]
    parts = list(s.parts)
    for i in range(1, len(parts), 2):
        width = len(parts[i])
        parts[i] = str(rng.randrange(10 ** (width - 1) if width > 1 else 0, 10 ** width))
    return "".join(parts)


def _body(rng: random.Random, mat: _Material, kind: str, lead: str) -> tuple[str, list[str], set]:
    """Paragraphs of recombined sentences, 300–3,000 characters; also its places and topics."""
    lo, hi = BODY_RANGE[kind]
    target = int(lo * (hi / lo) ** rng.random())      # log-uniform: many short, some long
    places: dict[str, None] = {}
    topics: set = set()
    paras: list[str] = []
    para = lead
    total = len(lead)
    # An article keeps to a subject: half its sentences from one topic, the rest neutral,
    # with an occasional stray sentence from anywhere (so some articles get a second topic).
    theme = mat.by_topic.get(rng.choice(list(mat.by_topic))) if mat.by_topic and rng.random() < 0.8 else None
    while total < target or total < MIN_BODY:
        r = rng.random()
        pool = theme if theme and r < 0.5 else (mat.sentences if r > 0.95 else mat.neutral)
        s = rng.choice(pool)
        text = _renumber(s, rng)
        if rng.random() < 0.15:
            place = rng.choice(mat.places)
            text = f"在{place}，{text}"
            places.setdefault(place, None)
        if total + len(text) > MAX_BODY:
            if total >= MIN_BODY:
                break
            text = text[:MAX_BODY - total - 1] + "。"
        for p in s.places:
            places.setdefault(p, None)
        topics |= s.keywords
        para += text
        total += len(text)
        if len(para) > 80 and rng.random() < 0.45:
            paras.append(para)
            para = ""
    if para:
        paras.append(para)
    return "\n\n".join(paras), list(places), topics


def _title(rng: random.Random, mat: _Material) -> str:
    if mat.titles and rng.random() < 0.03:
        return rng.choice(mat.titles)
    t = rng.choice(mat.clauses)
    if rng.random() < 0.3:
        t = rng.choice(mat.places) + t
    return t


def _byline(rng: random.Random, mat: _Material, kind: str) -> tuple[Optional[str], list[str]]:
    if kind == "notice":
        return None, []
    authors = rng.sample(mat.reporters, rng.choice((1, 1, 1, 2, 2, 3)))
    if kind == "photo":
        return f"本报记者 {' '.join(authors)} 摄", authors
    if kind == "commentary":
        return f"□ {authors[0]}", authors[:1]
    style = rng.randrange(4)
    if style == 0:
        return f"本报讯 记者{'、'.join(authors)}报道", authors
    if style == 1:
        return f"本报讯（记者 {' '.join(authors)}）", authors
    if style == 2 and len(authors) > 1:
        return f"本报讯 记者{authors[0]} 通讯员{'、'.join(authors[1:])}", authors
    return f"本报记者 {' '.join(authors)}", authors


def _issue_articles(plan: _IssuePlan, seed: int, mat: _Material, raw_prefix: str) -> list[tuple[str, dict, str]]:
    """(relative path, front matter, body) for every article of one issue."""
    rng = random.Random(f"{seed}:{plan.paper}:{plan.date.isoformat()}")
    n_pages = len(plan.pages)
    # A story on page 1 continued on a later page (ingest's continued_from/continued_to pair).
    jump_to = rng.randint(2, n_pages) if n_pages > 1 and plan.pages[0] >= 2 and rng.random() < 0.3 else None
    jump_title = None
    out = []
    for p_idx, slots in enumerate(plan.pages):
        page = p_idx + 1
        name = PAGE_NAMES[p_idx] if p_idx < len(PAGE_NAMES) else None
        if page > 1 and rng.random() < 0.1:
            name = rng.choice(PAGE_NAMES[1:])
        line = 1
        for seq in range(1, slots + 1):
            kind = rng.choices([k for k, _ in KIND_WEIGHTS], [w for _, w in KIND_WEIGHTS])[0]
            continued_from = continued_to = None
            if page == 1 and seq == 1 and jump_to:
                kind, continued_to = "article", jump_to
            if page == jump_to and seq == slots and jump_title:
                kind, continued_from = "continuation", 1
            title = jump_title if kind == "continuation" else _title(rng, mat)
            if continued_to:
                jump_title = title
            byline, authors = _byline(rng, mat, kind) if kind != "continuation" else (None, [])
            lead = f"{byline}：" if byline and byline.startswith("本报讯") else ""
            body, places, topic_set = _body(rng, mat, kind, lead)
            if byline and not lead:
                body = f"{byline}\n\n{body}"
            if len(body) > MAX_BODY:   # the byline and paragraph breaks count too
                body = body[:MAX_BODY - 1].rstrip() + "。"
            topic_set |= {name for name, words in mat.topics if any(w in title for w in words)}
            topics = [name for name, _ in mat.topics if name in topic_set]
            n_lines = body.count("\n") + 3
            meta = {
                "id": make_id(plan.paper, plan.date, page, seq), "paper": plan.paper,
                "date": plan.date, "issue_no": plan.issue_no, "page": page, "page_name": name,
                "seq": seq,
                "kicker": _title(rng, mat) if kind == "article" and rng.random() < 0.25 else None,
                "title": title,
                "subtitle": _title(rng, mat) if kind == "article" and rng.random() < 0.08 else None,
                "authors": authors, "byline": byline, "kind": kind,
                "continued_from": continued_from, "continued_to": continued_to,
                "topics": topics, "places": places,
                "source": {"file": f"{raw_prefix}/{plan.paper}/{plan.date.isoformat()}/{page:02d}.txt",
                           "lines": [line, line + n_lines - 1]},
            }
            line += n_lines + 1
            rel = article_file(plan.paper, plan.date, page, seq)
            out.append((rel, meta, body))
    return out


# ---------------------------------------------------------------- writing files fast

# A string YAML writes plain (unquoted) both as a value and inside a flow list: no ASCII
# indicator or flow character anywhere, no control or line-break character, no edge space.
_PLAIN_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f:#,\\[\\]{}&*!|>'\"%@`?\ufeff\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_STR_TAG = "tag:yaml.org,2002:str"
_resolver = frontmatter.yaml.resolver.Resolver()


@functools.lru_cache(maxsize=200_000)
def _plain(value: str) -> Optional[str]:
    """`value` as YAML writes it plain, or None when YAML would quote it (then the caller falls
    back to the YAML library)."""
    if not value or value[0] in " -" or value[-1] == " " or _PLAIN_UNSAFE.search(value) \
            or _resolver.resolve(frontmatter.yaml.ScalarNode, value, (True, False)) != _STR_TAG:
        return None
    return value


def _scalar(value) -> Optional[str]:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        return _plain(value)
    return None


def _flow(value) -> Optional[str]:
    if isinstance(value, (list, tuple)):
        items = [_scalar(v) for v in value]
        return None if None in items else "[" + ", ".join(items) + "]"
    return _scalar(value)


def dump_article(meta: dict, body: str) -> str:
    """Exactly `frontmatter.dump(meta, body)` for the shapes this generator writes (scalars,
    flat lists and the `source` mapping, strings YAML leaves unquoted), ~10× faster; anything
    else goes through `frontmatter.dump` itself."""
    lines = ["---"]
    for key in frontmatter.FIELD_ORDER:
        if key not in meta:
            continue
        value = meta[key]
        if isinstance(value, dict):
            if not value:
                return frontmatter.dump(meta, body)
            lines.append(f"{key}:")
            for k, v in value.items():
                text = _flow(v)
                if text is None or not isinstance(k, str) or _plain(k) is None:
                    return frontmatter.dump(meta, body)
                lines.append(f"  {k}: {text}")
            continue
        text = _flow(value)
        if text is None:
            return frontmatter.dump(meta, body)
        lines.append(f"{key}: {text}")
    if any(k not in frontmatter.FIELD_ORDER for k in meta):
        return frontmatter.dump(meta, body)
    lines.append("---")
    return "\n".join(lines) + f"\n\n{body.strip()}\n"


def _write_issues(job: tuple[str, list[_IssuePlan], int, str]) -> tuple[int, int, int]:
    """Worker: write a batch of issues; returns (articles, body chars, bytes)."""
    articles_dir, plans, seed, raw_prefix = job
    mat = _material()
    n = chars = size = 0
    made_dirs: set = set()
    for plan in plans:
        for rel, meta, body in _issue_articles(plan, seed, mat, raw_prefix):
            path = os.path.join(articles_dir, rel)
            d = os.path.dirname(path)
            if d not in made_dirs:
                os.makedirs(d, exist_ok=True)
                made_dirs.add(d)
            data = dump_article(meta, body).encode("utf-8")
            with open(path, "wb") as fh:
                fh.write(data)
            n += 1
            chars += len(body)
            size += len(data)
    return n, chars, size


def plan_archive(n_articles: int, seed: int = 0, start_date: _dt.date = DEFAULT_START,
                 papers: Sequence[str] = DEFAULT_PAPERS, days_step: int = 1) -> list[_IssuePlan]:
    """The issue layout for exactly `n_articles`: each paper gets an issue every `days_step` days
    from `start_date`; the last issue is cut short so the total comes out exact."""
    rng = random.Random(f"{seed}:plan")
    plans: list[_IssuePlan] = []
    left = n_articles
    day = 0
    while left > 0:
        date = start_date + _dt.timedelta(days=day * days_step)
        for i, paper in enumerate(papers):
            if left <= 0:
                break
            slots = _plan_pages(rng)
            if sum(slots) > left:   # trim trailing pages/slots of the final issue
                trimmed = []
                for s in slots:
                    take = min(s, left - sum(trimmed))
                    if take <= 0:
                        break
                    trimmed.append(take)
                slots = trimmed
            left -= sum(slots)
            plans.append(_IssuePlan(paper, date, 1000 * (i + 1) + day + 1, tuple(slots)))
        day += 1
    return plans


def write_synthetic_archive(articles_dir: str, n_articles: int, seed: int = 0,
                            start_date: _dt.date = DEFAULT_START,
                            papers: Sequence[str] = DEFAULT_PAPERS, days_step: int = 1,
                            workers: Optional[int] = None, raw_prefix: str = "content/raw") -> SyntheticInfo:
    """Write `n_articles` article files under `articles_dir` (deterministic for `seed`).

    `days_step` spaces the issues (1 = a daily); `workers` defaults to the CPU count.
    """
    t0 = time.perf_counter()
    plans = plan_archive(n_articles, seed, start_date, papers, days_step)
    info = SyntheticInfo(articles_dir=articles_dir, papers=list(dict.fromkeys(p.paper for p in plans)),
                         issues=len(plans),
                         first_date=plans[0].date if plans else None,
                         last_date=plans[-1].date if plans else None)
    _material()   # build once before forking, so workers inherit it
    workers = workers or os.cpu_count() or 1
    batch = max(1, len(plans) // (workers * 8))
    jobs = [(articles_dir, plans[i:i + batch], seed, raw_prefix) for i in range(0, len(plans), batch)]
    if workers > 1 and len(jobs) > 1:
        with get_context("fork").Pool(workers, initializer=worker_signals) as pool:
            results = pool.map(_write_issues, jobs, chunksize=1)
    else:
        results = [_write_issues(j) for j in jobs]
    for n, chars, size in results:
        info.articles += n
        info.body_chars += chars
        info.bytes_written += size
    info.seconds = time.perf_counter() - t0
    return info


def last_issue_date(articles_dir: str, paper: str) -> Optional[_dt.date]:
    """The newest date with an issue folder for `paper` (folders are <YYYY>/<MM>/<DD>)."""
    base = os.path.join(articles_dir, paper)

    def newest(path: str, width: int) -> Optional[str]:
        try:
            names = [n for n in os.listdir(path) if n.isdigit() and len(n) == width]
        except FileNotFoundError:
            return None
        return max(names) if names else None

    y = newest(base, 4)
    if not y:
        return None
    m = newest(os.path.join(base, y), 2)
    d = newest(os.path.join(base, y, m), 2) if m else None
    return _dt.date(int(y), int(m), int(d)) if d else None


def add_synthetic_issue(articles_dir: str, paper: str = DEFAULT_PAPERS[0],
                        date: Optional[_dt.date] = None, n_articles: int = 60,
                        seed: int = 0, raw_prefix: str = "content/raw") -> SyntheticInfo:
    """Write one new issue of exactly `n_articles` — by default dated the day after `paper`'s
    newest issue — the way a day's ingest adds one. Returns the ids written."""
    t0 = time.perf_counter()
    if date is None:
        last = last_issue_date(articles_dir, paper)
        date = (last + _dt.timedelta(days=1)) if last else DEFAULT_START
    rng = random.Random(f"{seed}:{paper}:{date.isoformat()}:plan")
    slots: list[int] = []
    while sum(slots) < n_articles:
        slots.append(min(rng.randint(4, 8) if not slots else rng.randint(5, 10), n_articles - sum(slots)))
    plan = _IssuePlan(paper, date, 9000 + date.toordinal() % 1000, tuple(slots))
    mat = _material()
    info = SyntheticInfo(articles_dir=articles_dir, issues=1, papers=[paper], first_date=date, last_date=date)
    for rel, meta, body in _issue_articles(plan, seed, mat, raw_prefix):
        path = os.path.join(articles_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = dump_article(meta, body).encode("utf-8")
        with open(path, "wb") as fh:
            fh.write(data)
        info.articles += 1
        info.body_chars += len(body)
        info.bytes_written += len(data)
        info.ids.append(meta["id"])
    info.seconds = time.perf_counter() - t0
    return info
