"""axe-core in a Playwright page: inject the axe.min.js that the pinned `axe-playwright-python`
wheel ships (MPL-2.0, its licence header kept in the file) and run it — no download at test
time, so a clean clone's CI needs only requirements-dev.txt."""
from __future__ import annotations

from importlib import resources

# WCAG 2.0/2.1/2.2 A and AA plus axe's best practices: what a reader with assistive technology meets
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_source() -> str:
    """The bundled axe.min.js (read once per call; the file is ~550 KB)."""
    return (resources.files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def axe_violations(page) -> list[dict]:
    """axe.run over the whole document; each violation with its failing nodes."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    return page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                              resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html,
                                          summary: n.failureSummary}))}));
        }""", TAGS)


def describe(violations: list[dict]) -> str:
    """One readable block per violation: rule, impact, help, then each node and why it fails."""
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for n in v["nodes"][:10]:
            lines.append(f"  at {n['target']}: {n['html'][:160]}")
            lines.extend(f"      {s}" for s in (n["summary"] or "").splitlines())
        if len(v["nodes"]) > 10:
            lines.append(f"  … and {len(v['nodes']) - 10} more")
    return "\n".join(lines)
