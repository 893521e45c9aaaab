"""Composed pages written blind (before running the splitter on them) to tempt the
head-stack and byline rules into wrong cuts and merges:

- one long story whose plain subtitle (or kicker) speaks only of its last paragraphs while its
  title shares no word with them (the strict two-story cut);
- a title wrapped over two lines whose halves happen to say one word twice (the repeated-word
  rule that tells a title from a title + subtitle);
- two unsigned stories on the same topic, each with a short headline printed under it;
- sub-headings of six characters behind a bullet ('■春灌有保障'), a notice signed by a
  six-character office, lists of names (表彰名单) — lines that could read as bylines;
- a label that is the only headline-like line near a box (天气预报, a 启事);
- interviews (问/答), a table of numbers, English and number-heavy lines, headlines quoted in
  《》, stories of one or two paragraphs, a story continued 下转 to another page.
"""
from __future__ import annotations

from .compose import column_page, markdown_page

HEADER = "2024年4月8日  星期一  第2版  经济·民生"

# ---- 1. one story, its subtitle speaking only of the last paragraphs (column, heads after) ----

IRRIGATE = [
    "本报讯（记者 李文杰）连日来，奇台县抢抓有利时机，组织各乡镇对春季引水渠道进行清淤整修，"
    "确保春播用水及时到田。",
    "■渠道清淤早动手",
    "开春以来，全县组织劳力3200余人次、机械160余台，清理干支渠淤泥4.6万立方米，修复损毁闸口38座。"
    "“渠通了，心里就踏实了。”西地镇村民马永福说。",
    "■水量调度算细账",
    "县水利局根据各乡镇种植结构，科学制定配水计划，实行“分段轮灌、定额供水”，做到水量到村、到户、到地块。",
    "■节水新法见实效",
    "在半截沟镇，2万亩膜下滴灌管网已铺设完毕。与大水漫灌相比，每亩可省水120立方米，棉花、打瓜等作物"
    "增产一成以上。",
    "镇农技站站长周海龙介绍，今年镇上还将新增水肥一体化面积5000亩，让每一滴水都用在刀刃上。",
]
TITLE1 = "奇台县春季引水渠道清淤整修完工"
SUB1 = "半截沟镇2万亩膜下滴灌管网铺设完毕"
SEED_FAIR = ["本报讯（通讯员 赵丽娟）4月5日，木垒县2024年春季农资供应对接会举行，20余家农资企业与"
             "种植大户现场签订购销合同1.2亿元。"]
TITLE2 = "木垒县举办春季农资对接会"


def col_strict_single(seed: int = 51) -> tuple[str, dict]:
    """Headlines printed under their stories: one story in three bulleted sections whose plain
    subtitle speaks only of the last section; a one-paragraph story after it."""
    parts = [("line", HEADER),
             *[("raw", p) if p.startswith("■") else ("para", p) for p in IRRIGATE],
             ("raw", TITLE1), ("raw", SUB1),
             *[("para", p) for p in SEED_FAIR],
             ("raw", TITLE2)]
    truth = {"running_header": HEADER, "articles": [
        {"title": TITLE1, "subtitle": SUB1, "authors": ["李文杰"], "kind": "article",
         "starts": "本报讯（记者 李文杰）", "ends": "用在刀刃上。",
         "must_contain": ["渠道清淤早动手", "节水新法见实效", "西地镇村民马永福说。"]},
        {"title": TITLE2, "authors": ["赵丽娟"], "kind": "article", "starts": "本报讯（通讯员 赵丽娟）",
         "ends": "1.2亿元。"},
    ]}
    return column_page(parts, seed=seed), truth


# ---- 2. a wrapped title that says a word twice; a list of names; a wire story ----

