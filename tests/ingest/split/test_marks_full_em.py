"""A page tells how wide it sets its punctuation: a column page wrapped with every mark a full em
is measured that way (`classify.markwidth`), so a full line holding marks is no short line, and
a page that compresses its marks keeps them at half an em."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page
from generator.ingest.split.classify.markwidth import sets_marks_full

TEXT = ("美国众议院中国问题特设委员会周五表示，将就此事举行听证会，邀请多位学者作证。委员会主席说，"
        "这一问题关系重大，必须认真对待；多名议员随后发表声明，呼吁各方保持克制，尊重历史事实。"
        "当天，相关展览在华盛顿开幕，吸引了大批观众前来参观，其中包括来自各地的学生和研究人员。") * 2


def wrap(text: str, measure: float, mark: float) -> list[str]:
    """Hard-wrap `text` to `measure` em, a mark counting `mark` em."""
    lines, line, used = [], "", 0.0
    for ch in text:
        w = mark if ch in "，。、；：“”" else 1.0
        if used + w > measure:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += w
    return lines + [line]


def test_a_page_wrapped_with_marks_a_full_em_is_measured_so():
    assert sets_marks_full("\n".join(wrap(TEXT, 15, 1.0)))


def test_a_page_that_compresses_its_marks_keeps_them_at_half_an_em():
    assert not sets_marks_full("\n".join(wrap(TEXT, 15, 0.5)))


def test_a_lead_byline_wrapped_inside_a_name_on_a_full_em_page_stays_the_stories_byline():
    page = (Path(__file__).parent / "extracted" / "col_marks_full_em_wrapped_byline.txt").read_text(encoding="utf-8")
    story = next(a for a in split_page(page).articles if "唐怡轩" in a.body or "唐怡轩" in " ".join(a.authors))
    assert story.title == "美众院中国问题特设委员会六四事件周年纪念抗命将军徐勤先：他站在历史正确的一边"
    assert "唐怡轩" in story.authors


def test_the_mark_width_comes_back_however_the_split_ends_and_stays_in_its_thread():
    import threading
    from generator.ingest.split.classify.markwidth import page_marks
    from generator.ingest.split.text.textutil import width
    full_page = "\n".join(wrap(TEXT, 15, 1.0))
    try:
        with page_marks(full_page):
            assert width("说，") == 2.0
            seen = []
            other = threading.Thread(target=lambda: seen.append(width("说，")))
            other.start()
            other.join()
            assert seen == [1.5]
            raise RuntimeError
    except RuntimeError:
        pass
    assert width("说，") == 1.5
