"""What happens every month: open committees, quartier plenaries, the meetings of the bodies
drawn by lot (« assemblees_tirees_au_sort »), the fixed costs of the pact (the cost table's
lines, prorated by day) and the DPC's working hours available."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from engine.procedures.assemblies import member_hours
from engine.sim.state import RunState

DAYS_PER_MONTH = 365.25 / 12


def monthly(state: RunState) -> Generator[Any, Any, None]:
    ctx, b = state.ctx, state.b
    firsts = ctx.month_first_days
    committee_citizens = ctx.committees * ctx.committee_participants * ctx.committee_hours
    committee_elected = ctx.committees * ctx.committee_hours
    committee_dpc = ctx.committees * b.dpc_hours_per_committee_month
    plenaries = ctx.quartiers * ctx.plenaries_per_month
    plenary_citizens = plenaries * b.plenary_attendance * b.plenary_hours
    plenary_elected = plenaries * ctx.pair_size * b.plenary_hours
    plenary_dpc = plenaries * b.dpc_hours_per_plenary
    # the members' meeting hours of each body drawn by lot, spread evenly over the year
    body_citizens = sum(float(member_hours(a).value) for a in ctx.inputs.pact.assemblies) / 12
    fixed_per_day = ctx.fixed_operating_per_year / 365.25
    office_per_day = ctx.office_investment_per_year / 365.25
    for m, first in enumerate(firsts):
        yield state.wait_until(first)
        stop = firsts[m + 1] if m + 1 < len(firsts) else ctx.end
        days = stop - first
        if days <= 0:
            continue
        share = days / DAYS_PER_MONTH
        state.citizens[m] += (committee_citizens + plenary_citizens + body_citizens) * share
        state.elected[m] += (committee_elected + plenary_elected) * share
        state.dpc[m] += (committee_dpc + plenary_dpc) * share
        state.cost_op[m] += fixed_per_day * days
        state.cost_inv[m] += office_per_day * days
        state.cost_inv[m] += sum(amount for day, amount in ctx.participatory_budget_payments
                                 if first <= day < stop)


def capacity_per_month(state: RunState) -> list[float]:
    """DPC hours available each month (full-time staff, apprentices part-time)."""
    ctx, b = state.ctx, state.b
    managers, supervisors, apprentices = ctx.staff_fte
    fte = managers + supervisors + apprentices * b.apprentice_time_pct / 100.0
    per_day = fte * b.staff_hours_per_year / 365.25
    firsts = ctx.month_first_days
    out = []
    for m, first in enumerate(firsts):
        stop = firsts[m + 1] if m + 1 < len(firsts) else ctx.end
        out.append(per_day * max(0, stop - first))
    return out
