"""Composed test pages (both shapes) with their truth, in the format of shared/eval/*.yaml.

None of these words occur in the seed pages: they exercise other bylines (新华社…电, 本报记者 X,
文/X), several photos, a briefs-only page, subtitles (——…), kickers and detached headlines.
"""
from __future__ import annotations

from .compose import column_page, markdown_page

WARM = ("近日，记者在县城北部的供热站看到，工作人员正在检修锅炉设备。今年以来，我县投入资金三千万元，"
        "对老旧供热管网进行改造，惠及居民一万余户。")
WARM2 = ("“以前冬天屋里冷，现在暖和多了。”家住幸福小区的居民王桂兰说。据了解，供热站还开通了服务热线，"
         "及时解决群众反映的供热问题，确保每一户居民都能温暖过冬。")
RAIL = ("记者从交通运输部获悉，春运首日全国铁路、公路、水路、民航共发送旅客超过一千万人次，"
        "同比增长百分之五。")
RAIL2 = "交通运输部有关负责人表示，各地将加强运力调配，保障旅客平安有序出行。"
RUN = "1月4日，昌吉市第一中学的学生在操场上进行冬季长跑锻炼。"
SKI = "游客在天池景区体验冰雪运动项目，感受冬季旅游的魅力。"
NOTICE = ("各乡镇、各有关单位：为切实做好冬季安全生产工作，县安委会决定在全县范围内开展安全生产大检查。"
          "请各单位认真组织，于1月20日前将检查情况报送县应急管理局。")


def markdown_mixed() -> tuple[str, dict]:
    text = markdown_page([
        ("head", "奋进新征程 建功新时代"),
        ("line", "春风化雨润民心"),
        ("head", "我县多举措保障群众温暖过冬"),
        ("line", "——各部门联动推进清洁取暖改造"),
        ("line", "本报记者 马兰 通讯员 艾力·买买提"),
        ("para", WARM),
        ("break", WARM2.replace("供热问题", "供热问|题")),
        ("head", "全国春运首日发送旅客超千万人次"),
        ("para", "新华社北京1月5日电（记者 张华、李明）" + RAIL),
        ("para", RAIL2),
        ("gap", ""),
        ("para", RUN),
        ("line", "李强 摄"),
        ("gap", ""),
        ("para", SKI),
        ("line", "记者 赵敏 摄"),
        ("head", "关于开展冬季安全生产大检查的通知"),
        ("para", NOTICE),
    ])
    truth = {"banners": ["奋进新征程 建功新时代"], "articles": [
        {"title": "我县多举措保障群众温暖过冬", "kicker": "春风化雨润民心",
         "subtitle": "各部门联动推进清洁取暖改造", "authors": ["马兰", "艾力·买买提"], "kind": "article",
         "starts": "近日，记者在县城", "ends": "都能温暖过冬。", "must_contain": ["及时解决群众反映的供热问题"]},
        {"title": "全国春运首日发送旅客超千万人次", "authors": ["张华", "李明"], "kind": "article",
         "starts": "新华社北京1月5日电", "ends": "平安有序出行。"},
        {"title_contains": "昌吉市第一中学的学生", "authors": ["李强"], "kind": "photo",
         "starts": "1月4日，昌吉市", "ends": "冬季长跑锻炼。"},
        {"title_contains": "天池景区", "authors": ["赵敏"], "kind": "photo",
         "starts": "游客在天池", "ends": "冬季旅游的魅力。"},
        {"title": "关于开展冬季安全生产大检查的通知", "kind": "notice", "starts": "各乡镇",
         "ends": "县应急管理局。"},
    ]}
    return text, truth


HOSP = [
    "寒潮来袭，县人民医院呼吸科门诊量明显增加。医护人员加班加点，为每一位患者提供细致周到的诊疗服务。",
    "“这几天每天要接诊一百多名患者，大家都没有休息。”呼吸科主任阿依古丽·吐尔逊说。为缩短候诊时间，"
    "医院增设了临时诊室，并安排专人引导分诊。",
    "据了解，医院还组织专家团队深入乡镇卫生院开展巡回义诊，把优质医疗资源送到群众家门口。",
]
FARM = [
    "本报讯（记者 周婷 通讯员 努尔兰·哈力木）连日来，呼图壁县的蔬菜大棚里一派繁忙景象，"
    "种植户们忙着采摘、分拣、装箱，新鲜蔬菜源源不断运往各地市场。",
    "种植户张德福告诉记者，今年他种植的三座大棚全部用上了智能温控设备，产量比去年提高了三成。",
    "该县农业农村局负责人介绍，全县设施农业面积已达五万亩，带动五千余户农民增收致富。",
]
SCHOOL = [
    "新华社乌鲁木齐1月6日电（记者 高原）寒假来临，自治区多所中小学开展“安全教育最后一课”活动，"
    "提醒学生假期注意防溺水、防火、防交通事故。",
    "乌鲁木齐市第八小学的老师们通过情景模拟、观看视频等方式，让学生们掌握安全知识和自救技能。",
]
SKATE = "1月5日，孩子们在阿勒泰市滑冰场上练习速度滑冰。"


