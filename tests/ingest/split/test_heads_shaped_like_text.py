"""A headline printed after its story on a hard-wrapped column page is told from the column
text by shape: a head line holding a colon and quotation marks ('快讯：…“自卫”打击') over a
paragraph whose second line opens on a quotation mark (set a full em in the justified column, so
that line fills it) is a headline set apart from the text, and the paragraph opens under it."""
from __future__ import annotations

from generator.ingest.split import split_page

HEAD_AFTER_PAGE = '\u3000\u3000新华社兰州8月7日电（记者\n 黄军娟）2026年世界杯正在突\n破界限、刷新历史纪录--它将成\n为有史以来规模最大的足球盛会，\n也是首次由三个国家--美国、加\n拿大和墨西哥共同主办的世界杯。\n虽然本届赛事必将造就新的未来\n之星，但它也可能成为三位超级\n巨星的告别演出--阿根廷的莱昂\n内尔·梅西(Lionel Messi)、葡\n萄牙的克里斯蒂亚诺·罗纳尔多\n(Cristano Ronaldo)以及克罗地\n亚的卢卡·莫德里奇(Luka Modr\nic)。\n\n\u3000\u3000他们三人在国家队和俱乐部\n层面的辉煌职业生涯中，总共赢\n得了约120项重要冠军头衔，但\n没有什么比举起世界杯奖杯更为\n重要了。其中两人--罗纳尔多和\n莫德里奇--从未赢得过这一梦寐\n以求的荣誉；而梅西唯一一次夺\n冠是在上一届2022年世界杯，尽\n管在2026年世界杯之前，他已经\n参加过五届世界杯。阿根廷和梅\n西将于6月16日在堪萨斯城迎来\n首场比赛，对手是阿尔及利亚。\n而三人中年龄最大的罗纳尔多已\n经41岁，两人都表示这将是他们\n最后一次参加重大国际赛事。\n\n世界杯巨星争取在退出国际足坛前赢得最后一座重大冠军奖杯\n\n本报记者 高浩博 通讯员 白晓涛\n\n\u3000\u3000美军表示，已依据唐纳德·\n特朗普(Donald Trump)总统指示，\n开始对伊朗发动“自卫”打击。\n\n\u3000\u3000美国中央司令部(CENTCOM)\n表示，此次打击是对伊朗击落一\n架美军阿帕奇直升机的回应。\n\n\u3000\u3000美国中央司令部说：“这次\n任务是对伊朗无端侵略作出的相\n称回应。”\n\n\u3000\u3000特朗普总统星期二早些时候\n说，伊朗是星期二凌晨在霍尔木\n兹海峡附近击落这架直升机的幕\n后黑手，并誓言美国将作出回应。\n\u3000\u3000两名飞行员获救，均未受伤。\n\n快讯：美国对伊朗发动“自卫”打击\n\n\u3000\u3000美国副总统J·D·万斯说：\n“我就简单说几句。首先，我要\n表达一些感谢。首先，我要感谢\n美国总统，他向在座各位伟大的\n领导人致以最诚挚的问候，因为\n他赋予了我们权力，让我们能够\n通过外交途径解决一系列对美国\n人民乃至全世界都至关重要的问\n题。例如，霍尔木兹海峡的开放，\n伊朗核计划的终止。所有这些都\n已经实现。现在摆在我们面前的\n问题是，我们还能携手取得多少\n成就？我们能否翻开新的一页？\n我们能否永久改变中东关系？\n领导层愿意放弃煽动地区不稳定，\n如果他们愿意长期放弃核武器野\n心，那么美国就愿意从根本上改\n变我们与伊朗的关系。这当然是\n我们的目标。仅仅在过去的几个\n小时里，我们已经取得了巨大进\n展，我预计在接下来的几个小时\n\n里，我们还会取得更多进展。谢\n谢大家。”\n\n副总统万斯与巴基斯坦、卡塔尔和伊朗举行四方会谈\n'


def test_a_head_line_with_marks_over_a_paragraph_opening_on_a_quotation_heads_the_story_above():
    titles = [a.title for a in split_page(HEAD_AFTER_PAGE).articles]
    assert titles == ["世界杯巨星争取在退出国际足坛前赢得最后一座重大冠军奖杯",
                      "快讯：美国对伊朗发动“自卫”打击",
                      "副总统万斯与巴基斯坦、卡塔尔和伊朗举行四方会谈"]
    second = split_page(HEAD_AFTER_PAGE).articles[1]
    assert second.body.startswith("美军表示") and second.body.rstrip().endswith("均未受伤。")

