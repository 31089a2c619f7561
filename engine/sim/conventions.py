"""Conventions citoyennes: at most ``max_par_an`` a calendar year (``convention_allowed``);
whether one is launched is ``convention_par_an_pct``; each one is a draw by lot when the clause
says ``tirage_au_sort`` (letters sent), months of work by its members, and DPC hours."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from typing import Any

from engine.sim.sortition import draw
from engine.sim.state import RunState


def conventions(state: RunState) -> Generator[Any, Any, None]:
    ctx, b, rng, rules = state.ctx, state.b, state.rng, state.ctx.rules
    if not ctx.has_conventions:
        return
    start_year, end_year = ctx.start.year, ctx.start.year + int(ctx.end // 365.25) + 1
    for year in range(start_year, end_year + 1):
        first = max(0, rules.offset(date(year, 1, 1)))
        last = min(ctx.end - 1, rules.offset(date(year, 12, 31)))
        if first > last:
            continue
        held = 0
        while rules.convention_allowed(held, first).value:
            if rng.random() >= b.convention_yearly_pct / 100.0:
                break
            day = rng.randint(first, last)
            yield state.wait_until(day)
            held += 1
            state.env.process(_convention(state, day))
            first = day
            if first >= last:
                break


def _convention(state: RunState, day: int) -> Generator[Any, Any, None]:
    ctx, b = state.ctx, state.b
    members = max(1, int(round(b.convention_members)))
    if ctx.conventions_by_lot:  # « tirage_au_sort »: letters go out; on application, none
        draw(state, day, members, "convention citoyenne")
    state.conventions += 1
    state.cost_op[state.month(day)] += ctx.convention_unit_eur
    state.record(day, "convention_citoyenne", "Lancement d'une convention citoyenne",
                 ctx.ref("convention_citoyenne"))
    months = max(1, int(round(b.convention_months)))
    hours = members * b.convention_hours_per_member / months
    dpc = b.dpc_hours_per_convention / months
    for _ in range(months):
        m = state.month(int(state.env.now))
        state.citizens[m] += hours
        state.dpc[m] += dpc
        yield state.env.timeout(30.4375)
        if state.env.now >= ctx.end:
            return
    state.record(int(state.env.now), "avis_convention", "Avis de la convention remis au CM",
                 "conventions_citoyennes")
