"""Composed pages written blind (before looking at what the splitter does with them), in
the style of regional dailies, with furniture pages 1–2 do not show: '2023年5月6日 星期六 要闻 3'
and '第2版' headers, '编辑 X 校对 Y' lines without colons, '■本报记者 X', '本报通讯员 X', '文/图 X',
'图/X', agency datelines, 短讯 blocks of one-paragraph items, a 评论员文章 with 「」 quotes, a
图片新闻 row of captions (▲, 图为), numbered sub-headings (一、二、), Latin words and numbers.
"""
from __future__ import annotations

from .compose import column_page, markdown_page

TECH = ["新华社北京5月5日电（记者 何欣 赵磊）工业和信息化部5日发布数据显示，一季度我国软件业务收入达2.4万亿元，"
        "同比增长13.5%，其中云计算、大数据服务收入增长15.8%。",
        "业内专家表示，随着AI大模型、5G-A等新技术加快落地，软件产业将迎来新一轮增长，"
        "“数字中国”建设的底座更加坚实。"]
MARKET = ["■本报记者 吴桐",
          "五一假期，州府所在地的夜市人头攒动，烤肉、酸奶粽子、手抓饭等特色美食吸引了大批游客。",
          "“我们一家从上海过来，白天逛景区，晚上逛夜市，感觉特别有烟火气。”游客Lisa Wang说。"
          "据统计，假期五天夜市接待游客12.6万人次，营业额突破800万元。",
          "市商务局负责人介绍，今年将新建3条特色步行街，推动夜间经济提档升级。"]
EDITORIAL = ["一年之计在于春。当前正是春耕春播的关键时期，各级干部要把「抓农时、保播种」作为头等大事，"
             "深入田间地头，帮助群众解决实际困难。",
             "抓好春耕生产，既要算好“经济账”，也要算好“民生账”。要确保种子、化肥、农膜等农资供应充足、价格稳定，"
             "坚决防止坑农害农事件发生。"]


def md_editor_lines() -> tuple[str, dict]:
    """A 要闻 page: header with date, weekday, page name and number; an agency story; a story
    with a '■本报记者' byline line; a 本报评论员 editorial; an editor line without colons."""
    text = markdown_page([
        ("line", "2023年5月6日 星期六  要闻  3"),
        ("head", "一季度软件业务收入增长13.5%"),
        ("para", TECH[0]), ("para", TECH[1]),
        ("head", "夜市“火”起来 消费“热”起来"),
        *[("para", p) if not p.startswith("■") else ("line", p) for p in MARKET],
        ("head", "不误农时抓好春耕生产"),
        ("line", "本报评论员"),
        ("para", EDITORIAL[0]), ("para", EDITORIAL[1]),
        ("line", "编辑 马丽娜  校对 陈晓东"),
    ])
    truth = {"articles": [
        {"title": "一季度软件业务收入增长13.5%", "authors": ["何欣", "赵磊"], "kind": "article",
         "starts": "新华社北京5月5日电", "ends": "更加坚实。"},
        {"title": "夜市“火”起来 消费“热”起来", "authors": ["吴桐"], "kind": "article",
         "starts": "五一假期", "ends": "提档升级。", "must_contain": ["游客Lisa Wang说。"]},
        {"title": "不误农时抓好春耕生产", "authors": [], "kind": "commentary", "starts": "一年之计在于春",
         "ends": "坑农害农事件发生。", "must_contain": ["把「抓农时、保播种」作为头等大事"]},
    ]}
    return text, truth


BRIEF_ITEMS = [
    ("本报讯 5月4日，州图书馆“全民阅读月”启动，推出线上线下阅读活动30余场。", "州图书馆“全民阅读月”启动"),
    ("本报讯 近日，木垒县首批20辆新能源公交车投入运营，市民出行更加绿色便捷。", "木垒县首批新能源公交车投入运营"),
    ("本报讯 5月3日，奇台县举办春季农机展销会，现场成交农机具156台（套）。", "奇台县举办春季农机展销会"),
]
PLAN = ["本报讯（通讯员 郭晓燕）近日，阜康市出台《优化营商环境三年行动方案》，从三个方面提出20条具体措施。",
        "一、提升政务服务效能",
        "全面推行“一网通办”，政务服务事项网上可办率达到95%以上，企业开办时间压缩至1个工作日。",
        "二、降低企业经营成本",
        "落实减税降费政策，规范涉企收费，对新设立的小微企业给予一次性补贴。",
        "三、强化要素保障",
        "建立重点项目用地、用电、用水保障机制，帮助企业解决融资难题。"]


