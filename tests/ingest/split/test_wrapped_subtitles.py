"""A subtitle a Markdown converter printed over two lines with a hard line break is one phrase,
unless its halves are two parallel phrases (a slogan)."""
from __future__ import annotations

from generator.ingest.split.page import split_page


def test_a_subtitle_a_box_broke_in_equal_halves_is_one_phrase_when_the_text_says_it_whole():
    # Markdown page: the subtitle broken by a hard line break into two halves of five characters;
    # the lead says the words across the break ('找到' + '更多'), so it is one phrase, no slogan
    page = ("## 救援人员搜寻委内瑞拉地震幸存者，美国加大援助\n\n\n"
            "希望能找到  \n更多幸存者\n\n\n"
            "□记者 肖佳晓\n\n\n"
            "救援人员星期一在委内瑞拉北部搜寻废墟，希望能找到更多幸存者。上星期发生的两次强震已造成至少1450人丧生。\n")
    art = split_page(page).articles[0]
    assert (art.title, art.subtitle) == ("救援人员搜寻委内瑞拉地震幸存者，美国加大援助", "希望能找到更多幸存者"), art
