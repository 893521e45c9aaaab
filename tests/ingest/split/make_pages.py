"""Write the composed pages to tests/fixtures/pages/ (NAME.txt + NAME.yaml; one GBK copy).

Run: .venv/bin/python -m tests.ingest.split.make_pages   (the outputs are committed)
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .pages import ALL

OUT = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in ALL.items():
        text, truth = make()
        (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
        (OUT / f"{name}.yaml").write_text(yaml.safe_dump(truth, allow_unicode=True, sort_keys=False),
                                          encoding="utf-8")
    text, truth = ALL["col_detached"]()
    (OUT / "col_detached_gbk.txt").write_bytes(text.encode("gbk"))
    (OUT / "col_detached_gbk.yaml").write_text(yaml.safe_dump(truth, allow_unicode=True, sort_keys=False),
                                               encoding="utf-8")


if __name__ == "__main__":
    main()