def column_detached(seed: int = 3) -> tuple[str, dict]:
    """Headlines after their stories, a pull-quote kicker, a 本报记者 byline, a photo, a
    subtitle line, a running header."""
    parts = [("line", "综 合 新 闻"), ("line", "本报记者 黄河"),
             *[("para", p) for p in HOSP],
             ("line", "“守护群众健康是我们的责任！”"),
             ("line", "寒潮中的坚守"),
             ("line", "——记县人民医院呼吸科医护人员"),
             *[("para", p) for p in FARM],
             ("para", SKATE), ("line", "王刚 摄"),
             *[("para", p) for p in SCHOOL],
             ("line", "大棚蔬菜俏销冬季市场"),
             ("line", "中小学生上好寒假安全课")]
    text = column_page(parts, seed=seed)
    truth = {"running_header": "综合新闻", "articles": [
        {"title": "寒潮中的坚守", "kicker": "“守护群众健康是我们的责任！”",
         "subtitle": "记县人民医院呼吸科医护人员", "authors": ["黄河"], "kind": "article",
         "starts": "寒潮来袭", "ends": "送到群众家门口。", "must_contain": ["医院增设了临时诊室"]},
        {"title": "大棚蔬菜俏销冬季市场", "authors": ["周婷", "努尔兰·哈力木"], "kind": "article",
         "starts": "本报讯（记者 周婷", "ends": "带动五千余户农民增收致富。",
         "must_contain": ["产量比去年提高了三成"]},
        {"title_contains": "速度滑冰", "authors": ["王刚"], "kind": "photo", "starts": "1月5日，孩子们",
         "ends": "练习速度滑冰。"},
        {"title": "中小学生上好寒假安全课", "authors": ["高原"], "kind": "article",
         "starts": "新华社乌鲁木齐1月6日电", "ends": "安全知识和自救技能。"},
    ]}
    return text, truth


BRIEFS = [
    ("本报讯（记者 王芳）1月3日，州图书馆举办迎新春书法展，展出作品一百余幅，吸引众多市民前来观展。",
     "州图书馆举办迎新春书法展", ["王芳"]),
    ("本报讯（通讯员 李军）近日，玛纳斯县组织志愿者走进敬老院，为老人们送去米面油等慰问品。",
     "玛纳斯县组织志愿者走进敬老院", ["李军"]),
    ("本报讯（记者 陈静 实习生 杨帆）1月4日，州人民医院开展义诊活动，为两百余名群众免费测量血压、血糖。",
     "州人民医院开展义诊活动", ["陈静", "杨帆"]),
]


def column_briefs(seed: int = 5) -> tuple[str, dict]:
    parts = [("line", "简讯"), *[("para", b[0]) for b in BRIEFS]]
    text = column_page(parts, seed=seed)
    truth = {"articles": [
        {"title_contains": t, "authors": a, "kind": "brief", "starts": b[:12], "ends": b[-8:]}
        for b, t, a in BRIEFS]}
    return text, truth


def column_headfirst(seed: int = 7) -> tuple[str, dict]:
    """Classic order: kicker, headline, subtitle, byline, body — on a column page."""
    parts = [("line", "聚焦民生实事"), ("line", "我县多举措保障群众温暖过冬"),
             ("line", "——各部门联动推进清洁取暖改造"),
             ("para", "本报讯 记者马兰报道：" + WARM), ("para", WARM2),
             ("line", "全国春运首日发送旅客超千万人次"),
             ("para", "新华社北京1月5日电 " + RAIL), ("para", RAIL2)]
    text = column_page(parts, seed=seed)
    truth = {"articles": [
        {"title": "我县多举措保障群众温暖过冬", "kicker": "聚焦民生实事", "subtitle": "各部门联动推进清洁取暖改造",
         "authors": ["马兰"], "kind": "article", "starts": "本报讯 记者马兰报道", "ends": "都能温暖过冬。",
         "must_contain": ["及时解决群众反映的供热问题"]},
        {"title": "全国春运首日发送旅客超千万人次", "authors": [], "kind": "article",
         "starts": "新华社北京1月5日电", "ends": "平安有序出行。"},
    ]}
    return text, truth


