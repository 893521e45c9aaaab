"""Fixtures for the site tests: a small generated archive, built once per module."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.config import load_config
from generator.pipeline import build_site

from .fixtures import make_project

TODAY = dt.date(2024, 11, 8)   # an issue exists on 11-08 in an earlier year: 历史上的今天


def build(project: Path, **kw):
    cfg = load_config(str(project / "site_config.yaml"))
    kw.setdefault("search", False)
    kw.setdefault("progress", False)
    kw.setdefault("today", TODAY)
    return build_site(cfg, **kw)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A project with 2 papers × 3 issues × 2 pages × 3 articles, built into site/."""
    project = make_project(tmp_path_factory.mktemp("site") / "p",
                           papers=("changji-daily", "altay-daily"))
    build(project)
    return project
