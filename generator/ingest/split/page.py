"""`split_page`: one page of extracted text → its articles and its non-article lines."""
from __future__ import annotations

from generator.ingest.split.classify.markwidth import page_marks
from generator.ingest.split.classify.blockbreaks import map_lines, restore_breaks
from generator.ingest.split.classify.banners import mark_banner
from generator.ingest.split.heads.headwrap import join_cut_headings, join_wrapped_heads
from generator.ingest.split.order.floatbylines import move_floating_bylines
from generator.ingest.split.heads.titleends import join_clause_heads
from generator.ingest.split.order.columnpieces import rejoin_column_pieces
from generator.ingest.split.classify.lines import classify
from generator.ingest.split.boxes.sidebars import sidebar_labels_as_text
from generator.ingest.split.boxes.boxlabels import labels_over_one_story
from generator.ingest.split.order.sideheads import unweave_heads
from generator.ingest.split.order.sidecolumns import unweave_columns
from generator.ingest.split.order.threadheads import take_threaded_heads
from generator.ingest.split.classify.mdblanks import mend_blanks, mend_head_pieces
from generator.ingest.split.order.resume import resume_pieces
from generator.ingest.split.order.lostopenings import restore_openings
from generator.ingest.split.order.cutopenings import restore_cut_openings
from generator.ingest.split.order.rethread import rethread_pieces
from generator.ingest.split.order.foreignleads import restore_foreign_leads
from generator.ingest.split.order.plainresume import resume_plain_pieces
from generator.ingest.split.order.midpieces import move_mid_pieces
from generator.ingest.split.order.tailmatch import match_tails
from generator.ingest.split.authors.namelines import names_under_heads
from generator.ingest.split.authors.namebylines import names_under_column_heads
from generator.ingest.split.heads.stacksubs import subs_between_heads
from generator.ingest.split.heads.kickerlines import kickers_over_heads
from generator.ingest.split.heads.boldkickers import kickers_over_bold_heads
from generator.ingest.split.order.stackswap import swap_stacked_heads
from generator.ingest.split.order.lateheads import raise_late_heads
from generator.ingest.split.classify.pageheader import mark_header_cells
from generator.ingest.split.text.textutil import han_count
from generator.ingest.split.result import Dropped, SplitResult
from generator.ingest.split.stories.segment import split_units
from generator.ingest.split.units.blocks import build_units
from generator.ingest.split.heads.stackedunits import part_stacked_heads
from generator.ingest.split.boxes.briefitems import bulleted_items
from generator.ingest.split.boxes.briefbox import brief_box_items
from generator.ingest.split.boxes.briefruns import brief_run_heads
from generator.ingest.split.authors.stackbyline import subtitles_over_bylines
from generator.ingest.split.heads.headbyline import heads_over_bylines
from generator.ingest.split.heads.headpieces import join_head_pieces
from generator.ingest.split.heads.headoverlap import heads_by_overlap
from generator.ingest.split.authors.bylinewrap import join_wrapped_bylines
from generator.ingest.split.heads.subwrap import join_wrapped_subtitles
from generator.ingest.split.boxes.boxmeasure import box_commentaries
from generator.ingest.split.heads.boxsubs import mark_box_subtitles
from generator.ingest.split.boxes.sidebars import sidebar_labels
from generator.ingest.split.boxes.pullquotes import drop_pull_quotes
from generator.ingest.split.boxes.briefs import closing_picture_bylines, commentary_labels, strip_bullets
from generator.ingest.split.boxes.labelheads import labels_over_headlines
from generator.ingest.split.boxes.noticeheads import notice_names_down


def split_page(text: str) -> SplitResult:
    """Pure: decoded page text in, articles (reading order) and dropped lines out."""
    with page_marks(text):
        return _split_page(text)


def _split_page(text: str) -> SplitResult:
    restored = restore_breaks(text)
    if restored is None:
        return _split(text)
    return map_lines(_split(restored.text), restored.source)


def _split(text: str) -> SplitResult:
    if han_count(text) < 10:
        lines = [Dropped("unrecognised", t.strip(), n + 1) for n, t in enumerate(text.split("\n")) if t.strip()]
        return SplitResult(dropped=lines,
                           doubts=["no articles recognised: the page has (almost) no Chinese text"])
    lines = move_floating_bylines(join_wrapped_subtitles(join_wrapped_bylines(take_threaded_heads(unweave_columns(unweave_heads(labels_over_one_story(sidebar_labels_as_text(classify(text))), text), text), text))))
    lines = mark_box_subtitles(lines)
    lines = mend_head_pieces(subs_between_heads(names_under_heads(kickers_over_heads(kickers_over_bold_heads(join_cut_headings(lines))))))
    lines = restore_cut_openings(lines, text)
    lines = resume_plain_pieces(resume_pieces(lines, text), text)
    lines = rethread_pieces(restore_foreign_leads(restore_openings(lines, text), text), text)
    lines = raise_late_heads(match_tails(swap_stacked_heads(move_mid_pieces(lines, text))))
    laid = rejoin_column_pieces(mend_blanks(mark_banner(join_wrapped_heads(mark_header_cells(lines)))))
    units, md = build_units(laid)
    if not md:
        names_under_column_heads(units)
        join_clause_heads(units)
        units = part_stacked_heads(units)
    # the head rules read a unit's lines as the blocks were built from them (a wrapped
    # headline one line again)
    join_head_pieces(units, laid)
    heads_over_bylines(units, laid)
    heads_by_overlap(units, laid, md)
    units = brief_run_heads(units, lines)
    bulleted_items(units)
    brief_box_items(units, lines)
    subtitles_over_bylines(units)
    strip_bullets(units)
    closing_picture_bylines(units)
    drop_pull_quotes(units)
    sidebar_labels(units)
    result = split_units(units, md)
    commentary_labels(lines, result)
    labels_over_headlines(lines, result)
    notice_names_down(lines, result)
    if not md:
        box_commentaries(text, result)
    for d in lines:
        if d.kind in ("from", "to") and not any(x.line == d.no and x.kind == "marker" and x.text == d.text
                                                for x in result.dropped):
            result.dropped.append(Dropped("marker", d.text, d.no))
    result.dropped.sort(key=lambda x: x.line)
    if not result.articles and not result.doubts:
        result.doubts.append("no articles recognised on this page")
    return result
