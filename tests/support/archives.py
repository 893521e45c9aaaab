"""Small synthetic archives for the site tests, written with generator.core.frontmatter.dump exactly
as ingest writes articles (until real ingest output is available, and to control the shape)."""
from __future__ import annotations

import datetime as _dt
import random
import shutil
from pathlib import Path

from generator.build.pipeline import build_site
from generator.core.config import load_config
from generator.core.frontmatter import dump
from generator.core.urls import article_file, make_id
from tests.support.project import ROOT

TODAY = _dt.date(2024, 11, 8)   # an issue exists on 11-08 in an earlier year: 历史上的今天


def build(project: Path, **kw):
    """Build `project` in-process as `build.py build` does (no search, quiet, a fixed today)."""
    cfg = load_config(str(project / "site_config.yaml"))
    kw.setdefault("search", False)
    kw.setdefault("progress", False)
    kw.setdefault("today", TODAY)
    return build_site(cfg, **kw)

SENTENCES = [
    "张进文是吉木萨尔县人民医院骨科医生，也是昌吉州援乌医疗队的队员之一。",
    "他已在乌鲁木齐市奋战了1月有余，每天往返于各高风险小区、医院和定点酒店。",
    "白杨河乡西上湖村的村民们正在忙着修缮取暖设施，确保群众温暖过冬。",
    "州人民政府召开专题会议，研究部署乡村振兴重点工作。",
    "金融机构加大对中小微企业的贷款支持力度，助力经济稳定增长。",
    "昌吉市火车站旅客发送量稳步回升，铁路部门增开班列。",
    "学校组织学生参观博物馆，感受中华优秀传统文化的魅力。",
    "社区网格员走村入户，宣传平安建设和防诈骗知识。",
    "阿勒泰地区布尔津县喀纳斯景区迎来冬季旅游热潮。",
    "党员干部深入基层一线，帮助群众解决急难愁盼问题。",
]
PAGE_NAMES = ["要闻", "综合", "经济", "社会", "文化", "副刊", "专版", "广告"]


def article_meta(paper: str, date: _dt.date, page: int, seq: int, title: str, **extra) -> dict:
    meta = {"id": make_id(paper, date, page, seq), "paper": paper, "date": date, "page": page,
            "page_name": PAGE_NAMES[(page - 1) % len(PAGE_NAMES)], "seq": seq, "title": title,
            "authors": ["王薇"], "byline": "本报记者 王薇", "kind": "article"}
    meta.update(extra)
    return meta


def write_article(articles_dir: Path, meta: dict, body: str) -> Path:
    path = articles_dir / article_file(meta["paper"], meta["date"], meta["page"], meta["seq"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump(meta, body), encoding="utf-8")
    return path


def body_for(rng: random.Random, paras: int = 3) -> str:
    return "\n\n".join("".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4)))
                       for _ in range(paras))


def make_project(dest: Path, issues: int = 3, pages: int = 2, per_page: int = 3,
                 papers=("changji-daily",), start=_dt.date(2022, 11, 7), seed: int = 1,
                 base_url: str | None = None) -> Path:
    """A project folder (config + templates) with a small generated archive."""
    dest.mkdir(parents=True, exist_ok=True)
    cfg = (ROOT / "site_config.yaml").read_text(encoding="utf-8")
    if base_url:
        cfg = cfg.replace("base_url: https://archive.example.org/", f"base_url: {base_url}")
    (dest / "site_config.yaml").write_text(cfg, encoding="utf-8")
    if (dest / "templates").exists():
        shutil.rmtree(dest / "templates")
    shutil.copytree(ROOT / "templates", dest / "templates")
    rng = random.Random(seed)
    arts = dest / "content" / "articles"
    for paper in papers:
        day = start
        for i in range(issues):
            for p in range(1, pages + 1):
                for s in range(1, per_page + 1):
                    title = f"{paper[:2]}第{i + 1}期第{p}版第{s}篇：" + rng.choice(SENTENCES)[:10]
                    extra = {"issue_no": 8000 + i}
                    if s == 1 and p == 1:
                        extra["kicker"] = "临危受命 逆行出征"
                        extra["subtitle"] = "同心抗疫 共克时艰"
                    if s == 2 and p == 1 and pages > 1:
                        extra["continued_to"] = 2
                    if s == 2 and p == 2:
                        extra["continued_from"] = 1
                        extra["kind"] = "continuation"
                    write_article(arts, article_meta(paper, day, p, s, title, **extra),
                                  body_for(rng))
            day += _dt.timedelta(days=rng.choice([1, 1, 2]))
    return dest