SHOP = [
    "走进吉木乃县托斯特乡阔克舍木村的电商服务站，货架上摆满了奶疙瘩、马肠子、手工刺绣等特色产品，"
    "店主哈力木拉提·叶尔肯正对着手机直播带货。",
    "“以前这些东西只能拿到集市上卖，现在通过网络能卖到全国各地。”哈力木拉提说，去年服务站线上销售额"
    "突破80万元。",
    "目前，全县已建成村级服务站42个，实现行政村全覆盖，带动1300余户农牧民增收。",
]
HEAD_A = "村级电商服务站让土特产搭上"
HEAD_B = "电商快车走出大山"
HONOR = [
    "4月3日，阿勒泰地区召开表彰大会，对2023年度民族团结进步模范集体和模范个人进行表彰。",
    "模范个人名单如下：",
]
NAMES = ["阿不都热依木  王建国  古丽娜尔", "热依拉·买买提  张秀英  努尔兰", "叶尔波拉提  刘志强  阿依古丽"]
HONOR_END = "会议号召，全地区各族干部群众要以受表彰的先进典型为榜样，共同建设美好家园。"
HONOR_TITLE = "阿勒泰地区表彰民族团结进步模范"
WIRE = ["新华社北京4月7日电（记者 王雨萧）商务部7日发布数据显示，一季度全国网上零售额3.3万亿元，"
        "同比增长12.4%，其中实物商品网上零售额2.8万亿元，增长11.6%。"]
WIRE_TITLE = "一季度全国网上零售额增长12.4%"


def col_wrapped_repeat(seed: int = 52) -> tuple[str, dict]:
    """Headlines above their stories: a title wrapped at a full column whose two halves both
    say '电商'; a 表彰 story with a list of names printed three to a line; a short wire story."""
    parts = [("line", HEADER),
             ("line", HEAD_A), ("raw", HEAD_B),
             *[("para", p) for p in SHOP],
             ("line", HONOR_TITLE),
             *[("para", p) for p in HONOR], *[("raw", n) for n in NAMES], ("para", HONOR_END),
             ("line", WIRE_TITLE), *[("para", p) for p in WIRE]]
    truth = {"running_header": HEADER, "articles": [
        {"title": HEAD_A + HEAD_B, "kind": "article", "starts": "走进吉木乃县", "ends": "农牧民增收。"},
        {"title": HONOR_TITLE, "kind": "article", "starts": "4月3日，阿勒泰地区", "ends": "美好家园。",
         "must_contain": ["阿不都热依木"]},
        {"title": WIRE_TITLE, "authors": ["王雨萧"], "kind": "article", "starts": "新华社北京4月7日电",
         "ends": "增长11.6%。"},
    ]}
    return column_page(parts, seed=seed), truth


# a title wrapped over two lines whose halves share a word ('电商'), printed under the story
SHOP2_A = "电商服务站开到家门口农牧民"
SHOP2_B = "当上电商主播"


def col_wrapped_repeat_after(seed: int = 53) -> tuple[str, dict]:
    """Headlines printed under their stories: a title wrapped at a full column whose two halves
    both say '电商' (the story says it too), then a one-paragraph wire story."""
    parts = [*[("para", p) for p in SHOP], ("raw", SHOP2_A), ("raw", SHOP2_B),
             *[("para", p) for p in WIRE], ("raw", WIRE_TITLE)]
    truth = {"articles": [
        {"title": SHOP2_A + SHOP2_B, "kind": "article", "starts": "走进吉木乃县", "ends": "农牧民增收。"},
        {"title": WIRE_TITLE, "authors": ["王雨萧"], "kind": "article", "starts": "新华社北京4月7日电",
         "ends": "增长11.6%。"},
    ]}
    return column_page(parts, seed=seed, col=13.0), truth


# ---- 3. two unsigned stories on one topic, short headlines under each ----

SORT1 = ["垃圾分类是一场“持久战”。有的小区分类桶摆上了，居民却还是“一袋混装”；有的地方前端分了类，"
         "后端却“一车拉走”，挫伤了居民的积极性。",
         "推进垃圾分类，既要在宣传引导上下功夫，更要在收运处理上补短板，让分类链条环环相扣。"]
SORT1_TITLE = "分类链条要环环相扣"
SORT2 = ["在乌鲁木齐市天山区幸福路街道，垃圾分类积分可以兑换洗衣液、酱油等生活用品。街道工作人员介绍，"
         "自积分兑换推行以来，辖区居民垃圾分类参与率从三成提高到八成。",
         "小积分撬动大文明。让居民在垃圾分类中得到实惠，分类才能成为习惯。"]
SORT2_TITLE = "小积分撬动垃圾分类"
JUMP = ["本报讯（记者 韩雪梅）4月7日，记者从乌鲁木齐市城市管理局获悉，今年全市将新建改建垃圾分类"
        "收集点1200个，新增厨余垃圾处理能力每日300吨。",
        "据介绍，全市将在老旧小区推广“定时定点”投放模式，"]
