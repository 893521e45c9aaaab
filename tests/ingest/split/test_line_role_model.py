"""The line-role model (`rolemodel`, trained by `python -m bench.ingest.train_roles`): the shipped
JSON loads with the features the product computes, gives each non-blank line one role, reads
generated pages far better than calling every line body, and training is deterministic."""
from __future__ import annotations

import json

import pytest

from bench.ingest.corpus import load_corpus
from bench.ingest.pagegen import ROLES, make_labeled_page
from generator.ingest.split.heads import rolemodel
from generator.ingest.split.heads.rolefeatures import NAMES
from tests.support.scoring import FIXTURE


@pytest.fixture(scope="module")
def pages() -> list[tuple[str, list[str]]]:
    corpus = load_corpus(FIXTURE)
    out = []
    for n in range(16):
        text, _, roles = make_labeled_page(corpus, f"rolemodel:{n}")
        out.append((text, roles))
    return out


def test_the_shipped_model_loads_with_the_features_and_roles_of_the_generator():
    spec = json.loads(rolemodel.MODEL.read_text(encoding="utf-8"))
    assert tuple(spec["features"]) == NAMES
    assert tuple(rolemodel.model().roles) == ROLES


def test_each_non_blank_line_gets_a_role_and_chances_that_sum_to_one(pages):
    text, _ = pages[0]
    got = rolemodel.line_roles(text)
    assert len(got) == sum(1 for x in text.split("\n") if x.strip())
    for role, chances in got:
        assert role in ROLES and abs(sum(chances.values()) - 1.0) < 1e-6


def test_the_model_reads_head_lines_that_calling_every_line_body_misses(pages):
    right = lines = heads = heads_right = 0
    for text, roles in pages:
        got = [r for r, _ in rolemodel.line_roles(text)]
        for want, r in zip(roles, got):
            lines += 1
            right += want == r
            if want in ("title", "kicker", "subtitle"):
                heads += 1
                heads_right += want == r
    body_share = sum(r == "body" for _, roles in pages for r in roles) / lines
    assert right / lines > body_share + 0.03, (right / lines, body_share)
    assert heads_right / heads >= 0.5, heads_right / heads


def test_training_is_deterministic(tmp_path):
    pytest.importorskip("sklearn")
    from bench.ingest import train_roles
    outs = []
    for k in range(2):
        out = tmp_path / f"m{k}.json"
        assert train_roles.main(["--pages", "4", "--iters", "2", "--val-pages", "2", "--corpus", FIXTURE,
                                 "--out", str(out)]) == 0
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    assert tuple(json.loads(outs[0])["features"]) == NAMES