ALL = {"md_mixed": markdown_mixed, "col_detached": column_detached, "col_briefs": column_briefs,
       "col_headfirst": column_headfirst}


COMMENT = ("冬季是安全生产事故易发多发期。各地各部门要时刻绷紧安全这根弦，把各项措施落到实处，"
           "切实守护好人民群众生命财产安全。")
MEET = ("1月8日，县委召开常委会会议，传达学习上级会议精神，研究部署近期重点工作。会议强调，"
        "要抓好年终岁尾各项工作，确保全年目标任务圆满完成。")


def markdown_furniture() -> tuple[str, dict]:
    """Page furniture (date line, page number, 责任编辑), a '##' kicker over a '##' headline
    mid-page, a '## ——' subtitle, an unsigned commentary and a byline printed after the story."""
    text = markdown_page([
        ("line", "2025年1月9日 星期四"),
        ("line", "A3"),
        ("head", "县委常委会召开会议"),
        ("para", MEET + "（记者 王薇）"),
        ("head", "守牢底线"),
        ("head", "冬季安全生产不容松懈"),
        ("head", "——写在冬季安全生产大检查开展之际"),
        ("line", "□本报评论员"),
        ("para", COMMENT),
        ("line", "责任编辑：李华  版式设计：张敏"),
    ])
    truth = {"articles": [
        {"title": "县委常委会召开会议", "authors": ["王薇"], "kind": "article", "starts": "1月8日",
         "ends": "圆满完成。"},
        {"title": "冬季安全生产不容松懈", "kicker": "守牢底线", "subtitle": "写在冬季安全生产大检查开展之际",
         "authors": [], "kind": "commentary", "starts": "冬季是安全生产", "ends": "生命财产安全。"},
    ]}
    return text, truth


ALL["md_furniture"] = markdown_furniture


# ---- furniture, jumps mid-page, wire services, interviews, photo rows, one-story pages ----

G5 = ["新华社北京2月4日电（记者 张华）工业和信息化部4日发布数据显示，截至1月底，我国5G基站总数达到405万个，"
      "5G移动电话用户超过10亿户。",
      "工业和信息化部有关负责人表示，今年将继续加快5G网络建设，推动5G应用向工业、医疗、教育等领域拓展，"
      "让更多群众享受到数字生活的便利。"]
ICE = ["中新社乌鲁木齐2月4日电（记者 李明）春节假期，新疆各地滑雪场迎来客流高峰，冰雪运动、冰雪旅游"
       "持续火热，带动餐饮、住宿等消费快速增长。",
       "“今年来滑雪的人特别多，周末一天能接待三千多名游客。”一家滑雪场负责人说。"]
JUMP_IN = ["（上接第一版）各级党组织要把思想和行动统一到决策部署上来，坚持问题导向，狠抓工作落实，"
           "以钉钉子精神推动各项任务落地见效。",
           "要持续优化营商环境，支持民营企业发展壮大，为经济社会发展注入强劲动力。"]
PHOTOS = [("2月3日，市民在人民广场观看新春文艺演出。", "本报记者 吴刚 摄"),
          ("2月2日，孩子们在公园里堆雪人、打雪仗，尽情享受冬日乐趣。", "通讯员 郑欣 摄"),
          ("2月1日，农民在温室大棚里采摘新鲜草莓。", "（文/图 孟琳）")]


def markdown_wire_jumps() -> tuple[str, dict]:
    """Page furniture at the top and bottom, a wire story jumping to page 2 in the middle of
    the page, a 中新社 story with a quoted headline, a continuation with its own headline in
    the middle of the page, three photos in a row."""
    text = markdown_page([
        ("line", "2025年2月5日 星期三  第3版"),
        ("head", "我国5G基站总数超过400万个"),
        ("para", G5[0]), ("para", G5[1]), ("line", "（下转第二版）"),
        ("head", "“冰雪经济”持续升温"),
        ("para", ICE[0]), ("para", ICE[1]),
        ("head", "奋力谱写高质量发展新篇章"),
        ("para", JUMP_IN[0]), ("para", JUMP_IN[1]),
        ("gap", ""), ("para", PHOTOS[0][0]), ("line", PHOTOS[0][1]),
        ("para", PHOTOS[1][0]), ("line", PHOTOS[1][1]),
        ("para", PHOTOS[2][0] + PHOTOS[2][1]),
        ("line", "责任编辑：王敏  版式：赵雪"),
    ])
    return text, _wire_truth()