JUMP_TO = "（下转第4版）"       # printed on a line of its own under the column
JUMP_TITLE = "乌鲁木齐今年新建改建垃圾分类收集点1200个"


def col_same_topic(seed: int = 54) -> tuple[str, dict]:
    """Headlines printed under their stories: two unsigned short commentaries on garbage
    sorting, each with a short headline, and a signed story on the same topic continued on
    page 4."""
    parts = [("line", HEADER),
             *[("para", p) for p in SORT1], ("raw", SORT1_TITLE),
             *[("para", p) for p in SORT2], ("raw", SORT2_TITLE),
             *[("para", p) for p in JUMP], ("raw", JUMP_TO), ("raw", JUMP_TITLE)]
    truth = {"running_header": HEADER, "articles": [
        {"title": SORT1_TITLE, "starts": "垃圾分类是一场", "ends": "环环相扣。"},
        {"title": SORT2_TITLE, "starts": "在乌鲁木齐市天山区", "ends": "成为习惯。"},
        {"title": JUMP_TITLE, "authors": ["韩雪梅"], "kind": "article", "starts": "本报讯（记者 韩雪梅）",
         "ends": "投放模式，", "continued_to": 4},
    ]}
    return column_page(parts, seed=seed), truth


# ---- 4. Markdown: an interview, a weather box, a notice signed by an office ----

INTERVIEW = [
    "今年以来，我区持续推进“15分钟健康服务圈”建设。群众看病就医有哪些新变化？记者采访了区卫生健康委"
    "主任阿不都热依木。",
    "问：“15分钟健康服务圈”建设进展如何？",
    "答：目前，全区已建成社区卫生服务中心12个、服务站36个，居民步行15分钟即可到达最近的医疗点。",
    "问：下一步还有哪些打算？",
    "答：我们将推动三甲医院专家下沉社区坐诊，力争年内实现家庭医生签约服务重点人群全覆盖。",
]
WEATHER = ["今天白天到夜间：晴转多云，西北风3～4级，气温8℃～21℃。",
           "明天白天：多云，局部有小雨，气温6℃～17℃。",
           "气象部门提醒：近期昼夜温差大，请注意增减衣物。"]
NOTICE = ["为做好春季森林草原防火工作，即日起至6月30日，全县进入森林草原防火期。防火期内，禁止在林区、"
          "草原野外用火，违者将依法追究责任。",
          "火情报警电话：12119",
          "县应急管理局",
          "2024年4月7日"]


def md_interview_boxes() -> tuple[str, dict]:
    """Markdown-style page: an interview (问/答) under a kicker and a '——访' subtitle; a 天气
    预报 box under its label; a 通告 signed by a six-character office and a date."""
    text = markdown_page([
        ("line", HEADER),
        ("head", "让群众在家门口看好病"),
        ("line", "——访区卫生健康委主任阿不都热依木"),
        ("line", "本报记者 陈思远"),
        *[("para", p) for p in INTERVIEW],
        ("head", "天气预报"),
        *[("para", p) for p in WEATHER],
        ("head", "关于进入森林草原防火期的通告"),
        *[("para", p) for p in NOTICE],
    ])
    truth = {"articles": [
        {"title": "让群众在家门口看好病", "subtitle": "访区卫生健康委主任阿不都热依木", "authors": ["陈思远"],
         "kind": "article", "starts": "今年以来，我区", "ends": "重点人群全覆盖。",
         "must_contain": ["问：下一步还有哪些打算？"]},
        {"title": "天气预报", "starts": "今天白天到夜间", "ends": "注意增减衣物。"},
        {"title": "关于进入森林草原防火期的通告", "kind": "notice", "starts": "为做好春季森林草原防火工作",
         "ends": "2024年4月7日", "must_contain": ["县应急管理局"]},
    ]}
    return text, truth


# ---- 5. Markdown: a table of numbers, English, 《》 quotes, one-paragraph stories ----

PRICES = ["4月第一周，全市蔬菜价格总体平稳。市发展改革委监测数据显示（单位：元/公斤）：",
          "品种    本周    上周    环比",
          "大白菜  1.60    1.70    -5.9%",
          "西红柿  6.80    7.20    -5.6%",
          "土豆    2.40    2.40    0.0%",
          "监测人员分析，随着本地设施蔬菜陆续上市，下旬菜价有望继续回落。"]
BOOK = ["4月6日，由自治区作家协会主办的《天山脚下》新书分享会在新华书店举行。该书收录了20位基层作者"
        "的散文作品，曾以《一路向西》为题在本报副刊连载。"]
