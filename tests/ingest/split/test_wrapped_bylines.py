"""A byline line its box wrapped (bench-ingest --typeset, seeds 7301 and 7304, both extractors):
the rest of the last name or role printed on the next line, before the blank over the story
(generator/ingest/split/authors/bylinewrap.py), is the byline's, not the story's first characters."""
from __future__ import annotations

from generator.ingest.split import split_page
from generator.ingest.split.text.decode import decode_page

PDFTOTEXT = ("美伊停火协议再次经受考验\n\n■本报记者 白燕磊 通讯员 雷国\n鑫\n\n"
             "美伊之间的停火协议再次\n受到考验：在美国军方对伊\n朗境内实施打击后，伊朗予\n以报复。\n")
MARKDOWN = ("# 台驻美代表处欢迎美国建国250年全美州议会50位女性州议员到华盛顿\n\n\n"
            "本报记者 古扎丽·赛力克 通讯\n员 孟梅玉\n\n\n来自全美50个州议会的\n\n"
            "大约50名女性州议员，星期\n二访问了台北经济文化代表处。\n")


def test_rest_of_a_wrapped_name_belongs_to_the_byline():
    (art,) = split_page(PDFTOTEXT).articles
    assert art.authors == ["白燕磊", "雷国鑫"]
    assert art.body.startswith("美伊之间的停火协议")


def test_rest_of_a_wrapped_role_belongs_to_the_byline_in_markdown():
    (art,) = split_page(decode_page(MARKDOWN.encode("utf-8"), "page.md")).articles
    assert art.authors == ["古扎丽·赛力克", "孟梅玉"]
    assert art.body.startswith("来自全美50个州议会的")


def test_a_short_line_after_a_blank_under_a_byline_is_text():
    text = "城东新建三处社区食堂\n\n□记者 王芳\n\n开门迎客\n\n近日，城东街道新建的三处社区食堂开门迎客。\n"
    for art in split_page(text).articles:
        assert art.authors == ["王芳"] or "王芳开门" not in (art.byline or "")


def test_wrapped_dash_subtitle_and_six_line_head_over_a_wrapped_byline():
    # pdftotext, seed 7302 page 10: a head its box wrapped over six lines, a '——' subtitle
    # wrapped over two, a byline wrapped over two, then the story
    from pathlib import Path
    text = (Path(__file__).parent / "extracted" / "pdftotext_wrapped_subtitle.txt").read_text(encoding="utf-8")
    art = next(a for a in split_page(text).articles if a.authors)
    assert art.title == "谷歌：与中国有关联的黑客组织袭击北美人工智能、网络、医学与国防研究领域机构"
    assert art.subtitle == "——谷歌没有具体说明受到攻击的机构"
    assert art.authors == ["买买提江·马汗", "贾婷"]
    assert art.body.startswith("谷歌(Google)表示")


def test_byline_cut_inside_a_name_at_its_middle_dot_is_joined_with_the_rest():
    page = ("# 美伊代表团周三 将于卡塔尔分别 与调节方会晤\n\n——促使美国作出军事回应\n\n\n"
            "本报记者 杨辉 通讯员 哈力旦·\n吾斯曼\n\n\n特朗普政府一名高层官员\n告诉美国之音，美国特使威特\n"
            "科夫星期三将在卡塔尔与调解\n方会晤，继续就谅解备忘录进\n行磋商。\n")
    (art,) = split_page(page).articles
    assert art.authors == ["杨辉", "哈力旦·吾斯曼"]
    assert art.subtitle.lstrip("—") == "促使美国作出军事回应"
    assert art.body.startswith("特朗普政府一名高层官员")