def _wire_truth() -> dict:
    return {"articles": [
        {"title": "我国5G基站总数超过400万个", "authors": ["张华"], "kind": "article", "continued_to": 2,
         "starts": "新华社北京2月4日电", "ends": "数字生活的便利。"},
        {"title": "“冰雪经济”持续升温", "authors": ["李明"], "kind": "article", "continued_to": None,
         "starts": "中新社乌鲁木齐2月4日电", "ends": "一家滑雪场负责人说。"},
        {"title": "奋力谱写高质量发展新篇章", "kind": "continuation", "continued_from": 1,
         "starts": "各级党组织要把思想", "ends": "注入强劲动力。"},
        {"title_contains": "人民广场", "authors": ["吴刚"], "kind": "photo", "starts": "2月3日，市民",
         "ends": "新春文艺演出。"},
        {"title_contains": "孩子们在公园里堆雪人", "authors": ["郑欣"], "kind": "photo", "starts": "2月2日，孩子们",
         "ends": "尽情享受冬日乐趣。"},
        {"title_contains": "采摘新鲜草莓", "authors": ["孟琳"], "kind": "photo", "starts": "2月1日，农民",
         "ends": "采摘新鲜草莓。"},
    ]}


def column_wire_jumps(seed: int = 11) -> tuple[str, dict]:
    """The same page as a column extraction: headlines after their stories (the jump marker
    between a story and its headline), the continuation's headline above its marker."""
    parts = [("line", "2025年2月5日 星期三  第3版"),
             ("para", G5[0]), ("para", G5[1]), ("line", "（下转第二版）"), ("line", "我国5G基站总数超过400万个"),
             ("para", ICE[0]), ("para", ICE[1]), ("line", "“冰雪经济”持续升温"),
             ("line", "奋力谱写高质量发展新篇章"), ("para", JUMP_IN[0]), ("para", JUMP_IN[1]),
             ("para", PHOTOS[0][0]), ("line", PHOTOS[0][1]),
             ("para", PHOTOS[1][0]), ("line", PHOTOS[1][1]),
             ("para", PHOTOS[2][0] + PHOTOS[2][1]),
             ("line", "责任编辑：王敏  版式：赵雪")]
    return column_page(parts, seed=seed), _wire_truth()


QA = [("记者：今年全县政务服务有哪些新变化？",),
      ("答：我们全面推行“一窗通办”，群众办事平均时间缩短了一半，90%以上的事项实现了网上办理。",),
      ("记者：下一步还有什么打算？",),
      ("答：我们将继续推进数据共享，让群众少跑腿、数据多跑路，努力实现“高效办成一件事”。",)]
BRIEF_WIRE = ("新华社北京2月4日电 国家统计局4日发布数据，1月份全国居民消费价格同比上涨0.5%，"
              "其中食品价格上涨1.2%。")


def _interview_truth() -> dict:
    return {"articles": [
        {"title": "让群众办事像网购一样方便", "subtitle": "访县政务服务中心主任马丽", "authors": ["陈静"],
         "kind": "article", "starts": "春节前夕，记者", "ends": "“高效办成一件事”。",
         "must_contain": [QA[0][0], QA[2][0], QA[1][0]]},
        {"title": "1月份CPI同比上涨0.5%", "authors": [], "kind": "article", "starts": "新华社北京2月4日电",
         "ends": "食品价格上涨1.2%。"},
    ]}


INTRO = "春节前夕，记者就群众关心的政务服务问题采访了县政务服务中心主任马丽。"


def markdown_interview() -> tuple[str, dict]:
    """An interview: headline, ——subtitle, a 本报记者 byline, question and answer lines;
    then a short wire story whose headline has Latin letters and numbers."""
    text = markdown_page([
        ("head", "让群众办事像网购一样方便"), ("line", "——访县政务服务中心主任马丽"),
        ("line", "本报记者 陈静"), ("para", INTRO), *[("para", q[0]) for q in QA],
        ("head", "1月份CPI同比上涨0.5%"), ("para", BRIEF_WIRE),
    ])
    return text, _interview_truth()


def column_interview(seed: int = 13) -> tuple[str, dict]:
    parts = [("line", "本报记者 陈静"), ("para", INTRO), *[("para", q[0]) for q in QA],
             ("line", "让群众办事像网购一样方便"), ("line", "——访县政务服务中心主任马丽"),
             ("para", BRIEF_WIRE), ("line", "1月份CPI同比上涨0.5%")]
    return column_page(parts, seed=seed), _interview_truth()