TECH = ["本报讯（记者 孙浩然）4月5日，新疆首个5G+智慧牧场在昌吉州呼图壁县投用。牧场通过AI识别、"
        "IoT传感器实时监测3000头奶牛的体温和运动量，单产提高8%。",
        "项目负责人说，下一步将接入北斗定位系统，实现放牧轨迹全程可查。"]


def md_table_english() -> tuple[str, dict]:
    """Markdown-style page: a price table under its headline, a one-paragraph story quoting
    two books in 《》, a story with 5G/AI/IoT and numbers, a 启事 with a phone number."""
    text = markdown_page([
        ("line", HEADER),
        ("head", "本周菜价总体平稳"),
        *[("para", p) for p in PRICES],
        ("head", "《天山脚下》新书分享会举行"),
        *[("para", p) for p in BOOK],
        ("head", "新疆首个5G+智慧牧场投用"),
        *[("para", p) for p in TECH],
        ("head", "招聘启事"),
        ("para", "因业务发展需要，本单位现招聘文字编辑2名，要求本科及以上学历，有新闻从业经历者优先。"
                 "有意者请将简历发送至hr@example.com，联系电话：0991-1234567。"),
    ])
    truth = {"articles": [
        {"title": "本周菜价总体平稳", "starts": "4月第一周", "ends": "继续回落。", "must_contain": ["大白菜"]},
        {"title": "《天山脚下》新书分享会举行", "starts": "4月6日，由自治区作家协会", "ends": "副刊连载。"},
        {"title": "新疆首个5G+智慧牧场投用", "authors": ["孙浩然"], "kind": "article",
         "starts": "本报讯（记者 孙浩然）", "ends": "全程可查。"},
        {"title": "招聘启事", "kind": "notice", "starts": "因业务发展需要", "ends": "0991-1234567。"},
    ]}
    return text, truth


# ---- 6. column: an interview continued 下转; kicker speaking of the last answer only ----

TALK = [
    "■本报记者 马晓东",
    "近年来，博乐市把发展冷链物流作为促进农产品流通的重要抓手。冷链物流发展得怎么样？记者采访了"
    "市发展改革委主任。",
    "问：博乐市冷链物流发展现状如何？",
    "答：全市已建成冷库42座，总库容15万吨，农产品冷链流通率达到35%。",
    "问：群众能得到哪些实惠？",
    "答：过去西瓜、哈密瓜集中上市时卖不上价，如今可以先入库、错峰卖，瓜农每公斤能多卖三五毛钱。",
]
TALK_KICKER = "瓜农错峰销售每公斤多卖三五毛"
TALK_TITLE = "博乐市冷链物流网络加快成形"
TALK_TO = "（下转第3版）"


def col_interview_jump(seed: int = 56) -> tuple[str, dict]:
    """Headlines above their stories: a one-line kicker that speaks only of the last answer
    over the title of an interview signed '■本报记者', continued on page 3; then a short
    photo caption with its title."""
    parts = [("line", HEADER),
             ("line", TALK_KICKER), ("raw", TALK_TITLE),
             *[("raw", p) if p.startswith("■") else ("para", p) for p in TALK], ("line", TALK_TO),
             ("line", "春到赛里木湖"),
             ("para", "4月6日，赛里木湖湖面冰层开始消融，湖畔雪山倒映，景色壮美。"), ("raw", "通讯员 刘洋 摄")]
    truth = {"running_header": HEADER, "articles": [
        {"title": TALK_TITLE, "kicker": TALK_KICKER, "authors": ["马晓东"], "kind": "article",
         "starts": "近年来，博乐市", "ends": "多卖三五毛钱。", "continued_to": 3,
         "must_contain": ["问：群众能得到哪些实惠？"]},
        {"title": "春到赛里木湖", "authors": ["刘洋"], "kind": "photo", "starts": "4月6日，赛里木湖",
         "ends": "景色壮美。"},
    ]}
    return column_page(parts, seed=seed), truth


BLIND5 = {"col_strict_single": col_strict_single, "col_wrapped_repeat": col_wrapped_repeat,
          "col_wrapped_repeat_after": col_wrapped_repeat_after, "col_same_topic": col_same_topic,
          "md_interview_boxes": md_interview_boxes, "md_table_english": md_table_english,
          "col_interview_jump": col_interview_jump}
