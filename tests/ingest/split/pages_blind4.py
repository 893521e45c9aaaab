"""Composed pages written blind (before running the splitter on them): running headers
with date, 版 number and 版名 on one line; kickers over two lines; titles that wrap over two
lines; subtitles with and without '——'; a headline stack over a photo and its caption; 新华社
wire copy ('新华社乌鲁木齐3月11日电（记者 X）'); a 评论 column under its column name (天山时评),
signed '□ X' or at the end; head blocks printed tightly (no blank line) and set apart.
"""
from __future__ import annotations

from .compose import column_page, markdown_page

HEADER = "2024年3月12日  星期二  第3版  综合新闻"

FOREST = ["■本报记者 古丽米拉·艾则孜",
          "三月的和田，风沙渐起。在墨玉县的防沙治沙工程现场，数百名干部群众正在栽植梭梭、红柳，"
          "一道绿色屏障沿着沙漠边缘不断延伸。",
          "“过去风一刮，沙子就进了院子，现在房前屋后都有了树，日子也有了奔头。”村民买买提·吐尔逊说。"
          "近年来，墨玉县坚持把防沙治沙和群众增收结合起来，在沙区发展大芸、红枣等特色产业。",
          "据统计，去年全县完成防沙治沙任务12万亩，带动2000余名群众就近务工，人均增收4000余元。"]
WIRE = ["新华社乌鲁木齐3月11日电（记者 顾煜 丁磊）记者从自治区交通运输厅获悉，今年新疆将新建改建农村公路"
        "1万公里，实施危桥改造200座，进一步打通群众出行的“最后一公里”。",
        "自治区交通运输厅有关负责人介绍，今年将重点推进南疆四地州农村公路建设，力争年底前实现具备条件的"
        "自然村通硬化路。"]
BLOSSOM = ("3月10日，游客在伊宁县吐鲁番于孜乡的杏花沟拍照留念。连日来，当地杏花竞相开放，"
           "吸引众多游客前来踏青赏花。")


def col_front_stack(seed: int = 41) -> tuple[str, dict]:
    """Head-first column page: a running header with date, 版 and 版名; a kicker over two
    lines, a title wrapped over two lines and a '——' subtitle over a '■本报记者' story; a wire
    story; a kicker and title over a photo and its credit."""
    parts = [("line", HEADER),
             ("line", "坚持生态优先"), ("raw", "推进绿色发展"),
             ("raw", "墨玉县防沙治沙筑起绿色屏障"), ("raw", "带动群众增收"),
             ("raw", "——和田地区推进沙漠边缘阻击战"),
             *[("raw", p) if p.startswith("■") else ("para", p) for p in FOREST],
             ("line", "新疆今年将新建改建农村公路1万公里"),
             *[("para", p) for p in WIRE],
             ("line", "春到天山"), ("raw", "伊宁县杏花沟游人如织"), ("para", BLOSSOM), ("raw", "本报记者 阿依努尔 摄")]
    truth = {"running_header": HEADER, "articles": [
        {"title": "墨玉县防沙治沙筑起绿色屏障带动群众增收", "kicker": "坚持生态优先 推进绿色发展",
         "subtitle": "和田地区推进沙漠边缘阻击战", "authors": ["古丽米拉·艾则孜"], "kind": "article",
         "starts": "三月的和田", "ends": "人均增收4000余元。", "must_contain": ["日子也有了奔头。”村民买买提·吐尔逊说。"]},
        {"title": "新疆今年将新建改建农村公路1万公里", "authors": ["顾煜", "丁磊"], "kind": "article",
         "starts": "新华社乌鲁木齐3月11日电", "ends": "通硬化路。"},
        {"title": "伊宁县杏花沟游人如织", "kicker": "春到天山", "authors": ["阿依努尔"], "kind": "photo",
         "starts": "3月10日，游客", "ends": "踏青赏花。"},
    ]}
    return column_page(parts, seed=seed), truth


TIMEPING = ["近日，不少地方推出“15分钟便民生活圈”，把菜市场、药店、养老驿站建到群众家门口。这样的“小切口”，"
            "折射的是“大民生”。",
            "民生无小事，枝叶总关情。办好群众身边的小事，需要把功夫下在平时，多听群众呼声，多解群众难题，"
            "让群众的获得感成色更足、幸福感更可持续。"]
CLINIC = ["本报讯（记者 马晓燕 通讯员 帕提古丽）3月8日，昌吉市首家社区“嵌入式”医养结合服务中心投入运营，"
          "可为周边3个社区的1.2万名老人提供健康体检、康复护理、日间照料等服务。",
          "“在家门口就能做理疗，还有人陪着聊天，方便多了。”72岁的居民刘桂芳说。"]


