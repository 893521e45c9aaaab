"""A group of units (an issue, a listing, the site-wide pages) against what the state recorded."""
from __future__ import annotations

from generator.build.plan.site_plan import SitePlan, Unit


def diff_group(plan: SitePlan, old_units: dict, new_units: dict[str, Unit]) -> None:
    """Record which of a group's units must be rendered and which outputs vanished."""
    for k, u in new_units.items():
        plan.units[k] = u
        o = old_units.get(k)                 # a UnitRecord or a plain (digest, outputs)
        if o is None or o[0] != u.digest:
            plan.todo.append(k)
    for k, (_, outs) in old_units.items():
        u = new_units.get(k)
        if u is None:
            plan.removed_units.append(k)
            plan.deleted.extend(outs)
        elif u.outputs != outs:
            plan.deleted.extend(set(outs) - set(u.outputs))


def forget_group(plan: SitePlan, old_units: dict) -> None:
    diff_group(plan, old_units, {})

