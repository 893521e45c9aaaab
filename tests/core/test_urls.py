"""`href`: the same percent-encoding as `urllib.parse.quote` with the URL scheme's safe marks,
whether a URL takes the shortcut (nothing to encode) or not."""
from __future__ import annotations

import random
from urllib.parse import quote

from generator.core.urls import href


def test_href_encodes_exactly_as_quote_does():
    rng = random.Random(15)
    alphabet = "az09AZ_.-~/#?=&%: +\"<>'\\^`{|}[]@!$()*,;" + "乌鲁木齐市吉木萨尔县专题·、（）"
    urls = ["/changji-daily/2022/11/08/01-02/", "https://example.org/archive/topics/抗疫/",
            "/places/乌鲁木齐市/page/3/", "", "/a b/", "/%E4%B9%8C/", "/x?q=1&r=2#top"]
    urls += ["/" + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(2000)]
    for url in urls:
        assert href(url) == quote(url, safe="/#?=&-._~%:"), url
        assert href(url) == href(url)        # the cached answer is the same
