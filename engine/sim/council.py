"""Conseil municipal and bureau exécutif: sessions on the dates of the rule functions, the
deliberations each session adopts (each may draw an abrogation request), and the hours of
the elected, the DPC and the citizens who attend."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from engine.sim.abrogations import abrogation
from engine.sim.state import RunState


def council_sessions(state: RunState) -> Generator[Any, Any, None]:
    ctx, b, env = state.ctx, state.b, state.env
    deliberations = max(0, int(round(b.deliberations_per_session)))
    contest = b.contest_rate_pct / 100.0
    session_hours = b.council_session_hours + ctx.interpellation_hours
    for day in ctx.council_days:
        yield state.wait_until(day)
        m = state.month(day)
        state.elected[m] += ctx.seats * session_hours
        state.citizens[m] += ctx.council_bus_tickets * ctx.interpellation_hours
        if ctx.has_abrogation:
            # the plain-language summary published with each deliberation opens the month
            # for an abrogation request (000_721ebb8a9b1c3e2a.txt § Votations abrogatoires)
            state.dpc[m] += deliberations * b.dpc_hours_per_deliberation
        if state.logging:
            state.record(day, "seance_cm", "Séance du conseil municipal",
                         ctx.ref("seance_cm"), "", f"{deliberations} délibérations")
        if ctx.has_abrogation and contest > 0:
            requests = int(state.nrng.binomial(deliberations, contest))
            for _ in range(requests):
                env.process(abrogation(state, day))


def bureau_meetings(state: RunState) -> Generator[Any, Any, None]:
    ctx, b = state.ctx, state.b
    hours = ctx.bureau_members * b.bureau_meeting_hours
    for day in ctx.bureau_days:
        yield state.wait_until(day)
        state.elected[state.month(day)] += hours
        if state.logging:
            state.record(day, "bureau_executif", "Réunion du bureau exécutif",
                         ctx.ref("bureau_executif"))
