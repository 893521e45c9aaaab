"""A '###' subtitle under a '#' headline on a Markdown page, the text under both speaking of the
headline (generator/ingest/split/order/stackswap.py): the smaller heading is the headline's subtitle,
never a second story's headline moved down past the text to its end."""
from __future__ import annotations

from generator.ingest.split import split_page

PAGE = "\n".join([
    "# 美官员表示已与伊朗达成一项初步协议", "",
    "### 尚待特朗普总统批准", "",
    "本报讯 记者王敏、通讯员李强报道：美国官员星期四证实，美国与伊朗在谈判中已达成一项延长停火的初步协议，目前正待总统批准。", "",
    "官员表示，这项初步协议包括延长停火期限，双方将在下周继续就协议细节进行谈判。", "",
    "## 县医院新建远程会诊中心投入使用", "",
    "本报讯（记者 赵磊）县医院远程会诊中心昨日已正式投入使用，群众在家门口就能请省城的知名专家进行会诊。", ""]) + "\n"


def test_a_smaller_heading_under_a_headline_stays_its_subtitle() -> None:
    arts = split_page(PAGE).articles
    first = arts[0]
    assert first.title == "美官员表示已与伊朗达成一项初步协议"
    assert (first.subtitle or "").lstrip("—") == "尚待特朗普总统批准"
    assert first.body.endswith("继续就协议细节进行谈判。")
    assert len(arts) == 2
