"""The global digest covers the code that renders: an edit to any module of `core/` or
`build/` (the planner's own package included) must turn the next build into a full one."""
from __future__ import annotations

import os

import generator
from generator.build.plan.inputs import code_files


def test_code_digest_covers_every_module_of_core_and_build():
    package = os.path.dirname(os.path.abspath(generator.__file__))
    found = {os.path.relpath(p, package) for p in code_files()}
    expected = set()
    for stage in ("core", "build"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(package, stage)):
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            expected.update(os.path.relpath(os.path.join(dirpath, f), package)
                            for f in filenames if f.endswith(".py"))
    assert found == expected
    assert {"core/model.py", "build/pipeline.py", "build/plan/inputs.py",
            "build/pages/article.py"} <= found