def col_briefs_numbered(seed: int = 23) -> tuple[str, dict]:
    """A '第2版' header, a 短讯 block of three one-paragraph items headed by their own short
    titles, then a story with numbered sub-headings whose headline is printed after it."""
    parts = [("line", "第2版"), ("line", "短 讯")]
    for body, title in BRIEF_ITEMS:
        parts += [("line", title), ("para", body)]
    parts += [*[("para", p) for p in PLAN], ("line", "阜康市出台20条措施优化营商环境"),
              ("line", "编辑 李娜 校对 王强")]
    truth = {"articles": [
        *[{"title": t, "kind": "brief", "starts": b[:10], "ends": b[-8:]} for b, t in BRIEF_ITEMS],
        {"title": "阜康市出台20条措施优化营商环境", "authors": ["郭晓燕"], "kind": "article",
         "starts": "本报讯（通讯员 郭晓燕）", "ends": "解决融资难题。",
         "must_contain": ["一、提升政务服务效能", "二、降低企业经营成本", "三、强化要素保障"]},
    ]}
    return column_page(parts, seed=seed), truth


PHOTOS3 = [("▲5月2日，游客在江布拉克景区观赏漫山遍野的郁金香。", "（本报记者 石磊 摄）", ["石磊"], "江布拉克景区"),
           ("图为5月3日，吉木萨尔县的农民在田间操作无人机喷洒农药。", "图/通讯员 艾山江", ["艾山江"], "无人机喷洒农药"),
           ("5月4日，青年志愿者在社区开展义诊活动，为老人测量血压。", "文/图 刘晓慧", ["刘晓慧"], "社区开展义诊")]
FARMER = ["本报通讯员 阿不都热合曼",
          "五月的玛纳斯河畔，麦苗青青。种粮大户刘建国正在查看墒情，他今年流转了2000亩土地，"
          "全部采用滴灌技术种植冬小麦。",
          "“用上了北斗导航播种机，一个人一天能播300多亩。”刘建国说，今年他还加入了合作社，"
          "统一购买农资，每亩地能节省成本50元。"]


def md_photo_news() -> tuple[str, dict]:
    """A 图片新闻 section label over three photos with three credit styles, then a story with a
    '本报通讯员 X' byline line and a kicker over its headline."""
    text = markdown_page([
        ("line", "2023年5月6日  星期六"),
        ("head", "图片新闻"),
        *[x for cap, cr, _, _ in PHOTOS3 for x in (("para", cap), ("line", cr))],
        ("line", "麦田里的新农人"),
        ("head", "种粮大户刘建国的“科技账”"),
        *[("line", p) if p.startswith("本报通讯员") else ("para", p) for p in FARMER],
    ])
    truth = {"articles": [
        *[{"title_contains": t, "authors": a, "kind": "photo", "starts": cap[:8],
           "ends": cap[-6:]} for cap, _, a, t in PHOTOS3],
        {"title": "种粮大户刘建国的“科技账”", "kicker": "麦田里的新农人", "authors": ["阿不都热合曼"],
         "kind": "article", "starts": "五月的玛纳斯河畔", "ends": "节省成本50元。"},
    ]}
    return text, truth


ECON = ["新华社乌鲁木齐5月5日电（记者 杜刚）记者从新疆维吾尔自治区统计局获悉，一季度新疆地区生产总值"
        "同比增长5.9%，规模以上工业增加值增长7.2%，经济运行开局良好。",
        "其中，新能源、新材料等战略性新兴产业增势强劲，风电、光伏发电量分别增长18.3%和25.6%。"]
CITY = ["本报讯（记者 韩梅）5月4日，昌吉市启动老旧小区改造工程，今年计划改造小区45个、惠及居民1.2万户。",
        "改造内容包括外墙保温、管网更新、加装电梯等，预计10月底前全部完工。"]


def col_jump_editorial(seed: int = 29) -> tuple[str, dict]:
    """Headlines after their stories: an agency story jumping to page 3, a commentary signed
    '本报评论员' printed above it, a local story; a date-and-page header at the top."""
    parts = [("line", "2023年5月6日 星期六  要闻  3"),
             *[("para", p) for p in ECON], ("line", "（下转第3版）"), ("line", "一季度新疆经济增长5.9%"),
             ("line", "□本报评论员"), *[("para", p) for p in EDITORIAL], ("line", "不误农时抓好春耕生产"),
             *[("para", p) for p in CITY], ("line", "昌吉市启动老旧小区改造工程")]
    truth = {"articles": [
        {"title": "一季度新疆经济增长5.9%", "authors": ["杜刚"], "kind": "article", "continued_to": 3,
         "starts": "新华社乌鲁木齐5月5日电", "ends": "25.6%。"},
        {"title": "不误农时抓好春耕生产", "kind": "commentary", "starts": "一年之计在于春",
         "ends": "坑农害农事件发生。"},
        {"title": "昌吉市启动老旧小区改造工程", "authors": ["韩梅"], "kind": "article",
         "starts": "本报讯（记者 韩梅）", "ends": "全部完工。"},
    ]}
    return column_page(parts, seed=seed), truth