def md_commentary_column() -> tuple[str, dict]:
    """A Markdown-style page: date/版/版名 header, a 天山时评 column label over a commentary
    signed '□ X', a story whose title has a plain (no '——') subtitle, an editor line."""
    text = markdown_page([
        ("line", HEADER),
        ("line", "天山时评"),
        ("head", "以“小切口”撬动“大民生”"),
        ("line", "□ 王建新"),
        *[("para", p) for p in TIMEPING],
        ("head", "昌吉市首家社区医养结合服务中心投运"),
        ("line", "可为1.2万名老人提供健康服务"),
        *[("para", p) for p in CLINIC],
        ("line", "责任编辑：刘畅  校对：马骏"),
    ])
    truth = {"articles": [
        {"title": "以“小切口”撬动“大民生”", "authors": ["王建新"], "kind": "commentary",
         "starts": "近日，不少地方", "ends": "更可持续。"},
        {"title": "昌吉市首家社区医养结合服务中心投运", "subtitle": "可为1.2万名老人提供健康服务",
         "authors": ["马晓燕", "帕提古丽"], "kind": "article", "starts": "本报讯（记者 马晓燕",
         "ends": "方便多了。”72岁的居民刘桂芳说。"},
    ]}
    return text, truth


OPINION = ["春耕在即，一些地方出现了“重部署、轻落实”的苗头：会议开了不少，文件发了不少，田间地头却少见干部身影。",
           "抓春耕，关键在落实。各级干部要沉下身子，把功夫用在农资保障、技术指导、农田水利等具体事上，"
           "真正做到农时不等人、服务不缺位。（作者单位：伊犁州农业农村局）"]
COTTON = ["新华社乌鲁木齐3月11日电（记者 杜刚）记者从新疆维吾尔自治区农业农村厅获悉，今年新疆计划推广"
          "棉花全程机械化种植面积3600万亩，机采率有望超过90%。",
          "目前，南北疆各地正在抓紧检修农机具，开展机手培训，确保春播农机具“零故障”下田。"]


def col_wire_opinion(seed: int = 43) -> tuple[str, dict]:
    """Headlines under their stories (column extraction): a wire story whose title wraps over
    two lines printed tightly under it; a 言论 column (label '天山时评' above, signed at the end
    with the author's unit); a story with kicker and title over a plain subtitle, all under it."""
    parts = [("line", HEADER),
             *[("para", p) for p in COTTON],
             ("raw", "新疆今年推广棉花全程机械化"), ("raw", "种植3600万亩"),
             ("line", "天山时评"),
             *[("para", p) for p in OPINION],
             ("line", "抓春耕重在落实"),
             *[("para", p) for p in CLINIC],
             ("raw", "守护“夕阳红”"), ("raw", "昌吉市首家社区医养结合服务中心投运"),
             ("raw", "——可为1.2万名老人提供健康服务")]
    truth = {"running_header": HEADER, "articles": [
        {"title": "新疆今年推广棉花全程机械化种植3600万亩", "authors": ["杜刚"], "kind": "article",
         "starts": "新华社乌鲁木齐3月11日电", "ends": "“零故障”下田。"},
        {"title": "抓春耕重在落实", "kind": "commentary", "starts": "春耕在即", "ends": "服务不缺位。"},
        {"title": "昌吉市首家社区医养结合服务中心投运", "kicker": "守护“夕阳红”",
         "subtitle": "可为1.2万名老人提供健康服务", "authors": ["马晓燕", "帕提古丽"], "kind": "article",
         "starts": "本报讯（记者 马晓燕", "ends": "刘桂芳说。"},
    ]}
    return column_page(parts, seed=seed), truth


SNOW = ("3月9日，阿勒泰市将军山滑雪场，滑雪爱好者在雪道上驰骋。雪季末，滑雪场推出优惠活动，"
        "吸引不少游客前来体验。")
MARKET = ["本报讯（记者 赵雪）3月10日，乌鲁木齐市首个“夜间集市”在大巴扎步行街开市，200余个摊位"
          "售卖特色小吃、文创产品，当晚吸引游客3万余人次。",
          "据悉，集市将持续至10月底，每周五至周日开放。"]


def md_photo_stack() -> tuple[str, dict]:
    """Markdown-style page: a kicker over two plain lines above a '##' title, a '##' title over a
    photo and its credit, a '##' kicker over a '##' title over a wire story."""
    text = markdown_page([
        ("line", HEADER),
        ("line", "激发消费活力"),
        ("line", "点亮城市夜经济"),
        ("head", "乌鲁木齐首个“夜间集市”开市"),
        *[("para", p) for p in MARKET],
        ("head", "雪季末 乐享冰雪"),
        ("para", SNOW), ("line", "通讯员 沙吾列 摄"),
        ("head", "科技助春耕"),
        ("head", "新疆推广棉花全程机械化种植3600万亩"),
        *[("para", p) for p in COTTON],
    ])
    truth = {"articles": [
        {"title": "乌鲁木齐首个“夜间集市”开市", "kicker": "激发消费活力 点亮城市夜经济", "authors": ["赵雪"],
         "kind": "article", "starts": "本报讯（记者 赵雪）", "ends": "每周五至周日开放。"},
        {"title": "雪季末 乐享冰雪", "authors": ["沙吾列"], "kind": "photo", "starts": "3月9日，阿勒泰市",
         "ends": "前来体验。"},
        {"title": "新疆推广棉花全程机械化种植3600万亩", "kicker": "科技助春耕", "authors": ["杜刚"],
         "kind": "article", "starts": "新华社乌鲁木齐3月11日电", "ends": "“零故障”下田。"},
    ]}
    return text, truth


BLIND4 = {"col_front_stack": col_front_stack, "md_commentary_column": md_commentary_column,
          "col_wire_opinion": col_wire_opinion, "md_photo_stack": md_photo_stack}
