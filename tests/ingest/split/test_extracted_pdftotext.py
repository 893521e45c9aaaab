"""Plain text from pdftotext (bench-ingest --typeset, seed 11): a headline a narrow box wrapped
over several lines (generator/ingest/split/heads/headwrap.py) is one title, not a kicker over a title
over a subtitle, nor the end of the column above."""
from __future__ import annotations

from pathlib import Path

from generator.ingest.split import split_page
from generator.ingest.split.heads.headwrap import join_wrapped_heads
from generator.ingest.split.classify.lines import classify

HERE = Path(__file__).parent / "extracted"


def test_headlines_wrapped_by_a_narrow_box_are_one_title():
    arts = split_page((HERE / "pdftotext_narrow_heads.txt").read_text(encoding="utf-8")).articles
    titles = [a.title for a in arts]
    assert "特朗普总统：霍尔木兹海峡免费开放油价创新低" in titles
    assert "海格塞斯：任何未来美国对台军售的决定都将由特朗普总统做出" in titles
    trump = arts[titles.index("特朗普总统：霍尔木兹海峡免费开放油价创新低")]
    assert trump.kicker is None
    assert trump.authors == ["魏源", "郑博海"]


def test_column_text_and_grouped_headlines_are_left_alone():
    column = "中国的挑衅作为和认知战，中\n国宣称东部海域是其执法区域\n“是对台湾国家主权严重伤\n害”"
    assert [l.text for l in join_wrapped_heads(classify(column))] == column.split("\n")
    grouped = "城东新建三处社\n区食堂开门迎客\n\n老旧小区改造让\n居民住得更舒心\n\n果农冬季修剪忙"
    assert [l.text for l in join_wrapped_heads(classify(grouped)) if l.text] == [
        t for t in grouped.split("\n") if t]


def test_page_header_cells_are_furniture_not_kickers():
    from generator.ingest.split.classify.pageheader import mark_header_cells
    top = "河谷日报\n\n2020年2月27日 星期四\n\n第3版\n\n时政\n\n责任编辑：加娜尔·艾山\n\n战斗仍在继续\n\n奥巴马在芝加哥为新的总统中心揭幕\n"
    kinds = {l.text: l.kind for l in mark_header_cells(classify(top)) if l.text}
    assert kinds["河谷日报"] == kinds["时政"] == "header"
    assert kinds["战斗仍在继续"] == "text"          # the first story's kicker, after the cells
    # a cell the reading order put between two columns, after the page number
    mid = "人与人之间的交流。\n\n第7版\n\n县域\n\n俄罗斯无人机袭击后，北约盟国声援\n"
    kinds = {l.text: l.kind for l in mark_header_cells(classify(mid)) if l.text}
    assert kinds["县域"] == "header" and kinds["人与人之间的交流。"] == "text"


def test_two_line_headline_broken_after_an_opening_quote_is_one_line():
    text = "共卫生事件。\n\n副总统万斯说，美伊协议“\n从根本上说是一项好协议”\n\n■记者王志晓 通讯员 黎志海\n"
    texts = [l.text for l in join_wrapped_heads(classify(text)) if l.kind == "text"]
    assert "副总统万斯说，美伊协议“从根本上说是一项好协议”" in texts


def test_two_line_headline_cut_inside_a_word_of_its_story_is_one_line():
    body = "\n".join(["美国商务部星期天（5月", "31日）在其官网发布一份最", "新指南，明确规定今后将对总",
                      "部位于中国的实体（即便这些", "实体身处中国境外）实施先进", "芯片的出口许可要求。此举旨",
                      "在封堵一个已存在一年之久的", "监管漏洞，阻止英伟达等企业", "将最先进的芯片出口给中国境",
                      "外的中国实体公司。"])
    text = "边城日报\n\n2020年2月8日 星期六\n\n美国商务部周末急发新规：禁止向中\n国境外的中企出口先进AI芯片\n\n" + body + "\n"
    arts = split_page(text).articles
    assert arts[0].title == "美国商务部周末急发新规：禁止向中国境外的中企出口先进AI芯片"


def test_page_name_read_as_a_bare_signature_is_a_header_cell():
    from generator.ingest.split.classify.pageheader import mark_header_cells
    # (a short phrase alone over text may read as a bare signature — a common word such as
    # '文化' no longer does —; after '第N版' it is the 版名 either way)
    mid = ("在多哈举行了间接会谈。\n\n第6版\n\n文化\n\n■简讯\n受美伊和平协议希望提\n振\n\n"
           "责任编辑：别克·马汗\n\n●本报讯 白宫南草坪将于星期天举办\n")
    assert [l.kind for l in classify(mid) if l.text == "文化"] in (["byline"], ["text"])
    kinds = {l.text: l.kind for l in mark_header_cells(classify(mid)) if l.text}
    assert kinds["文化"] == "header"