WATER = ["■本报记者 王振宇 通讯员 李婷",
         "清晨六点，呼图壁县水管站站长马建华已经巡查完第一段渠道。今年春灌，全县需灌溉农田80万亩，"
         "他和同事们每天要走20多公里。",
         "“渠道里流的是水，更是农民的收成。”马建华说。为了让每一亩地都能按时浇上水，"
         "水管站实行“轮灌制”，提前公布配水计划。"]
SHEEP = ["本报讯（记者 贾楠）5月5日，吉木乃县托斯特乡的牧民们赶着羊群转往夏牧场，"
         "当地组织兽医人员沿途开展防疫服务。",
         "今年全乡共有3.5万头（只）牲畜转场，乡里设立了5个服务点，为牧民提供饮水、医疗等服务。"]


def col_headfirst_blocks(seed: int = 31) -> tuple[str, dict]:
    """Headline blocks above their stories: a kicker over a title over a ——subtitle, a
    '■本报记者 X 通讯员 Y' line, then a plain headline over a 本报讯 story; a caption signed
    '文/图 X' at the end."""
    parts = [("line", "春灌一线"), ("line", "守好每一滴水的“渠长”"),
             ("line", "——记呼图壁县水管站站长马建华"),
             *[("line", p) if p.startswith("■") else ("para", p) for p in WATER],
             ("line", "吉木乃县牧民开始转场"), *[("para", p) for p in SHEEP],
             ("para", PHOTOS3[2][0] + "（文/图 刘晓慧）")]
    truth = {"articles": [
        {"title": "守好每一滴水的“渠长”", "kicker": "春灌一线", "subtitle": "记呼图壁县水管站站长马建华",
         "authors": ["王振宇", "李婷"], "kind": "article", "starts": "清晨六点", "ends": "提前公布配水计划。"},
        {"title": "吉木乃县牧民开始转场", "authors": ["贾楠"], "kind": "article", "starts": "本报讯（记者 贾楠）",
         "ends": "医疗等服务。"},
        {"title_contains": "社区开展义诊", "authors": ["刘晓慧"], "kind": "photo", "starts": "5月4日，青年",
         "ends": "测量血压。"},
    ]}
    return column_page(parts, seed=seed), truth


SCHOOLS = ["本报讯（记者 孙悦）近年来，奇台县把学校体育作为素质教育的重要内容，学生体质健康优良率"
           "从2019年的42%提高到去年的61%。",
           "课间一小时成常态",
           "全县中小学全部落实“课间一小时”，开设篮球、足球、跳绳等20多个项目，让每个孩子都能找到喜欢的运动。",
           "特色项目出成绩",
           "奇台县第一中学的女子足球队连续三年获得全州冠军，两名队员入选自治区U15集训队。",
           "县教育局负责人表示，下一步将新建5块标准化运动场，让孩子们在阳光下快乐成长。"]


def md_subheads() -> tuple[str, dict]:
    """A Markdown-style page whose story has bold sub-headings (**…**) inside it, then a short
    agency story; an editor line at the bottom."""
    text = markdown_page([
        ("head", "奇台县学生体质健康优良率提高19个百分点"),
        *[("para", f"**{p}**") if len(p) < 12 else ("para", p) for p in SCHOOLS],
        ("head", "一季度新疆经济增长5.9%"), ("para", ECON[0]), ("para", ECON[1]),
        ("line", "责任编辑：张蕾  校对：何平"),
    ])
    truth = {"articles": [
        {"title": "奇台县学生体质健康优良率提高19个百分点", "authors": ["孙悦"], "kind": "article",
         "starts": "本报讯（记者 孙悦）", "ends": "快乐成长。",
         "must_contain": ["课间一小时成常态", "特色项目出成绩", "两名队员入选自治区U15集训队。"]},
        {"title": "一季度新疆经济增长5.9%", "authors": ["杜刚"], "kind": "article",
         "starts": "新华社乌鲁木齐5月5日电", "ends": "25.6%。"},
    ]}
    return text, truth


BLIND = {"md_editor_lines": md_editor_lines, "col_briefs_numbered": col_briefs_numbered,
         "md_photo_news": md_photo_news, "col_jump_editorial": col_jump_editorial,
         "col_headfirst_blocks": col_headfirst_blocks, "md_subheads": md_subheads}