LONG = [
    "今年以来，我县坚持把发展特色产业作为乡村振兴的重要抓手，因地制宜发展设施农业、特色养殖和乡村旅游，"
    "农民收入稳步增长。",
    "一、做强设施农业",
    "全县新建高标准温室大棚八百座，推广水肥一体化、智能温控等新技术，蔬菜年产量达到十二万吨，"
    "产品销往周边十多个省市。",
    "二、做优特色养殖",
    "依托草场资源优势，全县发展肉牛、肉羊规模养殖场一百二十个，建成屠宰加工企业三家，"
    "形成了养殖、加工、销售一体化的产业链条。",
    "三、做活乡村旅游",
    "各乡镇挖掘民俗文化资源，打造农家乐、民宿等旅游业态，去年全县乡村旅游接待游客六十万人次，"
    "实现旅游收入一亿二千万元。",
    "县农业农村局负责人表示，下一步将继续加大政策扶持力度，培育壮大龙头企业，让特色产业成为农民增收的"
    "“金钥匙”。",
]


def _long_truth() -> dict:
    return {"articles": [
        {"title": "特色产业托起乡村振兴梦", "authors": [], "kind": "article", "starts": "今年以来，我县",
         "ends": "“金钥匙”。", "must_contain": ["一、做强设施农业", "二、做优特色养殖", "实现旅游收入一亿二千万元。"]},
    ]}


def markdown_single_long() -> tuple[str, dict]:
    """A page holding one long story without a byline, with numbered sub-headings."""
    text = markdown_page([("line", "责任编辑：孙立"), ("head", "特色产业托起乡村振兴梦"),
                          *[("para", p) for p in LONG]])
    return text, _long_truth()


def column_single_long(seed: int = 17) -> tuple[str, dict]:
    parts = [("line", "乡 村 振 兴"), *[("para", p) for p in LONG], ("line", "特色产业托起乡村振兴梦"),
             ("line", "责任编辑：孙立  版式设计：周红")]
    return column_page(parts, seed=seed), _long_truth()


ALL.update({"md_wire_jumps": markdown_wire_jumps, "col_wire_jumps": column_wire_jumps,
            "md_interview": markdown_interview, "col_interview": column_interview,
            "md_single_long": markdown_single_long, "col_single_long": column_single_long})


BULLETS_ = [("●昌吉市举办秋季招聘会 9月8日，昌吉市举办秋季招聘会，120家企业提供岗位3000余个。（记者 赵六）",
             "昌吉市举办秋季招聘会", ["赵六"], "9月8日，昌吉市", "岗位3000余个。"),
            ("●玛纳斯县开展消防演练9月9日，玛纳斯县开展消防安全演练活动，300余名干部职工参加。（通讯员 钱七）",
             "玛纳斯县开展消防演练", ["钱七"], "9月9日，玛纳斯县", "干部职工参加。"),
            ("●“Hello新疆”摄影展开幕 近日，“Hello新疆”摄影展在州博物馆开幕，展出作品200幅。（记者 孙立）",
             "“Hello新疆”摄影展开幕", ["孙立"], "近日，“Hello新疆”", "展出作品200幅。")]


def column_bullets_photos(seed: int = 19) -> tuple[str, dict]:
    """Bulleted briefs under a label, on a column page, then a row of photos with credits."""
    parts = [("line", "简 讯"), *[("para", b[0]) for b in BULLETS_],
             *[x for p in PHOTOS[:2] for x in (("para", p[0]), ("line", p[1]))]]
    truth = {"articles": [
        *[{"title": t, "authors": a, "kind": "brief", "starts": st_, "ends": en} for _, t, a, st_, en in BULLETS_],
        {"title_contains": "人民广场", "authors": ["吴刚"], "kind": "photo", "starts": "2月3日，市民",
         "ends": "新春文艺演出。"},
        {"title_contains": "孩子们在公园里堆雪人", "authors": ["郑欣"], "kind": "photo", "starts": "2月2日，孩子们",
         "ends": "尽情享受冬日乐趣。"}]}
    return column_page(parts, seed=seed), truth


ALL["col_bullets_photos"] = column_bullets_photos


from .pages_blind import BLIND  # noqa: E402  (written blind, see its docstring)

ALL.update(BLIND)

from .pages_blind4 import BLIND4  # noqa: E402  (written blind, see its docstring)

ALL.update(BLIND4)

from .pages_blind5 import BLIND5  # noqa: E402  (written blind, see its docstring)

ALL["md_table_english"] = BLIND5["md_table_english"]