_CUT_COLUMN = ["华为技术有限公司就是一个典", "型案例。这家与中国政府关系"]
_STORY = ["唐纳德·特朗普总统星期一说，", "伊朗将同意对其核计划进行长", "期检查，这是上星期与德黑兰",
          "签署的临时和平协议的一项关", "键条款。"]


def test_headline_after_a_column_cut_mid_sentence_heads_the_story_below():
    # the column above stops inside a sentence (its story goes on elsewhere on the page)
    text = "\n".join(_CUT_COLUMN) + "\n\n特朗普总统：伊朗将同意长期接受核检查\n\n" + "\n".join(_STORY) + "\n"
    arts = split_page(text).articles
    assert [a.title for a in arts][-1] == "特朗普总统：伊朗将同意长期接受核检查"
    assert arts[-1].body.startswith("唐纳德·特朗普总统星期一说")
    assert "特朗普总统：伊朗将" not in arts[0].body


def test_column_text_after_a_column_cut_mid_sentence_goes_on_with_it():
    text = "\n".join(_CUT_COLUMN) + "\n\n" + "\n".join(["密切的公司，仍可在美国法院", "主张其专利权，并起诉美国企",
                                                       "业侵权。"]) + "\n"
    arts = split_page("美议员提案禁止敌手获得专利\n\n" + text).articles
    assert len(arts) == 1 and "中国政府关系密切的公司" in arts[0].body


_CHIPS = ["新华社上海2月2日电", "（记者 郝航辉、宋超新）美", "国商务部星期天（5月31日）", "在其官网发布一份最新指南，",
          "明确规定今后将对总部位于中", "国的实体（即便这些实体身处", "中国境外）实施先进芯片的出", "口许可要求。"]


def test_third_line_under_a_title_that_stopped_short_is_its_subtitle():
    # the kicker fills the column; the title's first line runs over it, its second stops short
    text = ("他说：“工作基础是‘承诺换承诺’。”\n\n议员和专家在听证会上警告\n\n美国商务部周末急发新规：禁止向中\n"
            "国境外的中企出口先进AI芯片\n处置或售后维护服务\n\n" + "\n".join(_CHIPS) + "\n")
    art = split_page(text).articles[-1]
    assert (art.kicker, art.title, art.subtitle) == (
        "议员和专家在听证会上警告", "美国商务部周末急发新规：禁止向中国境外的中企出口先进AI芯片", "处置或售后维护服务")
    assert art.authors == ["郝航辉", "宋超新"]


def test_three_lines_wrapped_to_one_measure_stay_one_title():
    from generator.ingest.split.heads.titleends import title_over_plain_subtitle
    assert title_over_plain_subtitle(["特朗普总统：霍尔木", "兹海峡免费开放油价", "创新低"], set()) is None
    assert title_over_plain_subtitle(["美国商务部周末急发新规：禁止向中", "国境外的中企出口先进AI芯片", "处置或售后维护服务"],
                                     {"中国"}).subs == [2]


def test_kicker_line_after_a_picture_credit_stays_over_its_wide_headline():
    # the kicker fills the column, so the wide headline under it counts as set apart from it
    text = ("祝活动的一部分。\n\n本报记者 陈波梅 摄\n\n我们并不着急 特朗普总统说\n\n"
            "特朗普总统称美伊协议谈判进入“第二阶段”强调美国不会在伊朗投入任何资金\n\n——特朗普总统宣布与伊朗签署协议之后\n\n"
            + "\n".join(_CHIPS) + "\n")
    arts = split_page(text).articles
    assert len(arts) == 2
    assert (arts[1].kicker, arts[1].subtitle) == ("我们并不着急 特朗普总统说", "——特朗普总统宣布与伊朗签署协议之后")


def test_byline_printed_inside_another_storys_sentence_goes_under_the_headline_without_one():
    above = ["众议院中国问题特设委员会主", "席穆勒纳尔星期一致函五家公", "司。他在信中援引公开资料说",
             "这些制药企业曾资助或参与多", "项涉及中国新疆维吾尔自治区", "的医院开展的临床试验，其中"]
    rest = ["还包括多项由中国人民解放军", "附属医院参与的研究。委员会", "在信中还说，美国企业有必要", "加强尽职调查。"]
    story = ["美国总统唐纳德·特朗普称赞", "美国星期日与伊朗签署的协议，", "称这项协议将确保伊朗不拥有", "核武器。"]
    text = ("美众院委员会致函五家制药大厂\n\n" + "\n".join(above) + "\n\n文/图 陈波\n\n" + "\n".join(rest)
            + "\n\n特朗普总统：伊朗协议将为世界带来“巨大成功”\n\n" + "\n".join(story) + "\n")
    arts = split_page(text).articles
    assert [(a.title, a.authors) for a in arts] == [("美众院委员会致函五家制药大厂", []),
                                                    ("特朗普总统：伊朗协议将为世界带来“巨大成功”", ["陈波"])]
    assert "开展的临床试验，其中还包括多项由中国人民解放军" in arts[0].body.replace("\n", "")


