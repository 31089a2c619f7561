"""One run of the model: six years (the whole mandate) of a pact in a commune."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from engine.sim import (
    citizen_council,
    conventions,
    council,
    petitions,
    quartiers,
    referendums,
    rotation,
    routine,
    votes_family,
)
from engine.sim.behaviour import draw_behaviour
from engine.sim.context import SimContext
from engine.sim.metrics import compute, out_of_domain, suspended_by_month
from engine.sim.seeds import run_seed
from engine.sim.state import SERIES, Event, RunState


@dataclass
class RunResult:
    """Metrics, monthly series (``SERIES`` × months), event log, and the run's assumptions."""

    index: int
    seed: int
    metrics: dict[str, float]
    monthly: list[list[float]]
    behaviour: dict[str, float]
    events: list[Event] | None = None
    violations: list[str] = field(default_factory=list)
    sim_events: int = 0


def start_processes(state: RunState) -> None:
    ctx, env = state.ctx, state.env
    env.process(routine.monthly(state))
    env.process(council.council_sessions(state))
    env.process(council.bureau_meetings(state))
    if ctx.cc_start is not None:
        env.process(citizen_council.renewals(state))
        env.process(citizen_council.work_meetings(state))
        env.process(citizen_council.audit_evenings(state))
    env.process(petitions.petition_arrivals(state))
    env.process(referendums.referendums(state))
    env.process(rotation.rotations(state))
    env.process(conventions.conventions(state))
    votes_family.start(state)
    if ctx.quartiers:
        starts = quartiers.budget_year_starts(state)
        names = [q.name for q in ctx.inputs.scenario.commune.quartiers]
        for i in range(ctx.quartiers):
            name = names[i] if i < len(names) else f"quartier {i + 1}"
            env.process(quartiers.quartier(state, name, starts))


def simulate(ctx: SimContext, run_index: int, seed: int, keep_log: bool = False) -> RunResult:
    """Run the model once; the run's randomness depends only on (seed, run_index)."""
    import numpy as np
    import simpy

    s = run_seed(seed, run_index)
    rng = random.Random(s)
    nrng = np.random.default_rng(s)
    behaviour = draw_behaviour(ctx.specs, rng)
    env = simpy.Environment()
    state = RunState(ctx, env, rng, nrng, behaviour, keep_log)
    start_processes(state)
    env.run(until=ctx.end)
    capacity = routine.capacity_per_month(state)
    metrics = compute(state, capacity)
    monthly = [state.elected, state.dpc, capacity, state.cc, state.citizens, state.cost_op,
               state.cost_inv, suspended_by_month(state), state.polls_month]
    assert len(monthly) == len(SERIES)
    violations = list(state.violations) + invariant_violations(ctx, state, metrics)
    events = sorted(state.log, key=lambda e: e[0]) if state.log is not None else None
    return RunResult(run_index, s, metrics, monthly, behaviour.as_dict(), events, violations,
                     next(env._eid))


def invariant_violations(ctx: SimContext, state: RunState, metrics: dict[str, float]) -> list[str]:
    """What must hold in every run (checked on every run, reported, never silently fixed)."""
    out: list[str] = []
    if ctx.regime == "loi" and state.blackout_poll_days:
        out.append("scrutin en période interdite alors que la loi est suivie")
    if ctx.max_votations_per_year:
        per_year = Counter((ctx.start.toordinal() + d) for d in state.votation_days_used)
        years = Counter(date.fromordinal(o).year for o in per_year)
        if any(n > ctx.max_votations_per_year for n in years.values()):
            out.append("plus de jours de votation par an que le pacte n'en permet")
    for v in ctx.inputs.pact.votes:
        held = Counter(ctx.rules.day(d).year for d in state.family_vote_days.get(v.id, ()))
        if v.max_per_year is not None and any(n > v.max_per_year.at() for n in held.values()):
            out.append(f"plus de jours de vote par an que le pacte n'en permet : {v.id}")
    if state.min_quartier_balance < -1e-6:
        out.append("budget de quartier négatif")
    for name in out_of_domain(metrics):
        out.append(f"métrique hors domaine : {name}")
    return out


def event_rows(ctx: SimContext, result: RunResult) -> list[dict[str, Any]]:
    """The run's event log as rows with real dates."""
    start = ctx.start.toordinal()
    return [{"run": result.index, "date": date.fromordinal(start + o), "event": e, "label": label,
             "clause": clause, "source": source, "detail": detail}
            for o, e, label, clause, source, detail in (result.events or [])]
