"""Vertical headlines on a page PDF, by position only: two set side by side (a gutter apart)
stay two headlines, however their rows of characters were grouped; the side a vertical
headline's text stands on is that of the nearer text; a story's columns set narrower to leave
a vertical headline room are not taken for a frameless box's padding, a box's are."""
from __future__ import annotations

from generator.ingest.pdf.layout import Line, grid_columns, make_lines, own_side
from generator.ingest.pdf.read import Char

HEAD = 19.5
BODY = 9.8


def _column(text: str, x: float, top: float, size: float = HEAD, font: str = "Head/700") -> list[Char]:
    """One vertical column of characters, one a row, set with a line height of 1.25."""
    return [Char(ch, x, x + size, top + k * size, top + (k + 1) * size, size, font) for k, ch in enumerate(text)]


def test_two_vertical_headlines_side_by_side_stay_two_headlines():
    # story A's headline in two columns (right to left: 全市中小学开 / 展冬季安全教育), set at the
    # right of its text; a gutter (0.9 em) to its right, story B's one-column headline
    a_right, a_left = 380.0, 380.0 - 1.25 * HEAD
    b = a_right + HEAD + 0.9 * HEAD
    chars = _column("全市中小学开", a_right, 100) + _column("展冬季安全教育", a_left, 100) + \
        _column("冬季供暖工作全面启动", b, 100)
    vertical = sorted((l for l in make_lines(chars) if l.vertical), key=lambda l: l.x0)
    assert [l.text for l in vertical] == ["全市中小学开展冬季安全教育", "冬季供暖工作全面启动"]


def test_a_vertical_headline_s_text_is_on_the_side_of_the_nearer_column():
    v = Line("白宫南草坪拥有悠久的体育历史", 1001, 1020, 55, 328, HEAD, "Head/700", True, vertical=True)
    left = [Line("总统官邸正南方的广阔草", 880, 990, 60 + 15 * k, 70 + 15 * k, BODY, "Body/400", False)
            for k in range(10)]
    right = [Line("星期一（6月1日），美国职", 1036, 1163, 60 + 15 * k, 70 + 15 * k, BODY, "Body/400", False)
             for k in range(10)]
    assert own_side(v, left + right + [v], BODY) == "left"
    assert own_side(v, [l for l in right] + [v], BODY) == "right"
    assert own_side(v, [v], BODY) is None


def test_a_narrow_column_on_the_page_grid_is_a_box_s_off_the_grid_is_not():
    grid = [(27.0, 154.0), (172.0, 299.0), (316.0, 443.0)]
    padded = (467.2, 582.0)              # the fourth column (461–588), a box's padding inside it
    beside_head = (143.6, 242.2)         # a story's column narrowed by a vertical headline
    cols = grid_columns(sorted(grid + [padded]), BODY)
    assert abs(cols[-1][0] - 461) < 1 and abs(cols[-1][1] - 588) < 1
    assert grid_columns(sorted(grid + [beside_head]), BODY)[1] == beside_head


def test_a_vertical_column_opening_with_a_mark_stays_in_its_headline():
    # right column 美国两党议员推动立法, left column ，限制对华生物技术投资: the comma sits in the
    # upper right of its cell, off the column's axis
    right_x, left_x = 400.0, 400.0 - 1.25 * HEAD
    chars = _column("美国两党议员推动立法", right_x, 100)
    chars.append(Char("，", left_x + 0.6 * HEAD, left_x + 0.9 * HEAD, 100, 100 + 0.4 * HEAD, HEAD, "Head/700"))
    chars += _column("限制对华生物技术投资", left_x, 100 + HEAD)
    vertical = [l for l in make_lines(chars) if l.vertical]
    assert [l.text for l in vertical] == ["美国两党议员推动立法，限制对华生物技术投资"]


def test_the_columns_of_a_box_over_two_columns_are_found_on_the_grid_by_their_outer_edges():
    grid = [(27.0, 154.0), (172.0, 299.0)]
    box = [(322.5, 443.2), (461.0, 582.0)]    # columns 316–443 and 461–588, padded outside only
    cols = grid_columns(sorted(grid + box), BODY)
    assert abs(cols[2][0] - 316) < 1.5 and abs(cols[3][1] - 588) < 1.5