def test_byline_under_a_headline_stays():
    from generator.ingest.split.order.floatbylines import move_floating_bylines
    text = "台湾：中国海警在\n台海域无管辖权台\n船不必理会登检要求\n\n文／图 余红\n\n" + "\n".join(_STORY) + "\n"
    lines = classify(text)
    assert move_floating_bylines(lines) == lines


def test_caption_set_wider_than_the_column_is_one_paragraph():
    above = ["县里今年新建的三处社区食堂", "已全部开门迎客，每天供应早", "中晚三餐，老人凭卡就餐可享",
             "八折优惠。社区负责人介绍，", "食堂的菜品每周更换一次，价", "格公开透明，居民可以通过手",
             "机小程序提前预订。不少老人", "说，以前一个人做饭麻烦，现", "在下楼就能吃上热乎饭菜，既",
             "省心又实惠。下一步，县里还", "将在另外两个街道增设食堂。"]
    column = ["港释放持英国国籍的黎智英。", "包括欧盟、加拿大、澳大利亚", "等在内的多个国家也要求香港",
              "当局尊重他的基本权利，并尽", "快释放他。"]
    caption = ["马来西亚星期一（6月29日）宣布，将把搜寻失踪的马来西亚航",
               "空公司(Malaysian Airlines)的马航370(MH370)航班客机的工作延长",
               "一年。深海勘探公司海洋无限(Ocean Infinity)将根据一项有效期至",
               "2027年6月30日的协议，在南印度洋一片面积覆盖7400平方公里的海", "域进行搜索。"]
    text = ("社区食堂开门迎客\n\n" + "\n".join(above) + "\n\n马来西亚把2014年失踪的马航370航\n班的搜寻努力延续一年\n\n"
            + "\n".join(caption) + "\n熊超蕾 摄\n\n" + "\n".join(column) + "\n")
    photo = next(a for a in split_page(text).articles if a.kind == "photo")
    assert photo.authors == ["熊超蕾"]
    assert "\n" not in photo.body and "的工作延长一年。深海勘探公司" in photo.body


def test_dash_subtitle_under_a_title_wrapped_at_its_comma_stays_the_subtitle():
    story = ["本报讯 记者顾国报道：", "受中东冲突推高能源价格的影", "响，美国消费者价格涨幅创下", "三年新高，不过这一涨幅符合",
             "大多数经济学家的预期。"]
    text = ("边城日报\n\n第四版\n\n美伊冲突推高能源价格，\n5月份通胀率升至4.2%创三年新高\n——投资者和交易员年初曾预期会降息\n\n"
            + "\n".join(story) + "\n")
    art = split_page(text).articles[0]
    assert (art.title, art.subtitle) == ("美伊冲突推高能源价格，5月份通胀率升至4.2%创三年新高", "——投资者和交易员年初曾预期会降息")
    assert art.authors == ["顾国"]


def test_title_line_opening_on_a_joining_word_goes_on_from_the_line_above():
    from generator.ingest.split.units.items import Unit
    from generator.ingest.split.heads.titleends import join_clause_heads
    units = [Unit("head", "美国推动北约盟国承担更多防务责任", [5]), Unit("head", "并开始审议驻欧美军规模", [6]),
             Unit("para", "美国战争部长皮特·海格塞斯宣布审议。", [8, 9])]
    join_clause_heads(units)
    assert [(u.kind, u.text, u.lines) for u in units[:1]] == [
        ("head", "美国推动北约盟国承担更多防务责任并开始审议驻欧美军规模", [5, 6])]
    assert len(units) == 2
    # set apart by a blank line, or opening on another word, the lower line stays a headline of its own
    apart = [Unit("head", "美国推动北约盟国承担更多防务责任", [5]), Unit("head", "并开始审议驻欧美军规模", [7])]
    other = [Unit("head", "美国推动北约盟国承担更多防务责任", [5]), Unit("head", "开始审议驻欧美军规模", [6])]
    for units in (apart, other):
        join_clause_heads(units)
        assert len(units) == 2


def test_dash_subtitle_under_a_wide_title_headwrap_joined_stays_the_subtitle():
    # a two-column headline wrapped a word before its end, then its '——' subtitle, in one block
    story = ["本报讯 记者苏秀报道：", "七国集团(G7)领导人星期三", "在法国峰会上发表关键矿产宣", "言，承诺大幅削减对单一境外",
             "供应商的依赖。"]
    text = ("人与人之间的交流。\n\n七国集团峰会发表关键矿产宣言，以遏制中国的市场主导\n地位\n"
            "——七国集团财长在华盛顿召开专题会议\n\n" + "\n".join(story) + "\n")
    art = split_page(text).articles[-1]
    assert (art.title, art.subtitle) == ("七国集团峰会发表关键矿产宣言，以遏制中国的市场主导地位", "——七国集团财长在华盛顿召开专题会议")
    assert art.authors == ["苏秀"]
